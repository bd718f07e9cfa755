import LiaisonCore

/// A time span written for people, as precisely as it is known and no more: "13 Nov 2024",
/// "16–17 Nov 2024 (weekend)", "week of 11 Nov 2024", "Nov 2024", "2024", "13 Nov (year
/// unknown)", "undated".
///
/// Month names are English abbreviations and the day comes first, so that no reader takes
/// 11/12 for 12/11; ``iso`` gives the machine form for `<time datetime>`.
public struct ReportDate: Sendable, Hashable {
    /// The label ("16–17 Nov 2024").
    public var text: String
    /// The precision in words, when it is not a single day ("weekend", "month", "year unknown").
    public var precision: String?
    /// ISO 8601 form of the start (`2024-11-16`, `2024-11`, `2024`, `--11-13`), when known.
    public var iso: String?
    /// Remarks on how the date was found ("year inferred", "reference day estimated").
    public var notes: [String]

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public init(_ span: TimeSpan?) {
        notes = []
        guard let span else {
            text = "undated"
            precision = nil
            iso = nil
            return
        }
        if span.isYearInferred { notes.append("year inferred") }
        if span.isReferenceEstimated { notes.append("reference day estimated") }
        guard let start = span.start else {
            if let monthDay = span.monthDay, let label = ReportDate.monthDayLabel(monthDay) {
                text = label
                precision = "year unknown"
                iso = String(monthDay.prefix(7))
            } else {
                text = "undated"
                precision = nil
                iso = nil
            }
            return
        }
        let end = span.end ?? start
        switch span.precision {
        case .day where start == end:
            text = ReportDate.day(start)
            precision = nil
            iso = start.description
        case .month where start == start.firstOfMonth && end == start.lastOfMonth:
            text = "\(ReportDate.months[start.month - 1]) \(start.year)"
            precision = "month"
            iso = String(start.description.prefix(7))
        case .year where start.month == 1 && start.day == 1 && end.month == 12 && end.day == 31 && end.year == start.year:
            text = "\(start.year)"
            precision = "year"
            iso = String(start.description.prefix(4))
        case .week:
            text = "week of " + ReportDate.day(start)
            precision = "week"
            iso = start.description
        default:
            text = ReportDate.range(start, end)
            precision = span.precision == .day ? "range" : span.precision.rawValue
            iso = start.description
        }
    }

    /// "13 Nov 2024".
    static func day(_ day: Day) -> String {
        "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// "16–17 Nov 2024", "30 Nov – 1 Dec 2024", "31 Dec 2024 – 2 Jan 2025".
    static func range(_ start: Day, _ end: Day) -> String {
        if start == end { return day(start) }
        if start.year != end.year { return "\(day(start)) – \(day(end))" }
        if start.month != end.month {
            return "\(start.day) \(months[start.month - 1]) – \(end.day) \(months[end.month - 1]) \(end.year)"
        }
        return "\(start.day)–\(end.day) \(months[start.month - 1]) \(start.year)"
    }

    /// "--11-13" → "13 Nov"; a range "--11-13/--11-14" → "13–14 Nov".
    static func monthDayLabel(_ monthDay: String) -> String? {
        func parse(_ s: Substring) -> (Int, Int)? {
            let b = Array(s.utf8)
            guard b.count == 7, b[0] == 45, b[1] == 45, b[4] == 45,
                  let m = Int(String(decoding: b[2..<4], as: UTF8.self)),
                  let d = Int(String(decoding: b[5..<7], as: UTF8.self)),
                  (1...12).contains(m), (1...31).contains(d) else { return nil }
            return (m, d)
        }
        let parts = monthDay.split(separator: "/")
        guard let (m, d) = parts.first.flatMap(parse) else { return nil }
        if parts.count == 2, let (m2, d2) = parse(parts[1]), (m2, d2) != (m, d) {
            return m2 == m ? "\(d)–\(d2) \(months[m - 1])" : "\(d) \(months[m - 1]) – \(d2) \(months[m2 - 1])"
        }
        return "\(d) \(months[m - 1])"
    }

    /// The label with its precision: "16–17 Nov 2024 (weekend)".
    public var fullText: String {
        guard let precision, precision != "week" || !text.hasPrefix("week") else { return text }
        if precision == "month" || precision == "year" { return text }
        return "\(text) (\(precision))"
    }
}
