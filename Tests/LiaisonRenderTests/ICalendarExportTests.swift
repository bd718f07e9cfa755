import Foundation
import LiaisonCore
import Testing
@testable import LiaisonRender

@Suite("iCalendar export")
struct ICalendarExportTests {
    /// Reads the file with the `icalendar` package and lists its events.
    static let read = """
        import json, sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
        def attendees(ev):
            a = ev.get("ATTENDEE")
            if a is None: return []
            a = a if isinstance(a, list) else [a]
            return [{"uri": str(x), "cn": x.params.get("CN")} for x in a]
        events = []
        for ev in cal.walk("VEVENT"):
            events.append({
                "uid": str(ev.get("UID")),
                "start": ev.decoded("DTSTART").isoformat(),
                "start_is_date": type(ev.decoded("DTSTART")).__name__ == "date",
                "end": ev.decoded("DTEND").isoformat(),
                "stamp": ev.decoded("DTSTAMP").isoformat(),
                "summary": str(ev.get("SUMMARY")),
                "location": str(ev.get("LOCATION")) if ev.get("LOCATION") is not None else None,
                "description": str(ev.get("DESCRIPTION")),
                "status": str(ev.get("STATUS")),
                "precision": str(ev.get("X-LIAISON-PRECISION")),
                "attendees": attendees(ev),
            })
        # icalendar keeps calendar properties it does not know (NAME, X-WR-CALNAME) raw: let it
        # decode their TEXT as it decodes an event's SUMMARY.
        def text(raw):
            return str(icalendar.Event.from_ical(b"BEGIN:VEVENT\\r\\nSUMMARY:" + raw + b"\\r\\nEND:VEVENT\\r\\n").get("SUMMARY"))
        name = text(cal.get("NAME").to_ical())
        assert name == text(cal.get("X-WR-CALNAME").to_ical())
        print(json.dumps({"name": str(name), "version": str(cal.get("VERSION")), "events": events}))
        """

    struct Calendar {
        var name: String
        var events: [[String: Any]]

        func event(uid prefix: String) -> [String: Any]? {
            events.first { ($0["uid"] as? String)?.hasPrefix(prefix + "-") == true }
        }
    }

    func parse(_ data: Data) throws -> Calendar {
        let folder = try ScratchFolder()
        let path = try folder.write("events.ics", data)
        let object = try #require(try PythonReader.json(Self.read, modules: ["icalendar"], arguments: [path]) as? [String: Any])
        #expect(object["version"] as? String == "2.0")
        return Calendar(name: object["name"] as? String ?? "", events: try #require(object["events"] as? [[String: Any]]))
    }

    @Test("icalendar reads one all-day event per dated event; DTEND is the day after the last day")
    func allDayEvents() throws {
        let cal = try parse(ICalendarExport.data(ExportFixtures.meetings))
        // e4 has no year and e7 no date: five of seven are on the calendar.
        #expect(cal.events.count == 5)
        #expect(cal.events.allSatisfy { $0["start_is_date"] as? Bool == true })
        let e1 = try #require(cal.event(uid: "e1"))
        #expect(e1["start"] as? String == "2024-11-13")
        #expect(e1["end"] as? String == "2024-11-14")
        #expect(e1["summary"] as? String == "Abreu meets Costa")
        #expect(e1["location"] as? String == "Brussels")
        #expect(e1["status"] as? String == "CONFIRMED")
        let e2 = try #require(cal.event(uid: "e2"))
        #expect(e2["start"] as? String == "2024-11-16")
        #expect(e2["end"] as? String == "2024-11-18", "a weekend covers Saturday and Sunday")
        #expect(e2["status"] as? String == "TENTATIVE")
        #expect(e2["precision"] as? String == "weekend")
        #expect(e2["summary"] as? String == "Talks: Ana Abreu, Bruno Costa")
        let e3 = try #require(cal.event(uid: "e3"))
        #expect(e3["start"] as? String == "2024-12-01")
        #expect(e3["end"] as? String == "2025-01-01")
        #expect(e3["precision"] as? String == "month")
        let description = try #require(e3["description"] as? String)
        #expect(description.contains("“Hội nghị thượng đỉnh sẽ diễn ra trong tháng 12.”"))
        #expect(description.contains("“A summit of the four is expected in December.”"))
        #expect(description.contains("Source: Ministers meet in Brussels — https://example.org/news/one"))
        #expect(description.contains("Participant: Đặng Thu Hà"))
        #expect(description.contains("Dec 2024"))
        let attendees = try #require(e3["attendees"] as? [[String: Any]])
        #expect(attendees.map { $0["cn"] as? String } == ["Ana Abreu", "Bruno Costa", "Chen Wei", "Đặng Thu Hà"])
        #expect(attendees.map { $0["uri"] as? String }.first == "urn:liaison:person:ana-abreu")
        #expect(cal.name == "Ana Abreu, Bruno Costa and others")
    }

    @Test("UIDs are unique and the same on every export; DTSTAMP is the latest published day")
    func stableIdentifiers() throws {
        let first = try parse(ICalendarExport.data(ExportFixtures.meetings))
        let second = try parse(ICalendarExport.data(ExportFixtures.meetings))
        let uids = first.events.compactMap { $0["uid"] as? String }
        #expect(Set(uids).count == uids.count)
        #expect(uids == second.events.compactMap { $0["uid"] as? String })
        #expect(first.events.allSatisfy { $0["stamp"] as? String == "2024-11-20T00:00:00+00:00" })
        #expect(ICalendarExport.data(ExportFixtures.meetings) == ICalendarExport.data(ExportFixtures.meetings))

        // A changed event gets a new UID; the others keep theirs.
        var changed = ExportFixtures.meetings
        let i = try #require(changed.events.firstIndex { $0.id == "e1" })
        changed.events[i].participants.append("chen-wei")
        let third = try parse(ICalendarExport.data(changed))
        #expect(third.event(uid: "e1")?["uid"] as? String != first.event(uid: "e1")?["uid"] as? String)
        #expect(third.event(uid: "e2")?["uid"] as? String == first.event(uid: "e2")?["uid"] as? String)
    }

    @Test("lines end with CRLF and are folded at 75 octets without splitting a UTF-8 sequence")
    func folding() throws {
        let data = ICalendarExport.data(ExportFixtures.hostile)
        let bytes = [UInt8](data)
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                #expect(i + 1 < bytes.count && bytes[i + 1] == 0x0A, "CR without LF at \(i)")
                lines.append(current)
                current = []
                i += 2
                continue
            }
            #expect(bytes[i] != 0x0A, "LF without CR at \(i)")
            current.append(bytes[i])
            i += 1
        }
        #expect(current.isEmpty, "the file ends with CRLF")
        #expect(lines.contains { $0.count == 75 }, "long lines are folded at 75")
        for line in lines {
            #expect(line.count <= 75)
            #expect(String(validating: line, as: UTF8.self) != nil, "a fold split a UTF-8 sequence")
        }
    }

    @Test("hostile names and quotes come back from icalendar intact (line breaks as \\n)")
    func hostileText() throws {
        let dossier = ExportFixtures.hostile
        let cal = try parse(ICalendarExport.data(dossier))
        #expect(cal.events.count == dossier.events.count - 1, "the undated statement is left out")
        #expect(cal.name == ExportFixtures.hostileNames[1] + ", " + ExportFixtures.hostileNames[2] + " and others")
        var names: Set<String> = []
        for event in cal.events {
            for attendee in event["attendees"] as? [[String: Any]] ?? [] {
                if let cn = attendee["cn"] as? String { names.insert(cn) }
            }
            #expect(event["location"] as? String == "Place <i>\"here\"</i> & there, ok; fine")
        }
        for name in ExportFixtures.hostileNames {
            #expect(names.contains(ExportFixtures.unixLines(name)), "\(name)")
        }
        for source in dossier.events where source.resolvedTime != nil {
            let event = try #require(cal.events.first { ($0["uid"] as? String)?.hasPrefix(Slug.make(source.id) + "-") == true })
            #expect(event["summary"] as? String == ExportFixtures.unixLines(source.summary ?? ""))
            let description = try #require(event["description"] as? String)
            #expect(description.contains(ExportFixtures.unixLines(source.evidence[0].sentence)))
        }
    }

    @Test("TEXT escaping: backslash, semicolon, comma and line breaks")
    func textEscaping() {
        #expect(ICalendarExport.text("a\\b;c,d\ne\r\nf\rg") == "a\\\\b\\;c\\,d\\ne\\nf\\ng")
        #expect(ICalendarExport.parameter("say \"hi\"^\nok") == "say ^'hi^'^^^nok")
        #expect(ICalendarExport.attendeeURI("a b/ç", type: .person) == "urn:liaison:person:a%20b%2F%C3%A7")
    }
}
