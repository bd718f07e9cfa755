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
        escape(text, lineBreak: "<BR/>")
    }

    /// `text` escaped for use inside a quoted attribute of an HTML-like label
    /// (`<TD TITLE="…">`): as ``escape(_:)``, but a line break becomes `&#10;`.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text, lineBreak: "&#10;")
    }

    private static func escape(_ text: String, lineBreak: String) -> String {
        if !needsEscaping(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "]": out += "&#93;"
            case "\r": out += lineBreak
            case "\n": if !previousWasCR { out += lineBreak }
            case "\\": out += "\\\\"
            case "\t": out += " "
            default:
                switch scalar.value {
                case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: out += "\u{FFFD}"
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether `text` holds anything ``escape(_:)`` changes (checked on its UTF-8, so that
    /// most names and titles are handed back as they are).
    private static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            let count = utf8.count
            var i = 0
            while i < count {
                let byte = utf8[i]
                switch byte {
                case 0x00..<0x20, 0x7F, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
                     UInt8(ascii: "'"), UInt8(ascii: "]"), UInt8(ascii: "\\"):
                    return true
                case 0xC2:
                    if i + 1 < count, (0x80...0x9F).contains(utf8[i + 1]) { return true }
                case 0xEF:
                    if i + 2 < count, utf8[i + 1] == 0xBF, utf8[i + 2] >= 0xBE { return true }
                default:
                    break
                }
                i += 1
            }
            return false
        }
    }
}
