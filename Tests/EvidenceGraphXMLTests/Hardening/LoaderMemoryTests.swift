import Foundation
import Testing
import EvidenceGraphCore
@testable import EvidenceGraphXML

/// Builder storage is reserved from bytes actually read, never from a declared file size.
@Suite struct LoaderMemoryTests {
    @Test func plannerWithoutADeclaredSizeReservesTwiceWhatWasRead() {
        let planner = CapacityPlanner(assembly: GraphAssembly(indexedPropertyKeys: []))
        planner.update(currentInputBytes: 4096)
        #expect(planner.reservedFor == 0, "nothing below the threshold")
        planner.update(currentInputBytes: 2 << 20)
        #expect(planner.reservedFor == 4 << 20)
        planner.update(currentInputBytes: 3 << 20)
        #expect(planner.reservedFor == 4 << 20, "no new reservation before three quarters are used")
        planner.update(currentInputBytes: (3 << 20) + 1)
        #expect(planner.reservedFor == (6 << 20) + 2)
        planner.finishInput(bytes: 4 << 20)
        planner.update(currentInputBytes: 1 << 20)
        #expect(planner.reservedFor == 10 << 20, "bytes of earlier inputs count")
    }

    /// A declared size caps the reservation but never drives it: 200 GB declared, 64 KiB
    /// read reserves nothing; 2 MiB read reserves at most 64 × 2 MiB.
    @Test func declaredSizeOnlyCapsTheReservation() {
        let sparse = CapacityPlanner(assembly: GraphAssembly(indexedPropertyKeys: []), declaredBytes: 200_000_000_000)
        sparse.update(currentInputBytes: 65536)
        #expect(sparse.reservedFor == 0)
        sparse.update(currentInputBytes: 2 << 20)
        #expect(sparse.reservedFor == 128 << 20)
        let genuine = CapacityPlanner(assembly: GraphAssembly(indexedPropertyKeys: []), declaredBytes: 100 << 20)
        genuine.update(currentInputBytes: 1 << 20)
        #expect(genuine.reservedFor == 64 << 20)
        genuine.update(currentInputBytes: (1 << 20) + 4096)
        #expect(genuine.reservedFor == 64 << 20, "no step below doubling")
        genuine.update(currentInputBytes: 2 << 20)
        #expect(genuine.reservedFor == 100 << 20, "the whole declared size once 1/64 of it is read")
        genuine.update(currentInputBytes: 50 << 20)
        #expect(genuine.reservedFor == 100 << 20)
    }

    /// A 200 GB sparse file (all zero bytes, none on disk) fails as XML at once; before, the
    /// loader reserved storage from its size and aborted under a memory cap.
    @Test func sparseFileIsAnXMLErrorNotAnAbort() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/huge.xml"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200_000_000_000)
        try handle.close()
        do {
            _ = try GraphLoader().load([path])
            Issue.record("expected a load error")
        } catch {
            #expect(error.diagnostics.first?.ruleID == "xml-syntax", "\(error)")
            #expect(error.diagnostics.first?.message.contains("NUL bytes") == true, "\(error)")
        }
    }
}
