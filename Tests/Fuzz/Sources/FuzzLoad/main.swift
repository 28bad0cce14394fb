#if canImport(Glibc)
import Glibc
#endif
import CFuzzDriver
import EvidenceGraph

/// Loader options: XSD validation off (libxml2's validator is not what is being tested, and
/// it keeps runs fast); everything else as in production.
enum Fixture {
    static let loader: GraphLoader = {
    var options = LoadOptions()
    options.validatesSchema = false
    return GraphLoader(options: options)
    }()
}

/// Every input is a document (evidence XML or GraphML) loaded from memory, then validated:
/// any outcome but a crash is fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoad(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let loaded = try? Fixture.loader.load(bytes: bytes, name: "fuzz.xml") {
        _ = GraphValidator().validate(loaded)
    }
    return 0
}

// libFuzzer's loop, driven from this executable's main.
var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argv) { data, size in fuzzLoad(data!, size) })
