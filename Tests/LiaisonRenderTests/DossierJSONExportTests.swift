import Foundation
import LiaisonCore
import Testing
@testable import LiaisonRender

@Suite("Dossier JSON export")
struct DossierJSONExportTests {
    static let validate = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]
        print(json.dumps({"errors": errors, "document": document}))
        """

    static var schemaPath: String { Repository.root.appendingPathComponent("docs/schema/dossier.schema.json").path }

    func validated(_ dossier: Dossier) throws -> (errors: [String], document: [String: Any]) {
        let folder = try ScratchFolder()
        let path = try folder.write("dossier.json", try DossierJSONExport.data(dossier))
        let result = try PythonReader.json(Self.validate, modules: ["jsonschema"], arguments: [Self.schemaPath, path])
        let object = try #require(result as? [String: Any])
        return (object["errors"] as? [String] ?? ["no errors list"], try #require(object["document"] as? [String: Any]))
    }

    @Test("the export validates against docs/schema/dossier.schema.json (draft 2020-12), every optional field used")
    func validatesAgainstTheSchema() throws {
        let (errors, document) = try validated(ExportFixtures.meetings)
        #expect(errors.isEmpty, "\(errors)")
        #expect(document["schemaVersion"] as? Int == DossierJSONExport.schemaVersion)
        let events = try #require(document["events"] as? [[String: Any]])
        // The fixture's optional fields are all there, so the schema checked them.
        #expect(events.contains { $0["more_evidence"] != nil })
        #expect(events.contains { $0["conflicting_dates"] != nil })
        #expect(events.contains { $0["host"] != nil })
        #expect(events.contains { ($0["date"] as? [String: Any])?["month_day"] != nil })
        #expect(events.contains { ($0["date"] as? [String: Any])?["year_inferred"] as? Bool == true })
    }

    @Test("the schema rejects what the model cannot hold: a bad day, an unknown kind, a newer version")
    func schemaRejects() throws {
        let folder = try ScratchFolder()
        var text = String(decoding: try DossierJSONExport.data(ExportFixtures.meetings), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"2024-11-13\"", with: "\"2024-13-13\"")
            .replacingOccurrences(of: "\"kind\": \"call\"", with: "\"kind\": \"phone\"")
            .replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2")
        let path = try folder.write("broken.json", Data(text.utf8))
        let result = try PythonReader.json(Self.validate, modules: ["jsonschema"], arguments: [Self.schemaPath, path])
        let errors = try #require((result as? [String: Any])?["errors"] as? [String])
        #expect(errors.contains { $0.hasPrefix("schemaVersion") })
        #expect(errors.contains { $0.contains("2024-13-13") })
        #expect(errors.contains { $0.contains("phone") })
    }

    @Test("schemaVersion comes first, then documents, entities and events; the text of documents is kept")
    func shape() throws {
        let text = String(decoding: try DossierJSONExport.data(ExportFixtures.meetings), as: UTF8.self)
        let keys = ["\"schemaVersion\"", "\"documents\"", "\"entities\"", "\"events\""].map {
            text.range(of: $0)?.lowerBound
        }
        #expect(keys.allSatisfy { $0 != nil })
        #expect(keys.compactMap { $0 } == keys.compactMap { $0 }.sorted())
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains(ExportFixtures.meetings.documents[0].text))
    }

    @Test("decoding the export gives the same dossier")
    func decodesToTheSameDossier() throws {
        for dossier in [ExportFixtures.meetings, ExportFixtures.hostile] {
            let data = try DossierJSONExport.data(dossier)
            let decoded = try JSONDecoder().decode(Dossier.self, from: data)
            #expect(decoded == dossier)
            #expect(try DossierJSONExport.data(decoded) == data)
        }
    }

    @Test("hostile names and quotes come back from a JSON parser exactly, and validate")
    func hostileText() throws {
        let (errors, document) = try validated(ExportFixtures.hostile)
        #expect(errors.isEmpty, "\(errors)")
        let names = try #require(document["entities"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        for name in ExportFixtures.hostileNames { #expect(names.contains(name), "\(name)") }
    }

    @Test("the same dossier, in any order, gives the same bytes")
    func deterministic() throws {
        var shuffled = ExportFixtures.meetings
        shuffled.entities.reverse()
        #expect(try DossierJSONExport.data(shuffled) == DossierJSONExport.data(ExportFixtures.meetings))
    }
}
