/// Helpers for Graphviz's HTML-like labels (``DOTValue/html(_:)``).
public enum HTMLLabel {
    /// `text` escaped for use as character data inside an HTML-like label.
    ///
    /// `&`, `<`, `>`, `"`, `'` and `]` become entities (Graphviz 2.x loses a line of HTML-like
    /// text that holds only `]`); a line feed (or CR LF, or CR) becomes
    /// `<BR/>`, so the text keeps its lines; `\` becomes `\\` (Graphviz reads `\N`, `\G`,
    /// `\E`… in label text as the node, graph, edge name, even in HTML-like labels, and `\\`
    /// as one backslash); a tab becomes a space (Graphviz drops tabs from HTML-like text, and a
    /// tab alone is a syntax error there); other control characters and U+FFFE, U+FFFF become
    /// U+FFFD. Everything else is kept as is.
    ///
    /// Graphviz refuses empty text inside a font tag (`<B></B>`), so do not wrap an empty
    /// string in one.
    ///
    /// ```swift
    /// .html("<B>\(HTMLLabel.escape("Procter & Gamble"))</B>")   // <B>Procter &amp; Gamble</B>
    /// ```
    public static func escape(_ text: String) -> String {
        escape(text, lineBreak: .element)
    }

    /// `text` escaped for use inside a quoted attribute of an HTML-like label
    /// (`<TD TITLE="…">`): as ``escape(_:)``, but a line break becomes `&#10;`.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text, lineBreak: .characterReference)
    }

    /// Appends the UTF-8 of `text` escaped as ``escape(_:)`` does, without making a `String`:
    /// for building labels in a byte buffer.
    public static func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        appendEscaped(text, lineBreak: .element, to: &out)
    }

    private enum LineBreak {
        /// `<BR/>`
        case element
        /// `&#10;`
        case characterReference
    }

    private static func escape(_ text: String, lineBreak: LineBreak) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            if !needsEscaping(utf8) { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 16)
            appendEscaped(utf8, lineBreak: lineBreak, to: &out)
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// Bytes copied as they are: everything but controls, DEL, `&<>"']\`, and the leads C2
    /// (of C1 controls) and EF (of U+FFFE, U+FFFF), which are looked at closer.
    private nonisolated(unsafe) static let plain = ByteTable.make { (byte: Int) -> Bool in
        let special: [UInt8] = Array("&<>\"']\\".utf8) + [0x7F, 0xC2, 0xEF]
        return byte >= 0x20 && !special.contains(UInt8(byte))
    }

    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, lineBreak: LineBreak, to out: inout [UInt8]) {
        let count = utf8.count
        let plain = Self.plain
        var runStart = 0
        var i = 0
        func flush(_ end: Int) {
            if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
        }
        func put(_ text: StaticString) {
            out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        while i < count {
            while i < count && plain[Int(utf8[i])] { i += 1 }
            if i == count { break }
            let byte = utf8[i]
            var width = 1
            switch byte {
            case 0xC2, 0xEF:
                width = ReplacementCharacter.replacedLength(in: utf8, at: i)
                guard width > 0 else { i += 1; continue }
            case 0x0D where i + 1 < count && utf8[i + 1] == 0x0A:
                width = 2  // CR LF: one break
            default:
                break
            }
            flush(i)
            switch byte {
            case UInt8(ascii: "&"): put("&amp;")
            case UInt8(ascii: "<"): put("&lt;")
            case UInt8(ascii: ">"): put("&gt;")
            case UInt8(ascii: "\""): put("&quot;")
            case UInt8(ascii: "'"): put("&#39;")
            case UInt8(ascii: "]"): put("&#93;")
            case UInt8(ascii: "\\"): put("\\\\")
            case 0x09: out.append(0x20)
            case 0x0A, 0x0D:
                switch lineBreak {
                case .element: put("<BR/>")
                case .characterReference: put("&#10;")
                }
            default: out += ReplacementCharacter.utf8  // other controls, DEL, C1 controls, U+FFFE, U+FFFF
            }
            i += width
            runStart = i
        }
        flush(count)
    }

    private static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let plain = Self.plain
        let count = utf8.count
        var i = 0
        while i < count {
            let byte = utf8[i]
            if !plain[Int(byte)] {
                switch byte {
                case 0xC2, 0xEF:
                    if ReplacementCharacter.replacedLength(in: utf8, at: i) > 0 { return true }
                default:
                    return true
                }
            }
            i += 1
        }
        return false
    }
}
