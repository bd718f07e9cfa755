import LiaisonCore
import LiaisonRender
import Testing

@Suite("Event titles")
struct EventTitleTests {
    let names = EntityNames(entities: [
        Entity(id: "a", name: "Anthony Blinken", type: .person),
        Entity(id: "s", name: "Andrii Sybiha", type: .person),
        Entity(id: "r", name: "Mark Rutte", type: .person),
        Entity(id: "k", name: "Kaja Kallas", type: .person),
        Entity(id: "peru", name: "Peru", type: .country),
        Entity(id: "brazil", name: "Brazil", type: .country),
    ])

    func title(_ kind: Event.Kind, _ participants: [String], from perspective: String? = "a", host: String? = nil,
               destinations: [String] = [], summary: String? = nil) -> String {
        EventTitle.make(Event(id: "e", kind: kind, participants: participants, host: host, summary: summary),
                        perspective: perspective, destinations: destinations, names: names)
    }

    @Test("from one side, the others are named")
    func perspective() {
        #expect(title(.meeting, ["a", "s"]) == "Meets Andrii Sybiha")
        #expect(title(.meeting, ["s", "a"], from: "s") == "Meets Anthony Blinken")
        #expect(title(.call, ["a", "r"]) == "Call with Mark Rutte")
        #expect(title(.talks, ["a", "r", "s"]) == "Talks with Mark Rutte and Andrii Sybiha")
        #expect(title(.summit, ["a", "r", "s", "k"]) == "Summit with Mark Rutte, Andrii Sybiha and Kaja Kallas")
        #expect(title(.meeting, ["a", "r", "s", "k", "x"]) == "Meets Mark Rutte, Andrii Sybiha and 2 others")
    }

    @Test("trips and visits name where they go; a host receives")
    func tripsAndVisits() {
        #expect(title(.trip, ["a"], destinations: ["peru", "brazil"]) == "Trip to Peru, Brazil")
        #expect(title(.trip, ["a"], summary: "Trip to Peru and Brazil") == "Trip to Peru and Brazil")
        #expect(title(.trip, ["a"]) == "Trip")
        #expect(title(.visit, ["a", "s"], host: "s") == "Visits Andrii Sybiha")
        #expect(title(.visit, ["a", "s"], from: "s", host: "s") == "Receives Anthony Blinken")
        #expect(title(.visit, ["a", "s"], from: nil, host: "s") == "Visit of Anthony Blinken to Andrii Sybiha")
        #expect(title(.visit, ["a"], destinations: ["peru"]) == "Visit to Peru")
    }

    @Test("without a point of view, everyone is named")
    func noPerspective() {
        #expect(title(.meeting, ["a", "r", "s"], from: nil) == "Meeting of Anthony Blinken, Mark Rutte and Andrii Sybiha")
    }

    @Test("a summary stands in when the structure says nothing")
    func summary() {
        #expect(title(.statement, ["a"], summary: "Warns about delays") == "Warns about delays")
        #expect(title(.statement, ["a"]) == "Statement")
        #expect(title(.other, ["a"]) == "Event")
    }
}
