import Foundation
import LiaisonCore
import LiaisonInput
import LiaisonRender
import Testing

/// `liaison export` end to end: the built binary on real files.
@Suite("liaison export")
struct ExportCommandTests {
    static var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples")
    }
    static var eventsFile: String { examples.appendingPathComponent("brussels-2024-11.events.yaml").path }
    static var article: String { examples.appendingPathComponent("brussels-2024-11.vi.md").path }

    func export(_ arguments: [String], in folder: URL) throws -> LiaisonCommand.Result {
        let result = try LiaisonCommand.run(["export"] + arguments, in: folder)
        #expect(result.status == 0, "\(arguments): \(result.standardError)")
        return result
    }

    @Test("the format follows the file name: .json, .csv, .graphml, .gexf, .timeline.json, .ics")
    func formatsByExtension() throws {
        let folder = try TemporaryFolder()
        let starts: [String: String] = [
            "x.json": "{\n  \"schemaVersion\": 1,", "x.csv": "id,date,precision,kind,participants,",
            "x.graphml": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml ",
            "x.gexf": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf ", "x.timeline.json": "{\n  \"title\": {",
            "x.ics": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
        ]
        for (name, start) in starts {
            let result = try export([Self.eventsFile, "-o", name], in: folder.url)
            #expect(result.standardError.isEmpty && result.standardOutput.isEmpty)
            let text = try String(contentsOf: folder.file(name), encoding: .utf8)
            #expect(text.hasPrefix(start), "\(name)")
        }
        #expect(try folder.contents() == starts.keys.sorted())
    }

    @Test("--to picks the format (and is needed for standard output); --table picks the CSV table")
    func options() throws {
        let folder = try TemporaryFolder()
        let gexf = try export([Self.eventsFile, "-o", "-", "--to", "gexf"], in: folder.url)
        #expect(gexf.standardOutputText.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        let links = try export([Self.eventsFile, "-o", "-", "--to", "csv", "--table", "links"], in: folder.url)
        #expect(links.standardOutputText.hasPrefix("source,target,source_name,target_name,meetings,"))
        let entities = try export([Self.eventsFile, "-o", "people.csv", "--table", "entities"], in: folder.url)
        #expect(entities.status == 0)
        #expect(try String(contentsOf: folder.file("people.csv"), encoding: .utf8).contains("anthony-blinken,Anthony Blinken,person,"))
        let titled = try export([Self.eventsFile, "-o", "-", "--to", "ics", "--title", "Brussels, Nov 2024"], in: folder.url)
        #expect(titled.standardOutputText.contains("NAME:Brussels\\, Nov 2024\r\n"))
        let data = try export([Self.eventsFile, "-o", "calendar.txt", "--to", "ics"], in: folder.url)
        #expect(data.status == 0)
        #expect(try String(contentsOf: folder.file("calendar.txt"), encoding: .utf8).hasPrefix("BEGIN:VCALENDAR"))
    }

    @Test("a name that says no format, or standard output without --to, is an error that says what to do")
    func errors() throws {
        let folder = try TemporaryFolder()
        let unknown = try LiaisonCommand.run(["export", Self.eventsFile, "-o", "x.xlsx"], in: folder.url)
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("x.xlsx: cannot tell the export format"))
        let stdout = try LiaisonCommand.run(["export", Self.eventsFile, "-o", "-"], in: folder.url)
        #expect(stdout.status != 0)
        #expect(stdout.standardError.contains("--to json"))
        let badTable = try LiaisonCommand.run(["export", Self.eventsFile, "-o", "x.csv", "--table", "nodes"], in: folder.url)
        #expect(badTable.status != 0)
        #expect(try folder.contents().isEmpty, "nothing is written on an error")
    }

    @Test("exported JSON reads back as the same dossier: exporting it again, or to any format, gives the same bytes")
    func jsonRoundTrip() throws {
        for input in [Self.eventsFile, Self.article] {
            let folder = try TemporaryFolder()
            _ = try export([input, "-o", "first.json"], in: folder.url)
            _ = try export(["first.json", "-o", "second.json"], in: folder.url)
            #expect(try Data(contentsOf: folder.file("first.json")) == Data(contentsOf: folder.file("second.json")), "\(input)")

            // The reader gives back exactly the dossier that was exported.
            let read = try StructuredInput.read(file: folder.file("first.json").path)
            #expect(try DossierJSONExport.data(read) == Data(contentsOf: folder.file("first.json")))
            #expect(!read.events.isEmpty)

            for name in ["x.ics", "x.gexf", "x.graphml", "x.timeline.json", "x.csv"] {
                _ = try export([input, "-o", "from-input-" + name], in: folder.url)
                _ = try export(["first.json", "-o", "from-json-" + name], in: folder.url)
                #expect(try Data(contentsOf: folder.file("from-input-" + name)) == Data(contentsOf: folder.file("from-json-" + name)),
                        "\(input) → \(name)")
            }
        }
    }

    @Test("every export is byte-identical from one run to the next")
    func deterministic() throws {
        let folder = try TemporaryFolder()
        for name in ["a.json", "a.csv", "a.graphml", "a.gexf", "a.timeline.json", "a.ics"] {
            let first = try export([Self.article, "-o", "-", "--to", String(name.dropFirst(2))], in: folder.url)
            let second = try export([Self.article, "-o", "-", "--to", String(name.dropFirst(2))], in: folder.url)
            #expect(first.standardOutput == second.standardOutput, "\(name)")
            #expect(!first.standardOutput.isEmpty)
        }
    }

    @Test("hostile names survive JSON → events CSV → Liaison's own CSV reader")
    func hostileCSVRoundTrip() throws {
        let names = ["<script>alert(1)</script>", "Ana \"the Hammer\" O'Neil, Jr.", "Line one\nLine two",
                     "مرحبا بالعالم", "👩🏽‍💻 Coder 🇻🇳", "a,b \"c\" d"]
        let entities = names.enumerated().map { Entity(id: "p\($0)", name: $1, type: .person) }
            + [Entity(id: "there", name: "Café \"Zur Post\", Bonn", type: .place)]
        var events: [Event] = []
        for i in 0..<(names.count - 1) {
            events.append(Event(
                id: "m\(i)", kind: .meeting, participants: ["p\(i)", "p\(i + 1)"], place: "there",
                time: TimeSpan(start: Day(2024, 3, 1 + i)!), summary: "Meeting, \"\(names[i])\"",
                evidence: [Evidence(document: "d", sentence: "They met,\n\"\(names[i])\" said.", rule: "manual",
                                    source: "https://example.org/x?a=1,2")]))
        }
        let dossier = Dossier(documents: [Document(id: "d", text: "")], entities: entities, events: events).normalized()
        let folder = try TemporaryFolder()
        try folder.write("hostile.json", try DossierJSONExport.data(dossier))
        _ = try export(["hostile.json", "-o", "events.csv"], in: folder.url)
        _ = try export(["events.csv", "-o", "back.json"], in: folder.url)
        let back = try StructuredInput.read(file: folder.file("back.json").path)
        #expect(Set(back.entities.filter { $0.type == .person }.map(\.name)) == Set(names))
        #expect(back.entities.contains { $0.type == .place && $0.name == "Café \"Zur Post\", Bonn" })
        #expect(back.events.count == events.count)
        for event in events {
            let copy = try #require(back.events.first { $0.id == event.id })
            #expect(copy.summary == event.summary)
            #expect(copy.evidence.first?.sentence == event.evidence.first?.sentence)
            #expect(copy.evidence.first?.source == "https://example.org/x?a=1,2")
            #expect(copy.time?.start == event.time?.start)
            let names = copy.participants.compactMap { id in back.entities.first { $0.id == id }?.name }
            #expect(names == event.participants.compactMap { id in entities.first { $0.id == id }?.name })
        }
    }

    @Test("a dossier JSON from a newer Liaison is refused with its line")
    func newerSchema() throws {
        let folder = try TemporaryFolder()
        _ = try export([Self.eventsFile, "-o", "x.json"], in: folder.url)
        let text = try String(contentsOf: folder.file("x.json"), encoding: .utf8)
        try folder.write("newer.json", text.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 7"))
        let result = try LiaisonCommand.run(["export", "newer.json", "-o", "y.json"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.standardError.contains("newer.json:2: schema version 7 is newer than this Liaison reads"))
    }
}
