import Foundation
import LiaisonCore
import Testing
@testable import LiaisonRender

@Suite("CSV export")
struct CSVExportTests {
    /// Reads a CSV file with Python's csv module (newline="" as its documentation asks).
    static let read = """
        import csv, json, sys
        with open(sys.argv[1], newline="", encoding="utf-8") as f:
            print(json.dumps(list(csv.reader(f, strict=True))))
        """

    func rows(_ data: Data) throws -> [[String]] {
        let folder = try ScratchFolder()
        let path = try folder.write("table.csv", data)
        return try #require(try PythonReader.json(Self.read, modules: ["csv"], arguments: [path]) as? [[String]])
    }

    @Test("events: the columns Liaison's events CSV reads, one row per event, dates with their precision")
    func events() throws {
        let dossier = ExportFixtures.meetings
        let rows = try rows(CSVExport.data(dossier, table: .events))
        #expect(rows.first == ["id", "date", "precision", "kind", "participants", "host", "place", "status", "summary",
                               "evidence", "source"])
        #expect(rows.count == dossier.events.count + 1)
        let byID = Dictionary(rows.dropFirst().map { ($0[0], $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byID["e1"]?[1] == "2024-11-13")
        #expect(byID["e1"]?[4] == "Ana Abreu; Bruno Costa")
        #expect(byID["e1"]?[6] == "Brussels")
        #expect(byID["e1"]?[10] == "https://example.org/news/one")
        #expect(byID["e2"]?[1] == "2024-11-16..2024-11-17")
        #expect(byID["e2"]?[2] == "weekend")
        #expect(byID["e2"]?[7] == "planned")
        #expect(byID["e3"]?[1] == "2024-12")
        #expect(byID["e3"]?[2] == "month")
        #expect(byID["e6"]?[1] == "2025")
        #expect(byID["e5"]?[5] == "Đặng Thu Hà")
        #expect(byID["e4"]?[1] == "", "a date without a year is not a date an events file can hold")
        #expect(byID["e7"]?[1] == "")
        // The source of an evidence without its own comes from its document.
        #expect(byID["e2"]?[10] == "https://example.org/news/one")
    }

    @Test("entities: roles, aliases, counts and the first and last day seen")
    func entities() throws {
        let dossier = ExportFixtures.meetings
        let rows = try rows(CSVExport.data(dossier, table: .entities))
        #expect(rows.first == ["id", "name", "type", "roles", "aliases", "events", "meetings", "first_seen", "last_seen"])
        #expect(rows.count == dossier.entities.count + 1)
        let ana = try #require(rows.first { $0[0] == "ana-abreu" })
        #expect(ana == ["ana-abreu", "Ana Abreu", "person", "Foreign Minister (Portugal)", "Abreu; Minister Abreu",
                        "4", "3", "2024-11-13", "2025-12-31"])
        let network = MeetingNetwork(dossier: dossier)
        for row in rows.dropFirst() {
            #expect(Int(row[6]) == (network.node(row[0])?.eventCount ?? 0), "\(row[0])")
        }
    }

    @Test("links: one row per pair that met, one to one or in a gathering, as the network counts them")
    func links() throws {
        let dossier = ExportFixtures.meetings
        let rows = try rows(CSVExport.data(dossier, table: .links))
        #expect(rows.first?.prefix(7) == ["source", "target", "source_name", "target_name", "meetings", "one_to_one", "gatherings"])
        // Four at the summit make six pairs; Abreu–Costa also met twice alone, Chen–Đặng called and visited.
        #expect(rows.count == 1 + 6)
        let pair = try #require(rows.first { $0[0] == "ana-abreu" && $0[1] == "bruno-costa" })
        #expect(pair[4] == "3" && pair[5] == "2" && pair[6] == "1")
        #expect(pair[9] == "2024-11-13; 2024-11-16..2024-11-17; 2024-12")
        #expect(pair[10] == "meeting; talks; summit")
        let network = MeetingNetwork(dossier: dossier)
        var weighted: [String: Int] = [:]
        for row in rows.dropFirst() {
            weighted[row[0], default: 0] += Int(row[4])!
            weighted[row[1], default: 0] += Int(row[4])!
        }
        for node in network.nodes { #expect(weighted[node.id] == node.weightedDegree, "\(node.id)") }
    }

    @Test("RFC 4180: CRLF after every row, quotes doubled, fields with commas, quotes or line breaks quoted")
    func quoting() throws {
        let data = CSVExport.data(ExportFixtures.hostile, table: .entities)
        let bytes = [UInt8](data)
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(bytes.suffix(2) == [0x0D, 0x0A])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"Ana \"\"the Hammer\"\" O'Neil, Jr.\""))
        #expect(text.contains("\"Line one\nLine two\""))
        // Outside quoted fields, every line break is a CRLF.
        var quoted = false
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x22 { quoted.toggle() }
            if byte == 0x0A && !quoted { #expect(previous == 0x0D) }
            previous = byte
        }
    }

    @Test("hostile names, places and quotes come back from Python's csv module exactly")
    func hostileText() throws {
        let dossier = ExportFixtures.hostile
        let entities = try rows(CSVExport.data(dossier, table: .entities))
        for name in ExportFixtures.hostileNames {
            #expect(entities.contains { $0[1] == name }, "\(name)")
        }
        let events = try rows(CSVExport.data(dossier, table: .events))
        #expect(events.count == dossier.events.count + 1)
        for event in dossier.events {
            let row = try #require(events.first { $0[0] == event.id })
            #expect(row[9] == event.evidence.first?.sentence)
            #expect(row[6] == (event.place == nil ? "" : "Place <i>\"here\"</i> & there, ok; fine"))
            #expect(row[8] == event.summary ?? "")
        }
        let links = try rows(CSVExport.data(dossier, table: .links))
        #expect(links.contains { $0[2] == ExportFixtures.hostileNames[0] && $0[3] == ExportFixtures.hostileNames[1] })
    }

    @Test("each table is deterministic")
    func deterministic() {
        for table in CSVExport.Table.allCases {
            #expect(CSVExport.data(ExportFixtures.meetings, table: table) == CSVExport.data(ExportFixtures.meetings, table: table))
        }
    }
}
