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
        var out = ByteSink(capacity: 256 + graph.statements.count * 96)
        if graph.isStrict { put("strict ", to: &out) }
        put(graph.isDirected ? "digraph" : "graph", to: &out)
        if let id = graph.id {
            out.append(0x20)
            appendQuoted(id, isID: true, backslash: .text, to: &out)
        }
        put(" {\n", to: &out)
        writeBody(of: graph, directed: graph.isDirected, depth: 1, into: &out)
        put("}\n", to: &out)
        return out.bytes()
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
        var bytes = ByteSink(capacity: text.utf8.count + 2)
        appendQuoted(text, isID: isID, backslash: backslash, to: &bytes)
        return bytes.string()
    }

    private static func appendQuoted(_ text: String, isID: Bool, backslash: Backslash, to out: inout ByteSink) {
        out.append(UInt8(ascii: "\""))
        if isID, text.utf8.first == UInt8(ascii: "%") {
            put("&#37;", to: &out)
            appendEscaped(String(text.dropFirst()), backslash: backslash, to: &out)
        } else {
            appendEscaped(text, backslash: backslash, to: &out)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The DOT form of a value: quoted text, or `<…>` for an HTML-like label (when its `<` and
    /// `>` balance and it is not empty; otherwise quoted text, see ``DOTValue/html(_:)``).
    public static func literal(_ value: DOTValue) -> String {
        var bytes = ByteSink(capacity: 64)
        appendLiteral(value, to: &bytes)
        return bytes.string()
    }

    private static func appendLiteral(_ value: DOTValue, to out: inout ByteSink) {
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
            out.append(clean)
            out.append(UInt8(ascii: ">"))
        }
    }

    // MARK: - Body

    private static func writeBody(of scope: some DOTScope, directed: Bool, depth: Int, into out: inout ByteSink) {
        let width = depth * 2
        @inline(__always) func indent(_ out: inout ByteSink) {
            for _ in 0..<width { out.append(0x20) }
        }
        if !scope.attributes.isEmpty {
            indent(&out)
            put("graph", to: &out)
            list(scope.attributes, into: &out)
            put(";\n", to: &out)
        }
        if !scope.nodeDefaults.isEmpty {
            indent(&out)
            put("node", to: &out)
            list(scope.nodeDefaults, into: &out)
            put(";\n", to: &out)
        }
        if !scope.edgeDefaults.isEmpty {
            indent(&out)
            put("edge", to: &out)
            list(scope.edgeDefaults, into: &out)
            put(";\n", to: &out)
        }
        let arrow: StaticString = directed ? " -> " : " -- "
        for statement in scope.statements {
            switch statement {
            case .node(let node):
                indent(&out)
                appendQuoted(node.id, isID: true, backslash: .text, to: &out)
                list(node.attributes, into: &out)
                put(";\n", to: &out)
            case .edge(let edge):
                indent(&out)
                appendQuoted(edge.from, isID: true, backslash: .text, to: &out)
                put(arrow, to: &out)
                appendQuoted(edge.to, isID: true, backslash: .text, to: &out)
                list(edge.attributes, into: &out)
                put(";\n", to: &out)
            case .subgraph(let subgraph):
                indent(&out)
                put("subgraph", to: &out)
                if let id = subgraph.id {
                    out.append(0x20)
                    appendQuoted(id, isID: true, backslash: .text, to: &out)
                }
                put(" {\n", to: &out)
                writeBody(of: subgraph, directed: directed, depth: depth + 1, into: &out)
                indent(&out)
                put("}\n", to: &out)
            }
        }
    }

    /// ` [a="1", b="2"]`, or nothing for no attributes.
    private static func list(_ attributes: DOTAttributes, into out: inout ByteSink) {
        guard !attributes.isEmpty else { return }
        out.append(0x20)
        out.append(UInt8(ascii: "["))
        var first = true
        for attribute in attributes {
            if !first {
                out.append(UInt8(ascii: ","))
                out.append(0x20)
            }
            first = false
            let isTooltip = appendName(attribute.name, to: &out)
            out.append(UInt8(ascii: "="))
            if isTooltip, case .string(let text) = attribute.value {
                appendQuoted(text, isID: false, backslash: .tooltip, to: &out)
            } else {
                appendLiteral(attribute.value, to: &out)
            }
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The bytes of a literal, appended.
    private static func put(_ text: StaticString, to out: inout ByteSink) {
        out.append(text)
    }

    private static let keywords: [StaticString] = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// An attribute name: bare when it is a plain identifier (ASCII letters, digits and
    /// underscores, not starting with a digit) and no DOT keyword, quoted otherwise. Returns
    /// whether it names a tooltip attribute (see ``isTooltip(_:)``). One pass over the name's
    /// bytes: names are short and come back on every node and edge.
    private static func appendName(_ name: String, to out: inout ByteSink) -> Bool {
        var name = name
        let kind: NameKind = name.withUTF8 { utf8 in
            guard let first = utf8.first, isIdentifierStart(first) else { return .quoted }
            for byte in utf8 where !(isIdentifierStart(byte) || (byte >= 0x30 && byte <= 0x39)) { return .quoted }
            for keyword in keywords where equalsIgnoringCase(utf8, keyword) { return .quoted }
            out.append(utf8)
            return isTooltip(utf8) ? .tooltip : .bare
        }
        if kind == .quoted { appendQuoted(name, isID: false, backslash: .text, to: &out) }
        return kind == .tooltip
    }

    private enum NameKind {
        case bare, tooltip, quoted
    }

    /// Whether `name` (ASCII) is `word` in any case.
    private static func equalsIgnoringCase(_ name: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard name.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0..<name.count where name[i] | 0x20 != w[i] { return false }
        return true
    }

    /// Whether `name` is an attribute whose text Graphviz 2.x unescapes twice (measured with
    /// 2.43: `\\\\` in a tooltip shows one backslash): `tooltip` alone or after `label`,
    /// `head`, `tail` or `edge`.
    private static func isTooltip(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = name.count
        guard count == 7 || count == 11 || count == 12, name[count - 1] == UInt8(ascii: "p") else { return false }
        let suffix: StaticString = "tooltip"
        let t = suffix.utf8Start
        for i in 0..<7 where name[count - 7 + i] != t[i] { return false }
        let prefix = UnsafeBufferPointer(rebasing: name[0..<(count - 7)])
        switch count {
        case 7: return true
        case 12: return prefix.elementsEqual("label".utf8)
        default: return prefix.elementsEqual("head".utf8) || prefix.elementsEqual("tail".utf8) || prefix.elementsEqual("edge".utf8)
        }
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    // MARK: - Escaping

    private static func appendReplacement(to out: inout ByteSink) {
        ReplacementCharacter.utf8.withUnsafeBufferPointer { out.append($0) }
    }

    /// The bytes `appendEscaped` copies as they are: printable ASCII other than `"`, `\`,
    /// `&`, `<`, `>`, and UTF-8 bytes other than the leads of C1 controls (C2) and of
    /// U+FFFE/U+FFFF (EF).
    private nonisolated(unsafe) static let plainText = ByteTable.make { byte in
        byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x26 && byte != 0x3C && byte != 0x3E
            && byte != 0x7F && byte != 0xC2 && byte != 0xEF
    }

    /// The bytes `scanMarkup` passes over: everything but `<`, `>`, controls (tab and line feed
    /// pass), DEL, and the leads C2 and EF.
    private nonisolated(unsafe) static let plainMarkup = ByteTable.make { byte in
        (byte >= 0x20 || byte == 0x09 || byte == 0x0A) && byte != 0x3C && byte != 0x3E && byte != 0x7F
            && byte != 0xC2 && byte != 0xEF
    }

    /// Appends the escaped UTF-8 of `text` (without the surrounding quotes). Runs of bytes
    /// that need nothing are copied at once.
    private static func appendEscaped(_ text: String, backslash: Backslash, to out: inout ByteSink) {
        var text = text
        let plain = plainText
        text.withUTF8 { utf8 in
            let count = utf8.count
            var runStart = 0
            var i = 0
            @inline(__always) func flush(_ end: Int) {
                if end > runStart { out.append(UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
            }
            while i < count {
                // Bytes that are never special (see `plainText`) are skipped over in a tight loop.
                while i < count && plain[Int(utf8[i])] { i += 1 }
                if i == count { break }
                let byte = utf8[i]
                switch byte {
                case 0xC2, 0xEF:
                    let length = ReplacementCharacter.replacedLength(in: utf8, at: i)
                    if length > 0 {
                        flush(i)
                        appendReplacement(to: &out)  // a C1 control, U+FFFE, U+FFFF
                        i += length
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
                    out.append(0x5C); out.append(0x22)
                case UInt8(ascii: "\\"):
                    switch backslash {
                    case .text: out.append(0x5C); out.append(0x5C)
                    case .tooltip: put("\\\\\\\\", to: &out)
                    }
                case UInt8(ascii: "&"):
                    put("&amp;", to: &out)
                case UInt8(ascii: "<"):
                    put("&lt;", to: &out)
                case UInt8(ascii: ">"):
                    put("&gt;", to: &out)
                case 0x0A:
                    out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D:
                    out.append(0x5C); out.append(UInt8(ascii: "n"))
                    if i + 1 < count, utf8[i + 1] == 0x0A { i += 1 }
                default:
                    appendReplacement(to: &out)  // other C0 controls, DEL
                }
                i += 1
                runStart = i
            }
            flush(count)
        }
    }

    /// HTML-like label markup with the same control-character replacements as text, line
    /// breaks normalised to line feeds (kept raw: in markup they are whitespace). Called only
    /// for markup that ``scanMarkup(_:)`` found something to replace in.
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
                case 0xC2, 0xEF:
                    if ReplacementCharacter.replacedLength(in: utf8, at: i) > 0 { needs = true }
                default:
                    break
                }
                i += 1
            }
            return (needs, balanced && depth == 0)
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
