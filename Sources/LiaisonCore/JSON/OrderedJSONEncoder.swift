import Foundation

/// A JSON encoder that writes object keys in the order the value encodes them (the order of its
/// `CodingKeys`), so that output is deterministic and follows the agreed field order.
///
/// Foundation's `JSONEncoder` on Linux writes keys in hash order, which changes from run to
/// run; `.sortedKeys` is deterministic but loses the documented order ("document", "entities",
/// "events", "date_mentions").
///
/// ```swift
/// let data = try OrderedJSONEncoder(pretty: true).encode(extraction)
/// ```
public struct OrderedJSONEncoder: Sendable {
    /// Two-space indentation and one key per line when true; one line when false.
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public func encode<T: Encodable>(_ value: T) throws -> Data {
        let root = JSONNode()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        var out = String.UnicodeScalarView()
        root.write(to: &out, pretty: pretty, indent: 0)
        return Data(String(out).utf8)
    }
}

/// A JSON value under construction (a reference, so containers can fill it later).
final class JSONNode {
    enum Value {
        case null, bool(Bool), number(String), string(String)
        case array([JSONNode])
        case object([(String, JSONNode)])
    }

    var value: Value = .null

    func set(key: String, _ node: JSONNode) {
        guard case .object(var pairs) = value else {
            value = .object([(key, node)])
            return
        }
        if let i = pairs.firstIndex(where: { $0.0 == key }) { pairs[i].1 = node } else { pairs.append((key, node)) }
        value = .object(pairs)
    }

    func append(_ node: JSONNode) {
        if case .array(var items) = value {
            items.append(node)
            value = .array(items)
        } else {
            value = .array([node])
        }
    }

    func write(to out: inout String.UnicodeScalarView, pretty: Bool, indent: Int) {
        func newline(_ level: Int) {
            guard pretty else { return }
            out.append("\n")
            for _ in 0..<(level * 2) { out.append(" ") }
        }
        switch value {
        case .null: out.append(contentsOf: "null".unicodeScalars)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").unicodeScalars)
        case .number(let n): out.append(contentsOf: n.unicodeScalars)
        case .string(let s): JSONNode.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".unicodeScalars); return }
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(",") }
                newline(indent + 1)
                item.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            newline(indent)
            out.append("]")
        case .object(let pairs):
            if pairs.isEmpty { out.append(contentsOf: "{}".unicodeScalars); return }
            out.append("{")
            for (i, (key, node)) in pairs.enumerated() {
                if i > 0 { out.append(",") }
                newline(indent + 1)
                JSONNode.writeString(key, to: &out)
                out.append(":")
                if pretty { out.append(" ") }
                node.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            newline(indent)
            out.append("}")
        }
    }

    static func writeString(_ s: String, to out: inout String.UnicodeScalarView) {
        out.append("\"")
        for c in s.unicodeScalars {
            switch c {
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            default:
                if c.value < 0x20 || c.value == 0x2028 || c.value == 0x2029 {
                    let hex = String(c.value, radix: 16)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
                } else {
                    out.append(c)
                }
            }
        }
        out.append("\"")
    }
}

private struct NodeEncoder: Encoder {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.value {} else { node.value = .object([]) }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.value {} else { node.value = .array([]) }
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

/// Encodes one value into a fresh node.
private func encodeValue<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> JSONNode {
    let node = JSONNode()
    switch value {
    case let s as String: node.value = .string(s)
    case let b as Bool: node.value = .bool(b)
    case let d as Double:
        guard d.isFinite else {
            throw EncodingError.invalidValue(d, .init(codingPath: path, debugDescription: "not a finite number"))
        }
        node.value = .number(d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : "\(d)")
    case let f as Float: return try encodeValue(Double(f), path: path)
    case let i as any BinaryInteger: node.value = .number("\(i)")
    default: try value.encode(to: NodeEncoder(node: node, codingPath: path))
    }
    return node
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.set(key: key.stringValue, JSONNode()) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        node.set(key: key.stringValue, try encodeValue(value, path: codingPath + [key]))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = JSONNode()
        child.value = .object([])
        node.set(key: key.stringValue, child)
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        child.value = .array([])
        node.set(key: key.stringValue, child)
        return UnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
    }
    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        node.set(key: "super", child)
        return NodeEncoder(node: child, codingPath: codingPath)
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = JSONNode()
        node.set(key: key.stringValue, child)
        return NodeEncoder(node: child, codingPath: codingPath + [key])
    }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var count: Int {
        if case .array(let items) = node.value { return items.count }
        return 0
    }

    mutating func encodeNil() throws { node.append(JSONNode()) }
    mutating func encode<T: Encodable>(_ value: T) throws { node.append(try encodeValue(value, path: codingPath)) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = JSONNode()
        child.value = .object([])
        node.append(child)
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        child.value = .array([])
        node.append(child)
        return UnkeyedNodeContainer(node: child, codingPath: codingPath)
    }
    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        node.append(child)
        return NodeEncoder(node: child, codingPath: codingPath)
    }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.value = .null }
    mutating func encode<T: Encodable>(_ value: T) throws {
        node.value = try encodeValue(value, path: codingPath).value
    }
}
