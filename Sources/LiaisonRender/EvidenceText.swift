import LiaisonCore

/// What a drawing says about its evidence: tooltips that quote the sentences, and the web
/// address to link to.
public enum EvidenceText {
    /// A tooltip: a heading line, then each evidence sentence in quotes (at most `limit` of
    /// them, each cut to `maxLength` characters), then how many more there are.
    ///
    /// ```
    /// Meets Andrii Sybiha · 13 Nov 2024 · Brussels
    /// “Ngoại trưởng Mỹ Anthony Blinken trong cuộc gặp với …”
    /// ```
    public static func tooltip(heading: String, evidence: [Evidence], limit: Int = 3, maxLength: Int = 400) -> String {
        var buffer = TextBuffer(capacity: heading.utf8.count + 160)
        buffer.append(heading)
        appendSentences(of: evidence, limit: limit, maxLength: maxLength, to: &buffer)
        return buffer.string
    }

    /// The sentences part of ``tooltip(heading:evidence:limit:maxLength:)``, each on a line
    /// of its own, appended to a buffer that holds the heading.
    static func appendSentences(of evidence: [Evidence], limit: Int = 3, maxLength: Int = 400, to buffer: inout TextBuffer) {
        var seen: [String] = []
        var shown = 0, more = 0
        for e in evidence {
            let sentence = e.sentence.trimmed
            if sentence.isEmpty { continue }
            if evidence.count > 1 {
                if seen.contains(sentence) { continue }
                seen.append(sentence)
            }
            if shown < limit {
                buffer.append("\n“")
                buffer.append(cut(sentence, to: maxLength))
                buffer.append("”")
                shown += 1
            } else {
                more += 1
            }
        }
        if more > 0 { buffer.append("\n(and \(more) more sentence\(more == 1 ? "" : "s"))") }
    }

    /// The first web address (`http://` or `https://`) among the evidence's sources and then
    /// their documents' sources, made safe for a link (see ``safeLink(_:)``); `nil` when there
    /// is none (a file path is not a link a reader of the drawing can follow).
    public static func link(_ evidence: [Evidence], documents: [String: Document]) -> String? {
        for e in evidence {
            if let s = e.source.flatMap(safeLink) { return s }
        }
        for e in evidence {
            if let id = e.document, let s = documents[id]?.source.flatMap(safeLink) { return s }
        }
        return nil
    }

    /// `text` as a link Graphviz can write into SVG, or `nil` when it is not an `http` or
    /// `https` address.
    ///
    /// Graphviz 2.x copies a node's `URL` into the SVG's `xlink:href` without escaping it, and
    /// expands `\N`, `\G`… in it, so the characters a URL may not hold anyway are
    /// percent-encoded: white space, controls, `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`.
    /// (`&` is safe: the DOT writer writes it as `&amp;`, which Graphviz passes through and an
    /// SVG reader turns back into `&`.) Leading and trailing white space is dropped.
    public static func safeLink(_ text: String) -> String? {
        let trimmed = text.trimmed
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), trimmed.count > 8 else { return nil }
        var out = ""
        for scalar in trimmed.unicodeScalars {
            switch scalar {
            case "\"", "<", ">", "\\", "^", "`", "{", "|", "}", " ":
                out += percentEncoded(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && scalar.properties.isWhitespace) {
                    out += percentEncoded(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private static func percentEncoded(_ scalar: Unicode.Scalar) -> String {
        String(scalar).utf8.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return "%" + (hex.count == 1 ? "0" + hex : hex)
        }.joined()
    }

    /// `text` cut to at most `length` characters, with `…` when cut.
    static func cut(_ text: String, to length: Int) -> String {
        guard text.utf8.count > length, text.count > length else { return text }
        return String(text.prefix(max(1, length - 1))).trimmed + "…"
    }
}
