import Foundation

/// The time vocabulary of one language, read from the language pack's `time.txt`, and a trie over
/// it for matching whole words in text.
///
/// The meaning of every kind, value and flag is documented at the top of the pack files
/// (`Resources/LanguagePacks/<lang>/time.txt`).
struct TimeLexicon: Sendable {
    /// What a phrase is for the grammar.
    enum Kind: UInt8, CaseIterable, Sendable {
        case month, weekday, dayword, monthword, yearword, daypart, daypartAfter, dayShort
        case prep, duration, relative, part, shift, postShift, ago, agoBefore, unit, number
        case rangeStart, rangeJoin, article, of, futureCue, pastCue, ordinalNoun, quantity, countUnit, storyLink

        init?(name: String) {
            switch name {
            case "month": self = .month
            case "weekday": self = .weekday
            case "dayword": self = .dayword
            case "monthword": self = .monthword
            case "yearword": self = .yearword
            case "daypart": self = .daypart
            case "daypart-after": self = .daypartAfter
            case "day-short": self = .dayShort
            case "prep": self = .prep
            case "duration": self = .duration
            case "relative": self = .relative
            case "part": self = .part
            case "shift": self = .shift
            case "post-shift": self = .postShift
            case "ago": self = .ago
            case "ago-before": self = .agoBefore
            case "unit": self = .unit
            case "number": self = .number
            case "range-start": self = .rangeStart
            case "range-join": self = .rangeJoin
            case "article": self = .article
            case "of": self = .of
            case "future-cue": self = .futureCue
            case "past-cue": self = .pastCue
            case "ordinal-noun": self = .ordinalNoun
            case "quantity": self = .quantity
            case "count-unit": self = .countUnit
            case "story-link": self = .storyLink
            default: return nil
            }
        }

        @inline(__always) var bit: UInt32 { 1 << UInt32(rawValue) }
    }

    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let cap = Flags(rawValue: 1)
        static let abbr = Flags(rawValue: 2)
        static let ambiguous = Flags(rawValue: 4)
        static let past = Flags(rawValue: 8)
        static let weak = Flags(rawValue: 16)
        static let unitFirst = Flags(rawValue: 32)
        static let futureIn = Flags(rawValue: 64)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init?(name: String) {
            switch name {
            case "cap": self = .cap
            case "abbr": self = .abbr
            case "ambiguous": self = .ambiguous
            case "past": self = .past
            case "weak": self = .weak
            case "unit-first": self = .unitFirst
            case "future-in": self = .futureIn
            default: return nil
            }
        }
    }

    /// Time units of counts and relative expressions.
    enum Unit: Int, Sendable { case day = 1, week, month, year }

    /// Parts of a month, year or week ("đầu", "mid-", "late").
    enum Part: Int, Sendable { case early = 1, mid, late }

    /// How "last", "next", "tới", "tuần trước"… move a weekday.
    enum WeekShift: Int, Sendable {
        case thisWeek = 1, prevWeek, nextWeek, prevOccurrence, nextOccurrence
    }

    /// A relative expression's meaning (see the pack files' header).
    enum RelativeCode: Hashable, Sendable {
        case offset(Unit, Int)
        case weekend(Int)
        case weekendRecent
        case earlier(Unit)
        case later(Unit)
        /// A day relative to the story: the last single day the text gave before the
        /// expression, plus N days ("cùng ngày", "the same day": 0; "hôm sau", "the next day": 1).
        case story(Int)
        case unresolved

        init?(code: String) {
            if code == "unresolved" { self = .unresolved; return }
            if code.hasPrefix("story:") {
                let arg = code.dropFirst(6)
                guard let n = Int(arg.hasPrefix("+") ? String(arg.dropFirst()) : String(arg)) else { return nil }
                self = .story(n)
                return
            }
            if code == "weekend:recent" { self = .weekendRecent; return }
            let parts = code.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            let arg = String(parts[1])
            let unit: Unit?
            switch parts[0] {
            case "day": unit = .day
            case "week": unit = .week
            case "month": unit = .month
            case "year": unit = .year
            case "weekend":
                guard let n = Int(arg.hasPrefix("+") ? String(arg.dropFirst()) : arg) else { return nil }
                self = .weekend(n)
                return
            default: return nil
            }
            guard let unit else { return nil }
            if arg == "earlier" {
                guard unit != .day else { return nil }
                self = .earlier(unit)
            } else if arg == "later" {
                guard unit != .day else { return nil }
                self = .later(unit)
            } else if let n = Int(arg.hasPrefix("+") ? String(arg.dropFirst()) : arg) {
                self = .offset(unit, n)
            } else {
                return nil
            }
        }
    }

    /// One meaning of a phrase.
    struct Entry: Sendable {
        var kind: Kind
        /// Month, weekday, number, unit, part or shift value; 0 when unused.
        var value: Int
        var relative: RelativeCode?
        var flags: Flags
    }

    /// Numeric dates: day first (13/11/2024) or month first (11/13/2024).
    enum NumericOrder: Sendable { case dayMonth, monthDay }

    var entries: [Entry] = []
    var numericOrder: NumericOrder = .dayMonth

    // The trie, flattened. Node 0 is the root; its children are found through `rootTable` for
    // scalars below `rootTableSize`, other nodes list theirs in `edgeScalar`/`edgeTarget`.
    static let rootTableSize = 0x2000
    private(set) var rootTable: [Int32] = []
    private(set) var childStart: [Int32] = []
    private(set) var childCount: [Int32] = []
    private(set) var edgeScalar: [UInt32] = []
    private(set) var edgeTarget: [Int32] = []
    private(set) var entryStart: [Int32] = []
    private(set) var entryCount: [Int32] = []
    private(set) var entryList: [Int32] = []
    /// Phrases (root scalars ≥ rootTableSize) kept as a small list.
    private(set) var rootOverflow: [(UInt32, Int32)] = []

    /// Reads the pack file's records.
    init(pack: PackFile) throws {
        var phrases: [(scalars: [UInt32], entry: Int)] = []
        for record in pack.records {
            func fail(_ message: String) -> PackFile.LoadError {
                PackFile.LoadError(path: pack.path, line: record.line, message: message)
            }
            let fields = record.fields
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw fail("expected 'phrase | kind | value | flags'")
            }
            let phrase = fields[0]
            let kindName = fields[1]
            let value = fields.count > 2 ? fields[2] : ""
            var flags: Flags = []
            if fields.count > 3 {
                for name in fields[3].split(separator: ",") {
                    let trimmed = name.trimmingCharacters(in: .whitespaces)
                    if trimmed.isEmpty { continue }
                    guard let flag = Flags(name: trimmed) else { throw fail("unknown flag '\(trimmed)'") }
                    flags.insert(flag)
                }
            }
            if kindName == "setting" {
                guard phrase == "numeric-order" else { throw fail("unknown setting '\(phrase)'") }
                switch value {
                case "dmy": numericOrder = .dayMonth
                case "mdy": numericOrder = .monthDay
                default: throw fail("numeric-order is 'dmy' or 'mdy', not '\(value)'")
                }
                continue
            }
            guard let kind = Kind(name: kindName) else { throw fail("unknown kind '\(kindName)'") }
            var entry = Entry(kind: kind, value: 0, relative: nil, flags: flags)
            switch kind {
            case .month:
                guard let n = Int(value), (1...12).contains(n) else { throw fail("a month is 1-12") }
                entry.value = n
            case .weekday:
                guard let n = Int(value), (1...7).contains(n) else { throw fail("a weekday is 1-7") }
                entry.value = n
            case .dayShort:
                guard let n = Int(value.hasPrefix("+") ? String(value.dropFirst()) : value), (-2...2).contains(n)
                else { throw fail("day-short takes -2..2") }
                entry.value = n
            case .number:
                guard let n = Int(value), n >= 0 else { throw fail("a number word needs its value") }
                entry.value = n
            case .relative:
                guard let code = RelativeCode(code: value) else { throw fail("bad resolution code '\(value)'") }
                entry.relative = code
            case .part:
                switch value {
                case "early": entry.value = Part.early.rawValue
                case "mid": entry.value = Part.mid.rawValue
                case "late": entry.value = Part.late.rawValue
                default: throw fail("a part is early, mid or late")
                }
            case .unit:
                switch value {
                case "day": entry.value = Unit.day.rawValue
                case "week": entry.value = Unit.week.rawValue
                case "month": entry.value = Unit.month.rawValue
                case "year": entry.value = Unit.year.rawValue
                default: throw fail("a unit is day, week, month or year")
                }
            case .shift, .postShift:
                switch value {
                case "this-week": entry.value = WeekShift.thisWeek.rawValue
                case "prev-week": entry.value = WeekShift.prevWeek.rawValue
                case "next-week": entry.value = WeekShift.nextWeek.rawValue
                case "prev-occurrence": entry.value = WeekShift.prevOccurrence.rawValue
                case "next-occurrence": entry.value = WeekShift.nextOccurrence.rawValue
                default: throw fail("unknown shift '\(value)'")
                }
            default:
                break
            }
            entries.append(entry)
            let scalars = TimeLexicon.key(phrase)
            guard !scalars.isEmpty else { throw fail("empty phrase") }
            phrases.append((scalars, entries.count - 1))
        }
        buildTrie(phrases)
    }

    /// The scalars a phrase is matched by: lowercased, runs of spaces as one space, curly
    /// apostrophes as straight ones.
    static func key(_ phrase: String) -> [UInt32] {
        var out: [UInt32] = []
        var space = false
        for scalar in phrase.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(0x20); space = false }
            out.append(foldForMatch(scalar.value))
        }
        return out
    }

    /// Case folding used by the trie.
    @inline(__always)
    static func foldForMatch(_ v: UInt32) -> UInt32 {
        if v == 0x2019 || v == 0x2BC { return 0x27 }
        return ScalarCase.lower(v)
    }

    private mutating func buildTrie(_ phrases: [(scalars: [UInt32], entry: Int)]) {
        // Build with dictionaries, then flatten.
        var children: [[UInt32: Int]] = [[:]]
        var nodeEntries: [[Int]] = [[]]
        for (scalars, entry) in phrases {
            var node = 0
            for s in scalars {
                if let next = children[node][s] {
                    node = next
                } else {
                    children.append([:])
                    nodeEntries.append([])
                    children[node][s] = children.count - 1
                    node = children.count - 1
                }
            }
            nodeEntries[node].append(entry)
        }
        rootTable = Array(repeating: -1, count: TimeLexicon.rootTableSize)
        childStart = []
        childCount = []
        entryStart = []
        entryCount = []
        for node in 0..<children.count {
            let sorted = children[node].sorted { $0.key < $1.key }
            childStart.append(Int32(edgeScalar.count))
            childCount.append(Int32(sorted.count))
            for (s, target) in sorted {
                edgeScalar.append(s)
                edgeTarget.append(Int32(target))
                if node == 0 {
                    if s < UInt32(TimeLexicon.rootTableSize) {
                        rootTable[Int(s)] = Int32(target)
                    } else {
                        rootOverflow.append((s, Int32(target)))
                    }
                }
            }
            entryStart.append(Int32(entryList.count))
            entryCount.append(Int32(nodeEntries[node].count))
            entryList.append(contentsOf: nodeEntries[node].map { Int32($0) })
        }
    }

    /// The child of `node` along scalar `s`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ s: UInt32) -> Int32 {
        if node == 0 {
            if s < UInt32(TimeLexicon.rootTableSize) { return rootTable[Int(s)] }
            for (scalar, target) in rootOverflow where scalar == s { return target }
            return -1
        }
        let start = Int(childStart[Int(node)])
        let count = Int(childCount[Int(node)])
        var k = start
        let end = start + count
        while k < end {
            let e = edgeScalar[k]
            if e == s { return edgeTarget[k] }
            if e > s { return -1 }
            k += 1
        }
        return -1
    }

    /// Entries ending at `node`.
    @inline(__always)
    func entries(at node: Int32) -> Range<Int> {
        let start = Int(entryStart[Int(node)])
        return start..<(start + Int(entryCount[Int(node)]))
    }

    @inline(__always)
    func entryIndex(_ k: Int) -> Int { Int(entryList[k]) }
}
