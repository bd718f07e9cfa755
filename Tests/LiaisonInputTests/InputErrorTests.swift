import Testing
import LiaisonCore
@testable import LiaisonInput

/// Every problem names the file, the line and the field, and nothing is read from a failed file.
@Suite struct InputErrorTests {
    let files = TempFiles()

    func failure(_ name: String, _ text: String) -> InputError? {
        let path = files.write(name, text)
        do {
            _ = try StructuredInput.read(file: path)
            return nil
        } catch {
            #expect(error.file == path)
            return error
        }
    }

    let header = """
        people:
          - Anthony Blinken
          - name: Andrii Sybiha
        events:
          - date: 2024-11-13
            participants: [Blinken, Sybiha]

        """

    @Test func anUndefinedParticipantNamesItsLine() throws {
        let error = try #require(failure("events.yaml", header + """
              - participants: [Blinken, rutte]
            """))
        #expect(error.line == 7)
        #expect(error.field == "events[1].participants[1]")
        #expect(error.message == "participant 'rutte' is not defined (add it under people:, organizations:, countries: or entities:)")
        #expect(error.description.hasSuffix("events.yaml:7: participant 'rutte' is not defined (add it under people:, organizations:, countries: or entities:) (events[1].participants[1])"))
    }

    @Test func aMisspelledFieldIsNotIgnored() throws {
        let error = try #require(failure("events.yaml", header + """
              - date: 2024-11-14
                partcipants: [Blinken]
            """))
        #expect(error.line == 8)
        #expect(error.field == "events[1].partcipants")
        #expect(error.message.hasPrefix("unknown field 'partcipants' in an event"))
    }

    @Test func badDatesKindsAndStatusesSayWhatIsExpected() throws {
        let date = try #require(failure("a.yaml", header + "  - {date: 13/11/2024, participants: [Blinken]}\n"))
        #expect(date.line == 7 && date.field == "events[1].date")
        #expect(date.message.hasPrefix("'13/11/2024' is not a day: write 2024-11-13"))

        let kind = try #require(failure("b.yaml", header + "  - kind: dinner\n    participants: [Blinken]\n"))
        #expect(kind.line == 7 && kind.field == "events[1].kind")
        #expect(kind.message == "'dinner' is not a kind (one of: meeting, talks, call, visit, summit, trip, statement, other)")

        let status = try #require(failure("c.yaml", header + "  - participants: [Blinken]\n    status: maybe\n"))
        #expect(status.line == 8 && status.field == "events[1].status")

        let published = try #require(failure("d.yaml", "published: 2024-02-30\n" + header))
        #expect(published.line == 1 && published.field == "published")
    }

    @Test func ambiguousAndDuplicateNamesAreRefused() throws {
        let ambiguous = try #require(failure("a.yaml", """
            people: [Joe Biden, Hunter Biden]
            events:
              - participants: [Biden]
            """))
        #expect(ambiguous.line == 3 && ambiguous.field == "events[0].participants[0]")
        #expect(ambiguous.message == "participant 'Biden' could be joe-biden or hunter-biden: write the id")

        let twice = try #require(failure("b.yaml", """
            people:
              - Kaja Kallas
              - name: Kaja  Kallas
            """))
        #expect(twice.line == 3 && twice.field == "people[1]")
        #expect(twice.message == "the entity 'kaja-kallas' is defined twice (first at line 2)")

        let affiliation = try #require(failure("c.yaml", """
            people:
              - {name: Mark Rutte, role: Secretary General, affiliation: NATO}
            """))
        #expect(affiliation.line == 2 && affiliation.field == "people[0].affiliation")
        #expect(affiliation.message.hasPrefix("affiliation 'NATO' is not defined"))

        let ids = try #require(failure("d.yaml", header + "  - {id: ev-1, participants: [Blinken]}\n"))
        #expect(ids.line == 7 && ids.message == "the event id 'ev-1' is used twice (first at line 5)")
    }

    @Test func wrongShapesAreExplained() throws {
        let list = try #require(failure("a.yaml", "events: {participants: [x]}\n"))
        #expect(list.line == 1 && list.field == "events")
        #expect(list.message == "events must be a list (one '- ' item per event), not a mapping")

        let empty = try #require(failure("b.yaml", header + "  - {date: 2024-11-14}\n"))
        #expect(empty.line == 7 && empty.message == "an event needs at least one participant")

        let nothing = try #require(failure("c.yaml", "# only a comment\n"))
        #expect(nothing.message == "the file is empty")
    }

    @Test func yamlAndJSONSyntaxErrorsNameTheirLine() throws {
        let yaml = try #require(failure("a.yaml", "people:\n  - Ana\n events: [\n"))
        #expect(yaml.line == 3)
        #expect(yaml.message.hasPrefix("YAML syntax"))

        let json = try #require(failure("b.json", "{\n  \"events\": [\n    {\"participants\": [\"x\"],}\n  ]\n}\n"))
        #expect(json.line == 3)
        #expect(json.message == "JSON syntax: expected a quoted key")

        let twice = try #require(failure("c.json", "{\"events\": [],\n \"events\": []}"))
        #expect(twice.line == 2 && twice.message == "JSON syntax: the key 'events' is given twice")
    }

    @Test func csvProblemsNameTheirRowAndColumn() throws {
        let quote = try #require(failure("a.csv", "date,participants\n2024-11-13,\"Ana Abreu; Bo Berg\n"))
        #expect(quote.line == 2 && quote.message == "a quoted field is never closed")

        let count = try #require(failure("b.csv", "date,participants,place\n2024-11-13,Ana Abreu\n"))
        #expect(count.line == 2 && count.message == "this row has 2 fields but the header has 3")

        let column = try #require(failure("c.csv", "date,who\n"))
        #expect(column.line == 1 && column.field == "who")
        #expect(column.message.hasPrefix("unknown column 'who'"))

        let date = try #require(failure("d.csv", "date,participants\n2024-11-13,Ana Abreu\n\n2024-13-01,Bo Berg\n"))
        #expect(date.line == 4 && date.field == "date")

        let stray = try #require(failure("e.csv", "participants,summary\nAna Abreu,She said \"no\"\n"))
        #expect(stray.line == 2 && stray.field == "column 2")

        let missing = try #require(failure("f.csv", "date,summary\n"))
        #expect(missing.field == "participants" && missing.message == "the header needs a 'participants' column")
    }

    @Test func extractionAndDossierJSONNameTheFieldThatFailed() throws {
        let badDay = try #require(failure("x.json", """
            {"document": {"id": "vi-00", "lang": "vi"},
             "entities": [{"id": "a", "name": "A", "type": "person"}],
             "events": [
               {"id": "ev-1", "kind": "meeting", "participants": ["a"],
                "date": {"start": "2024-11-31", "end": null, "precision": "day", "text": null}}
             ]}
            """))
        #expect(badDay.line == 5)
        #expect(badDay.field == "events[0].date.start")
        #expect(badDay.message.contains("'2024-11-31' is not a date"))

        let missingName = try #require(failure("y.json", """
            {"documents": [],
             "entities": [{"id": "a", "type": "person"}],
             "events": []}
            """))
        #expect(missingName.line == 2 && missingName.field == "entities[0]")
        #expect(missingName.message == "the field 'name' is missing")

        let undefined = try #require(failure("z.json", """
            {"documents": [], "entities": [],
             "events": [{"id": "e", "kind": "call",
                         "participants": ["ghost"]}]}
            """))
        #expect(undefined.line == 3 && undefined.field == "events[0].participants[0]")
        #expect(undefined.message == "participant 'ghost' is not defined in entities")
    }

    @Test func anArticleIsNotTakenForStructuredInput() throws {
        let error = try #require(failure("article.json", #"{"id": "vi-00", "text": "Ông Blinken gặp ông Rutte."}"#))
        #expect(error.line == 1 && error.message.hasPrefix("not structured input"))
    }
}
