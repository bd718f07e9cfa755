import LiaisonCore

/// The grammar of time expressions over ``TimeToken``s: which token sequences are dates, weekdays,
/// relative phrases, counts and ranges, and what they say (a ``TimeExpression``).
///
/// One grammar serves every language: a pattern only fires where the language's lexicon has its
/// words ("tháng 11" needs a `monthword`, "November 13" a `month`).
struct TimeGrammar {
    typealias Kind = TimeLexicon.Kind
    typealias Entry = TimeLexicon.Entry
    typealias DayRef = TimeExpression.DayRef

    let lexicon: TimeLexicon
    let tokens: [TimeToken]
    let matches: [TimeMatch]
    /// Expressions end before this token: the first of the next line (an expression never
    /// spans a line break).
    var limit: Int

    init(lexicon: TimeLexicon, tokens: [TimeToken], matches: [TimeMatch]) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.matches = matches
        self.limit = tokens.count
    }

    /// What the words before a core expression said.
    struct Context {
        var prefixed = false
        var rangeStart = false
        var prep = false
        var past = false
        var daypart = false
        var futureIn = false
        var part = false
    }

    /// A parsed expression: tokens `start..<end`.
    struct Candidate {
        var start: Int
        var end: Int
        var expression: TimeExpression
        /// The expression marks a past reading ("hôm", "hồi", "last", "vừa qua").
        var past: Bool
        /// A weekday with nothing that places its week: the sentence's tense decides.
        var bareWeekday: Bool
    }

    private struct Parsed {
        var end: Int
        var expression: TimeExpression
        var past = false
        var bareWeekday = false
    }

    /// Kinds that can begin an expression.
    static let startMask: UInt32 = [
        Kind.month, .weekday, .dayword, .monthword, .yearword, .daypart, .prep, .relative, .part, .shift,
        .agoBefore, .number, .rangeStart, .article,
    ].reduce(0) { $0 | $1.bit }

    // MARK: token helpers

    @inline(__always) private var count: Int { limit }

    @inline(__always) private func has(_ kind: Kind, _ i: Int) -> Bool {
        i < count && tokens[i].kinds & kind.bit != 0
    }

    /// The longest phrase of `kind` starting at token `i` (respecting the `cap` flag).
    private func longest(_ kind: Kind, _ i: Int) -> (end: Int, entry: Entry)? {
        guard has(kind, i) else { return nil }
        let t = tokens[i]
        var best: (end: Int, entry: Entry)?
        let start = Int(t.matchStart)
        for m in matches[start..<(start + Int(t.matchCount))] {
            let entry = lexicon.entries[Int(m.entry)]
            guard entry.kind == kind else { continue }
            if entry.flags.contains(.cap) && !t.isCapitalized { continue }
            if best == nil || Int(m.end) > best!.end { best = (Int(m.end), entry) }
        }
        return best
    }

    /// Every phrase of `kind` starting at token `i`.
    private func all(_ kind: Kind, _ i: Int) -> [(end: Int, entry: Entry)] {
        guard has(kind, i) else { return [] }
        let t = tokens[i]
        var out: [(end: Int, entry: Entry)] = []
        let start = Int(t.matchStart)
        for m in matches[start..<(start + Int(t.matchCount))] {
            let entry = lexicon.entries[Int(m.entry)]
            guard entry.kind == kind else { continue }
            if entry.flags.contains(.cap) && !t.isCapitalized { continue }
            out.append((Int(m.end), entry))
        }
        return out
    }

    /// Whether a phrase of `kind` ends just before token `j`.
    private func phraseEnds(_ kind: Kind, before j: Int) -> Bool {
        var t = j - 1
        while t >= 0 && t >= j - 4 {
            if tokens[t].kinds & kind.bit != 0 {
                for m in all(kind, t) where m.end == j { return true }
            }
            t -= 1
        }
        return false
    }

    @inline(__always) private func number(_ i: Int) -> (value: Int, digits: Int)? {
        guard i < count, tokens[i].kind == .number else { return nil }
        return (Int(tokens[i].value), Int(tokens[i].digits))
    }

    /// A plain number (no ordinal suffix).
    @inline(__always) private func plain(_ i: Int) -> (value: Int, digits: Int)? {
        guard let n = number(i), !tokens[i].flags.contains(.ordinal) else { return nil }
        return n
    }

    @inline(__always) private func punct(_ i: Int, _ s: UInt32) -> Bool {
        i < count && tokens[i].isPunct(s)
    }

    @inline(__always) private func adjacent(_ i: Int) -> Bool {
        i < count && !tokens[i].spaceBefore
    }

    @inline(__always) private func isDash(_ i: Int) -> Bool {
        guard i < count, tokens[i].kind == .punct else { return false }
        let v = UInt32(bitPattern: tokens[i].value)
        return v == 0x2D || v == 0x2010 || v == 0x2011 || v == 0x2012 || v == 0x2013 || v == 0x2014
    }

    /// A separator of numeric dates ("/", "-", "."), as a scalar.
    @inline(__always) private func dateSeparator(_ i: Int) -> UInt32? {
        guard i < count, tokens[i].kind == .punct else { return nil }
        let v = UInt32(bitPattern: tokens[i].value)
        switch v {
        case 0x2F, 0x2E: return v
        case 0x2D, 0x2010, 0x2011, 0x2013: return 0x2D
        default: return nil
        }
    }

    /// Whether token `i` is glued to a word or a number before it, or to a separator that makes it
    /// part of a code or a larger number ("COVID-19", "1.13", "2/3/4").
    private func gluedBefore(_ i: Int, allowSeparator: Bool) -> Bool {
        guard i > 0, adjacent(i) else { return false }
        let p = tokens[i - 1]
        if p.kind != .punct { return true }
        let v = UInt32(bitPattern: p.value)
        switch v {
        case 0x2F, 0x2E, 0x2C, 0x3A: return !allowSeparator || v == 0x2E || v == 0x2C || v == 0x3A
        case 0x2D, 0x2010, 0x2011, 0x2013: return !allowSeparator
        case 0x24, 0x20AC, 0xA3, 0x23: return true  // $ € £ #
        default: return false
        }
    }

    /// Whether token `i` (just after an expression) glues onto it: a letter or digit, or a
    /// separator followed by a digit.
    private func gluedAfter(_ i: Int) -> Bool {
        guard i < count, adjacent(i) else { return false }
        let t = tokens[i]
        if t.kind != .punct { return true }
        let v = UInt32(bitPattern: t.value)
        if v == 0x2F || v == 0x2E || v == 0x2C || v == 0x3A {
            return i + 1 < count && adjacent(i + 1) && tokens[i + 1].kind != .punct
        }
        return false
    }

    private func validDay(_ d: DayRef) -> Bool {
        guard (1...12).contains(d.month), d.day >= 1 else { return false }
        let year: Int
        if case .explicit(let y) = d.year { year = y } else { year = 2024 }
        return d.day <= Day.daysIn(month: d.month, year: year)
    }

    // MARK: entry point

    /// The longest expression starting at token `i`, if any.
    func parse(at i: Int) -> Candidate? {
        let t = tokens[i]
        guard t.kinds & TimeGrammar.startMask != 0 || t.isNumber else { return nil }
        var best: Parsed?
        func offer(_ p: Parsed?) {
            guard let p else { return }
            if best == nil || p.end > best!.end { best = p }
        }
        var ctx = Context()
        var j = i
        offer(core(j, ctx))
        if let rs = longest(.rangeStart, j) {
            ctx.rangeStart = true
            ctx.prefixed = true
            j = rs.end
            offer(core(j, ctx))
        }
        if let p = longest(.prep, j) {
            ctx.prep = true
            ctx.prefixed = true
            ctx.past = ctx.past || p.entry.flags.contains(.past)
            ctx.futureIn = p.entry.flags.contains(.futureIn)
            j = p.end
            offer(core(j, ctx))
            ctx.futureIn = false
        }
        // "hai chiều" (two-way) is no part of a day.
        if let d = longest(.daypart, j), !phraseEnds(.number, before: j) {
            ctx.daypart = true
            ctx.prefixed = true
            j = d.end
            offer(core(j, ctx))
        }
        if let d = longest(.dayword, j) {
            ctx.prefixed = true
            ctx.past = ctx.past || d.entry.flags.contains(.past)
            j = d.end
            offer(core(j, ctx))
        }
        guard let found = best else { return nil }
        // A number that ends an expression must not be a count ("5-10 năm", "19-20 người").
        let last = found.end - 1
        if tokens[last].isNumber && found.end < count {
            if has(.countUnit, found.end) { return nil }
            if has(.unit, found.end) && !has(.relative, found.end) { return nil }
        }
        return Candidate(
            start: i, end: found.end, expression: found.expression, past: found.past,
            bareWeekday: found.bareWeekday)
    }

    // MARK: core

    private func core(_ j: Int, _ ctx: Context) -> Parsed? {
        guard j < count else { return nil }
        let t = tokens[j]
        guard t.kinds & (TimeGrammar.startMask | Kind.dayShort.bit) != 0 || t.isNumber else { return nil }
        var best: Parsed?
        func offer(_ p: Parsed?) {
            guard var p else { return }
            p.past = p.past || ctx.past
            if best == nil || p.end > best!.end { best = p }
        }
        offer(relative(j))
        if ctx.daypart, let s = longest(.dayShort, j) {
            offer(Parsed(end: s.end, expression: .relative(.offset(.day, s.entry.value), nil)))
        }
        offer(weekday(j, ctx))
        offer(part(j, ctx).map { extend($0, ctx) })
        offer(shift(j))
        offer(countExpression(j, ctx))
        offer(dates(j, ctx).map { extend($0, ctx) })
        return best
    }

    /// Dates written with numbers and month names, years, and bare-day ranges.
    private func dates(_ j: Int, _ ctx: Context) -> Parsed? {
        var best: Parsed?
        func offer(_ p: Parsed?) {
            guard let p else { return }
            if best == nil || p.end > best!.end { best = p }
        }
        if let n = numeric(j, allowSeparatorBefore: false) {
            let parenthesised = j > 0 && punct(j - 1, 0x28) && (punct(n.end, 0x29) || punct(n.end, 0x2C))
            if n.hasYear || ctx.prefixed || parenthesised {
                offer(Parsed(end: n.end, expression: .day(n.day)))
            }
        }
        if let d = dayMonthWords(j) { offer(Parsed(end: d.end, expression: .day(d.day))) }
        offer(monthFirst(j, ctx))
        offer(monthNumber(j))
        offer(yearWord(j))
        offer(bareYear(j))
        offer(bareDayRange(j, ctx))
        return best
    }

    // MARK: numbers

    /// "13/11", "13-11-2024", "13.11.2024", "2024-11-13", "11/13/2024" (month first where the
    /// lexicon says so).
    private func numeric(_ j: Int, allowSeparatorBefore: Bool) -> (end: Int, day: DayRef, hasYear: Bool)? {
        guard let a = plain(j), !gluedBefore(j, allowSeparator: allowSeparatorBefore) else { return nil }
        // ISO 8601.
        if a.digits == 4, punct(j + 1, 0x2D), adjacent(j + 1), let m = plain(j + 2), adjacent(j + 2),
            m.digits <= 2, punct(j + 3, 0x2D), adjacent(j + 3), let d = plain(j + 4), adjacent(j + 4), d.digits <= 2
        {
            let day = DayRef(year: .explicit(a.value), month: m.value, day: d.value)
            guard validDay(day), !gluedAfter(j + 5) else { return nil }
            return (j + 5, day, true)
        }
        guard a.digits <= 2, let sep = dateSeparator(j + 1), adjacent(j + 1), let b = plain(j + 2), adjacent(j + 2),
            b.digits <= 2
        else { return nil }
        var end = j + 3
        var year = TimeExpression.YearRef.none
        if dateSeparator(end) == sep, adjacent(end), let c = plain(end + 1), adjacent(end + 1) {
            switch c.digits {
            case 4: year = .explicit(c.value)
            case 2: year = .explicit(c.value < 50 ? 2000 + c.value : 1900 + c.value)
            default: return nil
            }
            end += 2
        }
        if sep == 0x2E && year == .none { return nil }
        if gluedAfter(end) {
            // "13/11-15/11" or "19-20/6" continue with another separator; anything else is a code.
            if !(year == .none && dateSeparator(end) != nil && dateSeparator(end) != sep) { return nil }
        }
        var (d, m) = lexicon.numericOrder == .dayMonth ? (a.value, b.value) : (b.value, a.value)
        if lexicon.numericOrder == .monthDay && a.value > 12 && b.value <= 12 { (d, m) = (a.value, b.value) }
        let day = DayRef(year: year, month: m, day: d)
        guard validDay(day) else { return nil }
        return (end, day, year != .none)
    }

    /// "13 tháng 11", "13 November", "the 13th of November 2024", "13 Nov. 2024".
    private func dayMonthWords(_ j: Int, allowSeparatorBefore: Bool = false) -> (end: Int, day: DayRef)? {
        var k = j
        var hadArticle = false
        if let a = longest(.article, k) {
            k = a.end
            hadArticle = true
        }
        guard let d = number(k), d.digits <= 2, (1...31).contains(d.value),
            !gluedBefore(k, allowSeparator: allowSeparatorBefore)
        else { return nil }
        k += 1
        if let mw = longest(.monthword, k), let m = plain(mw.end), m.digits <= 2, (1...12).contains(m.value),
            tokens[mw.end].spaceBefore, !hadArticle
        {
            var e = mw.end + 1
            var year = TimeExpression.YearRef.none
            if let sep = dateSeparator(e), sep != 0x2E, adjacent(e), let y = plain(e + 1), adjacent(e + 1), y.digits == 4 {
                year = .explicit(y.value)
                e += 2
            }
            if gluedAfter(e) { return nil }
            let day = DayRef(year: year, month: m.value, day: d.value)
            return validDay(day) ? (e, day) : nil
        }
        if let of = longest(.of, k) { k = of.end }
        guard let month = longest(.month, k) else { return nil }
        var e = month.end
        if month.entry.flags.contains(.abbr), punct(e, 0x2E), adjacent(e) { e += 1 }
        var year = TimeExpression.YearRef.none
        if let y = plain(e), y.digits == 4, !gluedAfter(e + 1) {
            year = .explicit(y.value)
            e += 1
        } else if punct(e, 0x2C), let y = plain(e + 1), y.digits == 4, !gluedAfter(e + 2) {
            year = .explicit(y.value)
            e += 2
        }
        let day = DayRef(year: year, month: month.entry.value, day: d.value)
        return validDay(day) ? (e, day) : nil
    }

    /// A month name first: "November 13, 2024", "Nov. 13", "November 2024", "in November",
    /// "tháng giêng".
    private func monthFirst(_ j: Int, _ ctx: Context) -> Parsed? {
        guard let month = longest(.month, j) else { return nil }
        let m = month.entry.value
        let abbr = month.entry.flags.contains(.abbr)
        var k = month.end
        if abbr, punct(k, 0x2E), adjacent(k) { k += 1 }
        if let d = number(k), d.digits <= 2, (1...31).contains(d.value), tokens[k].spaceBefore {
            var e = k + 1
            var year = TimeExpression.YearRef.none
            if punct(e, 0x2C), let y = plain(e + 1), y.digits == 4, !gluedAfter(e + 2) {
                year = .explicit(y.value)
                e += 2
            } else if let y = plain(e), y.digits == 4, !gluedAfter(e + 1) {
                year = .explicit(y.value)
                e += 1
            }
            let day = DayRef(year: year, month: m, day: d.value)
            guard validDay(day) else { return nil }  // "February 30" is no date at all
            if !gluedAfter(e) || isDash(e) {
                return Parsed(end: e, expression: .day(day))
            }
        }
        if let y = plain(k), y.digits == 4, tokens[k].spaceBefore, !gluedAfter(k + 1) {
            return Parsed(end: k + 1, expression: .month(.explicit(y.value), m, nil, shift: nil))
        }
        if punct(k, 0x2C) || has(.of, k) {
            let after = punct(k, 0x2C) ? k + 1 : longest(.of, k)!.end
            if let y = plain(after), y.digits == 4, !gluedAfter(after + 1) {
                return Parsed(end: after + 1, expression: .month(.explicit(y.value), m, nil, shift: nil))
            }
        }
        if abbr { return nil }
        if month.entry.flags.contains(.ambiguous) && !(ctx.prep || ctx.part || ctx.rangeStart) {
            return nil
        }
        return Parsed(end: k, expression: .month(.none, m, nil, shift: nil))
    }

    /// "tháng 11", "tháng 11/2024", "tháng 11-2024".
    private func monthNumber(_ j: Int) -> Parsed? {
        guard let mw = longest(.monthword, j), let m = plain(mw.end), m.digits <= 2, (1...12).contains(m.value),
            tokens[mw.end].spaceBefore
        else { return nil }
        var k = mw.end + 1
        var year = TimeExpression.YearRef.none
        if let sep = dateSeparator(k), sep != 0x2E, adjacent(k), let y = plain(k + 1), adjacent(k + 1) {
            guard y.digits == 4 else { return nil }
            year = .explicit(y.value)
            k += 2
        }
        if gluedAfter(k) { return nil }
        return Parsed(end: k, expression: .month(year, m.value, nil, shift: nil))
    }

    /// "năm 2024".
    private func yearWord(_ j: Int) -> Parsed? {
        guard let yw = longest(.yearword, j), let y = plain(yw.end), y.digits == 4, tokens[yw.end].spaceBefore,
            !gluedAfter(yw.end + 1) || isDash(yw.end + 1)
        else { return nil }
        return Parsed(end: yw.end + 1, expression: .years(y.value, y.value, nil))
    }

    /// A four-digit year standing alone: "in 2024", "APEC 2027".
    private func bareYear(_ j: Int) -> Parsed? {
        guard let y = plain(j), y.digits == 4, (1800...2100).contains(y.value),
            !gluedBefore(j, allowSeparator: false)
        else { return nil }
        if gluedAfter(j + 1) && !isDash(j + 1) { return nil }
        if j > 0 && (has(.quantity, j - 1) || phraseEnds(.quantity, before: j)) { return nil }
        return Parsed(end: j + 1, expression: .years(y.value, y.value, nil))
    }

    /// A day, however written: numeric, with month words or month first.
    private func dayExpression(_ k: Int, allowSeparatorBefore: Bool) -> (end: Int, day: DayRef)? {
        var best: (end: Int, day: DayRef)?
        if let n = numeric(k, allowSeparatorBefore: allowSeparatorBefore) { best = (n.end, n.day) }
        if let d = dayMonthWords(k, allowSeparatorBefore: allowSeparatorBefore), d.end > (best?.end ?? -1) { best = d }
        if let mf = monthFirstDay(k), mf.end > (best?.end ?? -1) { best = mf }
        return best
    }

    /// "November 13[, 2024]" as a day only.
    private func monthFirstDay(_ j: Int) -> (end: Int, day: DayRef)? {
        guard let month = longest(.month, j) else { return nil }
        var k = month.end
        if month.entry.flags.contains(.abbr), punct(k, 0x2E), adjacent(k) { k += 1 }
        guard let d = number(k), d.digits <= 2, tokens[k].spaceBefore else { return nil }
        var e = k + 1
        var year = TimeExpression.YearRef.none
        if punct(e, 0x2C), let y = plain(e + 1), y.digits == 4, !gluedAfter(e + 2) {
            year = .explicit(y.value)
            e += 2
        } else if let y = plain(e), y.digits == 4, !gluedAfter(e + 1) {
            year = .explicit(y.value)
            e += 1
        }
        let day = DayRef(year: year, month: month.entry.value, day: d.value)
        return validDay(day) ? (e, day) : nil
    }

    /// "19 và 20-6", "19-20/6", "9 đến 12-11", "19 to 21 June", "19-21 June".
    private func bareDayRange(_ j: Int, _ ctx: Context) -> Parsed? {
        guard let d1 = number(j), d1.digits <= 2, (1...31).contains(d1.value),
            !gluedBefore(j, allowSeparator: false)
        else { return nil }
        var k = j + 1
        if isDash(k) {
            k += 1
        } else if let join = longest(.rangeJoin, k) {
            k = join.end
        } else {
            return nil
        }
        if let dw = longest(.dayword, k) { k = dw.end }
        guard let second = dayExpression(k, allowSeparatorBefore: true), second.day.day > d1.value else { return nil }
        let first = DayRef(year: second.day.year, month: second.day.month, day: d1.value)
        return Parsed(end: second.end, expression: .dayRange(first, second.day))
    }

    // MARK: tails

    /// Adds a range tail, a year ("năm 2024", "năm ngoái", "last year") and a weekday in
    /// parentheses to a date.
    private func extend(_ parsed: Parsed, _ ctx: Context) -> Parsed {
        var p = parsed
        if let r = rangeTail(p, ctx) { p = r }
        // A year after a year-less date.
        func yearAfter(_ k: Int) -> (end: Int, year: TimeExpression.YearRef)? {
            if let of = longest(.of, k), let y = yearAfter(of.end) { return y }
            if let yw = longest(.yearword, k), let y = plain(yw.end), y.digits == 4, !gluedAfter(yw.end + 1) {
                return (yw.end + 1, .explicit(y.value))
            }
            for r in all(.relative, k) {
                if case .offset(.year, let n)? = r.entry.relative { return (r.end, .relative(n)) }
            }
            return nil
        }
        switch p.expression {
        case .day(var d) where d.year == .none:
            if let y = yearAfter(p.end) {
                d.year = y.year
                p = Parsed(end: y.end, expression: .day(d), past: p.past)
            }
        case .dayRange(var a, var b) where b.year == .none:
            if let y = yearAfter(p.end) {
                a.year = y.year
                b.year = y.year
                p = Parsed(end: y.end, expression: .dayRange(a, b), past: p.past)
            }
        case .month(.none, let m, let part, let shift) where shift == nil:
            if let y = yearAfter(p.end) {
                p = Parsed(end: y.end, expression: .month(y.year, m, part, shift: nil), past: p.past)
            }
        case .monthRange(.none, let m1, let m2):
            if let y = yearAfter(p.end) {
                p = Parsed(end: y.end, expression: .monthRange(y.year, m1, m2), past: p.past)
            }
        default:
            break
        }
        // "13/11 (thứ Tư)": the weekday in parentheses belongs to the date.
        switch p.expression {
        case .day, .dayRange:
            if punct(p.end, 0x28), let w = longest(.weekday, p.end + 1), punct(w.end, 0x29) {
                p.end = w.end + 1
            }
        default:
            break
        }
        return p
    }

    /// "… đến 12-11", "… - 20/6", "… to 21", "… đến tháng 3", "… - 2025".
    private func rangeTail(_ p: Parsed, _ ctx: Context) -> Parsed? {
        var k = p.end
        var weak = false
        var dash = false
        if isDash(k) {
            k += 1
            dash = true
        } else if let join = longest(.rangeJoin, k) {
            weak = join.entry.flags.contains(.weak)
            k = join.end
        } else {
            return nil
        }
        switch p.expression {
        case .day(let d1):
            var yk = k
            if let dw = longest(.dayword, yk) { yk = dw.end }
            if let second = dayExpression(yk, allowSeparatorBefore: dash), !(weak && !ctx.rangeStart) {
                var first = d1
                var last = second.day
                if first.year == .none, case .explicit(let y) = last.year {
                    first.year = .explicit((first.month, first.day) > (last.month, last.day) ? y - 1 : y)
                }
                if last.year == .none, case .explicit(let y) = first.year {
                    last.year = .explicit((first.month, first.day) > (last.month, last.day) ? y + 1 : y)
                }
                if first.year == last.year && (first.month, first.day) >= (last.month, last.day)
                    && first.year != .none
                {
                    return nil
                }
                return Parsed(end: second.end, expression: .dayRange(first, last), past: p.past)
            }
            // A bare day borrowing the month: "June 19-20", "June 19 to 21".
            if let n = plain(k), n.digits <= 2, n.value > d1.day, n.value <= 31, !gluedAfter(k + 1) {
                var last = DayRef(year: d1.year, month: d1.month, day: n.value)
                guard validDay(last) else { return nil }
                var e = k + 1
                var first = d1
                if d1.year == .none {
                    if punct(e, 0x2C), let y = plain(e + 1), y.digits == 4, !gluedAfter(e + 2) {
                        first.year = .explicit(y.value)
                        last.year = .explicit(y.value)
                        e += 2
                    } else if let y = plain(e), y.digits == 4, !gluedAfter(e + 1) {
                        first.year = .explicit(y.value)
                        last.year = .explicit(y.value)
                        e += 1
                    }
                }
                if has(.countUnit, e) || has(.month, e) || has(.monthword, e) { return nil }
                return Parsed(end: e, expression: .dayRange(first, last), past: p.past)
            }
            return nil
        case .month(let y1, let m1, nil, nil):
            if weak && !ctx.rangeStart { return nil }
            let second = monthNumber(k) ?? monthFirst(k, Context(prefixed: true, prep: true))
            guard let second, case .month(let y2, let m2, nil, nil) = second.expression else { return nil }
            var year = y1
            if year == .none { year = y2 }
            guard m2 > m1 || (y1 != y2 && y1 != .none) else { return nil }
            if y1 != .none && y2 != .none && y1 != y2 { return nil }
            return Parsed(end: second.end, expression: .monthRange(year, m1, m2), past: p.past)
        case .years(let a, let b, nil) where a == b:
            if weak && !ctx.rangeStart { return nil }
            var yk = k
            if let yw = longest(.yearword, yk) { yk = yw.end }
            guard let y = plain(yk), !gluedAfter(yk + 1) else { return nil }
            var last = y.value
            // "2023-24": the second year in two digits, right after a dash.
            if y.digits == 2 && dash && adjacent(yk) && adjacent(k - 1) {
                last = a / 100 * 100 + y.value
                if last <= a { last += 100 }
            } else if y.digits != 4 {
                return nil
            }
            guard last > a, last - a < 100 else { return nil }
            return Parsed(end: yk + 1, expression: .years(a, last, nil), past: p.past)
        default:
            return nil
        }
    }

    // MARK: relative expressions

    /// Whether the word before token `j` makes a unit-first phrase a duration or a quantity
    /// ("4 năm qua", "vài tháng tới").
    private func countBefore(_ j: Int) -> Bool {
        guard j > 0 else { return false }
        if tokens[j - 1].isNumber { return true }
        return phraseEnds(.number, before: j) || phraseEnds(.quantity, before: j)
    }

    private func relative(_ j: Int) -> Parsed? {
        var best: (end: Int, entry: Entry)?
        for r in all(.relative, j) {
            if r.entry.flags.contains(.unitFirst) && countBefore(j) { continue }
            if best == nil || r.end > best!.end { best = r }
        }
        guard let best, var code = best.entry.relative else { return nil }
        var end = best.end
        // "tuần trước đó", "năm trước khi …": relative to the story, not to the published day.
        if has(.storyLink, end) { code = .unresolved }
        if case .offset(.day, _) = code, let dp = longest(.daypartAfter, end) { end = dp.end }
        return Parsed(end: end, expression: .relative(code, nil))
    }

    /// "đầu tháng 11", "cuối năm nay", "mid-November", "late 2024", "đầu tháng".
    private func part(_ j: Int, _ ctx: Context) -> Parsed? {
        guard let p = longest(.part, j), let part = TimeLexicon.Part(rawValue: p.entry.value) else { return nil }
        let k = p.end
        var best: Parsed?
        func offer(_ q: Parsed?) {
            guard let q else { return }
            if best == nil || q.end > best!.end { best = q }
        }
        for r in all(.relative, k) {
            guard case .offset(let unit, _)? = r.entry.relative, unit != .day else { continue }
            offer(Parsed(end: r.end, expression: .relative(r.entry.relative!, part)))
        }
        var inner = ctx
        inner.part = true
        for q in [monthNumber(k), monthFirst(k, inner)] {
            if let q, case .month(let y, let m, nil, let shift) = q.expression {
                offer(Parsed(end: q.end, expression: .month(y, m, part, shift: shift)))
            }
        }
        for q in [yearWord(k), bareYear(k)] {
            if let q, case .years(let a, let b, nil) = q.expression, a == b {
                offer(Parsed(end: q.end, expression: .years(a, a, part)))
            }
        }
        if best == nil, let u = longest(.unit, k), let unit = TimeLexicon.Unit(rawValue: u.entry.value),
            unit != .day, plain(u.end) == nil
        {
            offer(Parsed(end: u.end, expression: .relative(.offset(unit, 0), part)))
        }
        return best
    }

    /// "last Tuesday", "next Friday", "this coming Monday", "last November".
    private func shift(_ j: Int) -> Parsed? {
        guard let s = longest(.shift, j), let shift = TimeLexicon.WeekShift(rawValue: s.entry.value) else {
            return nil
        }
        let past = s.entry.flags.contains(.past)
        if let w = longest(.weekday, s.end) {
            var end = w.end
            if let dp = longest(.daypartAfter, end) { end = dp.end }
            return Parsed(end: end, expression: .weekday(w.entry.value, shift, weekOffset: nil), past: past)
        }
        if let m = longest(.month, s.end), !m.entry.flags.contains(.abbr) {
            return Parsed(end: m.end, expression: .month(.none, m.entry.value, nil, shift: shift), past: past)
        }
        return nil
    }

    /// "thứ Tư", "thứ Sáu tuần trước", "thứ Hai tới", "Monday evening", "Thứ Tư (13/11)".
    private func weekday(_ j: Int, _ ctx: Context) -> Parsed? {
        guard let w = longest(.weekday, j) else { return nil }
        var k = w.end
        var anchored = ctx.prefixed || (j > 0 && punct(j - 1, 0x28))
        if !ctx.prefixed && j > 0 && has(.ordinalNoun, j - 1) { return nil }
        if let dp = longest(.daypartAfter, k) { k = dp.end }
        var shift: TimeLexicon.WeekShift?
        var weekOffset: Int?
        var past = false
        if let ps = longest(.postShift, k), let value = TimeLexicon.WeekShift(rawValue: ps.entry.value) {
            // "từ thứ Hai tới thứ Tư": "tới" is a range link there.
            let linksOn = has(.weekday, ps.end) || number(ps.end) != nil
            if !(value == .nextOccurrence && linksOn) {
                shift = value
                past = ps.entry.flags.contains(.past)
                k = ps.end
                anchored = true
            }
        }
        if shift == nil {
            for r in all(.relative, k) {
                if case .offset(.week, let n)? = r.entry.relative {
                    weekOffset = n
                    k = r.end
                    anchored = true
                    past = n < 0
                    break
                }
            }
        }
        // A date that follows: "thứ Tư, 13/11", "Wednesday, Nov. 13", "thứ Hai (18/11)".
        if shift == nil && weekOffset == nil {
            var e = k
            var paren = false
            if punct(e, 0x2C) {
                e += 1
            } else if punct(e, 0x28) {
                paren = true
                e += 1
            }
            if let dw = longest(.dayword, e) { e = dw.end }
            if let d = dayExpression(e, allowSeparatorBefore: false) {
                var end = d.end
                if paren {
                    if punct(end, 0x29) { end += 1 } else { end = -1 }
                }
                if end > 0 {
                    return extend(Parsed(end: end, expression: .day(d.day)), ctx)
                }
            }
        }
        if w.entry.flags.contains(.ambiguous) && !anchored {
            // Only a capitalised numeral reads as a weekday on its own: "thứ Hai", not "thứ hai".
            let numeral = w.end - 1
            guard numeral > j, tokens[numeral].kind == .word, tokens[numeral].isCapitalized else { return nil }
        }
        return Parsed(
            end: k, expression: .weekday(w.entry.value, shift, weekOffset: weekOffset), past: past,
            bareWeekday: shift == nil && weekOffset == nil)
    }

    /// "3 ngày trước", "cách đây hai tuần", "two weeks ago", "in 3 days".
    private func countExpression(_ j: Int, _ ctx: Context) -> Parsed? {
        var k = j
        var before = false
        if let ab = longest(.agoBefore, k) {
            before = true
            k = ab.end
        }
        var n: (value: Int, end: Int)?
        if let p = plain(k), p.digits <= 3, !gluedBefore(k, allowSeparator: false) {
            n = (p.value, k + 1)
        } else if let w = longest(.number, k) {
            n = (w.entry.value, w.end)
        }
        guard let n, n.value > 0, let u = longest(.unit, n.end), let unit = TimeLexicon.Unit(rawValue: u.entry.value)
        else { return nil }
        if !before && (phraseEnds(.duration, before: j) || phraseEnds(.quantity, before: j)) { return nil }
        var e = u.end
        let sign: Int
        if let ago = longest(.ago, e) {
            e = ago.end
            sign = -1
        } else if before {
            sign = -1
        } else if ctx.futureIn && n.value >= 2 {
            // "in two weeks"; "in a day" is mostly "within a day".
            sign = 1
        } else {
            return nil
        }
        return Parsed(end: e, expression: .count(n.value, unit, sign: sign), past: sign < 0)
    }

    // MARK: sentence cues

    /// The tense cue nearest to a bare weekday in its sentence: `-1` past, `1` future, `0` none.
    ///
    /// Looks back to the start of the sentence; a weekday that opens its sentence ("On Friday,
    /// the two met") looks at the words after it instead.
    func tenseCue(around candidate: Candidate) -> Int {
        func isBoundary(_ t: TimeToken) -> Bool {
            if t.kind != .punct { return false }
            let v = UInt32(bitPattern: t.value)
            return v == 0x2E || v == 0x21 || v == 0x3F || v == 0x3B || v == 0x3A
        }
        var wordsBefore = 0
        var t = candidate.start - 1
        if !tokens[candidate.start].flags.contains(.newlineBefore) {
            while t >= 0 && wordsBefore < 24 {
                let tok = tokens[t]
                if isBoundary(tok) { break }
                if tok.kinds & Kind.futureCue.bit != 0 { return 1 }
                if tok.kinds & Kind.pastCue.bit != 0 { return -1 }
                wordsBefore += 1
                if tok.flags.contains(.newlineBefore) { break }
                t -= 1
            }
        }
        guard wordsBefore <= 1 else { return 0 }
        t = candidate.end
        var steps = 0
        while t < count && steps < 12 {
            let tok = tokens[t]
            if isBoundary(tok) || tok.flags.contains(.newlineBefore) { break }
            if tok.kinds & Kind.futureCue.bit != 0 { return 1 }
            if tok.kinds & Kind.pastCue.bit != 0 { return -1 }
            t += 1
            steps += 1
        }
        return 0
    }
}
