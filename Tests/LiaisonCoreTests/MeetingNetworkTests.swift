import Testing
@testable import LiaisonCore

@Suite struct MeetingNetworkTests {
    typealias F = Fixtures

    /// A meets B twice; A, C and D hold a summit; D calls E; E and F plan talks; A makes a trip.
    ///
    /// Pairwise projection (the summit counts as the triangle A–C–D there only):
    ///
    ///     B — A — C
    ///          \ /
    ///           D — E — F
    ///
    /// Betweenness, worked out pair by pair (every shortest path here is unique):
    ///   A lies on B–C, B–D, B–E, B–F                       → 4
    ///   D lies on B–E, B–F, A–E, A–F, C–E, C–F             → 6
    ///   E lies on B–F, A–F, C–F, D–F                       → 4
    ///   B, C, F lie on none                                → 0
    /// Normalized by (6−1)(6−2)/2 = 10: A 0.4, D 0.6, E 0.4.
    let dossier = Dossier(
        documents: [F.document("a")],
        entities: [
            Entity(id: "a", name: "Alice Ames", type: .person, roles: [Role(title: "Minister", affiliation: "land")]),
            Entity(id: "b", name: "Bo Berg", type: .person, roles: [Role(title: "Envoy", affiliation: "union")]),
            Entity(id: "c", name: "Cy Cole", type: .person, roles: [Role(title: "Minister", affiliation: "land")]),
            Entity(id: "d", name: "Union", type: .organization),
            Entity(id: "e", name: "Eve Ek", type: .person),
            Entity(id: "f", name: "Fay Fox", type: .person, roles: [Role(title: "Head"), Role(title: "Chair", affiliation: "union")]),
            Entity(id: "land", name: "Land", type: .country),
            Entity(id: "union", name: "Union", type: .organization),
            Entity(id: "geneva", name: "Geneva", type: .place),
        ],
        events: [
            F.event("e1", .meeting, ["a", "b"], on: F.span("2024-03-01"), place: "geneva", doc: "a", offset: 1),
            F.event("e2", .talks, ["b", "a"], doc: "a", offset: 2),
            F.event("e3", .summit, ["a", "c", "d", "geneva"], on: F.span("2024-03-05"), doc: "a", offset: 3),
            F.event("e4", .call, ["d", "e"], on: F.span("2024-03-02"), doc: "a", offset: 4),
            F.event("e5", .talks, ["e", "f"], on: F.span("2024-04-01", "2024-04-07", .week), status: .planned, doc: "a", offset: 5),
            F.event("e6", .trip, ["a", "f"], on: F.span("2024-05-01"), doc: "a", offset: 6),
        ])

    @Test func aMeetingOfThreeIsOneGatheringNotThreeLinks() {
        let network = MeetingNetwork(dossier: dossier)
        #expect(network.nodes.map(\.id) == ["a", "b", "c", "d", "e", "f"])
        #expect(network.links.map { "\($0.source)-\($0.target)" } == ["a-b", "d-e", "e-f"])
        #expect(network.gatherings.count == 1)
        #expect(network.gatherings[0].id == "e3")
        // The place listed among the summit's participants is not a member.
        #expect(network.gatherings[0].members == ["a", "c", "d"])
    }

    @Test func aLinkCarriesEveryMeetingOfThePair() {
        let ab = MeetingNetwork(dossier: dossier).links[0]
        #expect(ab.count == 2)
        #expect(ab.events == ["e1", "e2"])
        #expect(ab.dates == [F.span("2024-03-01")])
        #expect(ab.undatedCount == 1)
        #expect(ab.places == ["geneva"])
        #expect(ab.kinds == [.meeting, .talks])
        #expect(ab.statuses == [.happened])
        #expect(ab.evidence.count == 2)
        let ef = MeetingNetwork(dossier: dossier).links[2]
        #expect(ef.isPlannedOnly && !ab.isPlannedOnly)
        #expect(ef.dates.first?.precision == .week)
    }

    @Test func degreesCountNeighboursAndMeetings() {
        let network = MeetingNetwork(dossier: dossier)
        // Distinct neighbours in the projection.
        #expect(network.nodes.map(\.degree) == [3, 1, 2, 3, 2, 1])
        // One per meeting per other participant: A has B twice and the summit's C and D.
        #expect(network.nodes.map(\.weightedDegree) == [4, 2, 2, 3, 2, 1])
        #expect(network.nodes.map(\.eventCount) == [3, 2, 1, 2, 2, 1])
    }

    @Test func linksAndGatheringsGiveTheirEventsPositionsInTheDossier() {
        let network = MeetingNetwork(dossier: dossier)
        for link in network.links {
            #expect(link.eventPositions.map { dossier.events[$0].id } == link.events)
        }
        #expect(network.gatherings.map { dossier.events[$0.eventPosition].id } == ["e3"])
    }

    @Test func betweennessCanBeLeftUnmeasured() {
        let network = MeetingNetwork(dossier: dossier, options: MeetingNetwork.Options(measuresBetweenness: false))
        #expect(network.nodes.map(\.betweenness) == [0, 0, 0, 0, 0, 0])
        #expect(!network.isBetweennessExact)
        // Everything else is as when it is measured.
        let measured = MeetingNetwork(dossier: dossier)
        #expect(network.nodes.map(\.weightedDegree) == measured.nodes.map(\.weightedDegree))
        #expect(network.links == measured.links)
    }

    @Test func betweennessMatchesTheHandCount() {
        let network = MeetingNetwork(dossier: dossier)
        #expect(network.nodes.map(\.betweenness) == [4, 0, 0, 6, 4, 0])
        #expect(network.node("d")?.normalizedBetweenness == 0.6)
    }

    @Test func nodesAreGroupedByAffiliationInAStableLegendOrder() {
        let network = MeetingNetwork(dossier: dossier)
        // A person takes the first role that names an affiliation; an organization is its own.
        #expect(network.nodes.map(\.affiliation) == ["land", "union", "land", "d", nil, "union"])
        // Most members first; then by name ("Union" twice: then by id).
        #expect(network.affiliations.map(\.id) == ["land", "union", "d"])
        #expect(network.affiliations.map(\.name) == ["Land", "Union", "Union"])
        #expect(network.affiliations[0].members == ["a", "c"])
        #expect(network.affiliations[0].type == .country)
    }

    @Test func anEgoViewKeepsWhatIsWithinReach() {
        let network = MeetingNetwork(dossier: dossier)
        let one = network.ego(of: "Eve Ek", depth: 1)!
        #expect(one.nodes.map(\.id) == ["d", "e", "f"])
        #expect(one.links.map { "\($0.source)-\($0.target)" } == ["d-e", "e-f"])
        #expect(one.gatherings.isEmpty)
        // Metrics stay those of the whole network.
        #expect(one.node("d")?.betweenness == 6)

        let two = network.ego(of: "e", depth: 2)!
        #expect(two.nodes.map(\.id) == ["a", "c", "d", "e", "f"])
        #expect(two.gatherings.map(\.members) == [["a", "c", "d"]])
        #expect(two.links.count == 2)
        #expect(two.affiliations.map(\.id) == ["land", "d", "union"])

        #expect(network.ego(of: "e", depth: 0)!.nodes.map(\.id) == ["e"])
        #expect(network.ego(of: "Nobody", depth: 3) == nil)
    }

    @Test func optionsChooseKindsAndFilterEvents() {
        let withTrips = MeetingNetwork(dossier: dossier, options: .init(kinds: [.trip, .meeting]))
        #expect(withTrips.links.map { "\($0.source)-\($0.target)" } == ["a-b", "a-f"])
        let happened = MeetingNetwork(dossier: dossier, options: .init(filter: EventFilter(statuses: [.happened])))
        #expect(happened.node("f") == nil)
        let march = MeetingNetwork(dossier: dossier, options: .init(filter: EventFilter(from: F.day("2024-03-02"), to: F.day("2024-03-31"))))
        #expect(march.links.map { "\($0.source)-\($0.target)" } == ["d-e"])
        #expect(march.gatherings.count == 1)
    }
}
