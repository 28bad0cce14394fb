import EvidenceGraphFormats
import EvidenceGraphServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A bounded load test: 8 clients, each on its own connection, send 500 requests each to one
/// live server on loopback; every answer must be the one the library gives directly. The
/// p99 latency is printed, never asserted (the machine's speed is not the code's).
@Suite struct HTTPConcurrencyTests {
    static let clients = 8
    static let requestsPerClient = 500

    /// One request and the body it must answer.
    struct Exchange: Sendable {
        var uri: String
        var body: String?
        var expected: String
    }

    static func exchanges() throws -> [Exchange] {
        let graph = try Fixture.graph
        var list: [Exchange] = []
        for name in ["02-pi3k-akt-mtor-drugs", "05-diabetes-cautions", "12-endocrine-drugs-by-class", "14-biomarker-testing"] {
            let text = try Fixture.query(name)
            let body = String(decoding: try JSONEncoder().encode(["query": text]), as: UTF8.self)
            list.append(Exchange(uri: "/query", body: body, expected: ResultJSON.text(try graph.query(text))))
        }
        let drug = "MATCH (d:Drug {id: $id}) RETURN d.name AS name"
        list.append(Exchange(uri: "/query", body: #"{"query": "\#(drug)", "parameters": {"id": "olaparib"}}"#,
                             expected: ResultJSON.text(try graph.query(drug, parameters: ["id": .string("olaparib")]))))
        list.append(Exchange(uri: "/health", body: nil,
                             expected: #"{"assessment":true,"nodes":\#(graph.nodeCount),"relationships":\#(graph.relationshipCount),"status":"ok"}"#))
        return list
    }

    @Test func eightClientsFiveHundredRequestsEach() async throws {
        let exchanges = try Self.exchanges()
        let app = EvidenceGraphHTTP.application(service: try Fixture.service(), port: 0)
        let started = Date()
        let latencies = try await app.test(.live) { client in
            let port = try #require(client.port)
            return try await withThrowingTaskGroup(of: [Double].self) { group in
                for c in 0..<Self.clients {
                    group.addTask {
                        try await TestClient.withClient(host: "127.0.0.1", port: port) { connection in
                            var times: [Double] = []
                            for i in 0..<Self.requestsPerClient {
                                let exchange = exchanges[(c + i) % exchanges.count]
                                let t0 = DispatchTime.now().uptimeNanoseconds
                                let response = if let body = exchange.body {
                                    try await connection.post(exchange.uri, body: ByteBuffer(string: body))
                                } else {
                                    try await connection.get(exchange.uri)
                                }
                                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                                #expect(response.status == .ok, "client \(c) request \(i) \(exchange.uri)")
                                #expect(response.body.map { String(buffer: $0) } == exchange.expected, "client \(c) request \(i) \(exchange.uri)")
                            }
                            return times
                        }
                    }
                }
                var all: [Double] = []
                for try await times in group { all += times }
                return all
            }
        }
        #expect(latencies.count == Self.clients * Self.requestsPerClient)
        let sorted = latencies.sorted()
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)] }
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "evg serve load: %d clients x %d requests = %d in %.2f s (%.0f req/s); latency p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                     Self.clients, Self.requestsPerClient, sorted.count, seconds, Double(sorted.count) / seconds,
                     percentile(0.50), percentile(0.99), sorted.last ?? 0))
    }
}
