import LiaisonGraphviz

/// Small builders for HTML-like labels. Every piece of text goes through
/// ``HTMLLabel/escape(_:)``; markup is only ever made here.
enum Markup {
    /// Escaped text.
    static func text(_ text: String) -> String {
        HTMLLabel.escape(text)
    }

    /// Escaped lines joined with left-aligned line breaks.
    static func lines(_ lines: [String]) -> String {
        lines.map(HTMLLabel.escape).joined(separator: "<BR/>")
    }

    /// `inner` in a `FONT` tag; nothing when `inner` is empty (Graphviz refuses empty font tags).
    static func font(_ inner: String, size: Double? = nil, color: String? = nil, face: String? = nil) -> String {
        if inner.isEmpty { return "" }
        var attributes = ""
        if let size { attributes += " POINT-SIZE=\"\(number(size))\"" }
        if let color { attributes += " COLOR=\"\(color)\"" }
        if let face { attributes += " FACE=\"\(HTMLLabel.escapeAttribute(face))\"" }
        if attributes.isEmpty { return inner }
        return "<FONT\(attributes)>\(inner)</FONT>"
    }

    static func bold(_ inner: String) -> String {
        inner.isEmpty ? "" : "<B>\(inner)</B>"
    }

    static func italic(_ inner: String) -> String {
        inner.isEmpty ? "" : "<I>\(inner)</I>"
    }

    /// A number as DOT wants it: `9`, `8.5`, `0.25` (three decimals at most).
    static func number(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 1000
        if scaled == scaled.rounded(), abs(scaled) < 1e15 { return String(Int(scaled)) }
        return String(scaled)
    }

    /// `text` broken into lines of at most `width` characters at spaces; its own line breaks are
    /// kept; a word longer than `width` is cut into pieces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var line = ""
            var lineCount = 0
            for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                var pieces: [Substring] = []
                var rest = word[...]
                while rest.count > width {
                    pieces.append(rest.prefix(width))
                    rest = rest.dropFirst(width)
                }
                pieces.append(rest)
                for piece in pieces {
                    let n = piece.count
                    if lineCount > 0 && lineCount + 1 + n > width {
                        out.append(line)
                        line = ""
                        lineCount = 0
                    }
                    if lineCount > 0 {
                        line += " "
                        lineCount += 1
                    }
                    line += piece
                    lineCount += n
                }
            }
            out.append(line)
        }
        while out.count > 1, out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    /// A generous estimate of the width, in points, of the widest of `lines` in DejaVu Sans
    /// at `size` (its average advance is a little under 0.6 em; bold a little more).
    static func estimatedWidth(_ lines: [String], size: Double, bold: Bool) -> Double {
        let perCharacter = size * (bold ? 0.68 : 0.6)
        return Double(lines.map(\.count).max() ?? 0) * perCharacter
    }
}
