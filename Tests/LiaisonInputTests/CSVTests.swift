import Testing
import LiaisonCore
@testable import LiaisonInput

@Suite struct CSVReaderTests {
    func records(_ text: String) throws -> [CSVReader.Record] {
        try CSVReader.records(Array(text.utf8), file: "t.csv")
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let rows = try records("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""]])
        // Each record knows the line it starts on, line breaks inside quotes counted.
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func aByteOrderMarkBlankLinesAndAMissingFinalNewlineAreFine() throws {
        let rows = try CSVReader.records([0xEF, 0xBB, 0xBF] + Array("h1,h2\n\n\nv1,\"\"".utf8), file: "t.csv")
        #expect(rows.map(\.fields) == [["h1", "h2"], ["v1", ""]])
        #expect(rows.map(\.line) == [1, 4])
        #expect(try records("") == [])
        #expect(try records("only") == [CSVReader.Record(fields: ["only"], line: 1)])
    }

    @Test func vietnameseTextPassesThroughUnchanged() throws {
        let rows = try records("participants\n\"Ngoại trưởng Mỹ; Đà Nẵng\"\n")
        #expect(rows[1].fields == ["Ngoại trưởng Mỹ; Đà Nẵng"])
    }

    @Test func brokenQuotingAndBytesAreErrors() {
        #expect(throws: InputError.self) { try records("a\n\"open") }
        #expect(throws: InputError.self) { try records("a\n\"closed\"x\n") }
        #expect(throws: InputError.self) { try records("a\nin\"side\n") }
        #expect(throws: InputError.self) { try CSVReader.records([0x61, 0x0A, 0xFF, 0xFE], file: "t.csv") }
    }
}

@Suite struct EventsCSVTests {
    let files = TempFiles()

    @Test func oneEventARowWithEntitiesMadeFromNames() throws {
        let csv = """
            date,kind,participants,place,status,summary,source
            2024-11-13,meeting,Anthony Blinken; Andrii Sybiha,Brussels,happened,Blinken meets Sybiha,https://example.org/a
            ,meeting,"Anthony Blinken;NATO",Brussels,,"Blinken meets NATO, again",
            2024-11-16..2024-11-17,trip,Anthony Blinken,,planned,"Trip to Peru and Brazil",
            """
        let dossier = try StructuredInput.read(file: files.write("brussels.csv", csv))
        #expect(dossier.documents.map(\.id) == ["brussels"])
        #expect(dossier.entities.map(\.id) == ["andrii-sybiha", "anthony-blinken", "brussels", "nato"])
        #expect(dossier.entitiesByID["nato"]?.type == .organization)
        #expect(dossier.entitiesByID["anthony-blinken"]?.type == .person)
        #expect(dossier.entitiesByID["brussels"]?.type == .place)

        // Normalized order: dated by start, undated last.
        #expect(dossier.events.map(\.id) == ["ev-1", "ev-3", "ev-2"])
        let first = dossier.events[0]
        #expect(first.participants == ["anthony-blinken", "andrii-sybiha"])
        #expect(first.place == "brussels")
        #expect(first.evidence == [Evidence(document: "brussels", sentence: "Blinken meets Sybiha", rule: "manual",
                                            source: "https://example.org/a")])
        let trip = dossier.events[1]
        #expect(trip.kind == .trip && trip.status == .planned)
        #expect(trip.time == TimeSpan(start: Day(2024, 11, 16), end: Day(2024, 11, 17), precision: .range))
        #expect(trip.evidence.isEmpty)
        let undated = dossier.events[2]
        #expect(undated.time == nil && undated.summary == "Blinken meets NATO, again" && undated.status == .happened)
    }

    @Test func optionalColumnsInAnyOrder() throws {
        let csv = """
            Participants,ID,Host,Precision,Date,Evidence
            Kaja Kallas; Anthony Blinken,k1,Kaja Kallas,weekend,2024-11-13,Kallas hosted Blinken.
            G7,g1,,,2024,
            """
        let dossier = try StructuredInput.read(file: files.write("more.csv", csv))
        let k1 = try #require(dossier.events.first { $0.id == "k1" })
        #expect(k1.host == "kaja-kallas")
        #expect(k1.time == TimeSpan(start: Day(2024, 11, 16), end: Day(2024, 11, 17), precision: .weekend))
        #expect(k1.evidence.map(\.sentence) == ["Kallas hosted Blinken."])
        #expect(dossier.entitiesByID["g7"]?.type == .organization)
        #expect(dossier.events.first { $0.id == "g1" }?.time?.precision == .year)
    }
}
