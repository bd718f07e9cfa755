/// When an event happened or is planned, as precisely as the text says and no more.
///
/// "ngày 13/11" is one day; "cuối tuần này" in an article of Wednesday 13 November 2024 is
/// 2024-11-16…2024-11-17 with precision ``Precision/weekend``; "tháng 11" is a month. A date
/// whose year the text leaves open (and no published day fixes) keeps its month and day in
/// ``monthDay`` (ISO 8601's `--MM-DD`) with `start` and `end` left `nil`.
public struct TimeSpan: Hashable, Sendable, Codable {
    /// How precise a time span is.
    public enum Precision: String, Hashable, Sendable, Codable, CaseIterable {
        case day
        /// Several days given as a range ("19 và 20-6", "June 19-20", "earlier this week").
        case range
        case weekend
        case week
        case month
        case year
    }

    /// The first day, or `nil` when the year is unknown.
    public var start: Day?
    /// The last day (inclusive); equals `start` for a single day.
    public var end: Day?
    public var precision: Precision
    /// The words the span came from ("ngày 13/11"), when it came from text.
    public var text: String?
    /// Whether it was resolved against the article's published day ("hôm qua", "on Tuesday").
    public var isRelative: Bool
    /// Month and day (`--MM-DD`, or `--MM-DD/--MM-DD`) when the year is unknown.
    public var monthDay: String?
    /// Whether the year was inferred, not read: the text gives none and has no published day,
    /// but the office holders it names leave only one possible year ("ngày 13/11" next to
    /// "Tổng thư ký NATO Mark Rutte" and "Ngoại trưởng Mỹ Blinken" is 2024-11-13).
    public var isYearInferred: Bool
    /// Whether a relative expression ("cuối tuần này", "on Tuesday") was resolved against an
    /// estimated reference day instead of a published day: the latest day the text reports as
    /// past.
    public var isReferenceEstimated: Bool

    public init(
        start: Day?, end: Day? = nil, precision: Precision = .day, text: String? = nil,
        isRelative: Bool = false, monthDay: String? = nil, isYearInferred: Bool = false,
        isReferenceEstimated: Bool = false
    ) {
        self.start = start
        self.end = end ?? start
        self.precision = precision
        self.text = text
        self.isRelative = isRelative
        self.monthDay = monthDay
        self.isYearInferred = isYearInferred
        self.isReferenceEstimated = isReferenceEstimated
    }

    /// A single day.
    public static func day(_ day: Day, text: String? = nil) -> TimeSpan {
        TimeSpan(start: day, end: day, precision: .day, text: text)
    }

    /// Whether the span has resolved days.
    public var isResolved: Bool { start != nil }

    /// Number of days covered, or `nil` when unresolved.
    public var dayCount: Int? {
        guard let start, let end else { return nil }
        return start.distance(to: end) + 1
    }

    /// Whether two resolved spans share at least one day.
    public func overlaps(_ other: TimeSpan) -> Bool {
        guard let a = start, let b = end, let c = other.start, let d = other.end else { return false }
        return a <= d && c <= b
    }

    enum CodingKeys: String, CodingKey {
        case start, end, precision, text
        case isRelative = "relative"
        case monthDay = "month_day"
        case isYearInferred = "year_inferred"
        case isReferenceEstimated = "reference_estimated"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decodeIfPresent(Day.self, forKey: .start)
        end = try c.decodeIfPresent(Day.self, forKey: .end) ?? start
        precision = try c.decodeIfPresent(Precision.self, forKey: .precision) ?? .day
        text = try c.decodeIfPresent(String.self, forKey: .text)
        isRelative = try c.decodeIfPresent(Bool.self, forKey: .isRelative) ?? false
        monthDay = try c.decodeIfPresent(String.self, forKey: .monthDay)
        isYearInferred = try c.decodeIfPresent(Bool.self, forKey: .isYearInferred) ?? false
        isReferenceEstimated = try c.decodeIfPresent(Bool.self, forKey: .isReferenceEstimated) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        // start, end and text are always written (null when unknown): readers rely on the keys.
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(precision, forKey: .precision)
        try c.encode(text, forKey: .text)
        if isRelative { try c.encode(true, forKey: .isRelative) }
        try c.encodeIfPresent(monthDay, forKey: .monthDay)
        if isYearInferred { try c.encode(true, forKey: .isYearInferred) }
        if isReferenceEstimated { try c.encode(true, forKey: .isReferenceEstimated) }
    }
}
