import Testing
import EvidenceGraphCore
@testable import EvidenceGraphXML

/// A load leaves libxml2's process-wide external entity loader as it found it. (Other tests
/// load in parallel, so the loader is compared at moments when no load runs.)
@Suite struct LibXMLStateTests {
    @Test func entityLoaderIsRestoredAfterLoads() throws {
        let env = LibXMLEnvironment.shared
        let before = env.entityLoaderAddressWhenIdle()
        #expect(before != env.denyingLoaderAddress)
        var options = LoadOptions()
        options.schemaPath = Paths.schema
        _ = try GraphLoader(options: options).load([Paths.fixture("good")])
        #expect(env.entityLoaderAddressWhenIdle() == before)
        _ = try? GraphLoader(options: options).load([Paths.fixture("hostile")])
        #expect(env.entityLoaderAddressWhenIdle() == before, "also after a failed load")
        _ = try XMLDocumentReader.read(path: Paths.fixture("good/minimal.xml"))
        #expect(env.entityLoaderAddressWhenIdle() == before)
    }

    @Test func denyingLoaderIsInstalledWhileParsing() {
        let env = LibXMLEnvironment.shared
        #expect(env.withDenyingEntityLoader { env.isDenyingLoaderInstalled })
        let nested = env.withDenyingEntityLoader {
            env.withDenyingEntityLoader { () -> Void in }
            return env.isDenyingLoaderInstalled
        }
        #expect(nested, "a nested (or concurrent) user keeps it installed")
        #expect(env.entityLoaderAddressWhenIdle() != env.denyingLoaderAddress)
    }
}
