import LiaisonCore

/// Dates as people write them in events files and CSV:
///
/// | written                  | means                                   |
/// |--------------------------|-----------------------------------------|
/// | `2024-11-13`             | that day                                |
/// | `2024-11-16..2024-11-17` | those days (precision `range`)          |
/// | `2024-W46`               | that ISO week, Monday to Sunday         |
/// | `2024-11`                | that month                              |
/// | `2024`                   | that year                               |
///
/// A `precision` given beside a single day widens it: `weekend` to that week's Saturday and
/// Sunday, `week` to Monday–Sunday, `month` and `year` to theirs. Beside a range it only names
/// the range (`2024-11-16..2024-11-17` with `weekend`).
enum DateSpec {
    static let help = "write 2024-11-13, 2024-11-16..2024-11-17, 2024-W46, 2024-11 or 2024"

    /// The span, or a message saying what is wrong.
    static func parse(_ raw: String, precision: TimeSpan.Precision? = nil) -> Result<TimeSpan, Message> {
        let text = raw.trimmedSpaces
        var span: TimeSpan
        if let dots = text.range(of: "..") {
            let left = text[..<dots.lowerBound].trimmedSpaces, right = text[dots.upperBound...].trimmedSpaces
            guard let start = Day(iso: left) else { return .failure(Message("'\(left)' is not a day: \(help)")) }
            guard let end = Day(iso: right) else { return .failure(Message("'\(right)' is not a day: \(help)")) }
            guard start <= end else { return .failure(Message("the range '\(text)' ends before it starts")) }
            span = TimeSpan(start: start, end: end, precision: start == end ? .day : .range)
            if let precision { span.precision = precision }
            return .success(span)
        }
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, !range.isEmpty else { return nil }
            var n = 0
            for b in bytes[range] {
                guard b >= 48 && b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
            }
            return n
        }
        if bytes.count == 10 {
            guard let day = Day(iso: text) else { return .failure(Message("'\(text)' is not a day: \(help)")) }
            span = .day(day)
        } else if bytes.count == 8, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "W"),
            let year = number(0..<4), let week = number(6..<8)
        {
            // ISO week 1 is the week with 4 January in it.
            let monday = Day(year, 1, 4)!.startOfWeek.adding(days: (week - 1) * 7)
            guard week >= 1, monday.adding(days: 3).year == year else {
                return .failure(Message("'\(text)' is not a week of \(year)"))
            }
            span = TimeSpan(start: monday, end: monday.adding(days: 6), precision: .week)
        } else if bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = number(0..<4), let month = number(5..<7) {
            guard let first = Day(year, month, 1) else { return .failure(Message("'\(text)' is not a month: \(help)")) }
            span = TimeSpan(start: first, end: first.lastOfMonth, precision: .month)
        } else if bytes.count == 4, let year = number(0..<4) {
            span = TimeSpan(start: Day(year, 1, 1)!, end: Day(year, 12, 31)!, precision: .year)
        } else {
            return .failure(Message("'\(text)' is not a date: \(help)"))
        }
        if let precision, precision != span.precision, let day = span.start, span.start == span.end {
            switch precision {
            case .day, .range: span.precision = precision
            case .weekend:
                let saturday = day.startOfWeek.adding(days: 5)
                span = TimeSpan(start: saturday, end: saturday.adding(days: 1), precision: .weekend)
            case .week:
                span = TimeSpan(start: day.startOfWeek, end: day.startOfWeek.adding(days: 6), precision: .week)
            case .month:
                span = TimeSpan(start: day.firstOfMonth, end: day.lastOfMonth, precision: .month)
            case .year:
                span = TimeSpan(start: Day(day.year, 1, 1)!, end: Day(day.year, 12, 31)!, precision: .year)
            }
        } else if let precision {
            span.precision = precision
        }
        return .success(span)
    }

    struct Message: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }
}

extension StringProtocol {
    /// Without leading and trailing white space.
    var trimmedSpaces: String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
