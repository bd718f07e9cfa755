import Foundation
import LiaisonCore
import Testing
@testable import LiaisonExtraction

/// The article Liaison was first built for (Examples/brussels-2024-11.vi.md), published on
/// Wednesday 13 November 2024: four separate meetings of Blinken in Brussels, one dated, and a
/// planned trip to Peru and Brazil at the weekend.
@Suite struct SeedArticleTests {
    static func document() throws -> Document {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/brussels-2024-11.vi.md")
        let file = try String(contentsOf: url, encoding: .utf8)
        // Front matter: the lines between the first two "---".
        let parts = file.components(separatedBy: "---\n")
        var published: Day?
        var language: String?
        for line in parts[1].split(separator: "\n") {
            let field = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if field[0] == "published" { published = Day(iso: field[1]) }
            if field[0] == "lang" { language = field[1] }
        }
        let text = parts[2...].joined(separator: "---\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return Document(id: "brussels-2024-11", published: published, language: language,
                        text: text.precomposedStringWithCanonicalMapping)
    }

    @Test func fourMeetingsOfBlinkenInBrussels() throws {
        let document = try Self.document()
        #expect(document.published == Day(2024, 11, 13))
        let x = Extractors.vi.extract(document)
        let meetings = x.events.filter(\.kind.isMeetingLike)
        #expect(meetings.count == 4)
        #expect(x.meetingPairs == [
            ["Anthony Blinken", "Mark Rutte"], ["Anthony Blinken", "Josep Borrell"],
            ["Anthony Blinken", "Kaja Kallas"], ["Anthony Blinken", "Andrii Sybiha"],
        ])
        for m in meetings {
            #expect(m.kind == .meeting)
            #expect(m.place == "brussels")
            #expect(m.status == .happened)
            let dated = x.names(m).contains("Andrii Sybiha")
            #expect(m.time?.start == (dated ? Day(2024, 11, 13) : nil))
            #expect(m.time?.end == (dated ? Day(2024, 11, 13) : nil))
        }
    }

    @Test func plannedTripToPeruAndBrazilAtTheWeekend() throws {
        let x = Extractors.vi.extract(try Self.document())
        let trips = x.events(.trip).filter { $0.participants.contains("peru") }
        #expect(trips.count == 1)
        let trip = try #require(trips.first)
        #expect(Set(trip.participants) == ["anthony-blinken", "peru", "brazil"])
        #expect(trip.status == .planned)
        #expect(trip.time?.start == Day(2024, 11, 16))
        #expect(trip.time?.end == Day(2024, 11, 17))
        #expect(trip.time?.precision == .weekend)
    }

    @Test func everyEventHasEvidenceThatPointsIntoTheText() throws {
        let document = try Self.document()
        let x = Extractors.vi.extract(document)
        let scalars = Array(document.text.unicodeScalars)
        #expect(!x.events.isEmpty)
        for (n, e) in x.events.enumerated() {
            #expect(e.id == "ev-\(n + 1)")
            let evidence = try #require(e.evidence.first)
            let start = try #require(evidence.start), end = try #require(evidence.end)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == evidence.sentence)
            #expect(evidence.rule?.hasPrefix("vi.\(e.kind.rawValue).") == true)
            #expect(evidence.document == document.id)
        }
        let sybiha = try #require(x.events.first { $0.participants.contains("andrii-sybiha") })
        #expect(sybiha.evidence.contains { $0.sentence.contains("ngày 13/11") })
        #expect(sybiha.evidence.first?.rule == "vi.meeting.cuoc-gap-voi")
    }

    @Test func onePersonEntityPerPersonWithAliasesAndRoles() throws {
        let x = Extractors.vi.extract(try Self.document())
        let blinken = try #require(x.entity("anthony-blinken"))
        #expect(blinken.type == .person)
        for alias in ["Ngoại trưởng Mỹ Blinken", "ông Blinken", "Ngoại trưởng Mỹ Anthony", "Nhà ngoại giao hàng đầu của Mỹ"] {
            #expect(blinken.aliases.contains(alias))
        }
        #expect(blinken.roles.contains(Role(title: "Ngoại trưởng", affiliation: "united-states")))
        #expect(x.entity("mark-rutte")?.roles.contains(Role(title: "Tổng thư ký", affiliation: "nato")) == true)
        #expect(x.entity("andrii-sybiha")?.roles.contains(Role(title: "Ngoại trưởng", affiliation: "ukraine")) == true)
        #expect(x.personNames == ["Anthony Blinken", "Mark Rutte", "Josep Borrell", "Kaja Kallas", "Andrii Sybiha",
                                  "Donald Trump", "Joe Biden"])
        #expect(x.entity("ukraine")?.aliases.contains("Ucraina") == true)
        #expect(x.entity("european-union")?.aliases.contains("EU") == true)
    }
}
