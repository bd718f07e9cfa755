/// A parsed YAML or JSON document that remembers the line of every value, so that errors can
/// point at it. Scalars keep their text as written (numbers and booleans too).
struct SourceNode: Sendable, Hashable {
    enum Value: Sendable, Hashable {
        case null
        case scalar(String)
        case sequence([SourceNode])
        case mapping([Entry])
    }

    struct Entry: Sendable, Hashable {
        var key: String
        var keyLine: Int
        var value: SourceNode
    }

    var value: Value
    /// 1-based line where the value starts.
    var line: Int

    var isNull: Bool { if case .null = value { return true } else { return false } }

    var scalar: String? { if case .scalar(let s) = value { return s } else { return nil } }

    var entries: [Entry]? { if case .mapping(let e) = value { return e } else { return nil } }

    var items: [SourceNode]? { if case .sequence(let s) = value { return s } else { return nil } }

    subscript(key: String) -> SourceNode? {
        entries?.first { $0.key == key }?.value
    }

    /// What the value is, for messages ("a list", "a mapping", "text").
    var kindName: String {
        switch value {
        case .null: return "nothing"
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// The node at a Codable path (`["events", 2, "date"]`), as far as it exists.
    func deepest(along path: [PathComponent]) -> SourceNode {
        var node = self
        for component in path {
            switch component {
            case .key(let key):
                guard let next = node[key] else { return node }
                node = next
            case .index(let i):
                guard let items = node.items, i >= 0, i < items.count else { return node }
                node = items[i]
            }
        }
        return node
    }

    enum PathComponent: Hashable {
        case key(String)
        case index(Int)
    }
}

extension Array where Element == SourceNode.PathComponent {
    /// `events[2].participants[0]`.
    var fieldPath: String {
        var text = ""
        for component in self {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let i): text += "[\(i)]"
            }
        }
        return text
    }
}
