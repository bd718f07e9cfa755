import LiaisonCore
import LiaisonGraphviz

/// The title and small print of a drawing: what it shows, where it comes from, how many of
/// what, and how to read it.
enum Caption {
    /// `Source: “Title” (address), published 13 Nov 2024`, or for several documents
    /// `Sources (3): “A”, 13 Nov 2024; “B”; “C”`. `nil` without documents.
    /// A document whose title is already the drawing's `title` is named by its source (or id).
    static func sources(_ documents: [Document], title drawingTitle: String? = nil, limit: Int = 3) -> String? {
        guard !documents.isEmpty else { return nil }
        func describe(_ d: Document, withSource: Bool) -> String {
            var parts: [String] = []
            if let title = d.title?.trimmed.nonEmpty, !drawingTitle.map({ $0.contains(title) }, default: false) {
                parts.append("“" + EvidenceText.cut(title, to: 90) + "”")
                if withSource, let source = d.source?.trimmed.nonEmpty { parts[0] += " (\(EvidenceText.cut(source, to: 90)))" }
            } else if let source = d.source?.trimmed.nonEmpty {
                parts.append(EvidenceText.cut(source, to: 90))
            } else {
                parts.append(d.id)
            }
            if let day = d.published { parts.append("published \(DateText.day(day))") }
            return parts.joined(separator: ", ")
        }
        if documents.count == 1 { return "Source: " + describe(documents[0], withSource: true) }
        var items = documents.prefix(limit).map { describe($0, withSource: false) }
        if documents.count > limit { items.append("and \(documents.count - limit) more") }
        return "Sources (\(documents.count)): " + items.joined(separator: "; ")
    }

    /// The graph label: the title in bold, then each line in small muted print, then `extra`
    /// markup (a legend) as its own row.
    static func label(title: String, lines: [String], extra: String? = nil, theme: Theme) -> DOTValue {
        var rows = ""
        let titleLines = Markup.wrap(title, width: 90)
        rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
            + Markup.font(Markup.bold(Markup.lines(titleLines)), size: theme.titleFontSize, color: theme.text)
            + "</TD></TR>"
        for line in lines where !line.isEmpty {
            rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
                + Markup.font(Markup.lines(Markup.wrap(line, width: 130)), size: theme.smallFontSize, color: theme.mutedText)
                + "</TD></TR>"
        }
        if let extra, !extra.isEmpty {
            rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + extra + "</TD></TR>"
        }
        return .html("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">" + rows + "</TABLE>")
    }

    /// `1 event`, `3 events`.
    static func count(_ n: Int, _ word: String, plural: String? = nil) -> String {
        n == 1 ? "1 \(word)" : "\(n) \(plural ?? word + "s")"
    }
}

extension Optional {
    /// `transform` of the value, or `default` for `nil`.
    func map<T>(_ transform: (Wrapped) -> T, default: T) -> T {
        switch self {
        case .some(let value): return transform(value)
        case .none: return `default`
        }
    }
}
