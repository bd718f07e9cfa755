import LiaisonCore

/// Dates a text from the office holders it names, for texts with no published day.
///
/// "Tổng thư ký NATO Mark Rutte" (in office from 2024-10-01) and "Ngoại trưởng Mỹ Anthony
/// Blinken" (until 2025-01-20) in one text mean the text speaks of days between those two dates;
/// with "Tổng thống đắc cử Donald Trump" (9 November 2016 – 20 January 2017 or 6 November 2024 –
/// 20 January 2025) it is November 2024 to January 2025, and "ngày 13/11" is 2024-11-13.
///
/// ```swift
/// let estimator = try EraEstimator.bundled()
/// let era = estimator.era(in: "Secretary-General Mark Rutte met Secretary of State Antony Blinken.")
/// // era?.intervals == [2024-10-01…2025-01-20]
/// ```
///
/// **What counts.** Only *titled* mentions: a known office holder's name tied to a title of an
/// office they held, with the title just before the name ("Ngoại trưởng Ukraine Andrii Sybiha",
/// "President-elect Donald Trump"; up to eight capitalised or filler words between) or, failing
/// that, just after it and a comma ("Mark Rutte, NATO's secretary general"). A title is ignored
/// when "cựu", "former", "Phó", "incoming"… stands before it or "designate", "nominee"… after it,
/// and inside quotation marks (quoted speech uses courtesy titles: "President Trump" in 2023).
/// Each titled mention says "the text speaks of a day when this person held this office"; the era
/// is the intersection of these tenures.
///
/// **Names alone do not count**, not even when the titled mentions leave nothing to intersect.
/// A bare name says the person is talked about, not that they hold an office at the time: former
/// leaders are quoted, successors are announced ("người sắp kế nhiệm ông Borrell - bà Kaja
/// Kallas"), a retrospective names everyone. And a bare name's tenures are the union of all the
/// offices the person ever held ("Mark Rutte": Dutch prime minister, then NATO's secretary
/// general), which rarely narrows anything. A wrong year is worse than no year, so the estimator
/// only trusts what the text itself ties together.
///
/// **No guessing.** `era(in:)` is `nil` when no titled mention is found or when the tenures do not
/// intersect (a contradiction: a text naming "Secretary of State John Kerry" and "Secretary of
/// State Marco Rubio" as holders at once is about several times, or wrong).
///
/// The facts are the bundled pack files `common/officeholders.txt` and `common/officetitles.txt`
/// (a `LIAISON_PACKS` folder can replace them). Matching works on Unicode scalars: the text is
/// split into words once, each folded (case, diacritics) and looked up in a vocabulary, and tries
/// over word ids find names and titles. No regular expressions.
public struct EraEstimator: Sendable {
    let facts: OfficeFacts

    /// How many words may stand between a title and the name after it.
    static let maxGapAfterTitle = 8
    /// How many words may stand between a name's comma and a title after it.
    static let maxGapBeforeTitle = 3
    /// How many words may stand between a "former"/"cựu" and the title it cancels.
    static let maxGapNegation = 2

    /// Builds an estimator from the two pack files.
    /// - Throws: `PackFile.LoadError` naming the file and line of a wrong record.
    public init(holders: PackFile, titles: PackFile) throws {
        facts = try OfficeFacts(holders: holders, titles: titles)
    }

    /// Builds an estimator from pack text (tests, user-supplied lists).
    public init(holdersText: String, titlesText: String) throws {
        try self.init(
            holders: PackFile(path: "officeholders.txt", text: holdersText),
            titles: PackFile(path: "officetitles.txt", text: titlesText))
    }

    private static let bundledResult: Result<EraEstimator, PackFile.LoadError> = {
        do {
            return .success(
                try EraEstimator(
                    holders: PackFile.load(language: "common", name: "officeholders"),
                    titles: PackFile.load(language: "common", name: "officetitles")))
        } catch let error as PackFile.LoadError {
            return .failure(error)
        } catch {
            return .failure(PackFile.LoadError(path: "common/officeholders.txt", line: nil, message: "\(error)"))
        }
    }()

    /// The estimator over the bundled facts, loaded once per process.
    public static func bundled() throws -> EraEstimator {
        try bundledResult.get()
    }

    /// The number of people and offices the facts know.
    public var personCount: Int { facts.persons.count }
    public var officeCount: Int { facts.offices.count }

    /// The tenures of a person in an office, by canonical name and office key (empty if unknown).
    public func tenures(of name: String, in office: String) -> [DayInterval] {
        guard let p = facts.persons.firstIndex(where: { $0.name == name }),
            let o = facts.offices.firstIndex(of: office)
        else { return [] }
        return facts.persons[p].tenures[o] ?? []
    }

    /// The era of a text (Unicode NFC), or `nil` when its titled office holders say nothing or
    /// contradict each other.
    public func era(in text: String) -> Era? {
        let mentions = officeMentions(in: text)
        guard var intervals = mentions.first?.tenures else { return nil }
        for mention in mentions.dropFirst() {
            intervals = Era.intersect(intervals, mention.tenures)
            if intervals.isEmpty { return nil }
        }
        return Era(intervals: intervals, evidence: mentions)
    }

    // MARK: finding titled mentions

    private struct Hit {
        var start: Int
        var end: Int
        /// Title index, or name entry index.
        var index: Int
        var blocked = false
    }

    /// Every titled mention of a known office holder in `text`, in text order.
    public func officeMentions(in text: String) -> [OfficeMention] {
        let scalars = NameFolding.scalars(text)
        let tokens = NameFolding.tokens(scalars, vocabulary: facts.vocabulary)
        guard !tokens.isEmpty else { return [] }
        var titles = scan(tokens) { i in facts.titles.longest(in: tokens, at: i).map { ($0.end, Int($0.payload)) } }
        guard !titles.isEmpty else { return [] }
        let names = scan(tokens) { i in name(in: tokens, at: i) }
        guard !names.isEmpty else { return [] }
        block(&titles, tokens)

        var titleAt: [Int: Int] = [:]
        for (k, t) in titles.enumerated() { titleAt[t.start] = k }
        var nameAt: [Int: Int] = [:]
        for (k, n) in names.enumerated() { nameAt[n.start] = k }

        func words(_ a: Int, _ b: Int) -> String {
            var view = String.UnicodeScalarView()
            for v in scalars[tokens[a].start..<tokens[b - 1].stop] { view.append(Unicode.Scalar(v)!) }
            return String(view)
        }

        var out: [OfficeMention] = []
        for title in titles where !title.blocked && !tokens[title.start].quoted {
            var bound: (Hit, [Int], [DayInterval])?
            if let n = nameAfter(title, tokens, titleAt: titleAt, titles: titles, nameAt: nameAt, names: names) {
                bound = tie(title, names[n])
            }
            if bound == nil, let n = nameBefore(title, tokens, names: names) {
                bound = tie(title, names[n])
            }
            guard let (name, persons, tenures) = bound, !tokens[name.start].quoted else { continue }
            let offices = Set(persons.flatMap { facts.persons[$0].tenures.keys })
                .intersection(facts.titleOffices[title.index]).sorted().map { facts.offices[$0] }
            out.append(
                OfficeMention(
                    names: persons.map { facts.persons[$0].name }, offices: offices,
                    title: words(title.start, title.end), name: words(name.start, name.end),
                    titleRange: tokens[title.start].start..<tokens[title.end - 1].stop,
                    nameRange: tokens[name.start].start..<tokens[name.end - 1].stop,
                    tenures: tenures))
        }
        out.sort { min($0.titleRange.lowerBound, $0.nameRange.lowerBound) < min($1.titleRange.lowerBound, $1.nameRange.lowerBound) }
        return out
    }

    /// Left-to-right longest matches that do not overlap.
    private func scan(_ tokens: [NameToken], _ match: (Int) -> (Int, Int)?) -> [Hit] {
        var hits: [Hit] = []
        var i = 0
        while i < tokens.count {
            if tokens[i].id >= 0, let (end, index) = match(i) {
                hits.append(Hit(start: i, end: end, index: index))
                i = end
            } else {
                i += 1
            }
        }
        return hits
    }

    /// The longest spelling of a name at `i` whose capitals the text has.
    private func name(in tokens: [NameToken], at i: Int) -> (Int, Int)? {
        for (end, payload) in facts.names.all(in: tokens, at: i).reversed() {
            let entry = facts.nameEntries[Int(payload)]
            let ok = entry.capitals.indices.allSatisfy { k in !entry.capitals[k] || tokens[i + k].capitalized }
            if ok { return (end, Int(payload)) }
        }
        return nil
    }

    /// Marks titles that a "former"/"cựu" before or a "designate"/"nominee" after cancels.
    private func block(_ titles: inout [Hit], _ tokens: [NameToken]) {
        var t = 0
        var i = 0
        while i < tokens.count {
            guard tokens[i].id >= 0, let match = facts.notBefore.longest(in: tokens, at: i) else {
                i += 1
                continue
            }
            // The first title after the phrase, if it is close and in the same sentence.
            while t < titles.count && titles[t].start < match.end { t += 1 }
            if t < titles.count, titles[t].start - match.end <= EraEstimator.maxGapNegation,
                !(match.end...titles[t].start).contains(where: { $0 < tokens.count && tokens[$0].boundaryBefore })
            {
                titles[t].blocked = true
            }
            i = match.end
        }
        for k in titles.indices {
            let end = titles[k].end
            if end < tokens.count, !tokens[end].boundaryBefore, facts.notAfter.longest(in: tokens, at: end) != nil {
                titles[k].blocked = true
            }
        }
    }

    /// The name a title introduces: the first name after it, across capitalised words, fillers and
    /// further titles joined to it by a comma or "kiêm" ("Tổng Bí thư, Chủ tịch nước Tô Lâm").
    private func nameAfter(
        _ title: Hit, _ tokens: [NameToken], titleAt: [Int: Int], titles: [Hit], nameAt: [Int: Int], names: [Hit]
    ) -> Int? {
        var j = title.end
        var gap = 0
        var joined = false
        while j < tokens.count && gap <= EraEstimator.maxGapAfterTitle {
            let token = tokens[j]
            if token.boundaryBefore { return nil }
            if let n = nameAt[j] { return n }
            if let t = titleAt[j] {
                guard token.commaBefore || joined else { return nil }
                j = titles[t].end
                joined = false
                continue
            }
            if token.id >= 0, let joiner = facts.joiners.longest(in: tokens, at: j) {
                j = joiner.end
                joined = true
                continue
            }
            guard token.capitalized || facts.fillers.contains(token.id) else { return nil }
            joined = false
            gap += 1
            j += 1
        }
        return nil
    }

    /// A name just before a title and a comma: "Mark Rutte, NATO's secretary general", "Antony
    /// Blinken, the U.S. secretary of state".
    private func nameBefore(_ title: Hit, _ tokens: [NameToken], names: [Hit]) -> Int? {
        // The last name that ends before the title (names are sorted and do not overlap).
        var low = 0
        var high = names.count
        while low < high {
            let mid = (low + high) / 2
            if names[mid].end <= title.start { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let n = low - 1
        let end = names[n].end
        guard end < tokens.count, tokens[end].commaBefore else { return nil }
        var j = end
        var gap = 0
        while j < title.start {
            if tokens[j].boundaryBefore { return nil }
            if tokens[j].id >= 0, let a = facts.apposition.longest(in: tokens, at: j), a.end <= title.start {
                j = a.end
                continue
            }
            guard tokens[j].capitalized else { return nil }
            gap += 1
            j += 1
        }
        if tokens[title.start].boundaryBefore || gap > EraEstimator.maxGapBeforeTitle { return nil }
        return n
    }

    /// The people a name may be who held one of the title's offices, and their tenures there.
    private func tie(_ title: Hit, _ name: Hit) -> (Hit, [Int], [DayInterval])? {
        let offices = facts.titleOffices[title.index]
        var persons: [Int] = []
        var tenures: [DayInterval] = []
        for p in facts.nameEntries[name.index].persons {
            let held = offices.compactMap { facts.persons[p].tenures[$0] }.flatMap { $0 }
            if !held.isEmpty {
                persons.append(p)
                tenures += held
            }
        }
        guard !persons.isEmpty else { return nil }
        return (name, persons, Era.union(tenures))
    }
}
