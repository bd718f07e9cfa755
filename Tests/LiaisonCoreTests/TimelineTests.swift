import Testing
@testable import LiaisonCore

@Suite struct TimelineTests {
    typealias F = Fixtures

    /// The seed story, plus a later call to make a long empty stretch.
    let dossier = Dossier(
        documents: [F.document("a", published: "2024-11-13"), F.document("b", published: "2024-12-20")],
        entities: [
            F.person("Anthony Blinken"), F.person("Mark Rutte"), F.person("Josep Borrell"), F.person("Kaja Kallas"),
            F.person("Andrii Sybiha"), F.org("Brussels", type: .place),
        ],
        events: [
            F.event("call", .call, ["anthony-blinken", "andrii-sybiha"], on: F.span("2024-12-20"), doc: "b", offset: 0),
            F.event("kallas", .meeting, ["anthony-blinken", "kaja-kallas"], place: "brussels", doc: "a", offset: 102),
            F.event("rutte", .meeting, ["anthony-blinken", "mark-rutte", "brussels"], place: "brussels", doc: "a", offset: 100),
            F.event("borrell", .meeting, ["anthony-blinken", "josep-borrell"], place: "brussels", doc: "a", offset: 101),
            F.event("trip", .trip, ["anthony-blinken"], on: F.span("2024-11-16", "2024-11-17", .weekend), status: .planned,
                    doc: "a", offset: 10),
            F.event("sybiha", .meeting, ["anthony-blinken", "andrii-sybiha"], on: F.span("2024-11-13"), place: "brussels",
                    doc: "a", offset: 500),
        ])

    @Test func datedEntriesComeByStartAndUndatedOnesInTextOrder() {
        let timeline = Timeline(dossier: dossier)
        #expect(timeline.dated.map(\.event.id) == ["sybiha", "trip", "call"])
        #expect(timeline.undated.map(\.event.id) == ["rutte", "borrell", "kallas"])
        #expect(timeline.undated.allSatisfy { $0.span == nil && $0.axisStop == nil })
        // Undated entries say when they were reported.
        #expect(timeline.undated.map(\.reportedOn) == Array(repeating: F.day("2024-11-13"), count: 3))
    }

    @Test func aWeekendStaysASpanOnTheAxis() {
        let timeline = Timeline(dossier: dossier)
        #expect(timeline.axis.map { "\($0.start)/\($0.end)" } == ["2024-11-13/2024-11-13", "2024-11-16/2024-11-17", "2024-12-20/2024-12-20"])
        let weekend = timeline.axis[1]
        #expect(weekend.precision == .weekend && weekend.isSpan && weekend.dayCount == 2)
        let trip = timeline.entries[weekend.entries[0]]
        #expect(trip.event.id == "trip" && trip.isSpan && trip.isPlanned)
        #expect(timeline.first == F.day("2024-11-13") && timeline.last == F.day("2024-12-20"))
    }

    @Test func longEmptyStretchesAreGaps() {
        let gaps = Timeline(dossier: dossier).gaps
        // Covered through Sunday 17 November; nothing until 20 December: 32 empty days.
        #expect(gaps == [Timeline.Gap(after: F.day("2024-11-17"), before: F.day("2024-12-20"))])
        #expect(gaps.first?.emptyDays == 32)
        #expect(Timeline(dossier: dossier, options: .init(gapThreshold: 33)).gaps.isEmpty)
        // Two empty days between the 13th and the weekend are a gap only with a tiny threshold.
        #expect(Timeline(dossier: dossier, options: .init(gapThreshold: 2)).gaps.count == 2)
    }

    @Test func lanesGoToTheMainActorsByEventCountThenFirstAppearance() {
        let timeline = Timeline(dossier: dossier)
        #expect(timeline.lanes.map(\.entityID) == ["anthony-blinken", "andrii-sybiha", "mark-rutte", "josep-borrell", "kaja-kallas"])
        #expect(timeline.lanes.map(\.eventCount) == [6, 2, 1, 1, 1])
        // A place is never a lane, even when a text lists it among the participants.
        #expect(!timeline.lanes.contains { $0.entityID == "brussels" })
        // Which events touch which lane.
        let sybihaLane = timeline.lanes[1]
        #expect(sybihaLane.entries.map { timeline.entries[$0].event.id } == ["sybiha", "call"])
    }

    @Test func lanesPastTheLimitLeaveTheirActorsAsOthers() {
        let timeline = Timeline(dossier: dossier, options: .init(maxLanes: 3))
        #expect(timeline.lanes.map(\.entityID) == ["anthony-blinken", "andrii-sybiha", "mark-rutte"])
        let kallas = timeline.entries.first { $0.event.id == "kallas" }!
        #expect(kallas.lanes == [0])
        #expect(kallas.others == ["kaja-kallas"])
    }

    @Test func filtersApplyAndAskedForActorsArePinnedFirst() {
        let timeline = Timeline(dossier: dossier, filter: EventFilter(actors: ["Kallas", "Nobody"]), options: .init(maxLanes: 1))
        #expect(timeline.entries.map(\.event.id) == ["kallas"])
        #expect(timeline.lanes.map(\.entityID) == ["kaja-kallas"])
        #expect(timeline.lanes[0].isPinned)
        #expect(timeline.unmatchedActors == ["Nobody"])

        let november = Timeline(dossier: dossier, filter: EventFilter(from: F.day("2024-11-01"), to: F.day("2024-11-30")))
        #expect(november.entries.map(\.event.id) == ["sybiha", "trip"])
        #expect(november.gaps.isEmpty)

        let meetings = Timeline(dossier: dossier, filter: EventFilter(kinds: [.meeting]))
        #expect(meetings.dated.map(\.event.id) == ["sybiha"])
        #expect(meetings.undated.count == 3)
    }

    @Test func anEmptyDossierGivesAnEmptyTimeline() {
        let timeline = Timeline(dossier: Dossier())
        #expect(timeline.entries.isEmpty && timeline.axis.isEmpty && timeline.lanes.isEmpty && timeline.first == nil)
    }
}
