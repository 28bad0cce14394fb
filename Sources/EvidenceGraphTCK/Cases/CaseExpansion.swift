extension GherkinFeature {
    /// The runnable cases of this feature: each plain scenario once, each outline once per
    /// example row (placeholders substituted in its name, step texts, doc strings and tables),
    /// all with the background steps in front.
    package var cases: [TCKCase] {
        var result: [TCKCase] = []
        let folder = TCKCase.folder(of: path)
        for scenario in scenarios {
            let steps = background + scenario.steps
            guard scenario.isOutline else {
                result.append(TCKCase(
                    id: TCKCase.id(featurePath: path, scenarioName: scenario.name, exampleIndex: nil),
                    featurePath: path, folder: folder, name: scenario.name, exampleIndex: nil,
                    tags: tags + scenario.tags, steps: steps, line: scenario.line))
                continue
            }
            var row = 0
            for examples in scenario.examples {
                for values in examples.rows {
                    row += 1
                    let bindings = Array(zip(examples.header, values))
                    result.append(TCKCase(
                        id: TCKCase.id(featurePath: path, scenarioName: scenario.name, exampleIndex: row),
                        featurePath: path, folder: folder,
                        name: Self.substitute(scenario.name, bindings), exampleIndex: row,
                        tags: tags + scenario.tags + examples.tags,
                        steps: steps.map { Self.substitute($0, bindings) }, line: scenario.line))
                }
            }
        }
        return result
    }

    static func substitute(_ step: GherkinStep, _ bindings: [(String, String)]) -> GherkinStep {
        var step = step
        step.text = substitute(step.text, bindings)
        step.docString = step.docString.map { substitute($0, bindings) }
        step.table = step.table?.map { row in row.map { substitute($0, bindings) } }
        return step
    }

    /// Replaces each `<name>` whose name is bound, in one left-to-right pass (a value that
    /// itself contains `<…>` is not substituted again).
    static func substitute(_ text: String, _ bindings: [(String, String)]) -> String {
        guard text.contains("<") else { return text }
        let values = Dictionary(bindings, uniquingKeysWith: { first, _ in first })
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: ">"), let value = values[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("<")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
