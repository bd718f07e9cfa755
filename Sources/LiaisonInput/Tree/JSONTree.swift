/// A small JSON parser (RFC 8259) on UTF-8 bytes that builds a ``SourceNode`` tree with line
/// numbers, so that errors in JSON inputs can name their line like errors in YAML ones.
struct JSONTree {
    struct SyntaxError: Error {
        var line: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private var depth = 0
    private static let maxDepth = 400

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one JSON value filling the whole input (a UTF-8 byte-order mark is skipped).
    static func parse(_ input: some Collection<UInt8>) throws(SyntaxError) -> SourceNode {
        var parser = JSONTree(Array(input))
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        parser.skipSpace()
        let node = try parser.value()
        parser.skipSpace()
        if parser.position < parser.bytes.count {
            throw SyntaxError(line: parser.line, message: "unexpected text after the JSON value")
        }
        return node
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D: position += 1
            case 0x0A:
                line += 1
                position += 1
            default: return
            }
        }
    }

    private func fail(_ message: String) -> SyntaxError {
        SyntaxError(line: line, message: message)
    }

    private mutating func value() throws(SyntaxError) -> SourceNode {
        guard position < bytes.count else { throw fail("the JSON ends too early") }
        let start = line
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return SourceNode(value: .scalar(try string()), line: start)
        case UInt8(ascii: "t"): try literal("true"); return SourceNode(value: .scalar("true"), line: start)
        case UInt8(ascii: "f"): try literal("false"); return SourceNode(value: .scalar("false"), line: start)
        case UInt8(ascii: "n"): try literal("null"); return SourceNode(value: .null, line: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return SourceNode(value: .scalar(try number()), line: start)
        default:
            throw fail("unexpected character '\(printable(bytes[position]))'")
        }
    }

    private func printable(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : hexByte(byte)
    }

    private func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x" + String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        let count = expected.count
        guard position + count <= bytes.count, bytes[position..<(position + count)].elementsEqual(expected) else {
            throw fail("unexpected word (expected \(word))")
        }
        position += count
    }

    private mutating func number() throws(SyntaxError) -> String {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        func digits() -> Int {
            let s = position
            while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 { position += 1 }
            return position - s
        }
        guard digits() > 0 else { throw fail("a number needs digits") }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw fail("a number needs digits after '.'") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits() > 0 else { throw fail("a number needs digits in its exponent") }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            let digit: UInt32
            switch b {
            case 48...57: digit = UInt32(b - 48)
            case 65...70: digit = UInt32(b - 55)
            case 97...102: digit = UInt32(b - 87)
            default: throw fail("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func string() throws(SyntaxError) -> String {
        position += 1  // opening quote
        var out: [UInt8] = []
        while true {
            guard position < bytes.count else { throw fail("a string is not closed") }
            let b = bytes[position]
            switch b {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = String(validating: out, as: UTF8.self) else {
                    throw fail("a string is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { throw fail("a string is not closed") }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if code >= 0xD800 && code < 0xDC00 {
                        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                            bytes[position + 1] == UInt8(ascii: "u")
                        else { throw fail("a lone surrogate in a \\u escape") }
                        position += 2
                        let low = try hex4()
                        guard low >= 0xDC00 && low < 0xE000 else { throw fail("a lone surrogate in a \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if code >= 0xDC00 && code < 0xE000 {
                        throw fail("a lone surrogate in a \\u escape")
                    }
                    out.append(contentsOf: Array(String(Character(UnicodeScalar(code)!)).utf8))
                default:
                    throw fail("unknown escape '\\\(printable(e))' in a string")
                }
            case 0x0A:
                throw fail("a string runs past the end of the line")
            case 0..<0x20:
                throw fail("a control character inside a string must be escaped")
            default:
                out.append(b)
                position += 1
            }
        }
    }

    private mutating func array() throws(SyntaxError) -> SourceNode {
        let start = line
        position += 1
        depth += 1
        defer { depth -= 1 }
        guard depth <= JSONTree.maxDepth else { throw fail("the JSON is nested too deeply") }
        var items: [SourceNode] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return SourceNode(value: .sequence(items), line: start)
        }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard position < bytes.count else { throw fail("a list is not closed") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return SourceNode(value: .sequence(items), line: start)
            }
            throw fail("expected ',' or ']' in a list")
        }
    }

    private mutating func object() throws(SyntaxError) -> SourceNode {
        let start = line
        position += 1
        depth += 1
        defer { depth -= 1 }
        guard depth <= JSONTree.maxDepth else { throw fail("the JSON is nested too deeply") }
        var entries: [SourceNode.Entry] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return SourceNode(value: .mapping(entries), line: start)
        }
        while true {
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw fail("expected a quoted key")
            }
            let keyLine = line
            let key = try string()
            if entries.contains(where: { $0.key == key }) {
                throw SyntaxError(line: keyLine, message: "the key '\(key)' is given twice")
            }
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw fail("expected ':' after the key '\(key)'")
            }
            position += 1
            skipSpace()
            entries.append(SourceNode.Entry(key: key, keyLine: keyLine, value: try value()))
            skipSpace()
            guard position < bytes.count else { throw fail("an object is not closed") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return SourceNode(value: .mapping(entries), line: start)
            }
            throw fail("expected ',' or '}' in an object")
        }
    }
}
