import LiaisonCore
import LiaisonRender
import Testing

@Suite("Destinations")
struct DestinationsTests {
    @Test("a trip's countries are destinations, not participants")
    func trip() {
        let destinations = Destinations(Seed.dossier)
        let trip = destinations.dossier.events.first { $0.id == "ev-1" }!
        #expect(trip.participants == ["anthony-blinken"])
        #expect(destinations.of("ev-1") == ["peru", "brazil"])
        #expect(destinations.of("ev-5") == [])
    }

    @Test("a visit hosted by a country: the country is where, not whom")
    func visitHost() {
        let dossier = Dossier(entities: [
            Entity(id: "a", name: "A", type: .person), Entity(id: "vn", name: "Vietnam", type: .country),
        ], events: [Event(id: "v", kind: .visit, participants: ["a", "vn"], host: "vn")])
        let destinations = Destinations(dossier)
        #expect(destinations.dossier.events[0].participants == ["a"])
        #expect(destinations.dossier.events[0].host == nil)
        #expect(destinations.of("v") == ["vn"])
    }

    @Test("without people, countries are the parties and stay; organizations always stay")
    func countriesAsParties() {
        let dossier = Dossier(entities: [
            Entity(id: "vn", name: "Vietnam", type: .country), Entity(id: "us", name: "United States", type: .country),
            Entity(id: "a", name: "A", type: .person), Entity(id: "nato", name: "NATO", type: .organization),
        ], events: [
            Event(id: "t", kind: .talks, participants: ["vn", "us"]),
            Event(id: "m", kind: .meeting, participants: ["a", "nato"]),
        ])
        let destinations = Destinations(dossier)
        #expect(destinations.dossier == dossier)
        #expect(destinations.of("t") == [])
    }
}
