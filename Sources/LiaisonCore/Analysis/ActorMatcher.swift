/// Finds the entities a person means when they type a name or an id on the command line
/// (`--actor Blinken`, `--actor "ngoai truong my"`, `--actor anthony-blinken`).
///
/// A query is tried in this order, and the first step that finds anything wins:
/// 1. an entity id, as given or as ``Slug/make(_:)`` of the query;
/// 2. a canonical name, under ``NameKey/fold(_:)``;
/// 3. an alias, under ``NameKey/fold(_:)``;
/// 4. for a one-word query, the first or last word of a person's name ("Blinken", "Rutte").
///
/// Several entities may match (two people called Biden); they come in the order given.
public struct ActorMatcher: Sendable {
    private var ids: Set<String> = []
    private var byName: [String: [String]] = [:]
    private var byAlias: [String: [String]] = [:]
    private var byWord: [String: [String]] = [:]

    public init(entities: [Entity]) {
        for entity in entities {
            ids.insert(entity.id)
            let name = NameKey.fold(entity.name)
            ActorMatcher.add(entity.id, to: &byName, key: name)
            for alias in entity.aliases { ActorMatcher.add(entity.id, to: &byAlias, key: NameKey.fold(alias)) }
            if entity.type == .person {
                let words = name.split(separator: " ")
                if let first = words.first, let last = words.last {
                    ActorMatcher.add(entity.id, to: &byWord, key: String(first))
                    ActorMatcher.add(entity.id, to: &byWord, key: String(last))
                }
            }
        }
    }

    public init(dossier: Dossier) {
        self.init(entities: dossier.entities)
    }

    private static func add(_ id: String, to map: inout [String: [String]], key: String) {
        guard !key.isEmpty else { return }
        if map[key]?.contains(id) == true { return }
        map[key, default: []].append(id)
    }

    /// The ids of the entities `query` names, or `[]`.
    public func resolve(_ query: String) -> [String] {
        let trimmed = query.trimmingSpaces
        if trimmed.isEmpty { return [] }
        if ids.contains(trimmed) { return [trimmed] }
        let slug = Slug.make(trimmed)
        if ids.contains(slug) { return [slug] }
        let key = NameKey.fold(trimmed)
        if let found = byName[key] { return found }
        if let found = byAlias[key] { return found }
        if !key.contains(" "), let found = byWord[key] { return found }
        return []
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
