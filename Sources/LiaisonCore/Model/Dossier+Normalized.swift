extension Dossier {
    /// The same dossier in its canonical order, so that equal content gives byte-identical JSON.
    ///
    /// - Documents keep their order (it is the reading order); a repeated id keeps the first.
    /// - Entities are ordered by id (``NaturalOrder``); entities sharing an id become one (the
    ///   first one's name and type, aliases and roles unioned). Aliases and roles lose exact
    ///   repeats and keep first-seen order.
    /// - Events lose repeated participants and are ordered by start day (undated last), then
    ///   document order (the position of the first evidence's document, then its offset), then
    ///   the order the dossier lists them in (the text's order: a hand-written events file has no
    ///   offsets, so its own order stands). Conflicting times are deduplicated and sorted.
    public func normalized() -> Dossier {
        // Documents: first of each id.
        var seenDocuments = Set<String>()
        let documents = self.documents.filter { seenDocuments.insert($0.id).inserted }

        // Entities: one per id.
        var entityIndex: [String: Int] = [:]
        var entities: [Entity] = []
        entities.reserveCapacity(self.entities.count)
        for entity in self.entities {
            if let i = entityIndex[entity.id] {
                entities[i].aliases += entity.aliases
                entities[i].roles += entity.roles
            } else {
                entityIndex[entity.id] = entities.count
                entities.append(entity)
            }
        }
        for i in entities.indices {
            entities[i].aliases = entities[i].aliases.uniquedKeepingOrder()
            entities[i].roles = entities[i].roles.uniquedKeepingOrder()
        }
        entities.sort { NaturalOrder.less($0.id, $1.id) }

        // Events.
        var events = self.events
        for i in events.indices {
            events[i].participants = events[i].distinctParticipants
            if !events[i].conflictingTimes.isEmpty {
                events[i].conflictingTimes = events[i].conflictingTimes.uniquedKeepingOrder()
                    .sorted(by: TimeSpan.canonicalLess)
            }
        }
        let order = EventOrder(documents: documents)
        events = order.sorted(events)
        return Dossier(documents: documents, entities: entities, events: events)
    }
}

/// The canonical order of events: start day (undated last), document order, offset; ties keep the
/// order they come in.
struct EventOrder {
    private let documentIndex: [String: Int]

    init(documents: [Document]) {
        var index: [String: Int] = [:]
        for (i, document) in documents.enumerated() where index[document.id] == nil { index[document.id] = i }
        documentIndex = index
    }

    struct Key {
        var start: Int  // Day ordinal, Int.max when undated
        var document: Int
        var offset: Int
        var id: String
    }

    func key(_ event: Event) -> Key {
        let first = event.evidence.first
        return Key(
            start: event.resolvedTime?.start?.ordinal ?? Int.max,
            document: first?.document.flatMap { documentIndex[$0] } ?? Int.max,
            offset: first?.start ?? Int.max,
            id: event.id)
    }

    static func less(_ a: Key, _ b: Key) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.document != b.document { return a.document < b.document }
        return a.offset < b.offset
    }

    /// Sorts stably by key (equal keys keep their relative order).
    func sorted(_ events: [Event]) -> [Event] {
        let keys = events.map(key)
        let order = keys.indices.sorted { i, j in
            if EventOrder.less(keys[i], keys[j]) { return true }
            if EventOrder.less(keys[j], keys[i]) { return false }
            return i < j
        }
        return order.map { events[$0] }
    }
}

extension TimeSpan {
    /// A total order on spans: start (unresolved last), end, precision, month-day, text.
    static func canonicalLess(_ a: TimeSpan, _ b: TimeSpan) -> Bool {
        let sa = a.start?.ordinal ?? Int.max, sb = b.start?.ordinal ?? Int.max
        if sa != sb { return sa < sb }
        let ea = a.end?.ordinal ?? Int.max, eb = b.end?.ordinal ?? Int.max
        if ea != eb { return ea < eb }
        if a.precision != b.precision { return a.precision.rank < b.precision.rank }
        if a.monthDay != b.monthDay { return (a.monthDay ?? "") < (b.monthDay ?? "") }
        if a.text != b.text { return (a.text ?? "") < (b.text ?? "") }
        return !a.isRelative && b.isRelative
    }
}

extension TimeSpan.Precision {
    /// From the most precise (day) to the least (year).
    var rank: Int {
        switch self {
        case .day: return 0
        case .range: return 1
        case .weekend: return 2
        case .week: return 3
        case .month: return 4
        case .year: return 5
        }
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept.
    func uniquedKeepingOrder() -> [Element] {
        if count < 2 { return self }
        var seen = Set<Element>()
        seen.reserveCapacity(count)
        return filter { seen.insert($0).inserted }
    }
}
