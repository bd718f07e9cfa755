import LiaisonCore

/// Which colour each affiliation gets, the same in every drawing of a dossier.
///
/// Affiliations (the country or organization a person's first office belongs to, or a
/// country or organization itself; see ``EntityNames/affiliation(of:)``) are ranked by how many
/// event participations their members have in the dossier, most first, then by folded name,
/// then id; the first ones get the theme's palette in order, the rest and entities with no
/// affiliation get the neutral colour. Ranking on the whole dossier keeps the United States blue
/// in the timeline, the network and an ego view alike. A trip's destinations are not counted
/// (see ``Destinations``).
public struct AffiliationColors: Sendable {
    /// An affiliation that has a colour of its own.
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var name: String
        public var swatch: Theme.Swatch
    }

    /// The affiliations with a colour, in rank order.
    public let entries: [Entry]
    /// The colour of everything else.
    public let neutral: Theme.Swatch
    private let index: [String: Int]

    /// The colours of `dossier`'s affiliations (destinations are not counted: see
    /// ``Destinations``).
    public init(dossier: Dossier, theme: Theme) {
        self.init(destinations: Destinations(dossier), theme: theme)
    }

    /// The colours of the dossier of `destinations`, from the participations it counted.
    init(destinations: Destinations, theme: Theme) {
        let dossier = destinations.dossier
        let names = destinations.names
        var count: [String: Int] = [:]
        for (k, entity) in dossier.entities.enumerated() where destinations.participations[k] > 0 && entity.type != .place {
            if let a = names.affiliation(of: entity) { count[a, default: 0] += destinations.participations[k] }
        }
        let ranked = count.keys.map { (id: $0, count: count[$0]!, key: NameKey.fold(names.name($0))) }
            .sorted { a, b in
                if a.count != b.count { return a.count > b.count }
                if a.key != b.key { return a.key < b.key }
                return NaturalOrder.less(a.id, b.id)
            }
        var entries: [Entry] = []
        var index: [String: Int] = [:]
        for (k, a) in ranked.prefix(theme.palette.count).enumerated() {
            index[a.id] = k
            entries.append(Entry(id: a.id, name: names.name(a.id), swatch: theme.palette[k]))
        }
        self.entries = entries
        self.index = index
        self.neutral = theme.neutral
    }

    /// The colour of an affiliation (neutral for `nil` or one past the palette).
    public func swatch(for affiliation: String?) -> Theme.Swatch {
        guard let affiliation, let k = index[affiliation] else { return neutral }
        return entries[k].swatch
    }

    /// Whether the affiliation has a colour of its own.
    public func hasColor(_ affiliation: String?) -> Bool {
        affiliation.map { index[$0] != nil } ?? false
    }
}
