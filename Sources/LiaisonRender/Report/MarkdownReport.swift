import LiaisonCore

/// A report in Markdown (CommonMark with GitHub's tables), for wikis and documentation: what it
/// covers, the two drawings as images beside the file, the events as a table with their
/// evidence, the index of people and organizations, and the sources.
///
/// The drawings are not inlined: the caller writes them beside the Markdown file under the names
/// given (``timelineImage``, ``networkImage``: by default `report.timeline.svg` and
/// `report.network.svg` for `report.md`, see ``figureNames(forReportNamed:)``).
///
/// Every text that comes from the dossier is escaped for the place it goes: in a table cell `|`
/// is `\|` and a line break becomes `<br>`; everywhere, Markdown's punctuation (`\`, `` ` ``, `*`,
/// `_`, `[`, `]`, `#`, `~`, …) is backslash-escaped and `<`, `>`, `&` become character references,
/// so a name never turns into a link, a heading, emphasis or HTML.
public struct MarkdownReport: Sendable {
    public var content: ReportContent
    /// The timeline image's path relative to the Markdown file, or `nil` to leave it out.
    public var timelineImage: String?
    /// The network image's path relative to the Markdown file, or `nil` to leave it out.
    public var networkImage: String?
    /// Why a drawing is missing, shown in its place.
    public var missingFigureNote: String

    public init(
        dossier: Dossier, timelineImage: String?, networkImage: String?, title: String? = nil,
        missingFigureNote: String = "This drawing was not made for this report."
    ) {
        self.content = ReportContent(dossier: dossier, title: title)
        self.timelineImage = timelineImage
        self.networkImage = networkImage
        self.missingFigureNote = missingFigureNote
    }

    /// The names of the drawings beside a report: `report.md` → `report.timeline.svg` and
    /// `report.network.svg` (the folder is not included).
    public static func figureNames(forReportNamed name: String) -> (timeline: String, network: String) {
        var base = name.split(separator: "/").last.map(String.init) ?? name
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = String(base[..<dot]) }
        return ("\(base).timeline.svg", "\(base).network.svg")
    }

    /// The Markdown text.
    public func render() -> String {
        let e = MarkdownEscape.text
        let c = content
        var out = "# \(e(c.title))\n\n"
        out += "_Liaison report_ · " + c.coverageParts.map(e).joined(separator: " · ") + "\n\n"
        if let first = c.coverage.firstPublished, let last = c.coverage.lastPublished {
            out += "Sources published \(e(ReportDate.range(first, last))).\n\n"
        }

        out += "## Timeline\n\n"
        out += figure(timelineImage, alt: "Timeline of the events")
        out += "## Meeting network\n\n"
        out += figure(networkImage, alt: "Network of who met whom")

        out += "## Events\n\n"
        if c.events.isEmpty {
            out += "No events were found.\n\n"
        } else {
            out += "| Date | Kind | Participants | Place | Status | Evidence |\n"
            out += "|---|---|---|---|---|---|\n"
            for row in c.events {
                var date = row.date.fullText
                if let words = row.dateWords, !words.isEmpty { date += "\n“\(words)”" }
                for note in row.date.notes { date += "\n\(note)" }
                for other in row.conflictingDates { date += "\nother reports: \(other)" }
                var kind = row.event.kind.rawValue
                if let summary = row.event.summary, !summary.isEmpty { kind += "\n" + summary }
                var participants = row.participants
                if let host = row.host, let id = row.event.host, !row.event.participants.contains(id) { participants.append(host) }
                let evidence = row.evidence.map { quote -> String in
                    var cell = "“" + MarkdownEscape.cell(quote.sentence) + "”"
                    if let label = quote.sourceLabel {
                        if let link = quote.link {
                            cell += " — [\(MarkdownEscape.cell(label))](\(MarkdownEscape.destination(link)))"
                        } else {
                            cell += " — " + MarkdownEscape.cell(label)
                        }
                    }
                    return cell
                }.joined(separator: "<br>")
                let cells = [
                    MarkdownEscape.cell(date), MarkdownEscape.cell(kind),
                    participants.map(MarkdownEscape.cell).joined(separator: "<br>"),
                    row.place.map(MarkdownEscape.cell) ?? "—", row.event.status.rawValue,
                    evidence.isEmpty ? "—" : evidence,
                ]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }

        out += "## People and organizations\n\n"
        if c.index.isEmpty {
            out += "Nobody is named.\n\n"
        } else {
            out += "| Name | Type | Roles | Also called | Meetings | Events | First seen | Last seen |\n"
            out += "|---|---|---|---|--:|--:|---|---|\n"
            for entry in c.index {
                let cells = [
                    MarkdownEscape.cell(entry.entity.name), entry.entity.type.rawValue,
                    entry.roles.map(MarkdownEscape.cell).joined(separator: "<br>"),
                    entry.entity.aliases.map(MarkdownEscape.cell).joined(separator: ", "),
                    String(entry.meetings), String(entry.events),
                    entry.first?.description ?? "—", entry.last?.description ?? "—",
                ]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }

        out += "## Sources\n\n"
        if c.sources.isEmpty {
            out += "No documents.\n\n"
        } else {
            for (n, source) in c.sources.enumerated() {
                let d = source.document
                var line = "\(n + 1). "
                if let link = source.link {
                    line += "[\(MarkdownEscape.inline(source.label))](\(MarkdownEscape.destination(link)))"
                } else {
                    line += MarkdownEscape.inline(source.label)
                }
                var details: [String] = []
                if let s = d.source, s != source.label { details.append(MarkdownEscape.inline(s)) }
                if let published = d.published { details.append("published \(published)") }
                if let language = d.language { details.append("language " + MarkdownEscape.inline(language)) }
                details.append("\(source.events) event\(source.events == 1 ? "" : "s")")
                out += line + " — " + details.joined(separator: " · ") + "\n"
            }
            out += "\n"
        }
        out += "---\n\nMade by Liaison. Every event is quoted from its source; check the quote before relying on it.\n"
        return out
    }

    func figure(_ path: String?, alt: String) -> String {
        guard let path else { return "_\(MarkdownEscape.text(missingFigureNote))_\n\n" }
        return "![\(alt)](\(MarkdownEscape.destination(path)))\n\n"
    }
}

/// Escaping for Markdown (CommonMark and GitHub Flavored Markdown).
enum MarkdownEscape {
    /// ASCII punctuation that can start or end Markdown syntax inline; each gets a backslash.
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "#", "~", "|", "!"]

    /// Text on one line (a heading, a list item): specials escaped, `<`, `>`, `&` as references,
    /// line breaks as spaces.
    static func text(_ value: String) -> String {
        inline(value)
    }

    /// Inline text: the punctuation that can open or close inline syntax (`\`, `` ` ``, `*`, `_`,
    /// `[`, `]`, `#`, `~`, `|`, `!`) escaped with a backslash, `<`, `>`, `&`, `"` as references,
    /// line breaks as spaces.
    static func inline(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        // At the start of a line, "- ", "+ ", "= " and "12. " could open a list or underline a
        // heading: their punctuation is escaped too.
        let scalars = Array(value.unicodeScalars)
        var leading: Int?
        if let first = scalars.first, first == "-" || first == "+" || first == "=" {
            leading = 0
        } else if let k = scalars.firstIndex(where: { !("0"..."9").contains($0) }), k > 0,
                  scalars[k] == "." || scalars[k] == ")" {
            leading = k
        }
        for (k, scalar) in scalars.enumerated() {
            defer { previousCR = scalar == "\r" }
            if k == leading { out.append("\\") }
            switch scalar {
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\r": out.append(" ")
            case "\n": if !previousCR { out.append(" ") }
            case "\u{0}": out.append("\u{FFFD}")
            default:
                if special.contains(scalar) { out.append("\\") }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A table cell: as ``inline(_:)``, with `|` escaped and line breaks as `<br>`.
    static func cell(_ value: String) -> String {
        var out = ""
        var first = true
        for line in value.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if !first { out += "<br>" }
            first = false
            out += inline(String(line)).trimmingSpaces
        }
        return out
    }

    /// A link destination in `<…>`, where only `<`, `>`, line breaks and `\` would need care:
    /// they are percent-encoded.
    static func destination(_ address: String) -> String {
        var out = "<"
        for scalar in address.unicodeScalars {
            switch scalar {
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "\\": out += "%5C"
            case "\n": out += "%0A"
            case "\r": out += "%0D"
            case " ": out += "%20"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + ">"
    }
}

extension String {
    /// Without leading and trailing spaces (a cell's edge spaces are trimmed by Markdown anyway).
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
