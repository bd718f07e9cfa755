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
        var copy = self
        copy.normalize()
        return copy
    }

    /// Puts the dossier in its canonical order in place (see ``normalized()``).
    public mutating func normalize() {
        normalize(sortingEvents: true)
    }

    mutating func normalize(sortingEvents: Bool) {
        // Documents: first of each id.
        var seenDocuments = Set<String>()
        if documents.contains(where: { !seenDocuments.insert($0.id).inserted }) {
            seenDocuments = []
            documents = documents.filter { seenDocuments.insert($0.id).inserted }
        }

        // Entities: one per id.
        var entityIndex: [String: Int] = [:]
        entityIndex.reserveCapacity(entities.count)
        var repeated = false
        for (i, entity) in entities.enumerated() {
            if entityIndex[entity.id] != nil { repeated = true } else { entityIndex[entity.id] = i }
        }
        if repeated {
            var merged: [Entity] = []
            var index: [String: Int] = [:]
            for entity in entities {
                if let i = index[entity.id] {
                    merged[i].aliases += entity.aliases
                    merged[i].roles += entity.roles
                } else {
                    index[entity.id] = merged.count
                    merged.append(entity)
                }
            }
            entities = merged
        }
        for i in entities.indices {
            entities[i].aliases = entities[i].aliases.uniquedKeepingOrder()
            entities[i].roles = entities[i].roles.uniquedKeepingOrder()
        }
        let ids = entities.map(\.id)
        let entityOrder = ids.indices.sorted { NaturalOrder.less(ids[$0], ids[$1]) }
        entities.permute(by: entityOrder)

        // Events.
        for i in events.indices {
            events[i].participants = events[i].distinctParticipants
            if !events[i].conflictingTimes.isEmpty {
                events[i].conflictingTimes = events[i].conflictingTimes.uniquedKeepingOrder()
                    .sorted(by: TimeSpan.canonicalLess)
            }
        }
        if sortingEvents { EventOrder(documents: documents).sort(&events) }
    }
}

extension Array {
    /// Reorders in place so that the element at `order[i]` comes to position `i`, moving
    /// elements by swaps in the buffer (moves of memory: no copies, no reference counting).
    mutating func permute(by order: [Int]) {
        precondition(order.count == count)
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { buffer in
            for start in 0..<buffer.count where !placed[start] {
                // Follow the cycle: position i takes the element now at order[i].
                var i = start
                while true {
                    placed[i] = true
                    let j = order[i]
                    if j == start { break }
                    buffer.swapAt(i, j)
                    i = j
                }
            }
        }
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
    }

    static func less(_ a: Key, _ b: Key) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.document != b.document { return a.document < b.document }
        return a.offset < b.offset
    }

    /// The keys of `events[i]` for each `i` of `positions`. Consecutive events mostly come
    /// from the same document, whose position is looked up once for the run.
    func keys(_ events: [Event], _ positions: some Sequence<Int>) -> [Key] {
        var keys: [Key] = []
        keys.reserveCapacity(positions.underestimatedCount)
        var last: (id: String, index: Int)?
        for i in positions {
            let first = events[i].evidence.first
            var document = Int.max
            if let id = first?.document {
                if let last, last.id == id {
                    document = last.index
                } else {
                    document = documentIndex[id] ?? Int.max
                    last = (id, document)
                }
            }
            keys.append(Key(start: events[i].time?.start?.ordinal ?? Int.max, document: document, offset: first?.start ?? Int.max))
        }
        return keys
    }

    /// The positions of `events` in order, stably (equal keys keep their relative order).
    func order(_ events: [Event]) -> [Int] {
        let keys = self.keys(events, events.indices)
        return keys.indices.sorted { i, j in
            if EventOrder.less(keys[i], keys[j]) { return true }
            if EventOrder.less(keys[j], keys[i]) { return false }
            return i < j
        }
    }

    /// Sorts stably by key, in place.
    func sort(_ events: inout [Event]) {
        events.permute(by: order(events))
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
    /// The elements without repeats, first occurrence kept. An array that has none (the usual
    /// case) is handed back as it is, without allocating.
    func uniquedKeepingOrder() -> [Element] {
        if count < 2 { return self }
        if count <= 16 {
            // Short lists are checked pairwise, and rebuilt only when something repeats.
            guard (1..<count).contains(where: { self[..<$0].contains(self[$0]) }) else { return self }
            var out: [Element] = []
            out.reserveCapacity(count)
            for e in self where !out.contains(e) { out.append(e) }
            return out
        }
        var seen = Set<Element>()
        seen.reserveCapacity(count)
        return filter { seen.insert($0).inserted }
    }
}
