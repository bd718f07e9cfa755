import Testing
@testable import LiaisonCore

@Suite struct NormalizedTests {
    typealias F = Fixtures

    @Test func entitiesAreOrderedByIdNaturallyAndSharedIdsBecomeOne() {
        let dossier = Dossier(entities: [
            F.person("P10", id: "p-10"),
            F.person("P2", id: "p-2", aliases: ["Two", "Deux", "Two"]),
            F.person("P2 again", id: "p-2", aliases: ["Deux", "Zwei"], roles: [Role(title: "Minister")]),
        ]).normalized()
        #expect(dossier.entities.map(\.id) == ["p-2", "p-10"])
        #expect(dossier.entities[0].name == "P2")
        #expect(dossier.entities[0].aliases == ["Two", "Deux", "Zwei"])
        #expect(dossier.entities[0].roles == [Role(title: "Minister")])
    }

    @Test func eventsAreOrderedByStartThenDocumentOrderThenListOrderWithUndatedLast() {
        let dossier = Dossier(
            documents: [F.document("b"), F.document("a")],
            events: [
                F.event("ev-10", ["x", "y"], doc: "a"),
                F.event("ev-3", ["x", "y"], on: F.span("2024-11-13"), doc: "a", offset: 5),
                F.event("ev-2", ["x", "y"], on: F.span("2024-11-13"), doc: "b", offset: 90),
                F.event("ev-1", ["x", "y"], on: F.span("2024-11-01"), doc: "a"),
                F.event("ev-9", ["x", "y"], doc: "b"),
                F.event("ev-2b", ["x", "x", "y"]),
                F.event("ev-7", ["x", "y"], doc: "a"),
            ]
        ).normalized()
        // 1 Nov; 13 Nov from document b (listed first), then from a; undated: b, then a's two in the
        // order given (no offsets to tell), then the one without evidence.
        #expect(dossier.events.map(\.id) == ["ev-1", "ev-2", "ev-3", "ev-9", "ev-10", "ev-7", "ev-2b"])
        #expect(dossier.events.last?.participants == ["x", "y"])
    }

    @Test func normalizingTwiceChangesNothing() {
        let dossier = Dossier(
            documents: [F.document("a"), F.document("a")],
            entities: [F.person("B b"), F.person("A a")],
            events: [F.event("e2", ["b-b", "a-a"], doc: "a"), F.event("e1", ["a-a", "b-b"], on: F.span("2024-01-02"))])
        let once = dossier.normalized()
        #expect(once.documents.count == 1)
        #expect(once.normalized() == once)
    }

    @Test func naturalOrderComparesDigitRunsAsNumbers() {
        #expect(NaturalOrder.less("ev-2", "ev-10"))
        #expect(!NaturalOrder.less("ev-10", "ev-2"))
        #expect(NaturalOrder.less("a", "b"))
        #expect(NaturalOrder.less("ev", "ev-1"))
        #expect(NaturalOrder.compare("ev-02", "ev-2") != 0)
        #expect(NaturalOrder.compare("x", "x") == 0)
    }
}
