import LiaisonCore

/// The meeting network as a plain undirected graph, for the exchange formats (GraphML, GEXF, the
/// links CSV): one node per actor and one edge per pair that met, one to one or in a gathering.
///
/// This is the *pairwise projection* on which ``MeetingNetwork`` computes its metrics, so that a
/// tool reading the file finds the same degrees (and, with weights, weighted degrees) as Liaison:
/// an edge's ``Pair/events`` counts each meeting once, whether it was the pair alone
/// (``Pair/oneToOne``) or a gathering of three or more (``Pair/gatherings``).
struct MeetingProjection: Sendable {
    struct Actor: Sendable {
        var node: MeetingNetwork.Node
        var type: Entity.Kind?
        var roles: [Role]
        var aliases: [String]
        var affiliationName: String?
        /// Distinct resolved spans of the actor's meetings, in order.
        var spans: [TimeSpan]
        var kinds: [Event.Kind]
        var first: Day? { spans.first?.start }
        var last: Day? { spans.compactMap { $0.end ?? $0.start }.max() }
    }

    struct Pair: Sendable {
        var source: String
        var target: String
        /// The meetings, in the dossier's (canonical) order.
        var events: [Event]
        var oneToOne: Int
        var gatherings: Int
        var spans: [TimeSpan]
        var kinds: [Event.Kind]
        var statuses: [Event.Status]
        /// Place names (or ids when the dossier does not define them), first seen first.
        var places: [String]
        var undatedCount: Int
        var first: Day? { spans.first?.start }
        var last: Day? { spans.compactMap { $0.end ?? $0.start }.max() }
    }

    let network: MeetingNetwork
    let actors: [Actor]
    let pairs: [Pair]

    init(dossier: Dossier) {
        let network = MeetingNetwork(dossier: dossier)
        let entities = dossier.entitiesByID
        var eventByID: [String: Event] = [:]
        var position: [String: Int] = [:]
        for (i, event) in dossier.events.enumerated() where eventByID[event.id] == nil {
            eventByID[event.id] = event
            position[event.id] = i
        }
        var nodeIndex: [String: Int] = [:]
        for (i, node) in network.nodes.enumerated() { nodeIndex[node.id] = i }

        // Pairs: the one-to-one links, then every pair within each gathering.
        var pairIndex: [SIMD2<Int>: Int] = [:]
        var pairEvents: [(a: Int, b: Int, events: [String], oneToOne: Int, gatherings: Int)] = []
        func add(_ x: String, _ y: String, _ events: [String], gathering: Bool) {
            guard let i = nodeIndex[x], let j = nodeIndex[y], i != j else { return }
            let key = SIMD2(min(i, j), max(i, j))
            if let k = pairIndex[key] {
                pairEvents[k].events += events
                if gathering { pairEvents[k].gatherings += events.count } else { pairEvents[k].oneToOne += events.count }
            } else {
                pairIndex[key] = pairEvents.count
                pairEvents.append((key[0], key[1], events, gathering ? 0 : events.count, gathering ? events.count : 0))
            }
        }
        for link in network.links { add(link.source, link.target, link.events, gathering: false) }
        for gathering in network.gatherings {
            let members = gathering.members
            for (k, a) in members.enumerated() {
                for b in members[(k + 1)...] { add(a, b, [gathering.event.id], gathering: true) }
            }
        }
        pairEvents.sort { $0.a != $1.a ? $0.a < $1.a : $0.b < $1.b }

        var actorEvents = [[Event]](repeating: [], count: network.nodes.count)
        var pairs: [Pair] = []
        pairs.reserveCapacity(pairEvents.count)
        for p in pairEvents {
            var ids: [String] = []
            for id in p.events where !ids.contains(id) { ids.append(id) }
            ids.sort { (position[$0] ?? .max) < (position[$1] ?? .max) }
            let events = ids.compactMap { eventByID[$0] }
            var places: [String] = []
            var kinds: [Event.Kind] = []
            var statuses: [Event.Status] = []
            for event in events {
                if let place = event.place {
                    let name = entities[place]?.name ?? place
                    if !places.contains(name) { places.append(name) }
                }
                if !kinds.contains(event.kind) { kinds.append(event.kind) }
                if !statuses.contains(event.status) { statuses.append(event.status) }
            }
            pairs.append(Pair(
                source: network.nodes[p.a].id, target: network.nodes[p.b].id, events: events,
                oneToOne: p.oneToOne, gatherings: p.gatherings, spans: MeetingProjection.spans(of: events),
                kinds: kinds, statuses: statuses, places: places,
                undatedCount: events.filter { $0.resolvedTime == nil }.count))
            for event in events {
                for k in [p.a, p.b] where !actorEvents[k].contains(where: { $0.id == event.id }) {
                    actorEvents[k].append(event)
                }
            }
        }

        var actors: [Actor] = []
        actors.reserveCapacity(network.nodes.count)
        for (k, node) in network.nodes.enumerated() {
            let entity = node.entity
            let events = actorEvents[k].sorted { (position[$0.id] ?? .max) < (position[$1.id] ?? .max) }
            var kinds: [Event.Kind] = []
            for event in events where !kinds.contains(event.kind) { kinds.append(event.kind) }
            actors.append(Actor(
                node: node, type: entity?.type, roles: entity?.roles ?? [], aliases: entity?.aliases ?? [],
                affiliationName: node.affiliation.map { entities[$0]?.name ?? $0 },
                spans: MeetingProjection.spans(of: events), kinds: kinds))
        }
        self.network = network
        self.actors = actors
        self.pairs = pairs
    }

    /// Distinct resolved spans of `events`, by start then end.
    static func spans(of events: [Event]) -> [TimeSpan] {
        var seen = Set<SIMD2<Int>>()
        var spans: [TimeSpan] = []
        for event in events {
            guard let time = event.resolvedTime, let start = time.start else { continue }
            let end = time.end ?? start
            if seen.insert(SIMD2(start.ordinal, end.ordinal)).inserted { spans.append(time) }
        }
        return spans.sorted { a, b in
            (a.start!, a.end ?? a.start!) < (b.start!, b.end ?? b.start!)
        }
    }

    /// Resolved spans merged where they overlap: disjoint closed intervals of days, in order.
    static func disjointIntervals(_ spans: [TimeSpan]) -> [(start: Day, end: Day)] {
        var out: [(start: Day, end: Day)] = []
        for span in spans {
            guard let start = span.start else { continue }
            let end = span.end ?? start
            if let last = out.last, start <= last.end {
                if end > last.end { out[out.count - 1].end = end }
            } else {
                out.append((start, end))
            }
        }
        return out
    }

    /// "Ngoại trưởng (United States)".
    static func roleText(_ role: Role, entities: [String: Entity]) -> String {
        guard let affiliation = role.affiliation else { return role.title }
        return "\(role.title) (\(entities[affiliation]?.name ?? affiliation))"
    }
}
