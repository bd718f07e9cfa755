/// Something that happened or is planned between entities: a meeting, a call, a trip…
///
/// A meeting of three is one event with three participants. Merged reports of the same event
/// keep every piece of evidence.
public struct Event: Hashable, Sendable, Codable, Identifiable {
    /// What sort of event.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case meeting, talks, call, visit, summit, trip, statement, other

        /// Meeting-like kinds: the links of a meeting network.
        public var isMeetingLike: Bool {
            switch self {
            case .meeting, .talks, .call, .visit, .summit: return true
            case .trip, .statement, .other: return false
            }
        }
    }

    /// The text's stance when written.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case happened, planned
    }

    public var id: String
    public var kind: Kind
    /// Entity ids, in the order the text gives them.
    public var participants: [String]
    /// The participant who hosts or receives (the visited side of a visit), if the text says.
    public var host: String?
    /// Entity id of the place, if known.
    public var place: String?
    /// When, or `nil` when the text gives no time.
    public var time: TimeSpan?
    public var status: Status
    /// A short title ("Blinken meets Rutte"), when one is known.
    public var summary: String?
    /// Every sentence that reports this event; the first is the primary one.
    public var evidence: [Evidence]
    /// Other times that other reports give for the same event: a conflict kept visible.
    public var conflictingTimes: [TimeSpan]

    public init(
        id: String, kind: Kind, participants: [String], host: String? = nil, place: String? = nil,
        time: TimeSpan? = nil, status: Status = .happened, summary: String? = nil,
        evidence: [Evidence] = [], conflictingTimes: [TimeSpan] = []
    ) {
        self.id = id
        self.kind = kind
        self.participants = participants
        self.host = host
        self.place = place
        self.time = time
        self.status = status
        self.summary = summary
        self.evidence = evidence
        self.conflictingTimes = conflictingTimes
    }

    // The agreed JSON has `evidence` as one object; further pieces (after a merge) go into
    // `more_evidence`. Decoding accepts an object or an array.
    enum CodingKeys: String, CodingKey {
        case id, kind, participants, host, place, status, summary, evidence
        case time = "date"
        case moreEvidence = "more_evidence"
        case conflictingTimes = "conflicting_dates"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(Kind.self, forKey: .kind)
        participants = try c.decodeIfPresent([String].self, forKey: .participants) ?? []
        host = try c.decodeIfPresent(String.self, forKey: .host)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        time = try c.decodeIfPresent(TimeSpan.self, forKey: .time)
        status = try c.decodeIfPresent(Status.self, forKey: .status) ?? .happened
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        if let many = try? c.decodeIfPresent([Evidence].self, forKey: .evidence) {
            evidence = many
        } else if let one = try c.decodeIfPresent(Evidence.self, forKey: .evidence) {
            evidence = [one]
        } else {
            evidence = []
        }
        evidence += try c.decodeIfPresent([Evidence].self, forKey: .moreEvidence) ?? []
        conflictingTimes = try c.decodeIfPresent([TimeSpan].self, forKey: .conflictingTimes) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(participants, forKey: .participants)
        try c.encodeIfPresent(host, forKey: .host)
        try c.encode(place, forKey: .place)
        try c.encode(status, forKey: .status)
        try c.encode(time, forKey: .time)
        try c.encodeIfPresent(summary, forKey: .summary)
        try c.encode(evidence.first, forKey: .evidence)
        if evidence.count > 1 { try c.encode(Array(evidence.dropFirst()), forKey: .moreEvidence) }
        if !conflictingTimes.isEmpty { try c.encode(conflictingTimes, forKey: .conflictingTimes) }
    }
}
