import Testing
@testable import LiaisonCore

@Suite struct MergeTests {
    typealias F = Fixtures
    let minister = Role(title: "Ngoại trưởng", affiliation: "united-states")

    // MARK: Entities

    @Test func theSamePersonAcrossArticlesAndLanguagesBecomesOne() {
        let vi = Dossier(
            documents: [F.document("vi-00")],
            entities: [
                F.person("Andrii Sybiha", aliases: ["Ngoại trưởng Ukraine Andrii Sybiha"],
                         roles: [Role(title: "Ngoại trưởng", affiliation: "ucraina")]),
                F.org("Ucraina", type: .country, aliases: ["Ukraine"]),
            ])
        let en = Dossier(
            documents: [F.document("en-01")],
            entities: [
                F.person("ANDRII SYBIHA", id: "sybiha-andrii", roles: [Role(title: "Foreign Minister", affiliation: "ukraine")]),
                F.org("Ukraine", type: .country),
            ])
        let outcome = Merge.dossiers([vi, en])
        let people = outcome.dossier.entities.filter { $0.type == .person }
        #expect(people.count == 1)
        #expect(outcome.dossier.entities.count == 2)
        // Both spellings of the country are one entity, and the roles point to it.
        let country = outcome.dossier.entities.first { $0.type == .country }!
        #expect(Set(people[0].roles.compactMap(\.affiliation)) == [country.id])
        #expect(people[0].roles.map(\.title) == ["Ngoại trưởng", "Foreign Minister"])
        #expect(outcome.entitiesFolded == 2)
        #expect(outcome.entityRenames.count == 2)
    }

    @Test func aTitleSharedByTwoPeopleDoesNotMakeThemOne() {
        let a = Dossier(documents: [F.document("a")], entities: [
            F.person("Anthony Blinken", aliases: ["Ngoại trưởng Mỹ"], roles: [minister])])
        let b = Dossier(documents: [F.document("b")], entities: [
            F.person("Marco Rubio", aliases: ["Ngoại trưởng Mỹ", "ông Rubio"], roles: [minister])])
        let merged = Dossier.merged([a, b])
        #expect(merged.entities.map(\.id) == ["anthony-blinken", "marco-rubio"])
    }

    @Test func aSurnameAloneJoinsTheOnePersonWithThatSurname() {
        let a = Dossier(documents: [F.document("a")], entities: [F.person("Anthony Blinken")],
                        events: [F.event("e1", ["anthony-blinken", "mark-rutte"], doc: "a")])
        let b = Dossier(documents: [F.document("b")], entities: [F.person("Blinken"), F.person("Mark Rutte")],
                        events: [F.event("e1", ["blinken", "kaja-kallas"], doc: "b")])
        let outcome = Merge.dossiers([a, b])
        #expect(outcome.dossier.entities.map(\.id) == ["anthony-blinken", "mark-rutte"])
        #expect(outcome.dossier.entities[0].aliases == ["Blinken"])
        #expect(outcome.entityRenames == ["blinken": "anthony-blinken"])
        // Event participants follow the new ids.
        #expect(outcome.dossier.events.flatMap(\.participants).contains("blinken") == false)
        #expect(outcome.dossier.events.filter { $0.participants.contains("anthony-blinken") }.count == 2)
    }

    @Test func anAmbiguousSurnameStaysApart() {
        let a = Dossier(documents: [F.document("a")], entities: [F.person("Joe Biden"), F.person("Hunter Biden")])
        let b = Dossier(documents: [F.document("b")], entities: [F.person("Biden")])
        let merged = Dossier.merged([a, b])
        #expect(merged.entities.map(\.id) == ["biden", "hunter-biden", "joe-biden"])
    }

    @Test func peopleAndOrganizationsWithTheSameNameStayApart() {
        let a = Dossier(documents: [F.document("a")], entities: [F.person("Georgia Meloni", id: "x1", aliases: ["Jordan Hale"])])
        let b = Dossier(documents: [F.document("b")], entities: [F.org("Jordan Hale", id: "x2")])
        #expect(Dossier.merged([a, b]).entities.count == 2)
    }

    // MARK: Events

    @Test func theSameMeetingReportedTwiceBecomesOneKeepingEveryEvidence() {
        let a = Dossier(documents: [F.document("a")], entities: [F.person("Anthony Blinken"), F.person("Andrii Sybiha")],
                        events: [F.event("ev-4", .meeting, ["anthony-blinken", "andrii-sybiha"], on: F.span("2024-11-13"),
                                         place: "brussels", doc: "a", sentence: "Blinken met Sybiha on 13 November.")])
        let b = Dossier(documents: [F.document("b")], entities: [F.person("Andrii Sybiha"), F.person("Blinken")],
                        events: [F.event("ev-1", .talks, ["andrii-sybiha", "blinken"], doc: "b",
                                         sentence: "Sybiha held talks with Blinken.")])
        let outcome = Merge.dossiers([b, a])
        #expect(outcome.dossier.events.count == 1)
        let event = outcome.dossier.events[0]
        #expect(event.time?.start == F.day("2024-11-13"))
        #expect(event.place == "brussels")
        #expect(event.evidence.map(\.sentence) == ["Blinken met Sybiha on 13 November.", "Sybiha held talks with Blinken."])
        #expect(event.conflictingTimes.isEmpty)
        #expect(outcome.eventsFolded == 1)
    }

    @Test func differentPeopleKindFamiliesOrPlacesAreDifferentEvents() {
        let day = F.span("2024-11-13")
        let a = Dossier(documents: [F.document("a")], events: [
            F.event("e1", .meeting, ["x", "y"], on: day, doc: "a"),
            F.event("e2", .meeting, ["x", "z"], on: day, doc: "a"),
            F.event("e3", .call, ["x", "y"], on: day, doc: "a"),
            F.event("e4", .meeting, ["x", "y"], on: day, place: "paris", doc: "a"),
        ])
        let b = Dossier(documents: [F.document("b")], events: [
            F.event("e1", .meeting, ["y", "x"], on: day, place: "brussels", doc: "b"),
        ])
        let merged = Dossier.merged([a, b])
        // A meeting in Paris and one in Brussels on the same day are two meetings (the report with
        // no place joins one of them); the call and the x–z meeting stay apart.
        #expect(merged.events.count == 4)
        #expect(merged.events.filter { $0.kind == .meeting && Set($0.participants) == ["x", "y"] }.map(\.place).sorted { ($0 ?? "") < ($1 ?? "") }
                == ["brussels", "paris"])
    }

    @Test func meetingsOfFourOrMoreMergeOnlyWithTheSameSet() {
        // Up to three participants and four or more are keyed differently inside the merge.
        let day = F.span("2024-11-13")
        let a = Dossier(documents: [F.document("a")], events: [
            F.event("e1", .summit, ["p", "q", "r", "s"], on: day, doc: "a"),
            F.event("e2", .summit, ["p", "q", "r", "s", "t"], on: day, doc: "a"),
            F.event("e3", .summit, ["p", "q", "r"], on: day, doc: "a"),
        ])
        let b = Dossier(documents: [F.document("b")], events: [
            F.event("e9", .meeting, ["s", "r", "q", "p"], on: day, doc: "b"),
            F.event("e8", .meeting, ["r", "q", "p"], on: day, doc: "b"),
            F.event("e7", .meeting, ["p", "q", "r", "t"], on: day, doc: "b"),
        ])
        let outcome = Merge.dossiers([a, b])
        // e1 + e9 and e3 + e8 are the same meetings; e2 and e7 have other sets.
        #expect(outcome.dossier.events.count == 4)
        #expect(outcome.eventsFolded == 2)
        let sets = outcome.dossier.events.map { Set($0.participants) }
        #expect(sets.filter { $0 == ["p", "q", "r", "s"] }.count == 1)
        #expect(sets.filter { $0 == ["p", "q", "r"] }.count == 1)
        #expect(sets.contains(["p", "q", "r", "s", "t"]) && sets.contains(["p", "q", "r", "t"]))
    }

    @Test func datesThatDisagreeAreKeptAsAConflictNotDropped() {
        let a = Dossier(documents: [F.document("a")], events: [F.event("e", ["x", "y"], on: F.span("2024-11-13"), doc: "a")])
        let b = Dossier(documents: [F.document("b")], events: [F.event("e", ["x", "y"], on: F.span("2024-11-14"), doc: "b")])
        let c = Dossier(documents: [F.document("c")], events: [F.event("e", ["x", "y"], on: F.span("2024-11-14"), doc: "c")])

        let two = Merge.dossiers([a, b])
        #expect(two.dossier.events.count == 1)
        // One report each: the earlier date leads, the other is kept visible.
        #expect(two.dossier.events[0].time?.start == F.day("2024-11-13"))
        #expect(two.dossier.events[0].conflictingTimes.map(\.start) == [F.day("2024-11-14")])
        #expect(two.conflictingEvents == ["e"])

        // Two reports against one: the most reported date leads.
        let three = Dossier.merged([a, b, c])
        #expect(three.events.count == 1)
        #expect(three.events[0].time?.start == F.day("2024-11-14"))
        #expect(three.events[0].conflictingTimes.map(\.start) == [F.day("2024-11-13")])
        #expect(three.events[0].evidence.compactMap(\.document) == ["a", "b", "c"])
    }

    @Test func meetingsFarApartOrInTheSameTextAreSeparateMeetings() {
        let sameText = Dossier(documents: [F.document("a")], events: [
            F.event("e1", ["x", "y"], on: F.span("2024-11-13"), doc: "a"),
            F.event("e2", ["x", "y"], on: F.span("2024-11-14"), doc: "a"),
        ])
        #expect(Dossier.merged([sameText]).events.count == 2)
        let later = Dossier(documents: [F.document("b")], events: [F.event("e3", ["x", "y"], on: F.span("2024-12-20"), doc: "b")])
        let merged = Dossier.merged([sameText, later])
        #expect(merged.events.count == 3)
        #expect(merged.events.allSatisfy { $0.conflictingTimes.isEmpty })
    }

    @Test func aPreciseDayWinsOverTheWeekThatContainsIt() {
        let a = Dossier(documents: [F.document("a")], events: [
            F.event("e", ["x", "y"], on: F.span("2024-11-11", "2024-11-17", .week), doc: "a")])
        let b = Dossier(documents: [F.document("b")], events: [F.event("e", ["x", "y"], on: F.span("2024-11-13"), doc: "b")])
        let merged = Dossier.merged([a, b])
        #expect(merged.events.count == 1)
        #expect(merged.events[0].time == F.span("2024-11-13"))
        #expect(merged.events[0].conflictingTimes.isEmpty)
    }

    @Test func anUndatedReportJoinsOnlyWhenOneDatedMeetingFits() {
        let dated = Dossier(documents: [F.document("a")], events: [
            F.event("e1", ["x", "y"], on: F.span("2024-11-01"), doc: "a"),
            F.event("e2", ["x", "y"], on: F.span("2024-11-20"), doc: "a"),
        ])
        let undated = Dossier(documents: [F.document("b")], events: [F.event("u", ["x", "y"], doc: "b")])
        #expect(Dossier.merged([dated, undated]).events.count == 3)

        let one = Dossier(documents: [F.document("a")], events: [F.event("e1", ["x", "y"], on: F.span("2024-11-01"), doc: "a")])
        let merged = Dossier.merged([one, undated])
        #expect(merged.events.count == 1)
        #expect(merged.events[0].evidence.count == 2)
    }

    @Test func happenedWinsOverPlannedForTheSameMeeting() {
        let before = Dossier(documents: [F.document("a")], events: [
            F.event("e", ["x", "y"], on: F.span("2024-11-16", "2024-11-17", .weekend), status: .planned, doc: "a")])
        let after = Dossier(documents: [F.document("b")], events: [F.event("e", ["x", "y"], on: F.span("2024-11-16"), doc: "b")])
        let merged = Dossier.merged([before, after])
        #expect(merged.events.count == 1)
        #expect(merged.events[0].status == .happened)
        #expect(merged.events[0].time == F.span("2024-11-16"))
    }

    @Test func eventIdsSharedByTwoMergedEventsAreQualifiedWithTheirDocument() {
        let a = Dossier(documents: [F.document("vi-00")], events: [F.event("ev-1", ["x", "y"], doc: "vi-00")])
        let b = Dossier(documents: [F.document("en-01")], events: [F.event("ev-1", ["x", "z"], doc: "en-01")])
        let merged = Dossier.merged([a, b])
        #expect(Set(merged.events.map(\.id)) == ["vi-00:ev-1", "en-01:ev-1"])
        // A dossier merged alone keeps its ids.
        #expect(Dossier.merged([a]).events.map(\.id) == ["ev-1"])
    }

    @Test func theResultIsTheSameWhateverTheInputOrder() {
        let a = Dossier(documents: [F.document("a")], entities: [F.person("Anthony Blinken", aliases: ["Blinken"]), F.person("Mark Rutte")],
                        events: [F.event("ev-1", ["anthony-blinken", "mark-rutte"], on: F.span("2024-11-13"), doc: "a")])
        let b = Dossier(documents: [F.document("b")], entities: [F.person("Blinken", aliases: ["ông Blinken"]), F.person("Rutte")],
                        events: [F.event("ev-1", ["blinken", "rutte"], on: F.span("2024-11-14"), doc: "b"),
                                 F.event("ev-2", ["blinken", "kallas"], doc: "b")])
        // Two dossiers without documents: only their content tells them apart.
        let c = Dossier(entities: [F.person("Kaja Kallas")], events: [F.event("ev-9", ["kaja-kallas", "anthony-blinken"])])
        let d = Dossier(entities: [F.person("Josep Borrell")], events: [F.event("ev-9", ["josep-borrell", "blinken"])])
        let reference = F.json(Dossier.merged([a, b, c, d]))
        #expect(Dossier.merged([a, b, c, d]).events.count == 4)
        for order in [[d, c, b, a], [b, a, d, c], [c, d, a, b], [a, c, b, d], [b, c, a, d]] {
            #expect(F.json(Dossier.merged(order)) == reference)
        }
        // The same content twice is the same as once.
        #expect(F.json(Dossier.merged([a, a])) == F.json(Dossier.merged([a])))
    }
}
