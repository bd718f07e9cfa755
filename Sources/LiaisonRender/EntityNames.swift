import LiaisonCore

/// Names, offices and affiliations of a dossier's entities, as labels show them.
///
/// ```swift
/// let names = EntityNames(dossier)
/// names.name("anthony-blinken")          // "Anthony Blinken"
/// names.office("anthony-blinken")        // "Ngoại trưởng · United States"
/// names.list(["a", "b", "c"])            // "A, B and C"
/// ```
public struct EntityNames: Sendable {
    private let entities: [Entity]
    /// Position in `entities` by id (the first entity of a repeated id).
    private let index: [String: Int]

    public init(_ dossier: Dossier) {
        self.init(entities: dossier.entities)
    }

    public init(entities: [Entity]) {
        var index: [String: Int] = [:]
        index.reserveCapacity(entities.count)
        for (k, entity) in entities.enumerated() where index[entity.id] == nil { index[entity.id] = k }
        self.init(entities: entities, index: index)
    }

    /// With an index already made (see ``Destinations``): `index[id]` is the position in
    /// `entities` of the first entity with that id.
    init(entities: [Entity], index: [String: Int]) {
        self.entities = entities
        self.index = index
    }

    public func entity(_ id: String) -> Entity? {
        index[id].map { entities[$0] }
    }

    public func name(_ id: String) -> String {
        guard let k = index[id] else { return id }
        return entities[k].name
    }

    public func affiliation(of id: String) -> String? {
        guard let k = index[id] else { return nil }
        return affiliation(of: entities[k])
    }

    /// The affiliation of an entity (see ``affiliation(of:)-(String)``).
    public func affiliation(of entity: Entity) -> String? {
        if let a = entity.roles.lazy.compactMap(\.affiliation).first { return a }
        switch entity.type {
        case .country, .organization, .group: return entity.id
        case .person, .place: return nil
        }
    }

    /// One line under a name: the first office, with its affiliation's name
    /// (`"Ngoại trưởng · United States"`), or what the entity is (`"organization"`) when it
    /// holds none; `nil` for a person without an office.
    public func office(_ id: String) -> String? {
        guard let parts = officeParts(id) else { return nil }
        return [parts.title, parts.affiliation].compactMap { $0 }.joined(separator: " · ")
    }

    /// ``office(_:)`` broken into lines of about `width` characters: the title wrapped, the
    /// affiliation after a `·` on the last line when it fits, else on a line of its own.
    public func officeLines(_ id: String, width: Int) -> [String] {
        guard let parts = officeParts(id) else { return [] }
        var lines = parts.title.map { Markup.wrap($0, width: width) } ?? []
        if let affiliation = parts.affiliation {
            if let last = lines.last, last.count + 3 + affiliation.count <= width {
                lines[lines.count - 1] = last + " · " + affiliation
            } else {
                lines += Markup.wrap(affiliation, width: width)
            }
        }
        return lines
    }

    /// The title and the affiliation's name of the first office that has either (an
    /// affiliation that is the entity itself is left out); for an entity without one, what it
    /// is (`"organization"`) as the title.
    func officeParts(_ id: String) -> (title: String?, affiliation: String?)? {
        guard let k = index[id] else { return nil }
        let entity = entities[k]
        for role in entity.roles {
            let title = role.title.trimmed.nonEmpty
            let affiliation = role.affiliation.map(name).flatMap { $0 == entity.name ? nil : $0 }
            if title != nil || affiliation != nil { return (title, affiliation) }
        }
        switch entity.type {
        case .organization: return ("organization", nil)
        case .country: return ("country", nil)
        case .group: return ("group", nil)
        case .place: return ("place", nil)
        case .person: return nil
        }
    }

    /// Names joined for a sentence: `"A"`, `"A and B"`, `"A, B and C"`; past `limit` names,
    /// `"A, B and 3 others"`.
    public func list(_ ids: [String], limit: Int = 3) -> String {
        switch ids.count {
        case 1: return name(ids[0])
        case 2 where limit >= 2: return name(ids[0]) + " and " + name(ids[1])
        default: return EntityNames.join(ids.map(name), limit: limit)
        }
    }

    /// Words joined for a sentence, as ``list(_:limit:)``.
    public static func join(_ words: [String], limit: Int = 3) -> String {
        switch words.count {
        case 0: return ""
        case 1: return words[0]
        case _ where words.count > limit:
            let shown = max(1, limit - 1)
            let rest = words.count - shown
            return words.prefix(shown).joined(separator: ", ") + " and \(rest) other" + (rest == 1 ? "" : "s")
        default:
            return words.dropLast().joined(separator: ", ") + " and " + words[words.count - 1]
        }
    }
}

extension String {
    /// Without leading and trailing white space.
    var trimmed: String {
        // Most texts start and end with a visible ASCII character: nothing to look up.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        let scalars = unicodeScalars
        if let first = scalars.first, let last = scalars.last,
           !first.properties.isWhitespace, !last.properties.isWhitespace { return self }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
