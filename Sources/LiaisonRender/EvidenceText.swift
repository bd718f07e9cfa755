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
        var lines = [heading]
        var seen: [String] = []
        for e in evidence {
            let sentence = e.sentence.trimmed
            if sentence.isEmpty || seen.contains(sentence) { continue }
            seen.append(sentence)
        }
        for sentence in seen.prefix(limit) {
            lines.append("“" + cut(sentence, to: maxLength) + "”")
        }
        if seen.count > limit {
            let more = seen.count - limit
            lines.append("(and \(more) more sentence\(more == 1 ? "" : "s"))")
        }
        return lines.joined(separator: "\n")
    }

    /// The first web address (`http://` or `https://`) among the evidence's sources and then
    /// their documents' sources; `nil` when there is none (a file path is not a link a reader
    /// of the drawing can follow).
    public static func link(_ evidence: [Evidence], documents: [String: Document]) -> String? {
        for e in evidence {
            if let s = e.source, isWebAddress(s) { return s }
        }
        for e in evidence {
            if let id = e.document, let s = documents[id]?.source, isWebAddress(s) { return s }
        }
        return nil
    }

    /// Whether `text` is an `http` or `https` address with no white space or control
    /// characters in it.
    public static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        return !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
    }

    /// `text` cut to at most `length` characters, with `…` when cut.
    static func cut(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        return String(text.prefix(max(1, length - 1))).trimmed + "…"
    }
}
