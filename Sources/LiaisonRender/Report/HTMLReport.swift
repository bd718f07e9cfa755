import Foundation
import LiaisonCore

/// A report as one self-contained HTML file: a heading with what it covers, the timeline and the
/// meeting network (inline SVG), a table of the events with their evidence quoted and linked to
/// its source, an index of people and organizations, and the sources.
///
/// Nothing is fetched from anywhere (no script, font, stylesheet or image; a Content Security
/// Policy forbids them all), so the file opens offline, and every name and quote is escaped: a
/// name like `<script>alert(1)</script>` shows as text. The page reads on a phone (tables turn
/// into cards, drawings scale) and prints on A4.
///
/// The drawings are handed in as SVG (made by the timeline and network renderers, or any other
/// SVG); a missing one is replaced by a note.
///
/// ```swift
/// let html = try HTMLReport(dossier: dossier, timelineSVG: timeline, networkSVG: network).render()
/// ```
public struct HTMLReport: Sendable {
    public var content: ReportContent
    public var timelineSVG: Data?
    public var networkSVG: Data?
    /// Why a drawing is missing, shown in its place.
    public var missingFigureNote: String

    public init(
        dossier: Dossier, timelineSVG: Data? = nil, networkSVG: Data? = nil, title: String? = nil,
        missingFigureNote: String = "This drawing was not made for this report."
    ) {
        self.init(content: ReportContent(dossier: dossier, title: title), timelineSVG: timelineSVG,
                  networkSVG: networkSVG, missingFigureNote: missingFigureNote)
    }

    public init(content: ReportContent, timelineSVG: Data?, networkSVG: Data?, missingFigureNote: String) {
        self.content = content
        self.timelineSVG = timelineSVG
        self.networkSVG = networkSVG
        self.missingFigureNote = missingFigureNote
    }

    /// The HTML document, UTF-8.
    public func data() throws(ReportError) -> Data {
        Data(try render().utf8)
    }

    /// The HTML document.
    public func render() throws(ReportError) -> String {
        let h = MarkupEscape.html
        let c = content
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="generator" content="Liaison">
            <title>\(h(c.title))</title>
            <style>
            \(ReportStyle.css)</style>
            </head>
            <body>
            <div class="page">
            <header class="masthead">
            <p class="kicker">Liaison report</p>
            <h1><bdi>\(h(c.title))</bdi></h1>
            <p class="lede">\(h(c.lede))</p>

            """
        out += facts()
        out += """
            <nav class="toc" aria-label="Contents"><a href="#timeline">Timeline</a><a href="#network">Meeting network</a><a href="#events">Events</a><a href="#index">People and organizations</a><a href="#sources">Sources</a></nav>
            </header>
            <main>

            """
        let undated = c.coverage.events - c.coverage.datedEvents
        var timelineCaption = "Events on a time axis, one lane per main actor; dates are as precise as the texts say (a weekend stays a weekend, a month a month)."
        if undated > 0 { timelineCaption += " \(undated) undated event\(undated == 1 ? " is" : "s are") listed in the table below." }
        out += try figure(
            id: "timeline", heading: "Timeline", svg: timelineSVG, label: "Timeline of the events", minimumScale: 0.7,
            caption: timelineCaption)
        out += try figure(
            id: "network", heading: "Meeting network", svg: networkSVG, label: "Network of who met whom",
            minimumScale: 0.6, caption: "Who met whom: one node per actor, a line per pair that met, a small node for each meeting of three or more.")
        out += eventTable()
        out += indexSection()
        out += sourcesSection()
        out += """
            </main>
            <footer class="colophon">Made by Liaison from \(c.coverage.documents) document\(c.coverage.documents == 1 ? "" : "s"). Every event is quoted from its source; check the quote before relying on it.</footer>
            </div>
            </body>
            </html>

            """
        return out
    }

    // MARK: - Parts

    func facts() -> String {
        let h = MarkupEscape.html
        let c = content.coverage
        var items: [(term: String, value: String, wide: Bool)] = []
        items.append(("Period", c.period.map(h) ?? "undated", true))
        items.append(("Events", "\(c.events)" + (c.datedEvents != c.events ? " <small>\(c.datedEvents) dated</small>" : ""), false))
        items.append(("Meetings", "\(c.meetings)", false))
        items.append(("People", "\(c.people)", false))
        if c.organizations > 0 { items.append(("Organizations", "\(c.organizations)", false)) }
        if c.countries > 0 { items.append(("Countries", "\(c.countries)", false)) }
        items.append(("Sources", "\(c.documents)", false))
        var out = "<dl class=\"facts\">\n"
        for item in items {
            out += "<div\(item.wide ? " class=\"wide\"" : "")><dt>\(item.term)</dt><dd>\(item.value)</dd></div>\n"
        }
        return out + "</dl>\n"
    }

    /// A drawing scales down to fit the page, but not below `minimumScale` of its own size (its
    /// text would be too small to read): past that, its frame scrolls sideways.
    func figure(
        id: String, heading: String, svg: Data?, label: String, minimumScale: Double, caption: String
    ) throws(ReportError) -> String {
        var out = "<section id=\"\(id)\" class=\"figure-section\">\n<h2>\(heading)</h2>\n"
        guard let svg else {
            return out + "<p class=\"missing\">\(MarkupEscape.html(missingFigureNote))</p>\n</section>\n\n"
        }
        let inline = try InlineSVG(svg, idPrefix: id + "-", className: "drawing drawing-" + id, label: label,
                                   minimumScale: minimumScale)
        out += "<figure>\n<div class=\"figure-frame\">\n\(inline.markup)\n</div>\n"
        out += "<figcaption>\(MarkupEscape.html(caption))</figcaption>\n</figure>\n</section>\n\n"
        return out
    }

    func eventTable() -> String {
        let h = MarkupEscape.html
        var out = "<section id=\"events\">\n<h2>Events</h2>\n"
        guard !content.events.isEmpty else { return out + "<p class=\"missing\">No events were found.</p>\n</section>\n\n" }
        let languages = Dictionary(content.sources.map { ($0.document.id, $0.document.language) }, uniquingKeysWith: { a, _ in a })
        out += """
            <table class="events">
            <thead><tr><th scope="col">Date</th><th scope="col">Kind</th><th scope="col">Participants</th><th scope="col">Place</th><th scope="col">Status</th><th scope="col">Evidence</th></tr></thead>
            <tbody>

            """
        for (n, row) in content.events.enumerated() {
            let event = row.event
            out += "<tr id=\"event-\(n + 1)\" class=\"\(event.status.rawValue)\">\n"
            // Date, with its precision and the words it came from.
            out += "<td class=\"date\" data-label=\"Date\">"
            if let iso = row.date.iso, row.event.time?.start != nil {
                out += "<time datetime=\"\(h(iso))\">\(h(row.date.text))</time>"
            } else {
                out += "<span class=\"undated\">\(h(row.date.text))</span>"
            }
            if let precision = row.date.precision { out += "<span class=\"precision\">\(h(precision))</span>" }
            if let words = row.dateWords, !words.isEmpty { out += "<span class=\"words\">“<bdi>\(h(words))</bdi>”</span>" }
            for note in row.date.notes { out += "<span class=\"precision\">\(h(note))</span>" }
            for other in row.conflictingDates { out += "<span class=\"conflict\">other reports: \(h(other))</span>" }
            out += "</td>\n"
            // Kind and summary.
            out += "<td class=\"kind\" data-label=\"Kind\"><span class=\"tag kind-\(event.kind.rawValue)\">\(event.kind.rawValue)</span>"
            if let summary = event.summary, !summary.isEmpty { out += "<span class=\"summary\"><bdi>\(h(summary))</bdi></span>" }
            out += "</td>\n"
            out += "<td class=\"participants\" data-label=\"Participants\"><ul class=\"names\">"
            for (k, name) in row.participants.enumerated() {
                let isHost = event.host != nil && event.participants[k] == event.host
                out += "<li><bdi>\(h(name))</bdi>\(isHost ? " <span class=\"host\">host</span>" : "")</li>"
            }
            if let host = row.host, let id = event.host, !event.participants.contains(id) {
                out += "<li><bdi>\(h(host))</bdi> <span class=\"host\">host</span></li>"
            }
            out += "</ul></td>\n"
            out += "<td class=\"place\" data-label=\"Place\">\(row.place.map { "<bdi>\(h($0))</bdi>" } ?? "<span class=\"none\">—</span>")</td>\n"
            out += "<td class=\"status\" data-label=\"Status\"><span class=\"tag status-\(event.status.rawValue)\">\(event.status.rawValue)</span></td>\n"
            out += "<td class=\"evidence\" data-label=\"Evidence\">"
            if row.evidence.isEmpty { out += "<span class=\"none\">no evidence recorded</span>" }
            for (k, quote) in row.evidence.enumerated() {
                let lang = event.evidence[k].document.flatMap { languages[$0] ?? nil }
                out += "<blockquote\(lang.map { " lang=\"\(h($0))\"" } ?? "")>\(h(quote.sentence))</blockquote>"
                // The source: its number in the list of sources, and its title (linked to the
                // address when it is a web address); the path is in the list.
                if quote.sourceLabel != nil || quote.sourceNumber != nil {
                    out += "<p class=\"cite\">— "
                    if let number = quote.sourceNumber { out += "<a class=\"ref\" href=\"#source-\(number)\">[\(number)]</a> " }
                    if let label = quote.sourceLabel {
                        if let link = quote.link {
                            out += "<a href=\"\(h(link))\" rel=\"noreferrer noopener\"><bdi>\(h(label))</bdi></a>"
                        } else {
                            out += "<bdi>\(h(label))</bdi>"
                        }
                    }
                    out += "</p>"
                }
            }
            out += "</td>\n</tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n\n"
        return out
    }

    func indexSection() -> String {
        let h = MarkupEscape.html
        var out = "<section id=\"index\">\n<h2>People and organizations</h2>\n"
        guard !content.index.isEmpty else { return out + "<p class=\"missing\">Nobody is named.</p>\n</section>\n\n" }
        let groups: [(String, (Entity.Kind) -> Bool)] = [
            ("People", { $0 == .person }),
            ("Organizations and groups", { $0 == .organization || $0 == .group }),
            ("Countries", { $0 == .country }),
        ]
        for (heading, belongs) in groups {
            let entries = content.index.filter { belongs($0.entity.type) }
            guard !entries.isEmpty else { continue }
            out += """
                <h3>\(heading)</h3>
                <div class="table-scroll"><table class="index">
                <thead><tr><th scope="col">Name</th><th scope="col">Roles</th><th scope="col">Also called</th><th scope="col" class="num">Meetings</th><th scope="col" class="num">Events</th><th scope="col">First seen</th><th scope="col">Last seen</th></tr></thead>
                <tbody>

                """
            for entry in entries {
                out += "<tr><th scope=\"row\"><bdi>\(h(entry.entity.name))</bdi></th>"
                out += "<td class=\"roles\">\(entry.roles.map { "<bdi>\(h($0))</bdi>" }.joined(separator: "<br>"))</td>"
                out += "<td class=\"aliases\">\(entry.entity.aliases.map { "<bdi>\(h($0))</bdi>" }.joined(separator: ", "))</td>"
                out += "<td class=\"num\" data-label=\"Meetings\">\(entry.meetings)</td><td class=\"num\" data-label=\"Events\">\(entry.events)</td>"
                out += "<td class=\"day\" data-label=\"First seen\">\(entry.first.map { "<time datetime=\"\($0)\">\(ReportDate.day($0))</time>" } ?? "—")</td>"
                out += "<td class=\"day\" data-label=\"Last seen\">\(entry.last.map { "<time datetime=\"\($0)\">\(ReportDate.day($0))</time>" } ?? "—")</td></tr>\n"
            }
            out += "</tbody>\n</table></div>\n"
        }
        return out + "</section>\n\n"
    }

    func sourcesSection() -> String {
        let h = MarkupEscape.html
        var out = "<section id=\"sources\">\n<h2>Sources</h2>\n"
        guard !content.sources.isEmpty else { return out + "<p class=\"missing\">No documents.</p>\n</section>\n\n" }
        out += "<ol class=\"sources\">\n"
        for (n, source) in content.sources.enumerated() {
            let d = source.document
            out += "<li id=\"source-\(n + 1)\">"
            if let link = source.link {
                out += "<a href=\"\(h(link))\" rel=\"noreferrer noopener\"><bdi>\(h(source.label))</bdi></a>"
            } else {
                out += "<bdi>\(h(source.label))</bdi>"
            }
            var details: [String] = []
            if let s = d.source, s != source.label { details.append("<span class=\"path\"><bdi>\(h(s))</bdi></span>") }
            if let published = d.published { details.append("published <time datetime=\"\(published)\">\(ReportDate.day(published))</time>") }
            if let language = d.language { details.append("language \(h(language))") }
            details.append("\(source.events) event\(source.events == 1 ? "" : "s")")
            out += "<span class=\"details\">\(details.joined(separator: " · "))</span></li>\n"
        }
        return out + "</ol>\n</section>\n\n"
    }
}
