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
        String(decoding: utf8(graph), as: UTF8.self)
    }

    /// The DOT text of `graph` as UTF-8 bytes, for writing to a file: the same bytes as
    /// ``write(_:)``, without making a `String` of them (which checks every byte again).
    public static func utf8(_ graph: DOTGraph) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + graph.statements.count * 96)
        if graph.isStrict { append("strict ", to: &out) }
        append(graph.isDirected ? "digraph" : "graph", to: &out)
        if let id = graph.id {
            out.append(0x20)
            appendQuoted(id, isID: true, backslash: .text, to: &out)
        }
        append(" {\n", to: &out)
        writeBody(of: graph, directed: graph.isDirected, depth: 1, into: &out)
        append("}\n", to: &out)
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
    }

    static func quoted(_ text: String, backslash: Backslash) -> String {
        quoted(text, isID: false, backslash: backslash)
    }

    private static func quoted(_ text: String, isID: Bool, backslash: Backslash) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, isID: isID, backslash: backslash, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendQuoted(_ text: String, isID: Bool, backslash: Backslash, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if isID, text.utf8.first == UInt8(ascii: "%") {
            append("&#37;", to: &out)
            appendEscaped(String(text.dropFirst()), backslash: backslash, to: &out)
        } else {
            appendEscaped(text, backslash: backslash, to: &out)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The DOT form of a value: quoted text, or `<…>` for an HTML-like label (when its `<` and
    /// `>` balance and it is not empty; otherwise quoted text, see ``DOTValue/html(_:)``).
    public static func literal(_ value: DOTValue) -> String {
        var bytes: [UInt8] = []
        appendLiteral(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendLiteral(_ value: DOTValue, to out: inout [UInt8]) {
        switch value {
        case .string(let text):
            appendQuoted(text, isID: false, backslash: .text, to: &out)
        case .html(let markup):
            let scan = scanMarkup(markup)
            let clean = scan.needsReplacement ? replacingControlCharacters(in: markup) : markup
            let balanced = scan.needsReplacement ? anglesBalance(clean) : scan.anglesBalance
            guard !clean.isEmpty, balanced else {
                appendQuoted(markup, isID: false, backslash: .text, to: &out)
                return
            }
            out.append(UInt8(ascii: "<"))
            append(clean, to: &out)
            out.append(UInt8(ascii: ">"))
        }
    }

    // MARK: - Body

    private static func writeBody(of scope: some DOTScope, directed: Bool, depth: Int, into out: inout [UInt8]) {
        let indent = depth * 2 <= spaces.count ? spaces[..<(depth * 2)] : ArraySlice(repeating: 0x20, count: depth * 2)
        if !scope.attributes.isEmpty {
            out += indent
            append("graph", to: &out)
            list(scope.attributes, into: &out)
            append(";\n", to: &out)
        }
        if !scope.nodeDefaults.isEmpty {
            out += indent
            append("node", to: &out)
            list(scope.nodeDefaults, into: &out)
            append(";\n", to: &out)
        }
        if !scope.edgeDefaults.isEmpty {
            out += indent
            append("edge", to: &out)
            list(scope.edgeDefaults, into: &out)
            append(";\n", to: &out)
        }
        let arrow = directed ? " -> " : " -- "
        for statement in scope.statements {
            switch statement {
            case .node(let node):
                out += indent
                appendQuoted(node.id, isID: true, backslash: .text, to: &out)
                list(node.attributes, into: &out)
                append(";\n", to: &out)
            case .edge(let edge):
                out += indent
                appendQuoted(edge.from, isID: true, backslash: .text, to: &out)
                append(arrow, to: &out)
                appendQuoted(edge.to, isID: true, backslash: .text, to: &out)
                list(edge.attributes, into: &out)
                append(";\n", to: &out)
            case .subgraph(let subgraph):
                out += indent
                append("subgraph", to: &out)
                if let id = subgraph.id {
                    out.append(0x20)
                    appendQuoted(id, isID: true, backslash: .text, to: &out)
                }
                append(" {\n", to: &out)
                writeBody(of: subgraph, directed: directed, depth: depth + 1, into: &out)
                out += indent
                append("}\n", to: &out)
            }
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    /// ` [a="1", b="2"]`, or nothing for no attributes.
    private static func list(_ attributes: DOTAttributes, into out: inout [UInt8]) {
        guard !attributes.isEmpty else { return }
        append(" [", to: &out)
        var first = true
        for attribute in attributes {
            if !first { append(", ", to: &out) }
            first = false
            appendName(attribute.name, to: &out)
            out.append(UInt8(ascii: "="))
            if case .string(let text) = attribute.value, isTooltip(attribute.name) {
                appendQuoted(text, isID: false, backslash: .tooltip, to: &out)
            } else {
                appendLiteral(attribute.value, to: &out)
            }
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The UTF-8 of `text`, appended.
    private static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Attributes whose text Graphviz 2.x unescapes twice (measured with 2.43: `\\\\` in a
    /// tooltip shows one backslash).
    static let tooltipAttributes: Set<String> = ["tooltip", "labeltooltip", "headtooltip", "tailtooltip", "edgetooltip"]

    private static let keywords: [String] = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// An attribute name: bare when it is a plain identifier, quoted otherwise.
    private static func appendName(_ name: String, to out: inout [UInt8]) {
        guard isPlainIdentifier(name), !isKeyword(name) else {
            appendQuoted(name, isID: false, backslash: .text, to: &out)
            return
        }
        append(name, to: &out)
    }

    /// Whether `name` is ASCII letters, digits and underscores, not starting with a digit.
    private static func isPlainIdentifier(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { utf8 in
            guard let first = utf8.first, isIdentifierStart(first) else { return false }
            for byte in utf8 where !(isIdentifierStart(byte) || (byte >= 0x30 && byte <= 0x39)) { return false }
            return true
        }
    }

    /// Whether `name` (ASCII letters, digits and underscores) is a DOT keyword in any case.
    /// Most names are told apart by their length and first letter, without a lowercased copy.
    private static func isKeyword(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard let first = utf8.first else { return false }
        switch (utf8.count, first | 0x20) {
        case (4, UInt8(ascii: "n")), (4, UInt8(ascii: "e")), (5, UInt8(ascii: "g")), (7, UInt8(ascii: "d")),
             (8, UInt8(ascii: "s")), (6, UInt8(ascii: "s")):
            return keywords.contains(name.lowercased())
        default:
            return false
        }
    }

    /// Whether `name` is one of ``tooltipAttributes`` (all end in `tooltip`; checked by length
    /// and last letter before any comparison).
    private static func isTooltip(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.last == UInt8(ascii: "p") else { return false }
        switch utf8.count {
        case 7, 11, 12: return tooltipAttributes.contains(name)
        default: return false
        }
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    // MARK: - Escaping

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]  // U+FFFD

    /// The bytes `appendEscaped` copies as they are: printable ASCII other than `"`, `\`,
    /// `&`, `<`, `>`, and UTF-8 bytes other than the leads of C1 controls (C2) and of
    /// U+FFFE/U+FFFF (EF).
    private static let plainText: [Bool] = (0..<256).map { byte in
        byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x26 && byte != 0x3C && byte != 0x3E
            && byte != 0x7F && byte != 0xC2 && byte != 0xEF
    }

    /// The bytes `scanMarkup` passes over: everything but `<`, `>`, controls (tab and line feed
    /// pass), DEL, and the leads C2 and EF.
    private static let plainMarkup: [Bool] = (0..<256).map { byte in
        (byte >= 0x20 || byte == 0x09 || byte == 0x0A) && byte != 0x3C && byte != 0x3E && byte != 0x7F
            && byte != 0xC2 && byte != 0xEF
    }

    /// Appends the escaped UTF-8 of `text` (without the surrounding quotes). Runs of bytes
    /// that need nothing are copied at once.
    private static func appendEscaped(_ text: String, backslash: Backslash, to out: inout [UInt8]) {
        var text = text
        let plain = plainText
        text.withUTF8 { utf8 in
            let count = utf8.count
            var runStart = 0
            var i = 0
            @inline(__always) func flush(_ end: Int) {
                if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
            }
            while i < count {
                // Bytes that are never special (see `plainText`) are skipped over in a tight loop.
                while i < count && plain[Int(utf8[i])] { i += 1 }
                if i == count { break }
                let byte = utf8[i]
                switch byte {
                case 0xC2:
                    if i + 1 < count, (0x80...0x9F).contains(utf8[i + 1]) {
                        flush(i)
                        out += replacement  // C1 control
                        i += 2
                        runStart = i
                    } else {
                        i += 1
                    }
                    continue
                case 0xEF:
                    if i + 2 < count, utf8[i + 1] == 0xBF, utf8[i + 2] >= 0xBE {
                        flush(i)
                        out += replacement  // U+FFFE, U+FFFF
                        i += 3
                        runStart = i
                    } else {
                        i += 1
                    }
                    continue
                case 0x09:
                    i += 1  // a tab is kept
                    continue
                default:
                    break
                }
                flush(i)
                switch byte {
                case UInt8(ascii: "\""):
                    out += [0x5C, 0x22]
                case UInt8(ascii: "\\"):
                    switch backslash {
                    case .text: out += [0x5C, 0x5C]
                    case .tooltip: out += [0x5C, 0x5C, 0x5C, 0x5C]
                    }
                case UInt8(ascii: "&"):
                    append("&amp;", to: &out)
                case UInt8(ascii: "<"):
                    append("&lt;", to: &out)
                case UInt8(ascii: ">"):
                    append("&gt;", to: &out)
                case 0x0A:
                    out += [0x5C, UInt8(ascii: "n")]
                case 0x0D:
                    out += [0x5C, UInt8(ascii: "n")]
                    if i + 1 < count, utf8[i + 1] == 0x0A { i += 1 }
                default:
                    out += replacement  // other C0 controls, DEL
                }
                i += 1
                runStart = i
            }
            flush(count)
        }
    }

    /// HTML-like label markup with the same control-character replacements as text, line
    /// breaks normalised to line feeds (kept raw: in markup they are whitespace).
    private static func replacingControlCharacters(in markup: String) -> String {
        if !needsControlReplacement(markup) { return markup }
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

    /// One pass over markup: whether ``replacingControlCharacters(in:)`` would change it, and
    /// whether its angles balance (see ``anglesBalance(_:)``).
    private static func scanMarkup(_ markup: String) -> (needsReplacement: Bool, anglesBalance: Bool) {
        var markup = markup
        let plain = plainMarkup
        return markup.withUTF8 { utf8 in
            let count = utf8.count
            var depth = 0
            var balanced = true
            var needs = false
            var i = 0
            while i < count {
                while i < count && plain[Int(utf8[i])] { i += 1 }
                if i == count { break }
                let byte = utf8[i]
                switch byte {
                case UInt8(ascii: "<"):
                    depth += 1
                case UInt8(ascii: ">"):
                    depth -= 1
                    if depth < 0 { balanced = false }
                case 0x00..<0x20:
                    if byte != 0x09 && byte != 0x0A { needs = true }
                case 0x7F:
                    needs = true
                case 0xC2:
                    if i + 1 < count, (0x80...0x9F).contains(utf8[i + 1]) { needs = true }
                case 0xEF:
                    if i + 2 < count, utf8[i + 1] == 0xBF, utf8[i + 2] >= 0xBE { needs = true }
                default:
                    break
                }
                i += 1
            }
            return (needs, balanced && depth == 0)
        }
    }

    /// Whether `markup` holds anything ``replacingControlCharacters(in:)`` changes: a control
    /// character other than tab and line feed (CR included), a C1 control, U+FFFE or U+FFFF.
    private static func needsControlReplacement(_ markup: String) -> Bool {
        var markup = markup
        return markup.withUTF8 { utf8 in
            let count = utf8.count
            var i = 0
            while i < count {
                let byte = utf8[i]
                if byte < 0x20 {
                    if byte != 0x09 && byte != 0x0A { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte == 0xC2 {
                    if i + 1 < count, (0x80...0x9F).contains(utf8[i + 1]) { return true }
                } else if byte == 0xEF {
                    if i + 2 < count, utf8[i + 1] == 0xBF, utf8[i + 2] >= 0xBE { return true }
                }
                i += 1
            }
            return false
        }
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
