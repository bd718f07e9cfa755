import Testing
import LiaisonCore
@testable import LiaisonInput

@Suite struct EventsYAMLTests {
    let files = TempFiles()

    let summit = """
        title: A day in Geneva
        source: https://example.org/geneva
        published: 2025-03-05
        lang: en
        countries: [Freedonia, {name: Sylvania, aliases: [Sylvanian Republic]}]
        organizations:
          - {name: Northern League of Nations, id: nln, aliases: [NLN]}
        people:
          - name: Rufus T. Firefly
            role: President
            affiliation: Freedonia
            aliases: [Firefly, President Firefly]
          - name: Ambassador Trentino
            id: trentino
            roles:
              - {title: Ambassador, affiliation: Sylvanian Republic}
              - Envoy
          - Vera Marcal
        events:
          - date: 2025-03-04
            participants: [Firefly, trentino]
            place: Geneva
            summary: Firefly receives Trentino
            evidence: Firefly received Trentino in Geneva on Tuesday.
          - id: summit
            kind: summit
            date: 2025-03-10..2025-03-11
            participants: Firefly; Trentino; Vera Marcal
            host: NLN
            status: planned
            evidence:
              - {sentence: "A summit is planned for next week.", source: https://example.org/other}
          - kind: call
            date: 2025-03-05
            precision: week
            participants: [vera-marcal, Freedonia]
          - kind: statement
            participants: [Vera Marcal]
            source: https://example.org/statement
        """

    @Test func readsEntitiesWithTheirRolesAndAffiliations() throws {
        let dossier = try StructuredInput.read(file: files.write("geneva.yaml", summit))
        #expect(dossier.documents.map(\.id) == ["geneva"])
        #expect(dossier.documents[0].title == "A day in Geneva")
        #expect(dossier.documents[0].published == Day(2025, 3, 5))
        #expect(dossier.documents[0].language == "en")
        let byID = dossier.entitiesByID
        #expect(Set(byID.keys) == ["freedonia", "sylvania", "nln", "rufus-t-firefly", "trentino", "vera-marcal", "geneva"])
        #expect(byID["rufus-t-firefly"]?.roles == [Role(title: "President", affiliation: "freedonia")])
        #expect(byID["rufus-t-firefly"]?.aliases == ["Firefly", "President Firefly"])
        // An affiliation may be named by an alias; a role may be a bare title.
        #expect(byID["trentino"]?.roles == [Role(title: "Ambassador", affiliation: "sylvania"), Role(title: "Envoy")])
        #expect(byID["sylvania"]?.type == .country)
        #expect(byID["nln"]?.type == .organization)
        #expect(byID["vera-marcal"]?.type == .person)
        // A place that no list defines becomes a place.
        #expect(byID["geneva"]?.type == .place)
    }

    @Test func readsEventsWithTheirDatesParticipantsAndEvidence() throws {
        let dossier = try StructuredInput.read(file: files.write("geneva.yaml", summit))
        let events = Dictionary(uniqueKeysWithValues: dossier.events.map { ($0.id, $0) })
        #expect(Set(events.keys) == ["ev-1", "summit", "ev-3", "ev-4"])

        let meeting = events["ev-1"]!
        #expect(meeting.kind == .meeting && meeting.status == .happened)
        #expect(meeting.participants == ["rufus-t-firefly", "trentino"])
        #expect(meeting.place == "geneva")
        #expect(meeting.time == TimeSpan.day(Day(2025, 3, 4)!))
        #expect(meeting.evidence == [Evidence(document: "geneva", sentence: "Firefly received Trentino in Geneva on Tuesday.",
                                              rule: "manual", source: "https://example.org/geneva")])

        // Participants separated by ';', the host joins them; a range is a range.
        let summit = events["summit"]!
        #expect(summit.participants == ["rufus-t-firefly", "trentino", "vera-marcal", "nln"])
        #expect(summit.host == "nln")
        #expect(summit.status == .planned)
        #expect(summit.time == TimeSpan(start: Day(2025, 3, 10), end: Day(2025, 3, 11), precision: .range))
        #expect(summit.evidence.first?.source == "https://example.org/other")

        // A precision beside a day widens it to its week.
        #expect(events["ev-3"]!.time == TimeSpan(start: Day(2025, 3, 3), end: Day(2025, 3, 9), precision: .week))
        #expect(events["ev-3"]!.participants == ["vera-marcal", "freedonia"])
        // A source alone still leaves a trace to follow.
        #expect(events["ev-4"]!.time == nil)
        #expect(events["ev-4"]!.evidence.map(\.source) == ["https://example.org/statement"])
    }

    @Test func aDocumentTextLetsEvidenceFindItsOffsets() throws {
        let yaml = """
            text: "Intro. Ana met Bo in Lima. End."
            people: [Ana Abreu, Bo Berg]
            events:
              - {participants: [Ana, Bo], evidence: Ana met Bo in Lima.}
            """
        let dossier = try StructuredInput.read(file: files.write("lima.yml", yaml))
        let evidence = dossier.events[0].evidence[0]
        #expect(evidence.start == 7 && evidence.end == 26)
        #expect(dossier.documents[0].text == "Intro. Ana met Bo in Lima. End.")
    }

    @Test func theDateFormsPeopleWrite() throws {
        func span(_ text: String, _ precision: TimeSpan.Precision? = nil) throws -> TimeSpan {
            try DateSpec.parse(text, precision: precision).get()
        }
        #expect(try span("2024-11-13") == .day(Day(2024, 11, 13)!))
        #expect(try span("2024-11-16..2024-11-17", .weekend) == TimeSpan(start: Day(2024, 11, 16), end: Day(2024, 11, 17), precision: .weekend))
        #expect(try span("2024-11-13", .weekend) == TimeSpan(start: Day(2024, 11, 16), end: Day(2024, 11, 17), precision: .weekend))
        #expect(try span("2024-W46") == TimeSpan(start: Day(2024, 11, 11), end: Day(2024, 11, 17), precision: .week))
        #expect(try span("2020-W53") == TimeSpan(start: Day(2020, 12, 28), end: Day(2021, 1, 3), precision: .week))
        #expect(try span("2024-02") == TimeSpan(start: Day(2024, 2, 1), end: Day(2024, 2, 29), precision: .month))
        #expect(try span("2024") == TimeSpan(start: Day(2024, 1, 1), end: Day(2024, 12, 31), precision: .year))
        #expect(throws: DateSpec.Message.self) { try span("2021-W53") }
        #expect(throws: DateSpec.Message.self) { try span("13/11/2024") }
        #expect(throws: DateSpec.Message.self) { try span("2024-11-17..2024-11-16") }
    }

    @Test func theSameShapeReadsFromJSON() throws {
        let json = """
            {"published": "2025-03-05",
             "people": ["Ana Abreu", {"name": "Bo Berg", "role": "Envoy"}],
             "events": [{"date": "2025-03", "kind": "talks", "participants": ["Ana", "bo-berg"]}]}
            """
        let dossier = try StructuredInput.read(file: files.write("talks.json", json))
        #expect(dossier.entities.map(\.id) == ["ana-abreu", "bo-berg"])
        #expect(dossier.events.count == 1)
        #expect(dossier.events[0].kind == .talks)
        #expect(dossier.events[0].time?.precision == .month)
        #expect(dossier.entities[1].roles == [Role(title: "Envoy")])
    }

    @Test func formatsAreToldByNameAndKeys() {
        func format(_ name: String, _ text: String = "") -> StructuredInput.Format? {
            StructuredInput.format(ofFile: name, contents: Array(text.utf8))
        }
        #expect(format("a.yaml") == .eventsYAML)
        #expect(format("a.YML") == .eventsYAML)
        #expect(format("a.csv") == .eventsCSV)
        #expect(format("a.json", #"{"document": {"id": "x"}}"#) == .extraction)
        #expect(format("a.json", #"{"documents": []}"#) == .dossier)
        #expect(format("a.json", #"{"events": []}"#) == .eventsJSON)
        #expect(format("a.json", #"{"people": ["A B"]}"#) == .eventsJSON)
        #expect(format("a.jsonl", "\n" + #"{"document": {"id": "x"}}"#) == .jsonLines)
        // Articles are not structured input.
        #expect(format("a.json", #"{"id": "x", "text": "Ana met Bo."}"#) == nil)
        #expect(format("a.jsonl", #"{"id": "x", "text": "Ana met Bo."}"#) == nil)
        #expect(format("a.txt", "Ana met Bo.") == nil)
        #expect(format("a.json", "[1, 2]") == nil)
    }
}
