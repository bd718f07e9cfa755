extension Event.Kind {
    /// Kinds that may describe one and the same real-world event in different reports.
    ///
    /// A meeting, talks, a summit and a visit between the same parties are one encounter told in
    /// different words; a call, a trip and a statement are each their own family.
    public enum Family: String, Hashable, Sendable, CaseIterable {
        case encounter, call, trip, statement, other
    }
}

extension Event.Kind.Family {
    /// A small number per family, for keys.
    var code: Int32 {
        switch self {
        case .encounter: return 0
        case .call: return 1
        case .trip: return 2
        case .statement: return 3
        case .other: return 4
        }
    }
}

extension Event.Kind {
    public var family: Family {
        switch self {
        case .meeting, .talks, .summit, .visit: return .encounter
        case .call: return .call
        case .trip: return .trip
        case .statement: return .statement
        case .other: return .other
        }
    }
}

extension Event {
    /// The participants without repeats, in the order first given.
    public var distinctParticipants: [String] {
        participants.uniquedKeepingOrder()
    }

    /// The event's resolved time, if it has one (a span with a start day).
    public var resolvedTime: TimeSpan? {
        guard let time, time.start != nil else { return nil }
        return time
    }
}
