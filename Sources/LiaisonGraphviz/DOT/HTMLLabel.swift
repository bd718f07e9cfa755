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
}
