import Yams

/// YAML (through Yams) into a ``SourceNode`` tree, keeping the line of every node.
enum YAMLTree {
    struct SyntaxError: Error {
        var line: Int?
        var message: String
    }

    /// Parses one YAML document; an empty document is `null`.
    static func parse(_ text: String) throws(SyntaxError) -> SourceNode {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw describe(error)
        } catch {
            throw SyntaxError(line: nil, message: "\(error)")
        }
        guard let node else { return SourceNode(value: .null, line: 1) }
        return try convert(node, depth: 0)
    }

    private static func describe(_ error: YamlError) -> SyntaxError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = problem
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return SyntaxError(line: mark.line, message: "YAML syntax: " + message)
        case .reader(let problem, _, _, _):
            return SyntaxError(line: nil, message: "YAML text: " + problem)
        default:
            return SyntaxError(line: nil, message: "YAML: \(error)")
        }
    }

    private static func convert(_ node: Node, depth: Int) throws(SyntaxError) -> SourceNode {
        let line = node.mark?.line ?? 1
        guard depth < 400 else { throw SyntaxError(line: line, message: "the YAML is nested too deeply") }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain || scalar.style == .any,
                ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            {
                return SourceNode(value: .null, line: line)
            }
            return SourceNode(value: .scalar(scalar.string), line: line)
        case .sequence(let sequence):
            var items: [SourceNode] = []
            for item in sequence { items.append(try convert(item, depth: depth + 1)) }
            return SourceNode(value: .sequence(items), line: line)
        case .mapping(let mapping):
            var entries: [SourceNode.Entry] = []
            for (key, value) in mapping {
                let keyLine = key.mark?.line ?? line
                guard let name = key.scalar?.string else {
                    throw SyntaxError(line: keyLine, message: "a key must be a single word or text")
                }
                if entries.contains(where: { $0.key == name }) {
                    throw SyntaxError(line: keyLine, message: "the key '\(name)' is given twice")
                }
                entries.append(SourceNode.Entry(key: name, keyLine: keyLine, value: try convert(value, depth: depth + 1)))
            }
            return SourceNode(value: .mapping(entries), line: line)
        }
    }
}
