/// Several dossiers become one: the same person named in several articles (or languages) becomes
/// one entity, and the same meeting reported twice becomes one event that keeps every piece of
/// evidence.
///
/// **Entities.** Two entities are the same when
/// - they have the same id; or
/// - a name or alias of one equals a name or alias of the other under ``NameKey/fold(_:)``
///   (people only with people, other kinds only with other kinds). For people only names of two
///   words or more count here, and an alias that holds one of the entity's role titles
///   ("Ngoại trưởng Mỹ", "Tổng thư ký NATO Mark Rutte") is a description, not a name, and never
///   links; or
/// - a person known by one word only ("Blinken") matches exactly one person with a fuller name
///   whose first or last word it is (the surname rule). When two fuller names match
///   ("Joe Biden", "Hunter Biden") the short one stays apart.
///
/// The merged entity takes the id and name of its fullest name (most words, then most often
/// seen, then smallest id); its type is the most frequent (ties: country, organization, group,
/// place, person); aliases and roles are unioned in first-seen order, and every id in roles and
/// events is remapped.
///
/// **Events.** Two events are the same when they are of the same ``Event/Kind/Family``, have the
/// same set of participants, compatible places (equal, or one unknown) and either overlapping
/// dates or one of them undated (an undated report joins a dated one only when exactly one dated
/// event fits; otherwise it stays apart). Reports from different documents whose dates do not
/// overlap but lie within ``Options/conflictWindow`` days of each other are taken as the same
/// event told with different dates: the most reported date wins and the others are kept in
/// ``Event/conflictingTimes``, never dropped. The merged event keeps the time of its most precise
/// report, every evidence (first report first), and is `happened` when any report says so.
///
/// **Determinism.** Inputs are put in a canonical order first (by their documents' ids, then a
/// content hash), so the result is byte-identical whatever the order the same dossiers are given
/// in, and the result is ``Dossier/normalized()``. Event ids are kept; ids that two merged events
/// share are qualified with their document id (`vi-01:ev-4`).
public enum Merge {
    /// Tuning of the merge.
    public struct Options: Sendable, Hashable {
        /// Two reports of the same encounter from different documents whose dates do not overlap
        /// but are at most this many days apart are taken as one event with conflicting dates.
        public var conflictWindow: Int

        public init(conflictWindow: Int = 3) {
            self.conflictWindow = conflictWindow
        }
    }

    /// A merged dossier and what the merge did.
    public struct Outcome: Sendable, Hashable {
        /// The merged, normalized dossier.
        public var dossier: Dossier
        /// Input entity id → merged entity id, for every id that changed.
        public var entityRenames: [String: String]
        /// How many input entities were folded into another one.
        public var entitiesFolded: Int
        /// How many input events were folded into another one.
        public var eventsFolded: Int
        /// Ids (in the merged dossier) of the events whose reports give conflicting dates.
        public var conflictingEvents: [String]
    }

    /// Merges `dossiers` into one.
    public static func dossiers(_ dossiers: [Dossier], options: Options = Options()) -> Outcome {
        let ordered = canonicalOrder(dossiers)

        // Documents: union by id, missing fields filled from later copies.
        var documents: [Document] = []
        var documentIndex: [String: Int] = [:]
        for dossier in ordered {
            for document in dossier.documents {
                if let i = documentIndex[document.id] {
                    if documents[i].title == nil { documents[i].title = document.title }
                    if documents[i].source == nil { documents[i].source = document.source }
                    if documents[i].published == nil { documents[i].published = document.published }
                    if documents[i].language == nil { documents[i].language = document.language }
                    if documents[i].text.isEmpty { documents[i].text = document.text }
                } else {
                    documentIndex[document.id] = documents.count
                    documents.append(document)
                }
            }
        }

        // Entities.
        let flatEntities = ordered.flatMap(\.entities)
        let unified = EntityUnifier(flatEntities).unify()
        var renames: [String: String] = [:]
        for (old, new) in unified.idMap where old != new { renames[old] = new }
        var entities = unified.entities
        var number: [String: Int32] = [:]  // any input or merged id → merged entity position
        number.reserveCapacity(unified.idMap.count)
        for (k, entity) in entities.enumerated() { number[entity.id] = Int32(k) }
        for (old, new) in unified.idMap { number[old] = number[new] }
        func remap(_ id: String) -> String { number[id].map { entities[Int($0)].id } ?? id }
        for i in entities.indices {
            for r in entities[i].roles.indices {
                if let affiliation = entities[i].roles[r].affiliation {
                    entities[i].roles[r].affiliation = remap(affiliation)
                }
            }
            entities[i].roles = entities[i].roles.uniquedKeepingOrder()
        }

        // Events, with their participants remapped, and the key of their participant set.
        var flatEvents: [Event] = []
        var groupKeys: [ReportKey?] = []
        let total = ordered.reduce(0) { $0 + $1.events.count }
        flatEvents.reserveCapacity(total)
        groupKeys.reserveCapacity(total)
        var unknown: [String: Int32] = [:]  // participants that no entity defines
        for dossier in ordered {
            for var event in dossier.events {
                var ids: [String] = []
                var key: [Int32] = []
                ids.reserveCapacity(event.participants.count)
                key.reserveCapacity(event.participants.count + 1)
                for p in event.participants {
                    let n: Int32
                    if let k = number[p] {
                        n = k
                    } else if let u = unknown[p] {
                        n = u
                    } else {
                        n = Int32(entities.count + unknown.count)
                        unknown[p] = n
                    }
                    if key.contains(n) { continue }
                    key.append(n)
                    ids.append(n < entities.count ? entities[Int(n)].id : p)
                }
                event.participants = ids
                event.host = event.host.map(remap)
                event.place = event.place.map(remap)
                key.sort()
                flatEvents.append(event)
                groupKeys.append(ids.isEmpty ? nil : ReportKey(participants: key, family: event.kind.family.code))
            }
        }
        let inputEvents = flatEvents.count
        var clusterCount = 0
        do {
            // Plan first (reading), then edit the events in place (the plan no longer holds them).
            var plan: (keep: [Bool], replacements: [(index: Int, event: Event)])
            do {
                let clustering = EventClustering(events: flatEvents, keys: groupKeys, window: options.conflictWindow)
                clusterCount = clustering.clusterCount
                plan = clustering.plan()
            }
            for r in plan.replacements { flatEvents[r.index] = r.event }
            plan.replacements = []
            var kept = 0
            flatEvents.withUnsafeMutableBufferPointer { buffer in  // swaps that move memory
                for i in buffer.indices where plan.keep[i] {
                    if kept != i { buffer.swapAt(kept, i) }
                    kept += 1
                }
            }
            flatEvents.removeLast(flatEvents.count - kept)
        }
        var merged = flatEvents
        flatEvents = []
        EventOrder(documents: documents).sort(&merged)

        // Ids: keep them; qualify ids that several merged events share.
        var firstWithID: [String: Int] = [:]
        firstWithID.reserveCapacity(merged.count)
        var shared = Set<String>()
        for i in merged.indices where firstWithID.updateValue(i, forKey: merged[i].id) != nil { shared.insert(merged[i].id) }
        var taken = Set<String>()
        if !shared.isEmpty {
            for id in firstWithID.keys where !shared.contains(id) { taken.insert(id) }
        }
        for i in merged.indices where !shared.isEmpty && shared.contains(merged[i].id) {
            let base = merged[i].id
            let prefix = merged[i].evidence.first?.document ?? "event"
            var candidate = "\(prefix):\(base)"
            var n = 2
            while taken.contains(candidate) {
                candidate = "\(prefix):\(base)-\(n)"
                n += 1
            }
            taken.insert(candidate)
            merged[i].id = candidate
        }

        var dossier = Dossier(documents: documents, entities: entities, events: merged)
        merged = []
        dossier.normalize(sortingEvents: false)  // already in order (ids do not take part)
        return Outcome(
            dossier: dossier,
            entityRenames: renames,
            entitiesFolded: flatEntities.count - unified.entities.count,
            eventsFolded: inputEvents - clusterCount,
            conflictingEvents: dossier.events.indices.filter { !dossier.events[$0].conflictingTimes.isEmpty }
                .map { dossier.events[$0].id })
    }

    /// Dossiers sorted by their documents' ids, then by a hash of their content: equal content
    /// lands in the same place whatever the input order.
    static func canonicalOrder(_ dossiers: [Dossier]) -> [Dossier] {
        if dossiers.count < 2 { return dossiers }
        let documentKeys = dossiers.map { $0.documents.map(\.id).joined(separator: "\u{1}") }
        var seen: [String: Int] = [:]
        for key in documentKeys { seen[key, default: 0] += 1 }
        // The content hash is only needed where the documents do not tell dossiers apart.
        let keys: [(documents: String, hash: UInt64)] = dossiers.indices.map { i in
            (documentKeys[i], seen[documentKeys[i]]! > 1 ? contentHash(dossiers[i]) : 0)
        }
        let order = dossiers.indices.sorted { i, j in
            if keys[i].documents != keys[j].documents {
                return Array(keys[i].documents.utf8).lexicographicallyPrecedes(Array(keys[j].documents.utf8))
            }
            if keys[i].hash != keys[j].hash { return keys[i].hash < keys[j].hash }
            return i < j
        }
        return order.map { dossiers[$0] }
    }

    static func contentHash(_ dossier: Dossier) -> UInt64 {
        var h = StableHash()
        for d in dossier.documents {
            h.combine(d.id)
            h.combine(d.title)
            h.combine(d.published?.description)
            h.combine(d.text.utf8.count)
        }
        for e in dossier.entities {
            h.combine(e.id)
            h.combine(e.name)
            h.combine(e.type.rawValue)
            for a in e.aliases { h.combine(a) }
            h.combine(e.aliases.count)
            for r in e.roles {
                h.combine(r.title)
                h.combine(r.affiliation)
            }
            h.combine(e.roles.count)
        }
        for e in dossier.events {
            h.combine(e.id)
            h.combine(e.kind.rawValue)
            for p in e.participants { h.combine(p) }
            h.combine(e.participants.count)
            h.combine(e.host)
            h.combine(e.place)
            h.combine(e.status.rawValue)
            h.combine(e.summary)
            h.combine(e.time?.start?.ordinal ?? Int.min)
            h.combine(e.time?.end?.ordinal ?? Int.min)
            h.combine(e.time?.precision.rawValue)
            h.combine(e.time?.text)
            h.combine(e.time?.monthDay)
            for t in e.conflictingTimes {
                h.combine(t.start?.ordinal ?? Int.min)
                h.combine(t.end?.ordinal ?? Int.min)
            }
            for v in e.evidence {
                h.combine(v.document)
                h.combine(v.sentence)
                h.combine(v.start ?? Int.min)
                h.combine(v.end ?? Int.min)
                h.combine(v.rule)
                h.combine(v.source)
            }
            h.combine(e.evidence.count)
        }
        return h.value
    }
}

extension Dossier {
    /// The dossiers merged into one (see ``Merge``).
    public static func merged(_ dossiers: [Dossier], options: Merge.Options = Merge.Options()) -> Dossier {
        Merge.dossiers(dossiers, options: options).dossier
    }

    /// This dossier merged with `other` (see ``Merge``).
    public func merging(_ other: Dossier) -> Dossier {
        Merge.dossiers([self, other]).dossier
    }
}

// MARK: - Entities

/// Union-find with the smallest index as root (the first-seen member leads).
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }

    /// The sets, each in increasing order, listed by their smallest member: the first of each
    /// group is its root.
    mutating func groups() -> [[Int]] {
        var groupOf = [Int](repeating: -1, count: parent.count)  // root → position in the result
        var groups: [[Int]] = []
        for i in parent.indices {
            let r = find(i)
            if groupOf[r] < 0 {
                groupOf[r] = groups.count
                groups.append([])
            }
            groups[groupOf[r]].append(i)
        }
        return groups
    }
}

/// Decides which entities are the same and builds the merged entities.
struct EntityUnifier {
    let entities: [Entity]
    /// Folded names.
    let nameKeys: [String]
    /// Folded aliases that are names, not descriptions.
    let aliasKeys: [[String]]

    init(_ entities: [Entity]) {
        self.entities = entities
        var nameKeys: [String] = []
        var aliasKeys: [[String]] = []
        nameKeys.reserveCapacity(entities.count)
        aliasKeys.reserveCapacity(entities.count)
        for entity in entities {
            nameKeys.append(NameKey.fold(entity.name))
            if entity.aliases.isEmpty {
                aliasKeys.append([])
                continue
            }
            // Folded role titles, only for entities that have roles (most have none).
            let titles: [[UInt8]] = entity.roles.isEmpty ? [] : entity.roles.compactMap { role in
                let bytes = Array(NameKey.fold(role.title).utf8)
                return bytes.isEmpty ? nil : bytes
            }
            var keys: [String] = []
            keys.reserveCapacity(entity.aliases.count)
            for alias in entity.aliases {
                let key = NameKey.fold(alias)
                if key.isEmpty { continue }
                if !titles.isEmpty {
                    let bytes = Array(key.utf8)
                    if titles.contains(where: { EntityUnifier.containsWords(bytes, $0) }) { continue }
                }
                keys.append(key)
            }
            aliasKeys.append(keys.uniquedKeepingOrder())
        }
        self.nameKeys = nameKeys
        self.aliasKeys = aliasKeys
    }

    static func wordCount(_ key: String) -> Int {
        key.isEmpty ? 0 : key.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
    }

    /// Whether the folded words `needle` appear as whole words in the folded `haystack`.
    static func containsWords(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n > 0, n <= h else { return false }
        for start in 0...(h - n) where (start == 0 || haystack[start - 1] == 0x20) {
            let end = start + n
            guard end == h || haystack[end] == 0x20 else { continue }
            if haystack[start..<end].elementsEqual(needle) { return true }
        }
        return false
    }

    struct Result {
        var entities: [Entity]
        /// Every input id → merged id.
        var idMap: [String: String]
    }

    func unify() -> Result {
        var sets = UnionFind(count: entities.count)

        // Phase A: same id; same multi-word name or alias.
        var firstWithID: [String: Int] = [:]
        var firstWithKey: [NameSlot: Int] = [:]
        for (i, entity) in entities.enumerated() {
            if let j = firstWithID[entity.id] { sets.union(i, j) } else { firstWithID[entity.id] = i }
            let person = entity.type == .person
            func link(_ key: String, isName: Bool) {
                guard !key.isEmpty else { return }
                let multiword = key.utf8.contains(0x20)
                let tagged: NameSlot
                if !person {
                    tagged = NameSlot(space: 0, key: key)
                } else if multiword {
                    tagged = NameSlot(space: 1, key: key)
                } else if isName {
                    tagged = NameSlot(space: 2, key: key)  // one-word person names only match each other here
                } else {
                    return
                }
                if let j = firstWithKey[tagged] { sets.union(i, j) } else { firstWithKey[tagged] = i }
            }
            link(nameKeys[i], isName: true)
            for key in aliasKeys[i] { link(key, isName: false) }
        }

        // Phase B: the surname rule, for people known by one word only. A group's root is its
        // first member.
        let members = sets.groups()
        var tokenOwners: [String: [Int]] = [:]
        var shortGroups: [Int] = []
        var tokens: [String] = []
        for (g, group) in members.enumerated() where entities[group[0]].type == .person {
            let full = group.contains { nameKeys[$0].utf8.contains(0x20) }
            guard full else {
                shortGroups.append(g)
                continue
            }
            // Every first and last word of the group's names and aliases.
            tokens.removeAll(keepingCapacity: true)
            func addTokens(of key: String) {
                let utf8 = key.utf8
                if let firstSpace = utf8.firstIndex(of: 0x20), let lastSpace = utf8.lastIndex(of: 0x20) {
                    let first = String(key[..<firstSpace]), last = String(key[utf8.index(after: lastSpace)...])
                    if !tokens.contains(first) { tokens.append(first) }
                    if !tokens.contains(last) { tokens.append(last) }
                } else if !tokens.contains(key) {
                    tokens.append(key)
                }
            }
            for m in group {
                addTokens(of: nameKeys[m])
                for key in aliasKeys[m] { addTokens(of: key) }
            }
            for t in tokens { tokenOwners[t, default: []].append(group[0]) }
        }
        for g in shortGroups {
            var candidates: [Int] = []
            func consider(_ key: String) {
                guard !key.isEmpty, !key.utf8.contains(0x20), let owners = tokenOwners[key] else { return }
                for owner in owners where !candidates.contains(owner) { candidates.append(owner) }
            }
            for m in members[g] {
                consider(nameKeys[m])
                for key in aliasKeys[m] { consider(key) }
            }
            if candidates.count == 1 { sets.union(members[g][0], candidates[0]) }
        }

        // Build the merged entities, one per group, in first-seen order.
        let groups = sets.groups()
        var result: [Entity] = []
        var idMap: [String: String] = [:]
        result.reserveCapacity(groups.count)
        idMap.reserveCapacity(entities.count)
        for group in groups {
            let merged = build(group)
            for m in group { idMap[entities[m].id] = merged.id }
            result.append(merged)
        }
        return Result(entities: result, idMap: idMap)
    }

    /// A folded name in its space: other kinds, people's full names, people's one-word names.
    struct NameSlot: Hashable {
        var space: UInt8
        var key: String
    }

    /// Type priority for ties: the more specific claim first.
    static func typeRank(_ kind: Entity.Kind) -> Int {
        switch kind {
        case .country: return 0
        case .organization: return 1
        case .group: return 2
        case .place: return 3
        case .person: return 4
        }
    }

    func build(_ group: [Int]) -> Entity {
        if group.count == 1 { return entities[group[0]] }
        // Per member: words in its name and how often its folded name occurs in the group.
        let words = group.map { EntityUnifier.wordCount(nameKeys[$0]) }
        var frequency = [Int](repeating: 0, count: group.count)
        if group.count <= 16 {
            for x in group.indices {
                for y in group.indices where nameKeys[group[y]] == nameKeys[group[x]] { frequency[x] += 1 }
            }
        } else {
            var count: [String: Int] = [:]
            for m in group { count[nameKeys[m], default: 0] += 1 }
            for x in group.indices { frequency[x] = count[nameKeys[group[x]]]! }
        }
        let leader = group[group.indices.min { a, b in
            if words[a] != words[b] { return words[a] > words[b] }
            if frequency[a] != frequency[b] { return frequency[a] > frequency[b] }
            let c = NaturalOrder.compare(entities[group[a]].id, entities[group[b]].id)
            if c != 0 { return c < 0 }
            return group[a] < group[b]
        }!]
        // The most frequent type; ties go to the more specific claim (see `typeRank`).
        var votes = [Int](repeating: 0, count: 5)
        for m in group { votes[EntityUnifier.typeRank(entities[m].type)] += 1 }
        let best = votes.indices.max { a, b in votes[a] != votes[b] ? votes[a] < votes[b] : a > b }!
        let type = entities[group.first { EntityUnifier.typeRank(entities[$0].type) == best }!].type
        var merged = entities[leader]
        merged.type = type
        var aliases: [String] = []
        var roles: [Role] = []
        for m in group {
            if entities[m].name != merged.name { aliases.append(entities[m].name) }
            aliases += entities[m].aliases
            roles += entities[m].roles
        }
        // The leader's own aliases first, so a single-member merge keeps its order.
        merged.aliases = (entities[leader].aliases + aliases).uniquedKeepingOrder()
        merged.roles = (entities[leader].roles + roles).uniquedKeepingOrder()
        return merged
    }
}

// MARK: - Events

/// Groups reports of the same event and builds one event per group.
/// What two reports of the same event share exactly: the kind family and the sorted set of
/// participant numbers. Up to three participants fit in two words (no allocation, cheap to
/// hash); more are kept as a list.
struct ReportKey: Hashable {
    private var low: UInt64
    private var high: UInt64
    private var more: [Int32]?

    /// `participants`: sorted, without repeats, not negative.
    init(participants: [Int32], family: Int32) {
        let count = participants.count
        // The count and the family go in the top half of `high`.
        let tag = (UInt64(UInt16(truncatingIfNeeded: family)) << 16 | UInt64(UInt16(truncatingIfNeeded: count))) << 32
        if count <= 3 {
            func at(_ i: Int) -> UInt64 { i < count ? UInt64(UInt32(bitPattern: participants[i])) : 0 }
            low = at(0) | (at(1) << 32)
            high = at(2) | tag
            more = nil
        } else {
            low = 0
            high = tag
            more = participants
        }
    }
}

struct EventClustering {
    let events: [Event]
    let keys: [ReportKey?]
    let window: Int
    /// Clusters of several reports: indices into `events`, each in input order; the first is
    /// the primary report.
    private(set) var clusters: [Cluster] = []
    /// Reports that no other report joins (most of them): each is an event of its own.
    private(set) var singles: [Int] = []

    struct Cluster {
        /// Dated sub-clusters: reports that agree on the dates. More than one means a conflict.
        var dated: [[Int]] = []
        var undated: [Int] = []
        var place: String?
        /// The documents that report it, without repeats (a few at most: a list, not a set).
        var documents: [String] = []
        var coreStart = 0
        var coreEnd = 0
        var maxEnd = 0
    }

    var clusterCount: Int { clusters.count + singles.count }

    /// `keys[i]`: the ``ReportKey`` of `events[i]`; `nil` when it names nobody.
    init(events: [Event], keys: [ReportKey?], window: Int) {
        self.events = events
        self.window = window
        self.keys = keys
        (self.clusters, self.singles) = makeClusters()
    }

    private static func compatible(_ a: String?, _ b: String?) -> Bool {
        a == nil || b == nil || a == b
    }

    private func documents(_ i: Int) -> [String] {
        var out: [String] = []
        for evidence in events[i].evidence {
            if let d = evidence.document, !out.contains(d) { out.append(d) }
        }
        return out
    }

    /// `list` with the members of `other` it lacks, appended.
    private static func union(_ list: inout [String], _ other: [String]) {
        for d in other where !list.contains(d) { list.append(d) }
    }

    private func makeClusters() -> (clusters: [Cluster], singles: [Int]) {
        // Group by family and participant set, in first-seen order.
        var groupIndex: [ReportKey: Int] = [:]
        var groupOf = [Int](repeating: -1, count: events.count)
        var sizes: [Int] = []
        for i in events.indices {
            guard let key = keys[i] else { continue }  // nobody named: never the same as another report
            if let g = groupIndex[key] {
                groupOf[i] = g
                sizes[g] += 1
            } else {
                groupIndex[key] = sizes.count
                groupOf[i] = sizes.count
                sizes.append(1)
            }
        }
        // Groups of one are events of their own; the others are clustered by dates and places.
        var members = [[Int]](repeating: [], count: sizes.count)
        var singles: [Int] = []
        for i in events.indices {
            let g = groupOf[i]
            if g < 0 || sizes[g] == 1 {
                singles.append(i)
            } else {
                if members[g].isEmpty { members[g].reserveCapacity(sizes[g]) }
                members[g].append(i)
            }
        }
        var clusters: [Cluster] = []
        for group in members where !group.isEmpty {
            for cluster in clusterGroup(group) {
                if cluster.dated.reduce(cluster.undated.count, { $0 + $1.count }) == 1 {
                    singles.append(cluster.dated.first?.first ?? cluster.undated[0])
                } else {
                    clusters.append(cluster)
                }
            }
        }
        return (clusters, singles)
    }

    private func clusterGroup(_ group: [Int]) -> [Cluster] {
        var dated: [(i: Int, start: Int, end: Int)] = []
        var undated: [Int] = []
        for i in group {
            if let t = events[i].resolvedTime, let s = t.start {
                dated.append((i, s.ordinal, (t.end ?? s).ordinal))
            } else {
                undated.append(i)
            }
        }
        dated.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end < b.end }
            return a.i < b.i
        }

        // Sweep: a report joins an open cluster whose common days it overlaps.
        var closed: [Cluster] = []
        var open: [Cluster] = []
        for d in dated {
            var still: [Cluster] = []
            for c in open {
                if c.coreEnd < d.start { closed.append(c) } else { still.append(c) }
            }
            open = still
            let place = events[d.i].place
            if let k = open.firstIndex(where: {
                d.start <= $0.coreEnd && $0.coreStart <= d.end && EventClustering.compatible($0.place, place)
            }) {
                open[k].dated[0].append(d.i)
                open[k].coreStart = max(open[k].coreStart, d.start)
                open[k].coreEnd = min(open[k].coreEnd, d.end)
                open[k].maxEnd = max(open[k].maxEnd, d.end)
                if open[k].place == nil { open[k].place = place }
                EventClustering.union(&open[k].documents, documents(d.i))
            } else {
                var c = Cluster()
                c.dated = [[d.i]]
                c.coreStart = d.start
                c.coreEnd = d.end
                c.maxEnd = d.end
                c.place = place
                c.documents = documents(d.i)
                open.append(c)
            }
        }
        closed += open
        closed.sort { a, b in
            if a.coreStart != b.coreStart { return a.coreStart < b.coreStart }
            return a.dated[0][0] < b.dated[0][0]
        }

        // Conflicts: near, non-overlapping reports from different documents of the same event.
        var merged: [Cluster] = []
        for c in closed {
            if var last = merged.last,
                c.coreStart > last.coreEnd,
                c.coreStart - last.coreEnd <= window,
                !c.documents.isEmpty, !last.documents.isEmpty,
                !c.documents.contains(where: last.documents.contains),
                EventClustering.compatible(last.place, c.place)
            {
                last.dated += c.dated
                EventClustering.union(&last.documents, c.documents)
                last.coreEnd = max(last.coreEnd, c.coreEnd)
                if last.place == nil { last.place = c.place }
                merged[merged.count - 1] = last
            } else {
                merged.append(c)
            }
        }

        // Undated reports join the one dated event they fit, if there is exactly one.
        var undatedClusters: [Cluster] = []
        for u in undated {
            let place = events[u].place
            let fits = merged.indices.filter { EventClustering.compatible(merged[$0].place, place) }
            if fits.count == 1 {
                merged[fits[0]].undated.append(u)
                if merged[fits[0]].place == nil { merged[fits[0]].place = place }
            } else if let k = undatedClusters.firstIndex(where: { EventClustering.compatible($0.place, place) }) {
                undatedClusters[k].undated.append(u)
                if undatedClusters[k].place == nil { undatedClusters[k].place = place }
            } else {
                var c = Cluster()
                c.undated = [u]
                c.place = place
                undatedClusters.append(c)
            }
        }
        return merged + undatedClusters
    }

    /// What to do with the events: which to keep (one per cluster, its first report) and what
    /// to put in the place of the first report of a cluster of several.
    func plan() -> (keep: [Bool], replacements: [(index: Int, event: Event)]) {
        var keep = [Bool](repeating: false, count: events.count)
        for i in singles { keep[i] = true }
        var replacements: [(index: Int, event: Event)] = []
        for cluster in clusters {
            let first = min(cluster.dated.lazy.map { $0.min()! }.min() ?? Int.max, cluster.undated.min() ?? Int.max)
            keep[first] = true
            if cluster.dated.reduce(cluster.undated.count, { $0 + $1.count }) > 1 {
                replacements.append((first, build(cluster)))
            }
        }
        return (keep, replacements)
    }

    private func build(_ cluster: Cluster) -> Event {
        let all = (cluster.dated.flatMap { $0 } + cluster.undated).sorted()
        let primary = events[all[0]]
        if all.count == 1 { return primary }
        var event = primary

        // Time: the most precise report of the most reported dates.
        if !cluster.dated.isEmpty {
            var main = 0
            for (k, sub) in cluster.dated.enumerated() where sub.count > cluster.dated[main].count { main = k }
            func best(_ sub: [Int]) -> TimeSpan {
                let i = sub.min { a, b in
                    let da = events[a].time!.dayCount!, db = events[b].time!.dayCount!
                    if da != db { return da < db }
                    return a < b
                }!
                return events[i].time!
            }
            event.time = best(cluster.dated[main])
            var conflicts: [TimeSpan] = []
            for (k, sub) in cluster.dated.enumerated() where k != main { conflicts.append(best(sub)) }
            for i in all { conflicts += events[i].conflictingTimes }
            let primaryDays = (event.time?.start, event.time?.end)
            var seenDays = Set<[Int]>()
            event.conflictingTimes = conflicts.filter { t in
                if t.start == primaryDays.0 && t.end == primaryDays.1 { return false }
                return seenDays.insert([t.start?.ordinal ?? Int.min, t.end?.ordinal ?? Int.min]).inserted
            }.sorted(by: TimeSpan.canonicalLess)
        } else {
            event.time = all.lazy.compactMap { events[$0].time }.first
            event.conflictingTimes = all.flatMap { events[$0].conflictingTimes }.uniquedKeepingOrder()
        }

        event.host = all.lazy.compactMap { events[$0].host }.first
        event.place = all.lazy.compactMap { events[$0].place }.first
        event.summary = all.lazy.compactMap { events[$0].summary }.first
        if all.contains(where: { events[$0].status == .happened }) { event.status = .happened }
        var evidence: [Evidence] = []
        for i in all { evidence += events[i].evidence }
        event.evidence = evidence.uniquedKeepingOrder()
        return event
    }
}
