/// Which events to keep: a date range, actors, kinds and statuses. Every condition that is set
/// must hold; an empty filter keeps everything.
///
/// - `from`/`to` keep the events whose days overlap the range (either bound may be open). An
///   event with no resolved day cannot be placed in a range: it is kept when ``includeUndated``
///   says so, which by default is *yes without a range and no with one*.
/// - `actors` are queries resolved by ``ActorMatcher`` (id, name, alias or surname, folded); an
///   event is kept when one of its participants or its host is one of them. A query that names
///   nobody matches nothing (``ActorResolution/unmatched`` lists it).
/// - `kinds` and `statuses`: empty means all.
public struct EventFilter: Sendable, Hashable {
    public var from: Day?
    public var to: Day?
    public var actors: [String]
    public var kinds: Set<Event.Kind>
    public var statuses: Set<Event.Status>
    /// Whether events without a resolved day pass; `nil`: only when neither `from` nor `to` is set.
    public var includeUndated: Bool?

    public init(
        from: Day? = nil, to: Day? = nil, actors: [String] = [], kinds: Set<Event.Kind> = [],
        statuses: Set<Event.Status> = [], includeUndated: Bool? = nil
    ) {
        self.from = from
        self.to = to
        self.actors = actors
        self.kinds = kinds
        self.statuses = statuses
        self.includeUndated = includeUndated
    }

    /// Whether the filter keeps everything.
    public var isEmpty: Bool {
        from == nil && to == nil && actors.isEmpty && kinds.isEmpty && statuses.isEmpty && includeUndated != false
    }

    /// What the actor queries name in a dossier.
    public struct ActorResolution: Sendable, Hashable {
        /// The matched entity ids, in query order, without repeats.
        public var ids: [String]
        /// The queries that named nobody.
        public var unmatched: [String]
    }

    /// Resolves ``actors`` against the dossier's entities.
    public func resolveActors(in dossier: Dossier) -> ActorResolution {
        if actors.isEmpty { return ActorResolution(ids: [], unmatched: []) }
        let matcher = ActorMatcher(dossier: dossier)
        var ids: [String] = []
        var unmatched: [String] = []
        for query in actors {
            let found = matcher.resolve(query)
            if found.isEmpty { unmatched.append(query) }
            for id in found where !ids.contains(id) { ids.append(id) }
        }
        return ActorResolution(ids: ids, unmatched: unmatched)
    }

    /// Whether `event` passes, with the actor queries already resolved to `actorIDs`.
    public func matches(_ event: Event, actorIDs: Set<String>) -> Bool {
        if !kinds.isEmpty && !kinds.contains(event.kind) { return false }
        if !statuses.isEmpty && !statuses.contains(event.status) { return false }
        if !actors.isEmpty {
            let touches = event.participants.contains(where: actorIDs.contains)
                || (event.host.map(actorIDs.contains) ?? false)
            if !touches { return false }
        }
        if let time = event.resolvedTime, let start = time.start {
            let end = time.end ?? start
            if let from, end < from { return false }
            if let to, start > to { return false }
            return true
        }
        return includeUndated ?? (from == nil && to == nil)
    }
}

extension Dossier {
    /// The dossier with only the events that pass `filter` (documents and entities are kept).
    public func filtered(by filter: EventFilter) -> Dossier {
        if filter.isEmpty { return self }
        let ids = Set(filter.resolveActors(in: self).ids)
        var copy = self
        copy.events = events.filter { filter.matches($0, actorIDs: ids) }
        return copy
    }
}
