import Foundation
import LiaisonCore

/// The JSON that Liaison itself writes: an extraction (`liaison extract --format json`, one
/// document) or a whole dossier (`{"documents": …, "entities": …, "events": …}`).
///
/// Decoding problems name the line and the field (`events[3].date.start`), and every participant
/// and host must be an entity the file defines.
public enum ModelJSON {
    public static func extraction(_ bytes: some Collection<UInt8>, file: String) throws(InputError) -> Extraction {
        let data = Data(bytes)
        let tree = try parseTree(data, file: file)
        let extraction = try decode(Extraction.self, data, tree: tree, file: file)
        try checkReferences(Dossier(entities: extraction.entities, events: extraction.events), tree: tree, file: file)
        return extraction
    }

    /// The newest `schemaVersion` of dossier JSON this reader understands (what `liaison export`
    /// writes; a dossier without one is read as version 1).
    public static let dossierSchemaVersion = 1

    public static func dossier(_ bytes: some Collection<UInt8>, file: String) throws(InputError) -> Dossier {
        let data = Data(bytes)
        let tree = try parseTree(data, file: file)
        if let version = tree["schemaVersion"] {
            guard let text = version.scalar, let number = Int(text), number >= 1 else {
                throw InputError(file: file, line: version.line, field: "schemaVersion",
                                 message: "expected a whole number from 1 up")
            }
            guard number <= dossierSchemaVersion else {
                throw InputError(file: file, line: version.line, field: "schemaVersion", message:
                    "schema version \(number) is newer than this Liaison reads (up to \(dossierSchemaVersion)): update Liaison")
            }
        }
        let dossier = try decode(Dossier.self, data, tree: tree, file: file)
        try checkReferences(dossier, tree: tree, file: file)
        return dossier
    }

    static func parseTree(_ data: Data, file: String) throws(InputError) -> SourceNode {
        do {
            return try JSONTree.parse(data)
        } catch {
            throw InputError(file: file, line: error.line, message: "JSON syntax: " + error.message)
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ data: Data, tree: SourceNode, file: String) throws(InputError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            var path: [SourceNode.PathComponent]
            let message: String
            switch error {
            case .keyNotFound(let key, let context):
                path = components(context.codingPath)
                message = "the field '\(key.stringValue)' is missing"
            case .typeMismatch(let expected, let context):
                path = components(context.codingPath)
                message = "expected \(describe(expected)) here"
            case .valueNotFound(let expected, let context):
                path = components(context.codingPath)
                message = "expected \(describe(expected)), found null"
            case .dataCorrupted(let context):
                path = components(context.codingPath)
                message = context.debugDescription
            @unknown default:
                path = []
                message = "\(error)"
            }
            let node = tree.deepest(along: path)
            throw InputError(file: file, line: node.line, field: path.fieldPath, message: message)
        } catch {
            throw InputError(file: file, message: "\(error)")
        }
    }

    static func components(_ codingPath: [any CodingKey]) -> [SourceNode.PathComponent] {
        codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a value of type \(name)"
        }
    }

    /// Participants and hosts must name entities of the file.
    static func checkReferences(_ dossier: Dossier, tree: SourceNode, file: String) throws(InputError) {
        let ids = Set(dossier.entities.map(\.id))
        for (i, event) in dossier.events.enumerated() {
            for (j, p) in event.participants.enumerated() where !ids.contains(p) {
                let path: [SourceNode.PathComponent] = [.key("events"), .index(i), .key("participants"), .index(j)]
                throw InputError(file: file, line: tree.deepest(along: path).line, field: path.fieldPath,
                                 message: "participant '\(p)' is not defined in entities")
            }
            if let h = event.host, !ids.contains(h) {
                let path: [SourceNode.PathComponent] = [.key("events"), .index(i), .key("host")]
                throw InputError(file: file, line: tree.deepest(along: path).line, field: path.fieldPath,
                                 message: "host '\(h)' is not defined in entities")
            }
        }
    }
}
