import Foundation
import LiaisonCore

/// The dated events as Knight Lab TimelineJS's JSON (`new TL.Timeline(id, data)`).
///
/// - A `title` slide names the dossier, its sources and its period.
/// - One slide per dated event, in timeline order: `start_date` (and `end_date` for a span) as
///   `{year, month, day}` parts that keep the precision: a month-precision date has no `day`, a
///   year-precision date only its `year`; a weekend or a week has both ends. `display_date` is
///   the date as written in Liaison's reports ("16–17 Nov 2024 (weekend)").
/// - `text.headline` is the event's summary (or its kind and participants), `text.text` HTML
///   with the participants, the place, the status and each piece of evidence quoted with a link
///   to its source. TimelineJS shows that text as HTML, so every name and quote is escaped.
/// - `group` is the event's main actor: its first lane in ``Timeline`` (the most active actors),
///   or "Others".
/// - `unique_id` is made from the event id.
///
/// Events with no resolved day cannot be placed on TimelineJS's axis: they are left out, and the
/// title slide says how many.
public enum TimelineJSExport {
    public static func data(_ dossier: Dossier, title: String? = nil) throws(ExportError) -> Data {
        let dossier = dossier.normalized()
        let timeline = Timeline(dossier: dossier)
        let entities = dossier.entitiesByID
        let documents = Dictionary(dossier.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String) -> String { entities[id]?.name ?? id }

        var slides: [Slide] = []
        var usedIDs = Set<String>()
        for entry in timeline.dated {
            guard let span = entry.span, let start = span.start else { continue }
            let event = entry.event
            let end = span.end ?? start
            var startDate = DateParts(year: start.year, month: start.month, day: start.day)
            var endDate: DateParts? = start == end ? nil : DateParts(year: end.year, month: end.month, day: end.day)
            switch span.precision {
            case .month where start == start.firstOfMonth && end == start.lastOfMonth:
                startDate = DateParts(year: start.year, month: start.month, day: nil)
                endDate = nil
            case .year where start == Day(start.year, 1, 1) && end == Day(start.year, 12, 31):
                startDate = DateParts(year: start.year, month: nil, day: nil)
                endDate = nil
            default: break
            }
            var id = "event-" + Slug.make(event.id)
            if !usedIDs.insert(id).inserted {
                var n = 2
                while !usedIDs.insert("\(id)-\(n)").inserted { n += 1 }
                id = "\(id)-\(n)"
            }
            let group = entry.lanes.first.map { timeline.lanes[$0] }.map { $0.entity?.name ?? $0.entityID } ?? "Others"
            slides.append(Slide(
                uniqueID: id, startDate: startDate, endDate: endDate,
                displayDate: ReportDate(span).fullText,
                text: SlideText(headline: MarkupEscape.html(headline(event, name: name)),
                                text: body(event, name: name, documents: documents)),
                group: MarkupEscape.html(group)))
        }

        let undated = timeline.undated.count
        var intro = "\(timeline.datedCount) dated event\(timeline.datedCount == 1 ? "" : "s")"
        if let first = timeline.first, let last = timeline.last {
            intro += ", " + ReportDate.range(first, last)
        }
        intro += ", from \(dossier.documents.count) document\(dossier.documents.count == 1 ? "" : "s")."
        if undated > 0 {
            intro += " \(undated) undated event\(undated == 1 ? " is" : "s are") not shown."
        }
        let document = TimelineDocument(
            title: TitleSlide(text: SlideText(headline: MarkupEscape.html(title ?? dossier.exportTitle),
                                              text: "<p>" + MarkupEscape.html(intro) + "</p>")),
            events: slides)
        do {
            var data = try OrderedJSONEncoder(pretty: true).encode(document)
            data.append(0x0A)
            return data
        } catch {
            throw ExportError("cannot write the TimelineJS JSON: \(error)")
        }
    }

    /// The event's summary, or "Meeting: A, B".
    static func headline(_ event: Event, name: (String) -> String) -> String {
        if let summary = event.summary, !summary.isEmpty { return summary }
        let kind = event.kind.rawValue.prefix(1).uppercased() + event.kind.rawValue.dropFirst()
        return kind + ": " + event.participants.map(name).joined(separator: ", ")
    }

    /// HTML for the slide's text: participants, place and status, then the evidence quoted.
    static func body(_ event: Event, name: (String) -> String, documents: [String: Document]) -> String {
        var html = "<p><b>" + MarkupEscape.html(event.kind.rawValue) + "</b>"
        if event.status == .planned { html += " (planned)" }
        html += ": " + event.participants.map { MarkupEscape.html(name($0)) }.joined(separator: ", ")
        if let place = event.place { html += " — " + MarkupEscape.html(name(place)) }
        html += "</p>"
        for evidence in event.evidence {
            html += "<blockquote>" + MarkupEscape.html(evidence.sentence) + "</blockquote>"
            let document = evidence.document.flatMap { documents[$0] }
            let source = evidence.source ?? document?.source
            let label = document?.title ?? source ?? evidence.document
            if let label {
                if let source, MarkupEscape.isWebAddress(source) {
                    html += "<p>— <a href=\"" + MarkupEscape.html(source) + "\">" + MarkupEscape.html(label) + "</a></p>"
                } else {
                    html += "<p>— " + MarkupEscape.html(label) + "</p>"
                }
            }
        }
        return html
    }

    struct TimelineDocument: Encodable {
        var title: TitleSlide
        var events: [Slide]
    }

    struct TitleSlide: Encodable {
        var text: SlideText
    }

    struct SlideText: Encodable {
        var headline: String
        var text: String
    }

    struct DateParts: Encodable {
        var year: Int
        var month: Int?
        var day: Int?

        enum CodingKeys: String, CodingKey { case year, month, day }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(year, forKey: .year)
            try c.encodeIfPresent(month, forKey: .month)
            try c.encodeIfPresent(day, forKey: .day)
        }
    }

    struct Slide: Encodable {
        var uniqueID: String
        var startDate: DateParts
        var endDate: DateParts?
        var displayDate: String
        var text: SlideText
        var group: String

        enum CodingKeys: String, CodingKey {
            case uniqueID = "unique_id"
            case startDate = "start_date"
            case endDate = "end_date"
            case displayDate = "display_date"
            case text, group
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(uniqueID, forKey: .uniqueID)
            try c.encode(startDate, forKey: .startDate)
            try c.encodeIfPresent(endDate, forKey: .endDate)
            try c.encode(displayDate, forKey: .displayDate)
            try c.encode(text, forKey: .text)
            try c.encode(group, forKey: .group)
        }
    }
}
