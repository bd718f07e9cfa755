import LiaisonCore

/// Consecutive days from `first` to `last` (inclusive); `last` is `nil` when the interval has no
/// known end (an office holder still in office).
public struct DayInterval: Hashable, Sendable, CustomStringConvertible {
    public var first: Day
    public var last: Day?

    public init(first: Day, last: Day?) {
        self.first = first
        self.last = last
    }

    public func contains(_ day: Day) -> Bool {
        day >= first && (last.map { day <= $0 } ?? true)
    }

    /// `2024-10-01…2025-01-20`, or `2024-10-01…` with no end.
    public var description: String { "\(first)…\(last?.description ?? "")" }
}

/// A name tied to an office in a text: "Tổng thư ký NATO Mark Rutte", "Antony Blinken, the
/// U.S. secretary of state".
public struct OfficeMention: Hashable, Sendable {
    /// The canonical name of the person ("Mark Rutte"); several when a short form names more than
    /// one holder of the office ("Prime Minister Li"), in the facts file's order.
    public var names: [String]
    /// The office keys the title and the name agree on (`nato.secretary-general`).
    public var offices: [String]
    /// The title as written ("Tổng thư ký NATO").
    public var title: String
    /// The name as written ("Mark Rutte").
    public var name: String
    /// Offsets of the title and of the name in the text, in Unicode scalars.
    public var titleRange: Range<Int>
    public var nameRange: Range<Int>
    /// The days the person held the office: sorted, disjoint.
    public var tenures: [DayInterval]
}

/// The days a text can be about, as far as the office holders it names tell: the days on which
/// every titled office holder of the text held the office the text gives them.
///
/// Built by ``EraEstimator``; ``TemporalTagger`` uses it to give a year to "ngày 13/11" when a
/// text has no published day and exactly one 13 November lies within the era.
public struct Era: Hashable, Sendable {
    /// Sorted, disjoint intervals; only the last may be open-ended. Never empty.
    public var intervals: [DayInterval]
    /// The titled mentions the era was built from, in text order.
    public var evidence: [OfficeMention]

    public init(intervals: [DayInterval], evidence: [OfficeMention] = []) {
        self.intervals = intervals
        self.evidence = evidence
    }

    /// The first day of the era.
    public var first: Day? { intervals.first?.first }
    /// The last day, or `nil` when the era has no known end.
    public var last: Day? { intervals.last?.last }

    public func contains(_ day: Day) -> Bool {
        intervals.contains { $0.contains(day) }
    }

    /// The only day with this month and day within the era, or `nil` when there is none or more
    /// than one (always more than one when the era is open-ended).
    public func onlyOccurrence(month: Int, day: Int) -> Day? {
        var found: Day?
        for interval in intervals {
            guard let last = interval.last else {
                // Open-ended: every valid month-day comes again.
                if Day(2000, month, day) != nil { return nil }
                continue
            }
            var year = interval.first.year
            while year <= last.year {
                if let candidate = Day(year, month, day), interval.contains(candidate) {
                    if found != nil && found != candidate { return nil }
                    found = candidate
                }
                year += 1
            }
        }
        return found
    }

    /// The only year whose month `month` shares a day with the era, or `nil` when there is none or
    /// more than one.
    public func onlyYear(ofMonth month: Int) -> Int? {
        var found: Int?
        for interval in intervals {
            guard let last = interval.last else { return nil }
            for year in interval.first.year...last.year {
                guard let first = Day(year, month, 1) else { continue }
                let span = DayInterval(first: first, last: first.lastOfMonth)
                if span.first <= last && interval.first <= span.last! {
                    if found != nil && found != year { return nil }
                    found = year
                }
            }
        }
        return found
    }

    /// The days of both sets of intervals (sorted, disjoint), or an empty array.
    static func intersect(_ a: [DayInterval], _ b: [DayInterval]) -> [DayInterval] {
        var out: [DayInterval] = []
        var i = 0
        var j = 0
        func before(_ x: Day?, _ y: Day?) -> Bool {
            // nil is +infinity
            guard let x else { return false }
            guard let y else { return true }
            return x < y
        }
        while i < a.count && j < b.count {
            let first = max(a[i].first, b[j].first)
            let last = before(a[i].last, b[j].last) ? a[i].last : b[j].last
            if last.map({ first <= $0 }) ?? true { out.append(DayInterval(first: first, last: last)) }
            if before(a[i].last, b[j].last) { i += 1 } else { j += 1 }
        }
        return out
    }

    /// The union of intervals, sorted and merged (touching intervals become one).
    static func union(_ intervals: [DayInterval]) -> [DayInterval] {
        let sorted = intervals.sorted { $0.first < $1.first }
        var out: [DayInterval] = []
        for interval in sorted {
            if var previous = out.last {
                guard let end = previous.last else { continue }  // open-ended covers the rest
                if interval.first <= end.adding(days: 1) {
                    if let l = interval.last { previous.last = max(end, l) } else { previous.last = nil }
                    out[out.count - 1] = previous
                    continue
                }
            }
            out.append(interval)
        }
        return out
    }
}
