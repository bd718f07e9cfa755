import Foundation
import LiaisonCore
import Testing
@testable import LiaisonInput

@Suite("Dossier JSON schemaVersion")
struct DossierJSONVersionTests {
    static func json(version: String?) -> String {
        """
        {\(version.map { "\n  \"schemaVersion\": \($0)," } ?? "")
          "documents": [{"id": "d", "title": null, "published": null, "lang": "en", "source": null, "text": ""}],
          "entities": [{"id": "a", "name": "A", "type": "person", "aliases": [], "roles": []}],
          "events": []
        }
        """
    }

    @Test("a dossier of version 1, or with no version, is read")
    func accepted() throws {
        for version in [nil, "1"] {
            let dossier = try StructuredInput.read(Array(Self.json(version: version).utf8), file: "x.json")
            #expect(dossier.entities.map(\.name) == ["A"])
        }
    }

    @Test("a newer or malformed version is refused with its file, line and field")
    func refused() {
        #expect(throws: InputError.self) { try StructuredInput.read(Array(Self.json(version: "2").utf8), file: "x.json") }
        do {
            _ = try StructuredInput.read(Array(Self.json(version: "2").utf8), file: "x.json")
        } catch {
            #expect(error.description == "x.json:2: schema version 2 is newer than this Liaison reads (up to 1): update Liaison (schemaVersion)")
        }
        do {
            _ = try StructuredInput.read(Array(Self.json(version: "\"one\"").utf8), file: "x.json")
            Issue.record("a version that is not a number was read")
        } catch {
            #expect(error.description.hasPrefix("x.json:2: "))
            #expect(error.description.contains("expected a whole number from 1 up"))
        }
    }
}
