import EvidenceGraphFormats
import MCP

/// The four tools of ``EvidenceGraphMCP``: their descriptions and input schemas, and how a
/// call runs on the ``GraphService``. Each answers with one text content holding JSON: the
/// query contract, the assessment contract, the ``SchemaDocument`` or an ``Explanation``;
/// a failure is the ``ServiceError`` document with `isError: true`.
enum MCPTools {
    static let query = Tool(
        name: "query",
        description: """
            Run a read-only Cypher-style query (an openCypher subset) on the evidence graph and get \
            {"columns", "rows", "version"} (nodes as {"id", "labels", "properties"}). Runs under the \
            server's limits (timeout, rows, memory). See the resource evidencegraph://docs/graph-model.md \
            for labels and relationships, and evidencegraph://queries/… for examples.
            """,
        inputSchema: object(["query": string("The query, e.g. MATCH (d:Drug)-[:TARGETS]->(t:Target {id: 'mtor'}) RETURN d.name"),
                             "parameters": ["type": "object", "description": "Values for $name parameters in the query."]],
                            required: ["query"]),
        annotations: .init(readOnlyHint: true))

    static let assess = Tool(
        name: "assess",
        description: """
            Assess a patient's treatment options against the knowledge base: verdicts, ranks, reasons \
            with the evidence they cite, guideline positions and tests to order (the `evg assess \
            --format json` contract). The patient is the text of a patient XML file \
            (Graph/schema/patient.xsd) or FHIR JSON.
            """,
        inputSchema: object(["patient": string("The patient file's text (XML, or FHIR JSON)."),
                             "options": stringArray("Regimens to judge, drugs joined with '+', e.g. everolimus+exemestane; default every regimen."),
                             "guidelines": stringArray("Only these guidelines' positions: ESMO, NCCN, RU-MoH, …")],
                            required: ["patient"]),
        annotations: .init(readOnlyHint: true))

    static let schema = Tool(
        name: "schema",
        description: "The graph's labels, relationship types, property keys (with value types and counts) and (:A)-[:T]->(:B) patterns.",
        inputSchema: object([:], required: []),
        annotations: .init(readOnlyHint: true))

    static let explain = Tool(
        name: "explain",
        description: """
            Why one treatment option has its verdict for a patient: the reasons, cautions, guideline \
            positions and companions, each with the graph ids it cites, and every cited trial, \
            recommendation or principle looked up (title, statement, sources, file and line).
            """,
        inputSchema: object(["patient": string("The patient file's text (XML, or FHIR JSON)."),
                             "option": string("The regimen, drugs joined with '+', e.g. everolimus+exemestane.")],
                            required: ["patient", "option"]),
        annotations: .init(readOnlyHint: true))

    static let all = [query, assess, schema, explain]

    /// Runs the tool `name` with `arguments`.
    static func call(_ name: String, arguments: [String: MCP.Value], service: GraphService) async -> CallTool.Result {
        do throws(ServiceError) {
            let text = try await BlockingWork.run { () throws(ServiceError) -> String in
                try run(name, arguments: arguments, service: service)
            }
            return CallTool.Result(content: [.text(text: text, annotations: nil, _meta: nil)], isError: false)
        } catch {
            return CallTool.Result(content: [.text(text: encoded(error.document), annotations: nil, _meta: nil)], isError: true)
        }
    }

    static func run(_ name: String, arguments: [String: MCP.Value], service: GraphService) throws(ServiceError) -> String {
        switch name {
        case "query":
            let text = try requiredString("query", in: arguments)
            var parameters: [String: JSONValue] = [:]
            if let given = arguments["parameters"], !given.isNull {
                guard let object = given.objectValue else { throw .badRequest("'parameters' must be an object") }
                parameters = object.mapValues(\.jsonValue)
            }
            return encoded(try service.query(text, parameters: parameters))
        case "assess":
            let patient = try patientInput(arguments, service: service)
            let options = try stringList("options", in: arguments)
            let guidelines = try stringList("guidelines", in: arguments)
            return AssessmentJSON.text(try service.assess(patient, options: options, guidelines: guidelines))
        case "schema":
            return service.schema.text()
        case "explain":
            let patient = try patientInput(arguments, service: service)
            return encoded(try service.explain(patient, option: try requiredString("option", in: arguments)))
        default:
            throw ServiceError(status: 404, code: "NotFound", message: "no tool '\(name.prefix(80))'; the tools are query, assess, schema, explain")
        }
    }

    // MARK: Arguments

    static func requiredString(_ key: String, in arguments: [String: MCP.Value]) throws(ServiceError) -> String {
        guard let value = arguments[key]?.stringValue else { throw .badRequest("the argument '\(key)' (a string) is required") }
        return value
    }

    static func stringList(_ key: String, in arguments: [String: MCP.Value]) throws(ServiceError) -> [String]? {
        guard let value = arguments[key], !value.isNull else { return nil }
        let items = value.arrayValue ?? []
        let strings = items.compactMap(\.stringValue)
        guard value.arrayValue != nil, strings.count == items.count else {
            throw .badRequest("the argument '\(key)' must be an array of strings")
        }
        return strings.isEmpty ? nil : strings
    }

    static func patientInput(_ arguments: [String: MCP.Value], service: GraphService) throws(ServiceError) -> PatientInput {
        let text = try requiredString("patient", in: arguments)
        guard text.utf8.count <= service.limits.maxBodyBytes else { throw .bodyTooLarge(limit: service.limits.maxBodyBytes) }
        return PatientInput(text: text)
    }

    // MARK: Schemas and JSON

    static func object(_ properties: [String: MCP.Value], required: [String]) -> MCP.Value {
        ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
    }

    static func string(_ description: String) -> MCP.Value {
        ["type": "string", "description": .string(description)]
    }

    static func stringArray(_ description: String) -> MCP.Value {
        ["type": "array", "items": ["type": "string"], "description": .string(description)]
    }

    static func encoded(_ value: some Encodable) -> String {
        do {
            return String(decoding: try ContractJSON.encoder().encode(value), as: UTF8.self)
        } catch {
            preconditionFailure("a tool's JSON answer failed to encode: \(error)")
        }
    }
}

extension MCP.Value {
    /// The JSON value of a tool argument (binary data as its base64 text).
    var jsonValue: JSONValue {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(Int64(i))
        case .double(let d): .double(d)
        case .string(let s): .string(s)
        case .data(_, let data): .string(data.base64EncodedString())
        case .array(let items): .array(items.map(\.jsonValue))
        case .object(let members): .object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value.jsonValue) })
        }
    }
}
