import Foundation
import Testing
import LiaisonCore
@testable import LiaisonInput

/// The examples in docs/FORMATS.md read as the text says.
@Suite struct FormatsDocTests {
    let files = TempFiles()

    func block(_ language: String) throws -> String {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("docs/FORMATS.md"), encoding: .utf8)
        let opening = "```" + language + "\n"
        let start = try #require(doc.range(of: opening))
        let end = try #require(doc.range(of: "\n```", range: start.upperBound..<doc.endIndex))
        return String(doc[start.upperBound..<end.lowerBound])
    }

    @Test func theEventsFileExampleReads() throws {
        let dossier = try StructuredInput.read(file: files.write("example.yaml", try block("yaml")))
        #expect(dossier.events.count == 3)
        #expect(dossier.entitiesByID["anthony-blinken"]?.roles == [Role(title: "Ngoại trưởng", affiliation: "united-states")])
        #expect(dossier.entitiesByID["mark-rutte"]?.roles == [Role(title: "Tổng thư ký", affiliation: "nato"), Role(title: "Secretary General")])
        let trip = try #require(dossier.events.first { $0.kind == .trip })
        #expect(trip.time?.precision == .weekend && trip.time?.text == "cuối tuần này" && trip.status == .planned)
        #expect(dossier.events.allSatisfy { $0.participants.first == "anthony-blinken" })
        #expect(dossier.events.first { $0.time == nil }?.evidence.first?.source == "https://example.org/article")
    }

    @Test func theCSVExampleReads() throws {
        let dossier = try StructuredInput.read(file: files.write("example.csv", try block("csv")))
        #expect(dossier.events.count == 3)
        #expect(dossier.events.map(\.kind) == [.meeting, .trip, .meeting])
        #expect(dossier.events.last?.summary == "Blinken meets Rutte, NATO")
    }
}
