/// Turns a ``DOTGraph`` into DOT text.
///
/// The output is deterministic: statements and attributes come out in the order they were added
/// (attributes in first-set order, see ``DOTAttributes``), two spaces of indentation per level,
/// one statement per line, a final newline. The same graph always gives the same bytes.
///
/// Every id and every text value is written quoted, escaped so that Graphviz reads back exactly
/// the text given (see ``DOTValue/string(_:)`` for what that means and the few deliberate
/// replacements). Attribute names are written bare when they are plain identifiers, quoted
/// otherwise.
public enum DOTWriter {
    /// The DOT text of `graph`.
    public static func write(_ graph: DOTGraph) -> String {
        var out = ""
        out.reserveCapacity(64 + graph.statements.count * 48)
        if graph.isStrict { out += "strict " }
        out += graph.isDirected ? "digraph" : "graph"
        if let id = graph.id { out += " " + quotedID(id) }
        out += " {\n"
        writeBody(of: graph, directed: graph.isDirected, depth: 1, into: &out)
        out += "}\n"
        return out
    }

    /// `text` as a quoted DOT string that Graphviz reads back as `text`, e.g. `"say \"hi\""`.
    ///
    /// Rules: `"` → `\"`; `\` → `\\` (Graphviz reads `\N`, `\n`, `\l`… in text as
    /// escapes, and `\\` as one backslash, so a trailing backslash cannot eat the closing
    /// quote); line feed, CR LF, CR → `\n`; `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`
    /// (Graphviz turns entities in text into characters, so `&` must be written as one; `<` and
    /// `>` are, so that no text can be mistaken for an HTML-like label: Graphviz 2.x keeps one
    /// copy of equal strings and lets the first decide whether it is HTML); other control
    /// characters and U+FFFE, U+FFFF → U+FFFD. Everything else (any script, emoji, braces,
    /// `%`) is written as is, in UTF-8.
    public static func quoted(_ text: String) -> String {
        quoted(text, isID: false, backslash: .text)
    }

    /// An id: quoted like text, and a leading `%` written `&#37;`, because Graphviz takes
    /// names starting with `%` for its own anonymous ids and does not give them back.
    static func quotedID(_ id: String) -> String {
        quoted(id, isID: true, backslash: .text)
    }

    /// How a backslash is written: `\\` in text, `\\\\` in tooltips.
    enum Backslash {
        case text, tooltip

        var bytes: [UInt8] {
            switch self {
            case .text: [0x5C, 0x5C]
            case .tooltip: [0x5C, 0x5C, 0x5C, 0x5C]
            }
        }
    }

    static func quoted(_ text: String, backslash: Backslash) -> String {
        quoted(text, isID: false, backslash: backslash)
    }

    private static func quoted(_ text: String, isID: Bool, backslash: Backslash) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        bytes.append(UInt8(ascii: "\""))
        if isID, text.utf8.first == UInt8(ascii: "%") {
            bytes += Array("&#37;".utf8)
            appendEscaped(String(text.dropFirst()), backslash: backslash.bytes, to: &bytes)
        } else {
            appendEscaped(text, backslash: backslash.bytes, to: &bytes)
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The DOT form of a value: quoted text, or `<…>` for an HTML-like label (when its `<` and
    /// `>` balance and it is not empty; otherwise quoted text, see ``DOTValue/html(_:)``).
    public static func literal(_ value: DOTValue) -> String {
        switch value {
        case .string(let text):
            return quoted(text)
        case .html(let markup):
            let clean = replacingControlCharacters(in: markup)
            guard !clean.isEmpty, anglesBalance(clean) else { return quoted(markup) }
            return "<" + clean + ">"
        }
    }

    // MARK: - Body

    private static func writeBody(of scope: some DOTScope, directed: Bool, depth: Int, into out: inout String) {
        let indent = String(repeating: "  ", count: depth)
        if !scope.attributes.isEmpty {
            out += indent + "graph" + list(scope.attributes) + ";\n"
        }
        if !scope.nodeDefaults.isEmpty {
            out += indent + "node" + list(scope.nodeDefaults) + ";\n"
        }
        if !scope.edgeDefaults.isEmpty {
            out += indent + "edge" + list(scope.edgeDefaults) + ";\n"
        }
        let arrow = directed ? " -> " : " -- "
        for statement in scope.statements {
            switch statement {
            case .node(let node):
                out += indent + quotedID(node.id) + list(node.attributes) + ";\n"
            case .edge(let edge):
                out += indent + quotedID(edge.from) + arrow + quotedID(edge.to) + list(edge.attributes) + ";\n"
            case .subgraph(let subgraph):
                out += indent + "subgraph"
                if let id = subgraph.id { out += " " + quotedID(id) }
                out += " {\n"
                writeBody(of: subgraph, directed: directed, depth: depth + 1, into: &out)
                out += indent + "}\n"
            }
        }
    }

    /// ` [a="1", b="2"]`, or nothing for no attributes.
    private static func list(_ attributes: DOTAttributes) -> String {
        guard !attributes.isEmpty else { return "" }
        var out = " ["
        var first = true
        for attribute in attributes {
            if !first { out += ", " }
            first = false
            if tooltipAttributes.contains(attribute.name), case .string(let text) = attribute.value {
                out += name(attribute.name) + "=" + quoted(text, backslash: .tooltip)
            } else {
                out += name(attribute.name) + "=" + literal(attribute.value)
            }
        }
        return out + "]"
    }

    /// Attributes whose text Graphviz 2.x unescapes twice (measured with 2.43: `\\\\` in a
    /// tooltip shows one backslash).
    static let tooltipAttributes: Set<String> = ["tooltip", "labeltooltip", "headtooltip", "tailtooltip", "edgetooltip"]

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// An attribute name: bare when it is a plain identifier, quoted otherwise.
    private static func name(_ name: String) -> String {
        let utf8 = name.utf8
        guard let first = utf8.first, isIdentifierStart(first),
              utf8.allSatisfy({ isIdentifierStart($0) || ($0 >= 0x30 && $0 <= 0x39) }),
              !keywords.contains(name.lowercased())
        else { return quoted(name) }
        return name
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    // MARK: - Escaping

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]  // U+FFFD

    /// Appends the escaped UTF-8 of `text` (without the surrounding quotes).
    private static func appendEscaped(_ text: String, backslash: [UInt8], to out: inout [UInt8]) {
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            switch byte {
            case UInt8(ascii: "\""):
                out += [0x5C, 0x22]
            case UInt8(ascii: "\\"):
                out += backslash
            case UInt8(ascii: "&"):
                out += Array("&amp;".utf8)
            case UInt8(ascii: "<"):
                out += Array("&lt;".utf8)
            case UInt8(ascii: ">"):
                out += Array("&gt;".utf8)
            case 0x0A:
                out += [0x5C, UInt8(ascii: "n")]
            case 0x0D:
                out += [0x5C, UInt8(ascii: "n")]
                if i + 1 < utf8.count, utf8[i + 1] == 0x0A { i += 1 }
            case 0x09:
                out.append(byte)
            case 0x00..<0x20, 0x7F:
                out += replacement
            case 0xC2 where i + 1 < utf8.count && (0x80...0x9F).contains(utf8[i + 1]):
                out += replacement  // C1 control
                i += 1
            case 0xEF where i + 2 < utf8.count && utf8[i + 1] == 0xBF && utf8[i + 2] >= 0xBE:
                out += replacement  // U+FFFE, U+FFFF
                i += 2
            default:
                out.append(byte)
            }
            i += 1
        }
    }

    /// HTML-like label markup with the same control-character replacements as text, line
    /// breaks normalised to line feeds (kept raw: in markup they are whitespace).
    private static func replacingControlCharacters(in markup: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in markup.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: scalars.append("\n")
            case 0x0A: if !previousWasCR { scalars.append(scalar) }
            case 0x09: scalars.append(scalar)
            case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: scalars.append("\u{FFFD}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether Graphviz's scanner finds the end of `<markup>` at the final `>`: every prefix
    /// has at least as many `<` as `>`, and the whole has as many of each.
    private static func anglesBalance(_ markup: String) -> Bool {
        var depth = 0
        for byte in markup.utf8 {
            if byte == UInt8(ascii: "<") {
                depth += 1
            } else if byte == UInt8(ascii: ">") {
                depth -= 1
                if depth < 0 { return false }
            }
        }
        return depth == 0
    }
}
