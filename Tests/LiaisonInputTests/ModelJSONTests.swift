import Foundation
import Testing
import LiaisonCore
@testable import LiaisonInput

@Suite struct ModelJSONTests {
    let files = TempFiles()

    /// The extraction JSON of docs/ARCHITECTURE.md, as `liaison extract --format json` writes it.
    let extraction = """
        {
          "document": {"id": "vi-00", "title": null, "published": "2024-11-13", "lang": "vi", "source": null},
          "entities": [
            {"id": "anthony-blinken", "name": "Anthony Blinken", "type": "person",
             "aliases": ["Ngoại trưởng Mỹ Blinken", "Ngoại trưởng Mỹ", "ông Blinken"],
             "roles": [{"title": "Ngoại trưởng", "affiliation": "united-states"}]},
            {"id": "andrii-sybiha", "name": "Andrii Sybiha", "type": "person"}
          ],
          "events": [
            {"id": "ev-4", "kind": "meeting", "participants": ["anthony-blinken", "andrii-sybiha"],
             "place": "brussels", "status": "happened",
             "date": {"start": "2024-11-13", "end": "2024-11-13", "precision": "day", "text": "ngày 13/11"},
             "evidence": {"sentence": "…", "start": 1234, "end": 1389, "rule": "vi.meeting.cuoc-gap-voi"}}
          ],
          "date_mentions": [{"text": "ngày 13/11", "date": "2024-11-13", "end": "2024-11-13", "precision": "day",
                            "offset": 1300, "offset_end": 1310}]
        }
        """

    @Test func anExtractionReadsAsAOneDocumentDossier() throws {
        let dossier = try StructuredInput.read(file: files.write("vi-00.json", extraction))
        #expect(dossier.documents.map(\.id) == ["vi-00"])
        #expect(dossier.documents[0].published == Day(2024, 11, 13))
        #expect(dossier.entities.map(\.id) == ["andrii-sybiha", "anthony-blinken"])
        #expect(dossier.events.count == 1)
        #expect(dossier.events[0].evidence[0].rule == "vi.meeting.cuoc-gap-voi")
        #expect(dossier.events[0].time?.text == "ngày 13/11")
        let full = try ModelJSON.extraction(Array(extraction.utf8), file: "vi-00.json")
        #expect(full.dateMentions.map(\.start) == [1300])
    }

    @Test func aDossierWrittenAsJSONReadsBackTheSame() throws {
        let original = try StructuredInput.read(file: files.write("vi-00.json", extraction))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let path = files.write("dossier.json", String(decoding: try encoder.encode(original), as: UTF8.self))
        #expect(try StructuredInput.read(file: path) == original)
    }

    @Test func jsonLinesOfExtractionsAreMerged() throws {
        let one = extraction.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        let other = #"{"document": {"id": "en-01"}, "entities": [{"id": "blinken", "name": "Blinken", "type": "person"}, {"id": "andrii-sybiha", "name": "Andrii Sybiha", "type": "person"}], "events": [{"id": "ev-1", "kind": "talks", "participants": ["blinken", "andrii-sybiha"], "evidence": {"sentence": "Blinken held talks with Sybiha."}}]}"#
        let dossier = try StructuredInput.read(file: files.write("all.jsonl", one + "\n\n" + other + "\n"))
        #expect(dossier.documents.map(\.id).sorted() == ["en-01", "vi-00"])
        #expect(dossier.entities.map(\.id) == ["andrii-sybiha", "anthony-blinken"])
        #expect(dossier.events.count == 1)
        #expect(dossier.events[0].evidence.count == 2)

        // A bad line is named by its line in the file.
        let bad = files.write("bad.jsonl", one + "\n\n" + #"{"document": {"id": 5}}"# + "\n")
        #expect(throws: InputError(file: bad, line: 3, field: "document.id", message: "expected text here")) {
            try StructuredInput.read(file: bad)
        }
    }
}
