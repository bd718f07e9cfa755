/// Everything Liaison knows from a set of inputs: the documents, the entities they name and the
/// events they report.
///
/// A dossier is plain data; ``Dossier/merging(_:)`` combines two (see `Merge.swift`).
public struct Dossier: Hashable, Sendable, Codable {
    public var documents: [Document]
    public var entities: [Entity]
    public var events: [Event]

    public init(documents: [Document] = [], entities: [Entity] = [], events: [Event] = []) {
        self.documents = documents
        self.entities = entities
        self.events = events
    }

    /// The entity with the given id.
    public func entity(_ id: String) -> Entity? {
        entities.first { $0.id == id }
    }

    /// Entities by id, for lookups in loops.
    public var entitiesByID: [String: Entity] {
        Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
