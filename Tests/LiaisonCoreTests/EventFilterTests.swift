import Testing
@testable import LiaisonCore

@Suite struct EventFilterTests {
    typealias F = Fixtures

    let dossier = Dossier(
        documents: [F.document("a", published: "2024-11-13")],
        entities: [
            F.person("Anthony Blinken", aliases: ["Ngoại trưởng Mỹ Blinken"]),
            F.person("Mark Rutte", aliases: ["Tổng thư ký NATO"]),
            F.person("Andrii Sybiha"),
            F.person("Joe Biden"), F.person("Hunter Biden"),
        ],
        events: [
            F.event("rutte", .meeting, ["anthony-blinken", "mark-rutte"], doc: "a"),
            F.event("sybiha", .meeting, ["anthony-blinken", "andrii-sybiha"], on: F.span("2024-11-13"), doc: "a"),
            F.event("trip", .trip, ["anthony-blinken"], on: F.span("2024-11-16", "2024-11-17", .weekend), status: .planned, doc: "a"),
            F.event("call", .call, ["joe-biden", "andrii-sybiha"], on: F.span("2024-10-30"), doc: "a"),
        ])

    func ids(_ filter: EventFilter) -> [String] {
        dossier.filtered(by: filter).events.map(\.id)
    }

    @Test func anEmptyFilterKeepsEverything() {
        #expect(ids(EventFilter()) == ["rutte", "sybiha", "trip", "call"])
    }

    @Test func aDateRangeKeepsOverlappingSpansAndDropsUndatedByDefault() {
        // The weekend 16–17 overlaps a range that ends on the 16th.
        #expect(ids(EventFilter(from: F.day("2024-11-13"), to: F.day("2024-11-16"))) == ["sybiha", "trip"])
        #expect(ids(EventFilter(from: F.day("2024-11-17"))) == ["trip"])
        #expect(ids(EventFilter(to: F.day("2024-11-12"))) == ["call"])
        #expect(ids(EventFilter(to: F.day("2024-11-12"), includeUndated: true)) == ["rutte", "call"])
        #expect(ids(EventFilter(includeUndated: false)) == ["sybiha", "trip", "call"])
    }

    @Test func actorsAreFoundByIdNameAliasOrSurnameFolded() {
        #expect(ids(EventFilter(actors: ["mark-rutte"])) == ["rutte"])
        #expect(ids(EventFilter(actors: ["MARK RUTTE"])) == ["rutte"])
        #expect(ids(EventFilter(actors: ["tong thu ky nato"])) == ["rutte"])
        #expect(ids(EventFilter(actors: ["Sybiha"])) == ["sybiha", "call"])
        #expect(ids(EventFilter(actors: ["ngoai truong my blinken"])) == ["rutte", "sybiha", "trip"])
        // A surname two people share names both.
        #expect(ActorMatcher(dossier: dossier).resolve("Biden") == ["joe-biden", "hunter-biden"])
    }

    @Test func aQueryThatNamesNobodyMatchesNothingAndIsReported() {
        let filter = EventFilter(actors: ["Kallas", "Rutte"])
        #expect(ids(filter) == ["rutte"])
        #expect(filter.resolveActors(in: dossier).unmatched == ["Kallas"])
        #expect(ids(EventFilter(actors: ["Kallas"])) == [])
    }

    @Test func kindsAndStatusesCombineWithTheRest() {
        #expect(ids(EventFilter(kinds: [.meeting, .call])) == ["rutte", "sybiha", "call"])
        #expect(ids(EventFilter(statuses: [.planned])) == ["trip"])
        #expect(ids(EventFilter(actors: ["Blinken"], kinds: [.meeting], includeUndated: false)) == ["sybiha"])
    }
}
