import LiaisonCore

/// Dates as a reader of a chart wants them, as precise as the text was and no more.
///
/// ```swift
/// DateText.tick(Day(2024, 11, 13)!)                  // "Wed 13 Nov 2024"
/// DateText.span(.day(Day(2024, 11, 13)!))            // "13 Nov 2024"
/// DateText.span(weekendOf16Nov)                      // "16–17 Nov 2024 (weekend)"
/// DateText.span(novemberOnly)                        // "Nov 2024 (day not stated)"
/// DateText.span(nil)                                 // "date not stated"
/// DateText.duration(days: 21)                        // "3 weeks"
/// ```
///
/// Labels are in English, whatever the language of the articles (names stay as written).
public enum DateText {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// What an event without a resolved day shows.
    public static let notStated = "date not stated"

    /// `"13 Nov 2024"`.
    public static func day(_ day: Day) -> String {
        String(day.day) + " " + months[day.month - 1] + " " + String(day.year)
    }

    /// `"13 Nov"`: the day without its year.
    public static func dayAndMonth(_ day: Day) -> String {
        "\(day.day) \(months[day.month - 1])"
    }

    /// An axis tick: `"Wed 13 Nov 2024"`.
    public static func tick(_ day: Day) -> String {
        "\(weekdays[day.weekday - 1]) \(DateText.day(day))"
    }

    /// `"Nov 2024"`.
    public static func month(_ day: Day) -> String {
        "\(months[day.month - 1]) \(day.year)"
    }

    /// Two days as one range, sharing what they share: `"16–17 Nov 2024"`,
    /// `"30 Nov – 2 Dec 2024"`, `"30 Dec 2024 – 2 Jan 2025"`; one day when they are equal.
    public static func range(_ start: Day, _ end: Day) -> String {
        if start == end { return day(start) }
        if start.year != end.year { return "\(day(start)) – \(day(end))" }
        if start.month != end.month { return "\(dayAndMonth(start)) – \(day(end))" }
        return "\(start.day)–\(end.day) \(months[end.month - 1]) \(end.year)"
    }

    /// The span with honest precision:
    ///
    /// | precision | text |
    /// |---|---|
    /// | day | `13 Nov 2024` |
    /// | range | `19–20 Jun 2024` |
    /// | weekend | `16–17 Nov 2024 (weekend)` |
    /// | week | `11–17 Nov 2024 (week, day not stated)` |
    /// | month | `Nov 2024 (day not stated)` |
    /// | year | `2024 (month not stated)` |
    /// | no year | `13 Nov (year not stated)` |
    /// | nothing | `date not stated` |
    ///
    /// A year inferred from the office holders adds `(year inferred)`; a relative date resolved
    /// against an estimated reference day adds `(estimated)`.
    public static func span(_ span: TimeSpan?) -> String {
        guard let span else { return notStated }
        guard let start = span.start else {
            if let monthDay = span.monthDay, let text = monthDayText(monthDay) { return "\(text) (year not stated)" }
            return notStated
        }
        let end = span.end ?? start
        var text: String
        switch span.precision {
        case .day:
            text = range(start, end)
        case .range:
            text = range(start, end)
        case .weekend:
            text = range(start, end) + " (weekend)"
        case .week:
            text = range(start, end) + (start == end ? "" : " (week, day not stated)")
        case .month:
            if start == start.firstOfMonth, end == start.lastOfMonth {
                text = month(start) + " (day not stated)"
            } else {
                text = range(start, end)
            }
        case .year:
            if start.month == 1, start.day == 1, end.year == start.year, end.month == 12, end.day == 31 {
                text = "\(start.year) (month not stated)"
            } else {
                text = range(start, end)
            }
        }
        if span.isYearInferred { text += " (year inferred)" }
        if span.isReferenceEstimated { text += " (estimated)" }
        return text
    }

    /// A short form for tight places (edge labels): `"13 Nov 2024"`, `"16–17 Nov 2024"`,
    /// `"Nov 2024"`, `"2024"`, without the notes in brackets.
    public static func short(_ span: TimeSpan) -> String {
        guard let start = span.start else {
            if let monthDay = span.monthDay, let text = monthDayText(monthDay) { return text }
            return notStated
        }
        let end = span.end ?? start
        switch span.precision {
        case .month where start == start.firstOfMonth && end == start.lastOfMonth:
            return month(start)
        case .year where start.month == 1 && start.day == 1 && end.month == 12 && end.day == 31 && end.year == start.year:
            return String(start.year)
        default:
            return range(start, end)
        }
    }

    /// A length of time for a break in the axis: `"2 days"`, `"3 weeks"`, `"5 months"`,
    /// `"2 years"` (rounded to the nearest unit; one unit is written without a plural).
    public static func duration(days: Int) -> String {
        func unit(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
        if days < 14 { return unit(days, "day") }
        if days < 63 { return unit((days + 3) / 7, "week") }
        if days < 730 { return unit(Int((Double(days) / 30.44).rounded()), "month") }
        return unit(Int((Double(days) / 365.25).rounded()), "year")
    }

    /// `--11-13` → `"13 Nov"`; `--11-13/--11-14` → `"13–14 Nov"`.
    static func monthDayText(_ monthDay: String) -> String? {
        let parts = monthDay.split(separator: "/")
        func parse(_ s: Substring) -> (Int, Int)? {
            let bytes = Array(s.utf8)
            guard bytes.count == 7, bytes[0] == 45, bytes[1] == 45, bytes[4] == 45 else { return nil }
            guard let m = Int(String(decoding: bytes[2..<4], as: UTF8.self)),
                  let d = Int(String(decoding: bytes[5..<7], as: UTF8.self)), (1...12).contains(m), (1...31).contains(d)
            else { return nil }
            return (m, d)
        }
        guard let first = parts.first.flatMap(parse) else { return nil }
        if parts.count == 2, let last = parse(parts[1]), last != first {
            if last.0 == first.0 { return "\(first.1)–\(last.1) \(months[first.0 - 1])" }
            return "\(first.1) \(months[first.0 - 1]) – \(last.1) \(months[last.0 - 1])"
        }
        return "\(first.1) \(months[first.0 - 1])"
    }
}
