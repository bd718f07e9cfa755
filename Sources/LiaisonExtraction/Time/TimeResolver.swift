import LiaisonCore

/// Turns a ``TimeExpression`` into days, against the article's published day.
///
/// The conventions are those of the evaluation's gold annotations:
/// - weeks run Monday–Sunday; "this week" is the published day's week, "tuần trước"/"last week"
///   the one before, "cuối tuần này"/"this weekend" its Saturday–Sunday;
/// - "earlier this week/month/year" runs from its first day to the day before the published day,
///   "later this week/month/year" from the day after to its last day;
/// - a bare weekday ("on Wednesday", "thứ Tư") is that weekday of the published day's week,
///   unless the sentence's tense says otherwise: a future cue ("sẽ", "will") moves a weekday
///   already past to the next week, a past cue ("đã", "met") moves a weekday still to come to the
///   week before;
/// - a day and month without a year take their most recent occurrence up to the published day,
///   except that a day at most ``upcomingDays`` ahead is taken as upcoming (news announce
///   schedules: "sẽ thăm Chile từ ngày 9 đến 12-11" in an article of 6 November);
///   a past marker ("hôm", "hồi", "last") always looks back;
/// - a month without a year is the nearest one: this year's, unless it lies more than five
///   months ahead (then last year's) or more than six months back (then next year's);
/// - parts: early = days 1–10 (January–April of a year, Monday–Wednesday of a week), mid =
///   11–20 (May–August, Wednesday–Friday), late = 21–end (September–December, Friday–Sunday).
///
/// Without a published day, relative expressions and weekdays stay unresolved, and a year-less
/// date takes the year of the closest preceding date of the same text that writes its year
/// (`contextYear`); failing that, the only year that puts it within the text's ``Era`` (the days
/// its titled office holders were all in office), marked `isYearInferred`; failing that, it stays
/// unresolved with its `--MM-DD` kept in `monthDay`. (``TemporalTagger`` then resolves relative
/// expressions against an estimated reference day: see there.)
struct TimeResolver {
    /// How far ahead a year-less day may lie and still be read as upcoming.
    static let upcomingDays = 45

    var published: Day?
    var contextYear: Int?
    /// The text's era, used only without a published day.
    var era: Era?

    typealias DayRef = TimeExpression.DayRef

    /// The span of `expression`; `past` marks a past reading, `cue` the sentence's tense for a bare
    /// weekday (-1, 0, 1).
    func resolve(_ expression: TimeExpression, past: Bool, cue: Int) -> TimeSpan {
        switch expression {
        case .day(let d):
            if let (day, inferred) = resolve(d, past: past) {
                return TimeSpan(
                    start: day, end: day, precision: .day, isRelative: isRelative(d.year), isYearInferred: inferred)
            }
            return TimeSpan(start: nil, end: nil, precision: .day, monthDay: TimeResolver.monthDay(d))

        case .dayRange(let a, let b):
            guard let (first, inferred) = resolve(a, past: past) else {
                return TimeSpan(
                    start: nil, end: nil, precision: .range,
                    monthDay: TimeResolver.monthDay(a) + "/" + TimeResolver.monthDay(b))
            }
            var last: Day?
            if case .explicit(let y) = b.year {
                last = Day(y, b.month, b.day)
            } else {
                last = Day(first.year, b.month, b.day)
                if let l = last, l < first { last = Day(first.year + 1, b.month, b.day) }
            }
            guard let last, first <= last else {
                return TimeSpan(
                    start: first, end: first, precision: .day, isRelative: isRelative(a.year), isYearInferred: inferred)
            }
            return TimeSpan(
                start: first, end: last, precision: .range, isRelative: isRelative(a.year), isYearInferred: inferred)

        case .month(let yearRef, let month, let part, let shift):
            guard let (year, inferred) = monthYear(yearRef, month: month, past: past, shift: shift),
                let first = Day(year, month, 1)
            else {
                return TimeSpan(start: nil, end: nil, precision: .month)
            }
            let relative = isRelative(yearRef)
            if let part {
                let (s, e) = TimeResolver.part(part, ofMonth: first)
                return TimeSpan(start: s, end: e, precision: .range, isRelative: relative, isYearInferred: inferred)
            }
            return TimeSpan(
                start: first, end: first.lastOfMonth, precision: .month, isRelative: relative, isYearInferred: inferred)

        case .monthRange(let yearRef, let m1, let m2):
            guard let (year, inferred) = monthYear(yearRef, month: m1, past: past, shift: nil),
                let first = Day(year, m1, 1), let lastMonth = Day(year, m2, 1)
            else {
                return TimeSpan(start: nil, end: nil, precision: .range)
            }
            return TimeSpan(
                start: first, end: lastMonth.lastOfMonth, precision: .range, isRelative: isRelative(yearRef),
                isYearInferred: inferred)

        case .years(let a, let b, let part):
            guard let first = Day(a, 1, 1), let last = Day(b, 12, 31) else {
                return TimeSpan(start: nil, end: nil, precision: .year)
            }
            if let part, a == b {
                let (s, e) = TimeResolver.part(part, ofYear: a)
                return TimeSpan(start: s, end: e, precision: .range)
            }
            return TimeSpan(start: first, end: last, precision: .year)

        case .relative(let code, let part):
            guard let published else { return TimeSpan(start: nil, end: nil, precision: precision(of: code)) }
            return TimeResolver.relative(code, part: part, published: published)

        case .weekday(let weekday, let shift, let weekOffset):
            guard let p = published else { return TimeSpan(start: nil, end: nil, precision: .day) }
            let day = TimeResolver.weekday(weekday, shift: shift, weekOffset: weekOffset, past: past, cue: cue, published: p)
            return TimeSpan(start: day, end: day, precision: .day, isRelative: true)

        case .count(let n, let unit, let sign):
            guard let p = published else { return TimeSpan(start: nil, end: nil, precision: precision(of: unit)) }
            return TimeResolver.count(n * sign, unit, published: p)
        }
    }

    // MARK: days and months without a year

    private func isRelative(_ year: TimeExpression.YearRef) -> Bool {
        if case .explicit = year { return false }
        return published != nil
    }

    static func monthDay(_ d: DayRef) -> String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "--\(pad(d.month))-\(pad(d.day))"
    }

    /// The day, and whether its year was inferred from the era.
    private func resolve(_ d: DayRef, past: Bool) -> (Day, Bool)? {
        switch d.year {
        case .explicit(let y):
            return Day(y, d.month, d.day).map { ($0, false) }
        case .relative(let n):
            guard let p = published else { return nil }
            return Day(p.year + n, d.month, d.day).map { ($0, false) }
        case .none:
            guard let p = published else {
                if let contextYear { return Day(contextYear, d.month, d.day).map { ($0, false) } }
                return era?.onlyOccurrence(month: d.month, day: d.day).map { ($0, true) }
            }
            return TimeResolver.yearless(month: d.month, day: d.day, published: p, past: past).map { ($0, false) }
        }
    }

    /// The occurrence of a year-less day: the most recent up to `published`, or the next one if it
    /// is at most ``upcomingDays`` ahead and no past marker is given.
    static func yearless(month: Int, day: Int, published p: Day, past: Bool) -> Day? {
        var previous: Day?
        var next: Day?
        for year in stride(from: p.year + 1, through: p.year - 8, by: -1) {
            guard let candidate = Day(year, month, day) else { continue }
            if candidate <= p {
                previous = candidate
                break
            }
            next = candidate
        }
        if !past, let next, p.distance(to: next) <= upcomingDays { return next }
        return previous ?? next
    }

    /// The year of a month, and whether it was inferred from the era.
    private func monthYear(
        _ yearRef: TimeExpression.YearRef, month: Int, past: Bool, shift: TimeLexicon.WeekShift?
    ) -> (Int, Bool)? {
        switch yearRef {
        case .explicit(let y): return (y, false)
        case .relative(let n): return published.map { ($0.year + n, false) }
        case .none:
            guard let p = published else {
                if let contextYear { return (contextYear, false) }
                guard shift == nil else { return nil }
                return era?.onlyYear(ofMonth: month).map { ($0, true) }
            }
            return (monthYear(month: month, past: past, shift: shift, published: p), false)
        }
    }

    private func monthYear(month: Int, past: Bool, shift: TimeLexicon.WeekShift?, published p: Day) -> Int {
        switch shift {
        case .prevOccurrence?, .prevWeek?:
            return month < p.month ? p.year : p.year - 1
        case .nextOccurrence?, .nextWeek?:
            return month > p.month ? p.year : p.year + 1
        case .thisWeek?:
            return p.year
        case nil:
            if past { return month <= p.month ? p.year : p.year - 1 }
            let ahead = (month - p.month + 12) % 12
            if ahead == 0 { return p.year }
            if ahead <= 5 { return month > p.month ? p.year : p.year + 1 }
            return month < p.month ? p.year : p.year - 1
        }
    }

    // MARK: relative expressions

    private func precision(of code: TimeLexicon.RelativeCode) -> TimeSpan.Precision {
        switch code {
        case .offset(let unit, _): return precision(of: unit)
        case .weekend, .weekendRecent: return .weekend
        case .earlier, .later: return .range
        case .unresolved, .story: return .day
        }
    }

    private func precision(of unit: TimeLexicon.Unit) -> TimeSpan.Precision {
        switch unit {
        case .day: return .day
        case .week: return .week
        case .month: return .month
        case .year: return .year
        }
    }

    /// The first and last day of the period of `unit` that contains `day`.
    static func period(_ unit: TimeLexicon.Unit, containing day: Day) -> (Day, Day) {
        switch unit {
        case .day: return (day, day)
        case .week: return (day.startOfWeek, day.startOfWeek.adding(days: 6))
        case .month: return (day.firstOfMonth, day.lastOfMonth)
        case .year: return (Day(day.year, 1, 1)!, Day(day.year, 12, 31)!)
        }
    }

    /// `day` moved by `n` units (months and years keep the day within the month's length).
    static func shifted(_ day: Day, _ unit: TimeLexicon.Unit, _ n: Int) -> Day {
        switch unit {
        case .day: return day.adding(days: n)
        case .week: return day.adding(days: 7 * n)
        case .month:
            let total = day.year * 12 + (day.month - 1) + n
            let year = total >= 0 ? total / 12 : (total - 11) / 12
            let month = total - year * 12 + 1
            return Day(year, month, min(day.day, Day.daysIn(month: month, year: year)))!
        case .year:
            return Day(day.year + n, day.month, min(day.day, Day.daysIn(month: day.month, year: day.year + n)))!
        }
    }

    static func relative(_ code: TimeLexicon.RelativeCode, part: TimeLexicon.Part?, published p: Day) -> TimeSpan {
        switch code {
        case .offset(let unit, let n):
            let (s, e) = period(unit, containing: shifted(p, unit, n))
            if let part, unit != .day {
                let (ps, pe) = TimeResolver.part(part, of: unit, from: s, to: e)
                return TimeSpan(start: ps, end: pe, precision: .range, isRelative: true)
            }
            let precision: TimeSpan.Precision =
                unit == .day ? .day : unit == .week ? .week : unit == .month ? .month : .year
            return TimeSpan(start: s, end: e, precision: precision, isRelative: true)
        case .weekend(let n):
            let saturday = p.startOfWeek.adding(days: 7 * n + 5)
            return TimeSpan(start: saturday, end: saturday.adding(days: 1), precision: .weekend, isRelative: true)
        case .weekendRecent:
            let n = p.weekday >= 6 ? 0 : -1
            let saturday = p.startOfWeek.adding(days: 7 * n + 5)
            return TimeSpan(start: saturday, end: saturday.adding(days: 1), precision: .weekend, isRelative: true)
        case .earlier(let unit):
            let (s, _) = period(unit, containing: p)
            let e = max(s, p.adding(days: -1))
            return TimeSpan(start: s, end: e, precision: .range, isRelative: true)
        case .later(let unit):
            let (_, e) = period(unit, containing: p)
            let s = min(e, p.adding(days: 1))
            return TimeSpan(start: s, end: e, precision: .range, isRelative: true)
        case .unresolved, .story:
            // (a story day is resolved by the tagger, which knows the text's earlier dates)
            return TimeSpan(start: nil, end: nil, precision: .day)
        }
    }

    // MARK: parts

    static func part(_ part: TimeLexicon.Part, ofMonth first: Day) -> (Day, Day) {
        let last = first.lastOfMonth
        switch part {
        case .early: return (first, first.adding(days: 9))
        case .mid: return (first.adding(days: 10), first.adding(days: 19))
        case .late: return (first.adding(days: 20), last)
        }
    }

    static func part(_ part: TimeLexicon.Part, ofYear year: Int) -> (Day, Day) {
        switch part {
        case .early: return (Day(year, 1, 1)!, Day(year, 4, 30)!)
        case .mid: return (Day(year, 5, 1)!, Day(year, 8, 31)!)
        case .late: return (Day(year, 9, 1)!, Day(year, 12, 31)!)
        }
    }

    static func part(_ part: TimeLexicon.Part, of unit: TimeLexicon.Unit, from s: Day, to e: Day) -> (Day, Day) {
        switch unit {
        case .day: return (s, e)
        case .week:
            switch part {
            case .early: return (s, s.adding(days: 2))
            case .mid: return (s.adding(days: 2), s.adding(days: 4))
            case .late: return (s.adding(days: 4), e)
            }
        case .month: return TimeResolver.part(part, ofMonth: s)
        case .year: return TimeResolver.part(part, ofYear: s.year)
        }
    }

    // MARK: weekdays and counts

    static func weekday(
        _ weekday: Int, shift: TimeLexicon.WeekShift?, weekOffset: Int?, past: Bool, cue: Int, published p: Day
    ) -> Day {
        let thisWeek = p.startOfWeek.adding(days: weekday - 1)
        if let weekOffset { return thisWeek.adding(days: 7 * weekOffset) }
        switch shift {
        case .thisWeek?: return thisWeek
        case .prevWeek?: return thisWeek.adding(days: -7)
        case .nextWeek?: return thisWeek.adding(days: 7)
        case .prevOccurrence?:
            let back = (p.weekday - weekday + 7) % 7
            return p.adding(days: -(back == 0 ? 7 : back))
        case .nextOccurrence?:
            let ahead = (weekday - p.weekday + 7) % 7
            return p.adding(days: ahead == 0 ? 7 : ahead)
        case nil:
            if (past || cue < 0) && thisWeek > p { return thisWeek.adding(days: -7) }
            if cue > 0 && !past && thisWeek < p { return thisWeek.adding(days: 7) }
            return thisWeek
        }
    }

    static func count(_ n: Int, _ unit: TimeLexicon.Unit, published p: Day) -> TimeSpan {
        let target = shifted(p, unit, n)
        let (s, e) = period(unit, containing: target)
        let precision: TimeSpan.Precision =
            unit == .day ? .day : unit == .week ? .week : unit == .month ? .month : .year
        return TimeSpan(start: s, end: e, precision: precision, isRelative: true)
    }
}
