/// A person, organization, country, place or group that a text names.
public struct Entity: Hashable, Sendable, Codable, Identifiable {
    /// What kind of thing an entity is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case person, organization, country, place, group
    }

    /// A stable id: ``Slug/make(_:)`` of the canonical name ("anthony-blinken").
    public var id: String
    /// The canonical name ("Anthony Blinken").
    public var name: String
    public var type: Kind
    /// Every surface form seen for this entity, in first-seen order.
    public var aliases: [String]
    /// Offices held, as the texts give them.
    public var roles: [Role]

    public init(id: String, name: String, type: Kind, aliases: [String] = [], roles: [Role] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.roles = roles
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decode(Kind.self, forKey: .type)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        roles = try c.decodeIfPresent([Role].self, forKey: .roles) ?? []
    }
}

/// An office: a title and, where known, the entity it is held for ("Ngoại trưởng" of
/// `united-states`).
public struct Role: Hashable, Sendable, Codable {
    /// The title as written ("Ngoại trưởng", "Secretary of State").
    public var title: String
    /// The id of the country or organization the office belongs to, if any.
    public var affiliation: String?

    public init(title: String, affiliation: String? = nil) {
        self.title = title
        self.affiliation = affiliation
    }
}
