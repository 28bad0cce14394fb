import Testing
import Foundation
import EvidenceGraphCore
@testable import EvidenceGraphXML

/// Hostile documents are refused quickly, with a clear error, and never read external files.
@Suite struct HostileXMLTests {
    /// Loads `text` and returns the errors and the elapsed seconds.
    func refuse(_ text: String, name: String) -> (errors: [Diagnostic], seconds: Double) {
        let start = Date()
        var errors: [Diagnostic] = []
        do {
            _ = try GraphLoader().load(string: text, name: name)
        } catch {
            errors = error.diagnostics
        }
        return (errors, Date().timeIntervalSince(start))
    }

    @Test func externalEntityToEtcPasswdIsRefused() throws {
        let start = Date()
        let errors = loadErrors([Paths.fixture("hostile/external-entity-passwd.xml")])
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(errors.map(place) == ["hostile/external-entity-passwd.xml:2:1 [doctype-forbidden]"])
        #expect(!errors.description.contains("root:"))
    }

    @Test func externalEntityToATemporaryFileIsNeverRead() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let marker = "SECRET-" + UUID().uuidString
        let secret = dir + "/secret.txt"
        try marker.write(toFile: secret, atomically: true, encoding: .utf8)
        let documents = [
            // general entity in text and in an attribute
            """
            <?xml version="1.0"?>
            <!DOCTYPE evidence [<!ENTITY s SYSTEM "file://\(secret)">]>
            <evidence xmlns="urn:evidencegraph:evidence:1"><finding id="f" name="&s;"><note>&s;</note></finding></evidence>
            """,
            // external parameter entity
            """
            <?xml version="1.0"?>
            <!DOCTYPE evidence [<!ENTITY % p SYSTEM "\(secret)"> %p;]>
            <evidence xmlns="urn:evidencegraph:evidence:1"/>
            """,
            // external DTD subset
            """
            <?xml version="1.0"?>
            <!DOCTYPE evidence SYSTEM "\(secret)">
            <evidence xmlns="urn:evidencegraph:evidence:1"/>
            """,
        ]
        for (i, doc) in documents.enumerated() {
            let (errors, seconds) = refuse(doc, name: "hostile-\(i).xml")
            #expect(seconds < 1)
            #expect(errors.map(place) == ["hostile-\(i).xml:2:1 [doctype-forbidden]"])
            #expect(!errors.description.contains(marker), "the secret file's contents never appear")
        }
        // The same file as a directly loaded document is fine to read: only entities are refused.
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == marker)
    }

    @Test func billionLaughsIsRefusedQuickly() {
        let start = Date()
        let errors = loadErrors([Paths.fixture("hostile/billion-laughs.xml")])
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(errors.map(place) == ["hostile/billion-laughs.xml:2:1 [doctype-forbidden]"])
    }

    @Test func deeplyNestedDocumentIsRefusedQuickly() {
        var doc = "<evidence xmlns=\"urn:evidencegraph:evidence:1\">"
        doc.reserveCapacity(400_100)
        for _ in 0..<100_000 { doc += "<a>" }
        var options = LoadOptions()
        options.validatesSchema = false
        let start = Date()
        var errors: [Diagnostic] = []
        do {
            _ = try GraphLoader(options: options).load(string: doc, name: "deep.xml")
        } catch {
            errors = error.diagnostics
        }
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(errors.map(place) == ["deep.xml:1:816 [xml-syntax]"])
        #expect(errors.first?.message.contains("Excessive depth") == true)
    }

    @Test func remoteSchemaLocationInGraphMLIsNotFetched() throws {
        // networkx writes xsi:schemaLocation with an http URL; with no network access allowed
        // the file still loads at once.
        let start = Date()
        _ = try GraphLoader().load(Paths.fixture("graphml/networkx.graphml"))
        #expect(Date().timeIntervalSince(start) < 1)
    }
}
