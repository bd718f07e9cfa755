import Foundation
import Testing
import LiaisonCore
@testable import LiaisonInput

/// `Examples/brussels-2024-11.events.yaml`: the first article, written by hand.
@Suite struct ExampleTests {
    let path = packageRoot.appendingPathComponent("Examples/brussels-2024-11.events.yaml").path

    @Test func blinkenMeetsFourPeopleInBrusselsThenPlansATrip() throws {
        let dossier = try StructuredInput.read(file: path)
        #expect(dossier.documents.map(\.published) == [Day(2024, 11, 13)])
        #expect(dossier.events.count == 5)

        let meetings = dossier.events.filter { $0.kind == .meeting }
        #expect(meetings.count == 4)
        #expect(meetings.allSatisfy { $0.participants.first == "anthony-blinken" && $0.place == "brussels" && $0.status == .happened })
        #expect(Set(meetings.map { $0.participants[1] }) == ["mark-rutte", "josep-borrell", "kaja-kallas", "andrii-sybiha"])
        // Only the meeting with Sybiha has a day.
        #expect(meetings.filter { $0.time != nil }.map(\.participants) == [["anthony-blinken", "andrii-sybiha"]])
        #expect(meetings.first { $0.time != nil }?.time == TimeSpan(start: Day(2024, 11, 13), precision: .day, text: "ngày 13/11"))

        let trip = try #require(dossier.events.first { $0.kind == .trip })
        #expect(trip.status == .planned)
        #expect(trip.time?.dayCount == 2)
        #expect(trip.time?.precision == .weekend)
        #expect(trip.time?.start == Day(2024, 11, 16))
        #expect(trip.participants == ["anthony-blinken"])
    }

    @Test func rolesCarryOfficeAndAffiliation() throws {
        let entities = try StructuredInput.read(file: path).entitiesByID
        #expect(entities["anthony-blinken"]?.roles.first == Role(title: "Ngoại trưởng", affiliation: "united-states"))
        #expect(entities["mark-rutte"]?.roles.first?.affiliation == "nato")
        #expect(entities["kaja-kallas"]?.roles.first?.affiliation == "eu")
        #expect(entities["andrii-sybiha"]?.roles.last == Role(title: "Foreign Minister", affiliation: "ukraine"))
        #expect(entities["united-states"]?.type == .country)
    }

    @Test func itsTimelineAndNetworkTellTheStory() throws {
        let dossier = try StructuredInput.read(file: path)
        let timeline = Timeline(dossier: dossier)
        #expect(timeline.dated.map(\.event.id) == ["blinken-sybiha", "trip-peru-brazil"])
        #expect(timeline.undated.map(\.event.id) == ["blinken-rutte", "blinken-borrell", "blinken-kallas"])
        #expect(timeline.lanes.first?.entityID == "anthony-blinken")
        #expect(timeline.axis.map(\.precision) == [.day, .weekend])

        let network = MeetingNetwork(dossier: dossier)
        #expect(network.node("anthony-blinken")?.degree == 4)
        #expect(network.links.count == 4 && network.gatherings.isEmpty)
        #expect(network.affiliations.map(\.id) == ["eu", "nato", "ukraine", "united-states"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedPath)))
    func everyEvidenceIsQuotedFromTheSeedArticle() throws {
        let article = try String(contentsOfFile: seedPath, encoding: .utf8)
        let dossier = try StructuredInput.read(file: path)
        for evidence in dossier.events.flatMap(\.evidence) {
            #expect(article.contains(evidence.sentence), "\(evidence.sentence)")
        }
    }
}

let seedPath = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed/brussels-2024-11.vi.txt").path
