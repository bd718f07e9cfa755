/// A time expression found in a text, with what it resolved to.
public struct DateMention: Hashable, Sendable, Codable {
    /// The words, as written ("ngày 13/11", "cuối tuần này").
    public var text: String
    /// First day, or `nil` when the year is unknown.
    public var date: Day?
    /// Last day (inclusive).
    public var end: Day?
    public var precision: TimeSpan.Precision
    /// Month and day when the year is unknown (`--11-13`).
    public var monthDay: String?
    /// Whether it was resolved against the published day ("hôm qua", "on Tuesday", "ngày 13/11"
    /// with no year).
    public var isRelative: Bool
    /// Offsets of the expression in the text, in Unicode scalars.
    public var start: Int
    public var stop: Int

    public init(text: String, span: TimeSpan, start: Int, stop: Int) {
        self.text = text
        self.date = span.start
        self.end = span.end
        self.precision = span.precision
        self.monthDay = span.monthDay
        self.isRelative = span.isRelative
        self.start = start
        self.stop = stop
    }

    /// The mention as a time span.
    public var span: TimeSpan {
        TimeSpan(
            start: date, end: end, precision: precision, text: text, isRelative: isRelative, monthDay: monthDay)
    }

    enum CodingKeys: String, CodingKey {
        case text, date, end, precision
        case monthDay = "month_day"
        case isRelative = "relative"
        case start = "offset"
        case stop = "offset_end"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        date = try c.decodeIfPresent(Day.self, forKey: .date)
        end = try c.decodeIfPresent(Day.self, forKey: .end)
        precision = try c.decodeIfPresent(TimeSpan.Precision.self, forKey: .precision) ?? .day
        monthDay = try c.decodeIfPresent(String.self, forKey: .monthDay)
        isRelative = try c.decodeIfPresent(Bool.self, forKey: .isRelative) ?? false
        start = try c.decodeIfPresent(Int.self, forKey: .start) ?? 0
        stop = try c.decodeIfPresent(Int.self, forKey: .stop) ?? start
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(date, forKey: .date)
        try c.encode(end, forKey: .end)
        try c.encode(precision, forKey: .precision)
        try c.encodeIfPresent(monthDay, forKey: .monthDay)
        if isRelative { try c.encode(true, forKey: .isRelative) }
        try c.encode(start, forKey: .start)
        try c.encode(stop, forKey: .stop)
    }
}
