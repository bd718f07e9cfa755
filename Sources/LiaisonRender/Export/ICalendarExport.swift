import Foundation
import LiaisonCore

/// The dated events as an iCalendar file (RFC 5545), for a calendar application.
///
/// - One all-day `VEVENT` per event with a resolved day: `DTSTART;VALUE=DATE` is the first day
///   and `DTEND;VALUE=DATE` the day after the last (DTEND is exclusive), so a weekend covers both
///   days and a month-precision date the whole month; the precision is said in `DESCRIPTION`
///   and `X-LIAISON-PRECISION`. Undated events are left out.
/// - `SUMMARY` is the event's summary (or its kind and participants), `LOCATION` the place,
///   `STATUS` is `CONFIRMED` for what happened and `TENTATIVE` for what is planned, `CATEGORIES`
///   the kind. `DESCRIPTION` lists the participants, the date as written, and each piece of
///   evidence with its source.
/// - Each participant is an `ATTENDEE` with its name in `CN` (RFC 6868 escapes a `"` as `^'`, a
///   line break as `^n` and `^` as `^^`) and a placeholder address
///   `urn:liaison:<type>:<entity id>` (percent-encoded), since iCalendar needs a URI there.
/// - `UID` is derived from the event's id and content (`<id>-<hash>@liaison`), never random:
///   exporting the same dossier again gives the same UIDs, and calendars update events in place.
/// - `DTSTAMP` must be a UTC date-time; to stay deterministic it is midnight UTC of the latest
///   published day among the documents, else of the latest event day, else 1970-01-01.
/// - The calendar's `NAME` (RFC 7986) and `X-WR-CALNAME` are the title.
/// - Text is escaped (`\\`, `\;`, `\,`, `\n`), control characters other than line breaks are
///   dropped, lines are folded at 75 octets without splitting a UTF-8 sequence, and every line
///   ends with CRLF.
public enum ICalendarExport {
    public static func data(_ dossier: Dossier, title: String? = nil) -> Data {
        let dossier = dossier.normalized()
        let entities = dossier.entitiesByID
        let documents = Dictionary(dossier.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String) -> String { entities[id]?.name ?? id }

        let stamp = dtstamp(dossier)
        var out = ContentLines()
        out.line("BEGIN:VCALENDAR")
        out.line("VERSION:2.0")
        out.line("PRODID:-//Liaison//Liaison//EN")
        out.line("CALSCALE:GREGORIAN")
        out.line("METHOD:PUBLISH")
        out.line("NAME:" + text(title ?? dossier.exportTitle))
        out.line("X-WR-CALNAME:" + text(title ?? dossier.exportTitle))
        var usedUIDs = Set<String>()
        for event in dossier.events {
            guard let time = event.resolvedTime, let start = time.start else { continue }
            let end = time.end ?? start
            var uid = self.uid(event)
            if !usedUIDs.insert(uid).inserted {
                var n = 2
                while !usedUIDs.insert(uid.replacingOccurrences(of: "@liaison", with: "-\(n)@liaison")).inserted { n += 1 }
                uid = uid.replacingOccurrences(of: "@liaison", with: "-\(n)@liaison")
            }
            let label = ReportDate(time)
            out.line("BEGIN:VEVENT")
            out.line("UID:" + text(uid))
            out.line("DTSTAMP:" + stamp)
            out.line("DTSTART;VALUE=DATE:" + basic(start))
            out.line("DTEND;VALUE=DATE:" + basic(end.adding(days: 1)))
            out.line("SUMMARY:" + text(TimelineJSExport.headline(event, name: name)))
            if let place = event.place { out.line("LOCATION:" + text(name(place))) }
            out.line("STATUS:" + (event.status == .planned ? "TENTATIVE" : "CONFIRMED"))
            out.line("TRANSP:TRANSPARENT")
            out.line("CATEGORIES:" + text(event.kind.rawValue))
            out.line("X-LIAISON-PRECISION:" + time.precision.rawValue)

            var description: [String] = []
            description.append("\(event.kind.rawValue.capitalized)\(event.status == .planned ? " (planned)" : ""), \(label.fullText)"
                + (time.text.map { " — “\($0)”" } ?? ""))
            for p in event.participants { description.append("Participant: " + name(p)) }
            if let host = event.host { description.append("Host: " + name(host)) }
            if let place = event.place { description.append("Place: " + name(place)) }
            for note in label.notes { description.append("Note: " + note) }
            for evidence in event.evidence {
                description.append("")
                description.append("“" + evidence.sentence + "”")
                let document = evidence.document.flatMap { documents[$0] }
                let source = evidence.source ?? document?.source
                var from = [document?.title, source].compactMap { $0 }
                if from.isEmpty, let id = evidence.document { from = [id] }
                if !from.isEmpty { description.append("Source: " + from.joined(separator: " — ")) }
            }
            out.line("DESCRIPTION:" + text(description.joined(separator: "\n")))
            for p in event.participants {
                out.line("ATTENDEE;CN=\"" + parameter(name(p)) + "\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:"
                    + attendeeURI(p, type: entities[p]?.type))
            }
            out.line("END:VEVENT")
        }
        out.line("END:VCALENDAR")
        return out.data
    }

    /// `20241113`.
    static func basic(_ day: Day) -> String {
        day.description.replacingOccurrences(of: "-", with: "")
    }

    /// Midnight UTC of the latest published day, else of the latest event day, else 1970-01-01.
    static func dtstamp(_ dossier: Dossier) -> String {
        let day = dossier.documents.compactMap(\.published).max()
            ?? dossier.events.compactMap { $0.resolvedTime.flatMap { $0.end ?? $0.start } }.max()
            ?? Day(1970, 1, 1)!
        return basic(day) + "T000000Z"
    }

    /// `<id>-<16 hex digits>@liaison`: the id (as a slug) and a hash of the event's id, kind,
    /// participants, days and first evidence.
    static func uid(_ event: Event) -> String {
        var hash = StableHash()
        hash.combine(event.id)
        hash.combine(event.kind.rawValue)
        for p in event.participants { hash.combine(p) }
        hash.combine(event.time?.start?.description)
        hash.combine(event.time?.end?.description)
        hash.combine(event.evidence.first?.document)
        hash.combine(event.evidence.first?.sentence)
        let hex = String(hash.value, radix: 16)
        return Slug.make(event.id) + "-" + String(repeating: "0", count: 16 - hex.count) + hex + "@liaison"
    }

    /// A TEXT value: `\` `;` `,` escaped, line breaks as `\n`, other control characters dropped.
    static func text(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in value.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case ";": out.append(contentsOf: "\\;".unicodeScalars)
            case ",": out.append(contentsOf: "\\,".unicodeScalars)
            case "\r": out.append(contentsOf: "\\n".unicodeScalars)
            case "\n": if !previousCR { out.append(contentsOf: "\\n".unicodeScalars) }
            case "\t": out.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A quoted parameter value (RFC 5545's QSAFE-CHAR with RFC 6868's `^` escapes).
    static func parameter(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in value.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "^": out.append(contentsOf: "^^".unicodeScalars)
            case "\"": out.append(contentsOf: "^'".unicodeScalars)
            case "\r": out.append(contentsOf: "^n".unicodeScalars)
            case "\n": if !previousCR { out.append(contentsOf: "^n".unicodeScalars) }
            case "\t": out.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `urn:liaison:person:anthony-blinken`, the id percent-encoded beyond letters, digits and
    /// `-._~`.
    static func attendeeURI(_ id: String, type: Entity.Kind?) -> String {
        var encoded = ""
        for byte in id.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E:
                encoded.append(Character(Unicode.Scalar(byte)))
            default:
                encoded += "%" + String(format: "%02X", byte)
            }
        }
        return "urn:liaison:\(type?.rawValue ?? "entity"):\(encoded.isEmpty ? "x" : encoded)"
    }

    /// Content lines, folded at 75 octets (a fold never splits a UTF-8 sequence), CRLF-ended.
    struct ContentLines {
        private(set) var data = Data()

        mutating func line(_ text: String) {
            var count = 0
            for scalar in text.unicodeScalars {
                let size = UTF8.width(scalar)
                if count + size > 75 {
                    data.append(contentsOf: [0x0D, 0x0A, 0x20])
                    count = 1
                }
                data.append(contentsOf: String(scalar).utf8)
                count += size
            }
            data.append(contentsOf: [0x0D, 0x0A])
        }
    }
}
