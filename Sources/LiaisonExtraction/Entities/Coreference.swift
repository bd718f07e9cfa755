import LiaisonCore

/// Turns the mentions of one article into entities: one entity per real person, whatever the
/// article calls them.
///
/// - Full names make people; shorter names join the person whose name they end with ("Blinken",
///   "ông Blinken" → "Anthony Blinken"), or start with when no one else shares that first name
///   ("Ngoại trưởng Mỹ Anthony"); a spelling variant of one letter joins too ("Zelenskyy").
/// - A title or description alone ("Ngoại trưởng Mỹ", "the Secretary", "nhà ngoại giao hàng
///   đầu của Mỹ") is the person of the article who holds that office (the nearest before it, or
///   else the first after); "người đồng cấp Ukraine" is the holder, for Ukraine, of the other
///   party's office. A title whose holder is never named becomes an entity named by the title.
/// - Pronouns stand for the last person in subject position; "tôi"/"we" inside a quotation for
///   its speaker; "the two leaders" for the last two people named ("the three leaders" for
///   three).
struct Coreference {
    struct Cluster {
        var names: [[String]] = []
        var canonical = ""
        var canonicalLength = 0
        var roles: [TitleUse] = []
        var aliases: [String] = []
        var gender: LanguagePack.Gender?
        /// Token positions of its mentions, in text order.
        var positions: [Int] = []
        var first: Int = .max
        var fromTitle = false
    }

    var analysis: TextAnalysis
    var mentions: [Mention]
    var clusters: [Cluster] = []
    /// For each mention, its person cluster (or -1).
    var clusterOf: [Int] = []
    /// The speaker found for each paragraph.
    private var speakers: [Int32: Int?] = [:]
    /// Clusters by the last word of their names, and by the first word of their full names.
    private var byLast: [String: [Int]] = [:]
    private var byFirst: [String: [Int]] = [:]

    var text: TokenizedText { analysis.text }
    var pack: LanguagePack { analysis.pack }

    /// Folded words of the text, for comparing names.
    private let folds: FoldCache

    init(analysis: TextAnalysis, mentions: [Mention]) {
        self.analysis = analysis
        self.mentions = mentions
        self.folds = FoldCache(analysis.text)
    }

    // MARK: Names

    /// The folded name of a mention. Static, so that mutating methods do not copy the
    /// resolver to call it.
    private static func nameKey(_ m: Mention, _ folds: FoldCache) -> [String] {
        guard let name = m.name else { return [] }
        return folds.key(name)
    }

    /// Whether the folded name `n` can be the person whose full name is `full`.
    private static func fits(_ n: [String], _ full: [String], uniqueFirst: Bool) -> Bool {
        guard let nl = n.last, let fl = full.last else { return false }
        if n == full { return true }
        if n.count == 1 {
            if NameShape.isVariant(nl, fl) { return true }
            if full.count >= 2 && nl == full[0] && uniqueFirst { return true }
            return false
        }
        if n.count <= full.count {
            // a contiguous part ("Boric Font"), or first and last names ("Antony Blinken").
            for s in 0...(full.count - n.count) where full[s..<(s + n.count)].elementsEqual(n) { return true }
            if NameShape.isVariant(nl, fl), let nf = n.first, let ff = full.first,
               nf == ff || NameShape.isVariant(nf, ff) { return true }
        }
        return false
    }

    private func candidates(for key: [String]) -> [Int] {
        Coreference.candidates(for: key, clusters: clusters, byLast: byLast, byFirst: byFirst)
    }

    /// The clusters a folded name can belong to. Static, so that callers inside mutating
    /// methods pass the three tables, not a copy of the whole resolver.
    private static func candidates(for key: [String], clusters: [Cluster], byLast: [String: [Int]],
                                   byFirst: [String: [Int]]) -> [Int] {
        let all = allCandidates(for: key, clusters: clusters, byLast: byLast, byFirst: byFirst)
        // a cluster named exactly so ("Biden") before one whose name only ends so ("Jill Biden")
        let exact = all.filter { clusters[$0].names.contains(key) }
        return exact.isEmpty ? all : exact
    }

    private static func allCandidates(for key: [String], clusters: [Cluster], byLast: [String: [Int]],
                                      byFirst: [String: [Int]]) -> [Int] {
        guard let last = key.last else { return [] }
        // Clusters sharing the last word (or, for one word, the first), else spelling variants.
        var pool = byLast[last] ?? []
        if key.count == 1, let firsts = byFirst[key[0]] { pool += firsts }
        if pool.isEmpty {
            for (word, cs) in byLast where NameShape.isVariant(word, last) { pool += cs }
        }
        guard !pool.isEmpty else { return [] }
        let uniqueFirst = key.count == 1 && (byFirst[key[0]]?.count ?? 0) == 1
        var out: [Int] = []
        pool.sort()
        var previous = -1
        for ci in pool where ci != previous {
            previous = ci
            guard clusters[ci].names.contains(where: { Coreference.fits(key, $0, uniqueFirst: uniqueFirst) }) else { continue }
            out.append(ci)
        }
        return out
    }

    /// The cluster of `cands` with a mention nearest before `position`, else the first.
    private func nearest(_ cands: [Int], before position: Int) -> Int? {
        var best: Int?
        var bestPos = Int.min
        for c in cands {
            if let p = clusters[c].positions.last(where: { $0 < position }), p > bestPos {
                best = c
                bestPos = p
            }
        }
        if let best { return best }
        return cands.min { clusters[$0].first < clusters[$1].first }
    }

    private mutating func attach(_ mi: Int, to ci: Int, key nameKey: [String]? = nil) {
        clusterOf[mi] = ci
        let m = mentions[mi]
        // (kept sorted: mentions mostly come in text order)
        let position = m.range.lowerBound
        if let last = clusters[ci].positions.last, last > position {
            let at = clusters[ci].positions.firstIndex { $0 > position } ?? clusters[ci].positions.count
            clusters[ci].positions.insert(position, at: at)
        } else {
            clusters[ci].positions.append(position)
        }
        clusters[ci].first = min(clusters[ci].first, m.range.lowerBound)
        // (an alias already there is recognised on the text's bytes, without making its string)
        if m.kind != .pronoun && m.kind != .firstPerson && m.kind != .dual,
           !clusters[ci].aliases.contains(where: { text.isText(of: m.range, $0) })
        {
            clusters[ci].aliases.append(text.text(tokens: m.range))
        }
        if let known = m.known {
            // the full name of a well-known person joins the names it can be matched by
            let key = pack.peopleKeys[known]
            if !key.isEmpty && !clusters[ci].names.contains(key) {
                clusters[ci].names.append(key)
                if let last = key.last { Coreference.add(ci, to: &byLast, under: last) }
                if key.count >= 2 { Coreference.add(ci, to: &byFirst, under: key[0]) }
            }
        }
        if let name = m.name {
            let key = nameKey ?? folds.key(name)
            if !clusters[ci].names.contains(key) {
                clusters[ci].names.append(key)
                if let last = key.last { Coreference.add(ci, to: &byLast, under: last) }
                if key.count >= 2 { Coreference.add(ci, to: &byFirst, under: key[0]) }
            }
            var length = 0
            for i in name where text.tokens[i].isWord { length += 1 }
            let canonical = length > clusters[ci].canonicalLength || clusters[ci].fromTitle
            if name == m.range, !canonical, clusters[ci].aliases.contains(where: { text.isText(of: name, $0) }) {
                // the alias is there already, and the name is not a longer one
            } else {
                let written = name == m.range ? text.text(tokens: name) : personText(name)
                if !clusters[ci].aliases.contains(written) { clusters[ci].aliases.append(written) }
                if canonical {
                    clusters[ci].canonical = written
                    clusters[ci].canonicalLength = length
                    clusters[ci].fromTitle = false
                }
            }
        }
        for role in m.roles where !clusters[ci].roles.contains(where: {
            $0.office == role.office && $0.affiliation == role.affiliation && $0.modifier == role.modifier
        }) {
            clusters[ci].roles.append(role)
        }
        if clusters[ci].gender == nil, let g = m.gender, g != .any, m.kind == .person { clusters[ci].gender = g }
    }

    /// Adds cluster `ci` to a table's list under `word` (once), hashing the word once.
    private static func add(_ ci: Int, to table: inout [String: [Int]], under word: String) {
        if let i = table.index(forKey: word) {
            if !table.values[i].contains(ci) { table.values[i].append(ci) }
        } else {
            table[word] = [ci]
        }
    }

    /// The text of a name without what trails its last letter or full stop (trimmed on the
    /// text's scalars, then cut once).
    private func personText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let start = text.tokens[range.lowerBound].start
        var end = text.tokens[range.upperBound - 1].end
        while end > start, !ScalarTable.isLetter(text.scalars[end - 1]) && text.scalars[end - 1] != "." { end -= 1 }
        return text.text(from: start, to: end)
    }

    // MARK: Resolution

    mutating func resolve() {
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        clusterOf = Array(repeating: -1, count: mentions.count)
        byLast.reserveCapacity(mentions.count)
        byFirst.reserveCapacity(mentions.count)
        // 1. Named people, longest names first.
        var named: [(mi: Int, key: [String])] = []
        for mi in mentions.indices where mentions[mi].kind == .person && mentions[mi].name != nil {
            named.append((mi, Coreference.nameKey(mentions[mi], folds)))
        }
        named.sort { a, b in
            a.key.count != b.key.count ? a.key.count > b.key.count
                : mentions[a.mi].range.lowerBound < mentions[b.mi].range.lowerBound
        }
        for (mi, key) in named {
            guard !key.isEmpty else { continue }
            var cands = candidates(for: key)
            // "President Biden" beside "first lady Jill Biden": a surname with an office is not the
            // office holder's spouse, who shares the name.
            if key.count == 1, !mentions[mi].roles.isEmpty,
               !mentions[mi].roles.contains(where: { pack.office($0.office, fits: "spouse") })
            {
                cands = cands.filter { c in
                    clusters[c].roles.isEmpty || !clusters[c].roles.allSatisfy { pack.office($0.office, fits: "spouse") }
                }
            }
            if let ci = cands.count == 1 ? cands[0] : nearest(cands, before: mentions[mi].range.lowerBound) {
                attach(mi, to: ci, key: key)
            } else {
                clusters.append(Cluster())
                attach(mi, to: clusters.count - 1, key: key)
            }
        }
        // 2. Names alone ("Blinken", "Trump"), now that the people are known.
        addBareNames()
        // 3. Counterparts with a name take the other party's office.
        // 4. Titles, descriptions, pronouns, in text order.
        var lastSubject: Int?
        var recent: [Int] = []
        for mi in mentions.indices {
            let m = mentions[mi]
            var ci = clusterOf[mi]
            switch m.kind {
            case .person:
                if m.counterpart, ci >= 0, let ref = reference(before: mi), let role = clusters[ref].roles.first {
                    let r = TitleUse(text: role.text, office: role.office, affiliation: m.affiliation, modifier: nil)
                    if !clusters[ci].roles.contains(r) { clusters[ci].roles.append(r) }
                }
            case .titleOnly:
                let role = m.roles.first!
                ci = holder(office: role.office, text: role.text, affiliation: role.affiliation,
                            modifier: role.modifier, at: m.range.lowerBound) ?? -1
            case .description:
                ci = holder(office: m.target ?? "", text: nil, affiliation: m.affiliation, modifier: nil,
                            at: m.range.lowerBound) ?? -1
            case .counterpart:
                if let ref = reference(before: mi) {
                    for role in clusters[ref].roles {
                        if let h = holder(office: role.office, text: nil, affiliation: m.affiliation, modifier: nil,
                                          at: m.range.lowerBound, excluding: ref) {
                            ci = h
                            break
                        }
                    }
                }
            case .pronoun:
                if let s = lastSubject, Coreference.isCompatible(m.gender, clusters[s].gender) { ci = s }
                else { ci = recent.last(where: { Coreference.isCompatible(m.gender, clusters[$0].gender) }) ?? -1 }
            case .firstPerson:
                ci = speaker(of: mi) ?? -1
            case .dual:
                // the last two (or three) people, passing over staff who only report ("spokesman … said")
                var two: [Int] = []
                for c in recent.reversed() where !two.contains(c) && !isStaff(c) {
                    two.append(c)
                    if two.count == m.groupSize { break }
                }
                if two.count == m.groupSize { mentions[mi].entities = two.map { "#\($0)" } }
            default:
                break
            }
            if ci < 0, m.kind == .titleOnly || m.kind == .description, wantsOwnEntity(mi) {
                var c = Cluster()
                c.canonical = titleName(m)
                c.fromTitle = true
                clusters.append(c)
                ci = clusters.count - 1
            }
            if ci >= 0 {
                if clusterOf[mi] != ci { attach(mi, to: ci) }
                recent.removeAll { $0 == ci }
                recent.append(ci)
                if isSubjectPosition(mi) { lastSubject = ci }
            }
        }
    }

    /// Whether every office a person holds is a staff office (spokesperson, press secretary…).
    private func isStaff(_ ci: Int) -> Bool {
        let roles = clusters[ci].roles
        return !roles.isEmpty && roles.allSatisfy { pack.office($0.office, fits: "official") }
    }

    private static func isCompatible(_ a: LanguagePack.Gender?, _ b: LanguagePack.Gender?) -> Bool {
        guard let a, let b, a != .any, b != .any else { return true }
        return a == b
    }

    /// The nearest person named before mention `mi` in its sentence (the other party of a
    /// counterpart), else the last one before.
    private func reference(before mi: Int) -> Int? {
        var k = mi - 1
        while k >= 0 {
            if clusterOf[k] >= 0 && mentions[k].isPersonLike && mentions[k].kind != .counterpart {
                return clusterOf[k]
            }
            k -= 1
        }
        return nil
    }

    /// The person of the article holding an office (or a group of offices).
    private func holder(office: String, text written: String?, affiliation: String?, modifier: String?,
                        at position: Int, excluding: Int? = nil) -> Int?
    {
        func modifierFits(_ role: TitleUse) -> Bool {
            switch modifier {
            case nil, "incumbent", "new": return role.modifier == nil || role.modifier == "incumbent" || role.modifier == "new"
            case let m?: return role.modifier == m
            }
        }
        var exact: [Int] = [], byOffice: [Int] = []
        let writtenKey = written.map { TokenKey.of($0.unicodeScalars) }
        for (ci, c) in clusters.enumerated() where ci != excluding {
            // the title as written, in any of the person's roles, before the office alone
            var isExact = false, fitsOffice = false
            for role in c.roles where modifierFits(role) {
                let affFits = affiliation == nil || role.affiliation == nil || role.affiliation == affiliation
                guard affFits else { continue }
                if let writtenKey, role.textKey == writtenKey,
                   affiliation == nil || role.affiliation == affiliation {
                    isExact = true
                    break
                }
                if pack.office(role.office, fits: office) && (affiliation == nil || role.affiliation == affiliation
                    || (role.affiliation == nil && c.roles.allSatisfy { $0.affiliation == nil })) {
                    fitsOffice = true
                }
            }
            if isExact { exact.append(ci) } else if fitsOffice { byOffice.append(ci) }
        }
        let cands = exact.isEmpty ? byOffice : exact
        guard !cands.isEmpty else { return nil }
        return nearest(cands.filter { !clusters[$0].positions.isEmpty }, before: position)
            ?? cands.first
    }

    /// The speaker of the quotation holding mention `mi`: the subject of a verb of saying in
    /// the same paragraph, outside the quotation.
    private mutating func speaker(of mi: Int) -> Int? {
        let paragraph = analysis.paragraphOf[mentions[mi].range.lowerBound]
        if let cached = speakers[paragraph] { return cached }
        let found = findSpeaker(paragraph)
        speakers[paragraph] = found
        return found
    }

    private func findSpeaker(_ paragraph: Int32) -> Int? {
        var best: Int?
        for k in mentions.indices where clusterOf[k] >= 0 && mentions[k].isPersonLike
            && mentions[k].kind != .firstPerson
        {
            let p = mentions[k].range.lowerBound
            guard analysis.paragraphOf[p] == paragraph, !analysis.inQuote[p] else { continue }
            let after = mentions[k].range.upperBound
            var saying = false
            for j in after..<min(after + 3, text.tokens.count) where analysis.isGrammar(.speech, at: j) { saying = true }
            for j in max(0, p - 3)..<p where analysis.isGrammar(.speech, at: j) && !analysis.inQuote[j] { saying = true }
            if saying { best = clusterOf[k]; break }
        }
        return best
    }

    /// Whether a mention opens its clause (after punctuation, dates and adverbs only).
    func isSubjectPosition(_ mi: Int) -> Bool {
        let p = mentions[mi].range.lowerBound
        let start = analysis.segment(of: p)
        var k = start
        while k < p {
            let t = text.tokens[k]
            if t.kind == .punctuation || analysis.dateAt[k] >= 0 { k += 1; continue }
            if let n = analysis.grammar(.adverb, at: k) { k += n; continue }
            if pack.isEnglish, let n = analysis.grammar(.determiner, at: k) { k += n; continue }
            if let n = analysis.grammar(.frame, at: k), n > 0 { return false }
            return false
        }
        return true
    }

    /// A title or description with no holder gets its own entity when it acts: in subject
    /// position, or right after "với"/"with", "và"/"and", or an event word.
    private func wantsOwnEntity(_ mi: Int) -> Bool {
        let m = mentions[mi]
        guard m.affiliation != nil || (pack.isEnglish && text.tokens[m.range.lowerBound].isCapitalized) else { return false }
        if isSubjectPosition(mi) {
            let after = m.range.upperBound
            return after < text.tokens.count && text.tokens[after].isWord && !text.tokens[after].isCapitalized
        }
        let p = m.range.lowerBound
        if analysis.grammarEnding(.with, before: p, window: 3) != nil
            || analysis.grammarEnding(.and, before: p, window: 3) != nil { return true }
        // right after an event word ("tiếp Ngoại trưởng Mỹ", "met the Foreign Secretary")
        var k = p - 1
        if k >= 0, analysis.isGrammar(.determiner, at: k) { k -= 1 }
        for start in max(0, k - 3)...max(0, k) {
            if let e = analysis.longest(.event, at: start), start + e.length == k + 1 { return true }
        }
        return false
    }

    private func titleName(_ m: Mention) -> String {
        var start = m.range.lowerBound
        while start < m.range.upperBound - 1, analysis.isGrammar(.determiner, at: start) { start += 1 }
        return text.text(tokens: start..<m.range.upperBound)
    }

    // MARK: Names alone

    private mutating func addBareNames() {
        guard !clusters.isEmpty else { return }
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for m in mentions { for i in m.range { covered[i] = true } }
        var lasts = Set<String>()
        for c in clusters { for n in c.names where n.count >= 2 { lasts.insert(n.last!) } }
        let lastList = Array(lasts)
        func knownLast(_ w: String) -> Bool {
            if lasts.contains(w) { return true }
            let n = w.utf8.count
            guard n >= 5 else { return false }
            return lastList.contains { abs($0.utf8.count - n) <= 2 && NameShape.isVariant(w, $0) }
        }
        var added: [Mention] = []
        for (si, s) in analysis.sentences.enumerated() {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                let t = text.tokens[i]
                guard !covered[i], t.isWord, t.isCapitalized, !t.isAllCaps, analysis.dateAt[i] < 0,
                      analysis.longest(.title, at: i) == nil, analysis.grammar(.orgHead, at: i) == nil
                else { i += 1; continue }
                // the longest run of capitalised words from here
                var k = i
                while k < s.tokens.upperBound && k - i < 4 && !covered[k] && text.tokens[k].isWord
                    && text.tokens[k].isCapitalized && !text.tokens[k].isAllCaps { k += 1 }
                var matched: Range<Int>?
                var end = k
                while end > i {
                    let last = folds.fold(end - 1)
                    if knownLast(last) {
                        let key = folds.key(i..<end)
                        if !key.isEmpty, clusters.contains(where: { c in c.names.contains { n in
                            key.count == 1 ? (n.count >= 2 && NameShape.isVariant(key[0], n.last!)) : Coreference.fits(key, n, uniqueFirst: false)
                        } }) {
                            matched = i..<end
                            break
                        }
                    }
                    end -= 1
                }
                if matched == nil, k - i >= 2, knownLast(folds.fold(k - 1)),
                   !analysis.isGrammar(.notname, at: i), !(i == s.tokens.lowerBound && pack.isEnglish),
                   !(i..<k).contains(where: { analysis.longest(.title, at: $0) != nil || analysis.grammar(.orgHead, at: $0) != nil })
                {
                    // "Hunter Biden" beside "Joe Biden": a relative, a person of their own.
                    matched = i..<k
                }
                if let r = matched {
                    let m = Mention(kind: .person, range: r, sentence: si)
                    m.name = r
                    added.append(m)
                    i = r.upperBound
                } else {
                    i += 1
                }
            }
        }
        guard !added.isEmpty else { return }
        for m in added {
            mentions.append(m)
            clusterOf.append(-1)
            let mi = mentions.count - 1
            let key = Coreference.nameKey(m, folds)
            let cands = candidates(for: key)
            if let ci = nearest(cands, before: m.range.lowerBound) {
                attach(mi, to: ci)
            } else if key.count >= 2 {
                clusters.append(Cluster())
                attach(mi, to: clusters.count - 1)
            }
        }
        // keep text order
        let order = mentions.indices.sorted { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }
        mentions = order.map { mentions[$0] }
        clusterOf = order.map { clusterOf[$0] }
    }
}

extension Coreference {
    /// Acronyms the article introduced in brackets ("Hội đồng … (ABAC)") stand for their
    /// organization when used alone later.
    mutating func addAcronyms() {
        var table: [UInt64: (String, Int)] = [:]  // key → (entity, length)
        for m in mentions where m.kind == .organization || m.affiliationRange != nil {
            guard let acronym = m.acronym, let id = m.kind == .organization ? m.entity : m.affiliation else { continue }
            let t = analysis.pack.tokenizer.tokenize(acronym)
            if t.tokens.count == 1 { table[t.tokens[0].key] = (id, 1) }
        }
        guard !table.isEmpty else { return }
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for m in mentions { for i in m.range { covered[i] = true } }
        var added = false
        for (si, s) in analysis.sentences.enumerated() {
            for i in s.tokens where !covered[i] && text.tokens[i].isAllCaps {
                if let (id, _) = table[text.tokens[i].key] {
                    let m = Mention(kind: .organization, range: i..<(i + 1), sentence: si)
                    m.entity = id
                    mentions.append(m)
                    clusterOf.append(-1)
                    added = true
                }
            }
        }
        if added {
            let order = mentions.indices.sorted { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }
            mentions = order.map { mentions[$0] }
            clusterOf = order.map { clusterOf[$0] }
        }
    }

    /// The article's entities, people first met first, and every mention's entity id filled in.
    mutating func entities() -> [Entity] {
        var used = Set<String>(minimumCapacity: clusters.count)
        var personIDs: [String] = []
        personIDs.reserveCapacity(clusters.count)
        for c in clusters {
            let base = NameShape.slug(c.canonical)
            var id = base
            var n = 2
            while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
            used.insert(id)
            personIDs.append(id)
        }
        // (entities in a list, found by id through one dictionary lookup per note)
        var list: [Entity] = []
        var firstSeen: [Int] = []
        var index: [String: Int] = [:]
        // (room for every person and for a few entities per mention: growing re-hashes the ids)
        index.reserveCapacity(clusters.count + mentions.count)
        list.reserveCapacity(clusters.count + mentions.count)
        firstSeen.reserveCapacity(clusters.count + mentions.count)
        @discardableResult
        func note(_ id: String, _ name: String, _ type: Entity.Kind, _ alias: String?, _ position: Int) -> Int {
            let i: Int
            if let known = index[id] {
                i = known
            } else {
                i = list.count
                index[id] = i
                list.append(Entity(id: id, name: name, type: type))
                firstSeen.append(position)
            }
            if let alias, !alias.isEmpty, !list[i].aliases.contains(alias) { list[i].aliases.append(alias) }
            return i
        }
        for (ci, c) in clusters.enumerated() where !c.positions.isEmpty {
            let id = personIDs[ci]
            let i = note(id, c.canonical, .person, nil, c.first)
            list[i].aliases = c.aliases
            var roles: [Role] = []
            for r in c.roles {
                let role = Role(title: r.modifier.map { modifierText(r, $0) } ?? r.text, affiliation: r.affiliation)
                if !roles.contains(role) { roles.append(role) }
            }
            list[i].roles = roles
        }
        for mi in mentions.indices {
            let m = mentions[mi]
            if clusterOf[mi] >= 0 { mentions[mi].entity = personIDs[clusterOf[mi]] }
            if m.kind == .dual {
                mentions[mi].entities = m.entities.compactMap { Int($0.dropFirst()).map { personIDs[$0] } }
            }
            switch m.kind {
            case .country, .organization, .place:
                guard let id = m.entity else { continue }
                let i: Int
                if let g = pack.gazetteer[id] {
                    i = note(id, g.name, g.type, nil, m.range.lowerBound)
                    // (the alias as written, unless the entity has it: compared on bytes)
                    if !list[i].aliases.contains(where: { text.isText(of: m.range, $0) }) {
                        list[i].aliases.append(text.text(tokens: m.range))
                    }
                } else {
                    let name = m.acronym.map { _ in text.text(tokens: m.range.lowerBound..<(m.range.upperBound - 3)) }
                        ?? text.text(tokens: m.range)
                    i = note(id, name, m.kind == .place ? .place : .organization, name, m.range.lowerBound)
                }
                if let a = m.acronym, !list[i].aliases.contains(a) { list[i].aliases.append(a) }
            default:
                break
            }
            if let aff = m.affiliation, let range = m.affiliationRange, let g = pack.gazetteer[aff] {
                var r = range
                let first = text.tokens[r.lowerBound].key
                if r.count > 1, first == Words.cua || first == Words.of { r = (r.lowerBound + 1)..<r.upperBound }
                let i = note(aff, g.name, g.type, nil, r.lowerBound)
                if !list[i].aliases.contains(where: { text.isText(of: r, $0) }) { list[i].aliases.append(text.text(tokens: r)) }
                if let a = m.acronym, !list[i].aliases.contains(a) { list[i].aliases.append(a) }
            }
        }
        // Affiliations of roles that were never written (defaults) still name an entity, first
        // seen with the first person who holds such a role (in text order: the dictionary's
        // order changes from run to run).
        let people = list.indices.filter { list[$0].type == .person }.sorted {
            (firstSeen[$0], list[$0].id) < (firstSeen[$1], list[$1].id)
        }
        for p in people {
            for r in list[p].roles {
                if let aff = r.affiliation, index[aff] == nil, let g = pack.gazetteer[aff] {
                    note(aff, g.name, g.type, nil, firstSeen[p])
                }
            }
        }
        for mi in mentions.indices {
            mentions[mi].ids = mentions[mi].kind == .dual ? mentions[mi].entities : mentions[mi].entity.map { [$0] } ?? []
        }
        let order = list.indices.sorted { a, b in
            firstSeen[a] != firstSeen[b] ? firstSeen[a] < firstSeen[b] : list[a].id < list[b].id
        }
        return order.map { list[$0] }
    }

    private func modifierText(_ role: TitleUse, _ modifier: String) -> String {
        role.text
    }

    /// The person mentioned most often (ties: the first met): the subject of clauses that
    /// leave it out.
    func protagonist() -> Int? {
        var best: Int?
        for (ci, c) in clusters.enumerated() where !c.positions.isEmpty {
            if let b = best {
                let cb = clusters[b]
                if c.positions.count > cb.positions.count || (c.positions.count == cb.positions.count && c.first < cb.first) {
                    best = ci
                }
            } else {
                best = ci
            }
        }
        return best
    }
}
