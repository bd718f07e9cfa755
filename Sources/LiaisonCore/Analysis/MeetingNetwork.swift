/// Who met whom: people, organizations, countries and groups as nodes, one ``Link`` per pair that
/// met one to one, and one ``Gathering`` per meeting of three or more (a hyperedge drawn as a
/// node tied to each participant, never as a clique of pairwise links).
///
/// Metrics are computed on the *pairwise projection*: the graph where two nodes are adjacent when
/// they took part in the same meeting, one to one or in a gathering (so a gathering of k counts
/// as a k-clique there, and only there).
/// - ``Node/degree``: number of distinct nodes met;
/// - ``Node/weightedDegree``: the same counted with multiplicity, one per meeting per other
///   participant (two meetings with Rutte and one gathering of three give 2 + 2 = 4);
/// - ``Node/betweenness``: shortest-path betweenness on the unweighted projection (Brandes; see
///   ``Centrality/betweenness(nodeCount:edges:)``), unnormalized, and
///   ``Node/normalizedBetweenness`` divided by (n−1)(n−2)/2. Exact unless the network is so
///   large that exact values would cost more than ``Options/betweennessWork``; then estimated
///   from a deterministic sample of sources (``isBetweennessExact`` tells).
///
/// Only events of ``Options/kinds`` (by default the meeting-like ones: meeting, talks, call,
/// visit, summit) with at least two participants that are not places take part. Planned meetings
/// are included; ``Link/statuses`` tells them apart.
public struct MeetingNetwork: Sendable, Hashable {
    /// What goes into the network.
    public struct Options: Sendable, Hashable {
        /// The event kinds that make links; by default the meeting-like ones.
        public var kinds: Set<Event.Kind>
        /// Which events to consider at all.
        public var filter: EventFilter
        /// The most work to spend on exact betweenness (see
        /// ``Centrality/betweenness(nodeCount:edges:maxWork:)``): past it, betweenness is
        /// estimated from a deterministic sample of sources. `nil`: always exact. The default
        /// (60 million steps, about a fifth of a second) keeps every network of a few thousand
        /// meetings exact.
        public var betweennessWork: Int?
        /// Whether betweenness is measured at all. When `false` (for a caller that only needs
        /// the structure and the degrees, like a drawing), every node's betweenness is 0 and
        /// ``MeetingNetwork/isBetweennessExact`` is `false`.
        public var measuresBetweenness: Bool

        public init(
            kinds: Set<Event.Kind> = Set(Event.Kind.allCases.filter(\.isMeetingLike)),
            filter: EventFilter = EventFilter(),
            betweennessWork: Int? = 60_000_000,
            measuresBetweenness: Bool = true
        ) {
            self.kinds = kinds
            self.filter = filter
            self.betweennessWork = betweennessWork
            self.measuresBetweenness = measuresBetweenness
        }
    }

    /// An actor.
    public struct Node: Sendable, Hashable, Identifiable {
        /// The entity id.
        public var id: String
        /// The entity, when the dossier defines it.
        public var entity: Entity?
        /// The entity's name, or its id when it is not defined.
        public var name: String
        /// The id of the country or organization the node is grouped under (see
        /// ``MeetingNetwork/Affiliation``), if any.
        public var affiliation: String?
        /// Meetings (links' events and gatherings) the node takes part in.
        public var eventCount: Int
        public var degree: Int
        public var weightedDegree: Int
        public var betweenness: Double
        public var normalizedBetweenness: Double
    }

    /// All the one-to-one meetings of a pair.
    public struct Link: Sendable, Hashable {
        /// The pair's ids, `source` before `target` in ``NaturalOrder``.
        public var source: String
        public var target: String
        /// The events' ids, in timeline order.
        public var events: [String]
        /// The same events as positions in the dossier the network was built from.
        public var eventPositions: [Int]
        /// The distinct resolved spans, in order.
        public var dates: [TimeSpan]
        /// How many of the events have no resolved day.
        public var undatedCount: Int
        /// Distinct place ids, first seen first.
        public var places: [String]
        public var kinds: [Event.Kind]
        public var statuses: [Event.Status]
        /// Every evidence of every event, in event order.
        public var evidence: [Evidence]

        public var count: Int { events.count }
        /// Whether every meeting of the pair is still planned.
        public var isPlannedOnly: Bool { statuses == [.planned] }
    }

    /// A meeting of three or more: one hyperedge.
    public struct Gathering: Sendable, Hashable, Identifiable {
        /// The event's id.
        public var id: String { event.id }
        public var event: Event
        /// The event's position in the dossier the network was built from.
        public var eventPosition: Int
        /// Participants that are nodes (places left out), in the event's order.
        public var members: [String]
    }

    /// A country or organization that nodes are grouped under, for colours and a legend.
    public struct Affiliation: Sendable, Hashable, Identifiable {
        /// The entity id of the country or organization.
        public var id: String
        /// Its name, or the id when the dossier does not define it.
        public var name: String
        public var type: Entity.Kind?
        /// Node ids, in node order.
        public var members: [String]
    }

    /// Nodes in ``NaturalOrder`` of their ids.
    public private(set) var nodes: [Node]
    /// Links ordered by their source's then target's node position.
    public private(set) var links: [Link]
    /// Gatherings in timeline order.
    public private(set) var gatherings: [Gathering]
    /// Affiliations, most members first, then by name: a stable order for legends and colours.
    public private(set) var affiliations: [Affiliation]
    /// Actor queries of the filter that named nobody.
    public private(set) var unmatchedActors: [String]
    /// Whether ``Node/betweenness`` is exact, or estimated because the network is past
    /// ``Options/betweennessWork``.
    public private(set) var isBetweennessExact: Bool

    private var nodeIndex: [String: Int]

    public init(dossier: Dossier, options: Options = Options()) {
        let resolution = options.filter.resolveActors(in: dossier)
        let actorIDs = Set(resolution.ids)
        let entities = dossier.entitiesByID
        // The events that take part, by position in the dossier, in timeline order.
        let events = dossier.events
        let order = EventOrder(documents: dossier.documents)
        var selected = events.indices.filter { i in
            options.kinds.contains(events[i].kind) && options.filter.matches(events[i], actorIDs: actorIDs)
        }
        let keys = order.keys(events, selected)
        selected = selected.indices.sorted { a, b in
            if EventOrder.less(keys[a], keys[b]) { return true }
            if EventOrder.less(keys[b], keys[a]) { return false }
            return a < b
        }.map { selected[$0] }

        // Collect actors (numbered as first seen), pairs and gatherings.
        // One lookup per participant: its number, or that it is a place (-1), or nothing yet.
        var places = Set<String>()
        for entity in dossier.entities where entity.type == .place { places.insert(entity.id) }
        var seen: [String: Int] = [:]
        var seenIDs: [String] = []
        var names: [(id: String, number: Int?)] = []
        var pairIndex: [UInt64: Int] = [:]
        var pairs: [(a: Int, b: Int, events: [Int])] = []
        var gatheringEvents: [(event: Int, members: [Int])] = []
        for k in selected {
            names.removeAll(keepingCapacity: true)
            for p in events[k].participants where !names.contains(where: { $0.id == p }) {
                if let number = seen[p] {
                    if number >= 0 { names.append((p, number)) }
                } else if places.contains(p) {
                    seen[p] = -1
                } else {
                    names.append((p, nil))
                }
            }
            if names.count < 2 { continue }
            let members = names.map { name -> Int in
                if let number = name.number { return number }
                seen[name.id] = seenIDs.count
                seenIDs.append(name.id)
                return seenIDs.count - 1
            }
            if members.count == 2 {
                let (a, b) = (min(members[0], members[1]), max(members[0], members[1]))
                let key = UInt64(a) << 32 | UInt64(b)
                if let i = pairIndex[key] {
                    pairs[i].events.append(k)
                } else {
                    pairIndex[key] = pairs.count
                    pairs.append((a, b, [k]))
                }
            } else {
                gatheringEvents.append((k, members))
            }
        }

        // Nodes in natural order of their ids; `rank` maps first-seen numbers to positions.
        let byName = seenIDs.indices.sorted { NaturalOrder.less(seenIDs[$0], seenIDs[$1]) }
        var rank = [Int](repeating: 0, count: seenIDs.count)
        for (position, k) in byName.enumerated() { rank[k] = position }
        let ids = byName.map { seenIDs[$0] }
        var index: [String: Int] = [:]
        for (i, id) in ids.enumerated() { index[id] = i }

        let orderedPairs = pairs.map { p -> (source: Int, target: Int, events: [Int]) in
            let (x, y) = (rank[p.a], rank[p.b])
            return x < y ? (x, y, p.events) : (y, x, p.events)
        }.sorted { $0.source != $1.source ? $0.source < $1.source : $0.target < $1.target }
        var links: [Link] = []
        links.reserveCapacity(orderedPairs.count)
        for p in orderedPairs {
            links.append(MeetingNetwork.link(ids[p.source], ids[p.target], p.events, in: events))
        }
        let gatherings = gatheringEvents.map { g in
            Gathering(event: events[g.event], eventPosition: g.event, members: g.members.map { seenIDs[$0] })
        }

        // The pairwise projection, with multiplicities.
        let n = ids.count
        var eventCount = [Int](repeating: 0, count: n)
        var weighted = [Int](repeating: 0, count: n)
        var edges: [(Int, Int)] = []
        edges.reserveCapacity(links.count)
        for p in orderedPairs {
            let (a, b, count) = (p.source, p.target, p.events.count)
            edges.append((a, b))
            eventCount[a] += count
            eventCount[b] += count
            weighted[a] += count
            weighted[b] += count
        }
        for g in gatheringEvents {
            let m = g.members.map { rank[$0] }
            for (x, a) in m.enumerated() {
                eventCount[a] += 1
                weighted[a] += m.count - 1
                for b in m[(x + 1)...] { edges.append((a, b)) }
            }
        }
        let graph = AdjacencyGraph(nodeCount: n, edges: edges)
        let centrality = options.measuresBetweenness
            ? graph.betweenness(maxWork: options.betweennessWork)
            : Centrality.Betweenness(values: [Double](repeating: 0, count: n), isExact: false, sources: 0)
        let betweenness = centrality.values
        let scale = n > 2 ? Double((n - 1) * (n - 2)) / 2 : 0

        var nodes: [Node] = []
        nodes.reserveCapacity(n)
        for (i, id) in ids.enumerated() {
            let entity = entities[id]
            nodes.append(Node(
                id: id, entity: entity, name: entity?.name ?? id,
                affiliation: MeetingNetwork.affiliation(of: entity),
                eventCount: eventCount[i], degree: graph.degree(i), weightedDegree: weighted[i],
                betweenness: betweenness[i],
                normalizedBetweenness: scale > 0 ? betweenness[i] / scale : 0))
        }

        self.nodes = nodes
        self.links = links
        self.gatherings = gatherings
        self.nodeIndex = index
        self.unmatchedActors = resolution.unmatched
        self.isBetweennessExact = centrality.isExact
        self.affiliations = MeetingNetwork.affiliations(of: nodes, entities: entities)
    }

    /// The node with the given entity id.
    public func node(_ id: String) -> Node? {
        nodeIndex[id].map { nodes[$0] }
    }

    /// The links that touch `id`.
    public func links(of id: String) -> [Link] {
        links.filter { $0.source == id || $0.target == id }
    }

    /// The part of the network within `depth` steps of `actor` (an id, name, alias or surname;
    /// see ``ActorMatcher``), or `nil` when no node matches. A step is a one-to-one meeting or a
    /// shared gathering; depth 0 is the actor alone. Links and gatherings between kept nodes are
    /// kept (a gathering needs two kept members, and lists only those). Metrics stay those of the
    /// whole network.
    public func ego(of actor: String, depth: Int) -> MeetingNetwork? {
        let matcher = ActorMatcher(entities: nodes.map {
            $0.entity ?? Entity(id: $0.id, name: $0.name, type: .person)
        })
        let start = matcher.resolve(actor).compactMap { nodeIndex[$0] }
        if start.isEmpty { return nil }

        var adjacency = [[Int]](repeating: [], count: nodes.count)
        for link in links {
            let a = nodeIndex[link.source]!, b = nodeIndex[link.target]!
            adjacency[a].append(b)
            adjacency[b].append(a)
        }
        for g in gatherings {
            let m = g.members.map { nodeIndex[$0]! }
            for a in m { for b in m where a != b { adjacency[a].append(b) } }
        }
        var distance = [Int](repeating: -1, count: nodes.count)
        var queue = start
        for s in start { distance[s] = 0 }
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            if distance[v] >= depth { continue }
            for w in adjacency[v] where distance[w] < 0 {
                distance[w] = distance[v] + 1
                queue.append(w)
            }
        }

        var copy = self
        copy.nodes = nodes.indices.filter { distance[$0] >= 0 }.map { nodes[$0] }
        let kept = Set(copy.nodes.map(\.id))
        copy.links = links.filter { kept.contains($0.source) && kept.contains($0.target) }
        copy.gatherings = gatherings.compactMap { g in
            let members = g.members.filter(kept.contains)
            return members.count >= 2 ? Gathering(event: g.event, eventPosition: g.eventPosition, members: members) : nil
        }
        var index: [String: Int] = [:]
        for (i, node) in copy.nodes.enumerated() { index[node.id] = i }
        copy.nodeIndex = index
        copy.affiliations = affiliations.compactMap { a in
            let members = a.members.filter(kept.contains)
            return members.isEmpty ? nil : Affiliation(id: a.id, name: a.name, type: a.type, members: members)
        }
        copy.affiliations = MeetingNetwork.sortAffiliations(copy.affiliations)
        return copy
    }

    // MARK: - Building blocks

    static func link(_ source: String, _ target: String, _ indices: [Int], in all: [Event]) -> Link {
        var dates: [TimeSpan] = []
        var seenDays = Set<SIMD2<Int>>()
        var undated = 0
        var places: [String] = []
        var kinds: [Event.Kind] = []
        var statuses: [Event.Status] = []
        var evidence: [Evidence] = []
        if indices.count > 1 { seenDays.reserveCapacity(indices.count) }
        for i in indices {
            // Fields read in place: the event is not copied.
            if let time = all[i].resolvedTime, let start = time.start {
                if indices.count == 1 || seenDays.insert(SIMD2(start.ordinal, (time.end ?? start).ordinal)).inserted {
                    dates.append(time)
                }
            } else {
                undated += 1
            }
            if let place = all[i].place, !places.contains(place) { places.append(place) }
            if !kinds.contains(all[i].kind) { kinds.append(all[i].kind) }
            if !statuses.contains(all[i].status) { statuses.append(all[i].status) }
            if indices.count == 1 { evidence = all[i].evidence } else { evidence += all[i].evidence }
        }
        dates.sort(by: TimeSpan.canonicalLess)
        return Link(
            source: source, target: target, events: indices.map { all[$0].id }, eventPositions: indices, dates: dates,
            undatedCount: undated, places: places, kinds: kinds, statuses: statuses, evidence: evidence)
    }

    /// A person is grouped under the affiliation of their first role that has one; a country,
    /// organization or group with no such role under itself.
    static func affiliation(of entity: Entity?) -> String? {
        guard let entity else { return nil }
        if let a = entity.roles.lazy.compactMap(\.affiliation).first { return a }
        switch entity.type {
        case .country, .organization, .group: return entity.id
        case .person, .place: return nil
        }
    }

    static func affiliations(of nodes: [Node], entities: [String: Entity]) -> [Affiliation] {
        var index: [String: Int] = [:]
        var result: [Affiliation] = []
        for node in nodes {
            guard let a = node.affiliation else { continue }
            if let i = index[a] {
                result[i].members.append(node.id)
            } else {
                index[a] = result.count
                let entity = entities[a]
                result.append(Affiliation(id: a, name: entity?.name ?? a, type: entity?.type, members: [node.id]))
            }
        }
        return sortAffiliations(result)
    }

    static func sortAffiliations(_ list: [Affiliation]) -> [Affiliation] {
        let keyed = list.map { (affiliation: $0, key: NameKey.fold($0.name)) }
        return keyed.sorted { a, b in
            if a.affiliation.members.count != b.affiliation.members.count {
                return a.affiliation.members.count > b.affiliation.members.count
            }
            if a.key != b.key { return a.key < b.key }
            return NaturalOrder.less(a.affiliation.id, b.affiliation.id)
        }.map(\.affiliation)
    }
}
