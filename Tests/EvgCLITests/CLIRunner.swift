import Foundation

/// Runs the built `evg` binary as a user would, from the repository root.
struct CLIRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `evg` executable next to the test bundle (`.build/<config>/evg`).
    static var executable: URL {
        let bundle = Bundle.main.bundleURL
        for dir in [bundle.deletingLastPathComponent(), bundle] {
            let candidate = dir.appendingPathComponent("evg")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/evg")
    }

    /// Runs `evg` with `arguments`; with `shell: true`, runs `program` (a shell) with
    /// `arguments` instead (for `ulimit` and process substitution).
    static func run(_ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:], stdin: String? = nil,
                    shell: Bool = false, program: String = "/bin/sh") throws -> Outcome {
        try run(arguments: arguments, executable: shell ? URL(fileURLWithPath: program) : executable,
                in: directory, environment: environment, stdin: stdin)
    }

    /// Runs another program (a shell running `evg` in a pipeline, say) the same way.
    static func run(arguments: [String], executable: URL, in directory: URL = repositoryRoot, environment: [String: String] = [:], stdin: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "EVG_GRAPH")
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A temporary copy of the bundled Graph/ folder.
    static func copyOfBundledGraph() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let copy = dir.appendingPathComponent("Graph")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Graph"), to: copy)
        return copy
    }
}
