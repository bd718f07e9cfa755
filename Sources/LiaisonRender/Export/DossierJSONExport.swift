import Foundation
import LiaisonCore

/// The whole dossier as JSON: documents (with their text), entities and events, every field of
/// the model, preceded by a `schemaVersion`.
///
/// ```json
/// {"schemaVersion": 1, "documents": […], "entities": […], "events": […]}
/// ```
///
/// The shape is the dossier JSON that Liaison reads (`StructuredInput`), so an export read back
/// gives the same dossier. It is described by `docs/schema/dossier.schema.json` (JSON Schema
/// draft 2020-12) and `docs/EXPORTS.md`. The dossier is normalized first and keys are written in
/// a fixed order, so the same dossier always gives the same bytes.
public enum DossierJSONExport {
    /// The version of the shape written; raised when a field changes meaning or is removed
    /// (added optional fields keep it).
    public static let schemaVersion = 1

    public static func data(_ dossier: Dossier) throws(ExportError) -> Data {
        do {
            var data = try OrderedJSONEncoder(pretty: true).encode(Versioned(dossier: dossier.normalized()))
            data.append(0x0A)
            return data
        } catch {
            throw ExportError("cannot write the dossier as JSON: \(error)")
        }
    }

    private struct Versioned: Encodable {
        let dossier: Dossier

        enum CodingKeys: String, CodingKey {
            case schemaVersion, documents, entities, events
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(DossierJSONExport.schemaVersion, forKey: .schemaVersion)
            try c.encode(dossier.documents, forKey: .documents)
            try c.encode(dossier.entities, forKey: .entities)
            try c.encode(dossier.events, forKey: .events)
        }
    }
}
