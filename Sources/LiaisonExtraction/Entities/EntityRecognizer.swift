import LiaisonCore

/// Finds the mentions of one sentence: titled names ("Tổng thư ký NATO Mark Rutte", "Ukraine's
/// Foreign Minister Dmytro Kuleba"), honorific names ("bà Kaja Kallas", "Mr. Blinken"), names by
/// their shape (Vietnamese names that start with a family name, foreign names that start with a
/// given name), countries, organizations and places of the pack (with an acronym introduced in
/// brackets), titles and descriptions standing alone, pronouns.
///
/// Names alone ("Blinken", "Trump") are found later, by ``Coreference``, once the article's
/// people are known.
struct EntityRecognizer {
    let analysis: TextAnalysis
    var pack: LanguagePack { analysis.pack }
    var text: TokenizedText { analysis.text }
    var tokens: [Token] { analysis.text.tokens }
    var english: Bool { pack.isEnglish }

    func mentions(in sentenceIndex: Int) -> [Mention] {
        let sentence = analysis.sentences[sentenceIndex]
        // A dateline names where the story was filed and who filed it, no one in it.
        if sentence.isDateline { return [] }
        let end = sentence.tokens.upperBound
        var out: [Mention] = []
        var p = sentence.tokens.lowerBound
        while p < end {
            if analysis.dateAt[p] >= 0 { p += 1; continue }
            // Nothing starts at a lower-case word that no pack phrase starts with.
            if !tokens[p].isCapitalized && analysis.matches(at: p).isEmpty { p += 1; continue }
            // A photo credit ("Ảnh: Reuters", "Photo: AFP"): skip to its end.
            if let n = analysis.grammar(.photo, at: p), analysis.punctuation(p + n, ":") {
                var k = p + n + 1
                while k < end && !analysis.punctuation(k, ")") { k += 1 }
                p = k
                continue
            }
            if let m = titled(at: p, end: end, sentence: sentenceIndex)
                ?? honorific(at: p, end: end, sentence: sentenceIndex)
                ?? described(at: p, end: end, sentence: sentenceIndex)
                ?? referring(at: p, end: end, sentence: sentenceIndex)
                ?? named(at: p, end: end, sentence: sentenceIndex)
            {
                out.append(m)
                p = m.range.upperBound
                continue
            }
            p += 1
        }
        return out
    }

    // MARK: Affiliations

    struct Affiliation {
        var entity: String
        var kind: Mention.Kind
        var range: Range<Int>
        var acronym: String?
    }

    /// A country, organization or place at `p` ("Mỹ", "Liên minh châu Âu (EU)"), or, before an
    /// English title, a demonym ("Chinese") or a possessive ("Ukraine's").
    func affiliationEntity(at p: Int, end: Int, demonyms: Bool) -> Affiliation? {
        guard p < end else { return nil }
        var best: Affiliation?
        for m in analysis.matches(at: p) {
            let found: (String, Mention.Kind)?
            switch m.category {
            case .country: found = (pack.countries[Int(m.ref)].id, .country)
            case .organization: found = (pack.organizations[Int(m.ref)].id, .organization)
            case .place: found = (pack.places[Int(m.ref)].id, .place)
            case .demonym where demonyms: found = (pack.demonyms[Int(m.ref)], .country)
            default: found = nil
            }
            if let (id, kind) = found, best == nil || m.length > best!.range.count {
                best = Affiliation(entity: id, kind: kind, range: p..<(p + m.length))
            }
        }
        guard var a = best else { return nil }
        if let (acronym, next) = bracketedAcronym(at: a.range.upperBound, end: end) {
            a.acronym = acronym
            a.range = p..<next
        }
        return a
    }

    /// "(EU)" at `p`: the acronym and the token after the closing bracket.
    func bracketedAcronym(at p: Int, end: Int) -> (String, Int)? {
        guard p + 2 < end, analysis.punctuation(p, "("), analysis.punctuation(p + 2, ")"),
              tokens[p + 1].isWord, tokens[p + 1].isAllCaps || tokens[p + 1].flags.contains(.digit),
              tokens[p + 1].isCapitalized
        else { return nil }
        return (text.text(tokens[p + 1]), p + 3)
    }

    /// "của Liên minh châu Âu", "of Ukraine", or an affiliation directly.
    func affiliationAfter(_ q: Int, end: Int) -> Affiliation? {
        if q < end, tokens[q].isWord {
            let word = tokens[q].key
            if word == Words.cua || word == Words.of {
                var k = q + 1
                if k < end, tokens[k].key == Words.the { k += 1 }
                if let a = affiliationEntity(at: k, end: end, demonyms: false) {
                    return Affiliation(entity: a.entity, kind: a.kind, range: q..<a.range.upperBound, acronym: a.acronym)
                }
                return nil
            }
        }
        return english ? nil : affiliationEntity(at: q, end: end, demonyms: false)
    }

    // MARK: Titles

    struct TitleRun {
        /// The titles (index into the pack's titles) and their tokens.
        var titles: [(Int, Range<Int>)] = []
        var modifier: String?
        var end: Int
    }

    /// Modifiers, a title, more modifiers; titles chained by "," or "kiêm" ("Tổng Bí thư, Chủ
    /// tịch nước").
    func titleRun(at p: Int, end: Int, joinsWithAnd: Bool = false) -> TitleRun? {
        var q = p
        var modifier: String?
        while q < end, let m = analysis.longest(.titleModifier, at: q), pack.modifiers[Int(m.entry.ref)].before {
            modifier = pack.modifiers[Int(m.entry.ref)].meaning
            q += m.length
        }
        guard q < end, let first = analysis.longest(.title, at: q) else { return nil }
        // "Đại sứ quán" (an embassy) is not "Đại sứ" (an ambassador).
        if let w = analysis.grammar(.word, at: q), w > first.length { return nil }
        var run = TitleRun(end: q + first.length)
        run.titles.append((Int(first.entry.ref), q..<(q + first.length)))
        run.modifier = modifier
        while true {
            let k = run.end
            if k < end, let m = analysis.longest(.titleModifier, at: k), !pack.modifiers[Int(m.entry.ref)].before {
                run.modifier = pack.modifiers[Int(m.entry.ref)].meaning
                run.end = k + m.length
                continue
            }
            if k + 1 < end, analysis.punctuation(k, ",") || tokens[k].key == Words.kiem,
               let next = analysis.longest(.title, at: k + 1)
            {
                run.titles.append((Int(next.entry.ref), (k + 1)..<(k + 1 + next.length)))
                run.end = k + 1 + next.length
                continue
            }
            // "Qatari Prime Minister and Foreign Minister Mohammed …": one person, two offices
            // (only after an affiliation and when a name follows the second title; "the Foreign
            // Secretary and Secretary Tillerson" are two people).
            if joinsWithAnd, english, k + 1 < end, tokens[k].key == Words.and, let next = analysis.longest(.title, at: k + 1),
               personName(at: k + 1 + next.length, end: end) != nil, !isGazetteerStart(k + 1 + next.length)
            {
                run.titles.append((Int(next.entry.ref), (k + 1)..<(k + 1 + next.length)))
                run.end = k + 1 + next.length
                continue
            }
            break
        }
        return run
    }

    /// A title with its affiliation and, usually, a name: "Ngoại trưởng Mỹ Anthony Blinken",
    /// "Đại diện cấp cao … của Liên minh châu Âu (EU) - ông Josep Borrell", "Former President
    /// Donald Trump", "Ukraine's Foreign Minister Dmytro Kuleba", "the Secretary".
    func titled(at p: Int, end: Int, sentence: Int) -> Mention? {
        // (a title, a modifier or, in English, an affiliation must start here)
        guard analysis.has(.title, at: p) || analysis.has(.titleModifier, at: p)
            || (english && (isGazetteerStart(p) || analysis.has(.demonym, at: p))) else { return nil }
        var q = p
        var affiliation: Affiliation?
        var leadingModifier: String?
        if english {
            // [modifier] [affiliation ['s]] title
            if let m = analysis.longest(.titleModifier, at: q), pack.modifiers[Int(m.entry.ref)].before,
               analysis.longest(.title, at: q + m.length) == nil
            {
                leadingModifier = pack.modifiers[Int(m.entry.ref)].meaning
                q += m.length
            }
            if let a = affiliationEntity(at: q, end: end, demonyms: true) {
                var k = a.range.upperBound
                if k < end, tokens[k].kind == .punctuation, tokens[k].length == 2 { k += 1 }  // 's
                else if analysis.punctuation(k, "'") || analysis.punctuation(k, "\u{2019}") { k += 1 }
                if titleRun(at: k, end: end) != nil {
                    affiliation = a
                    q = k
                } else if analysis.longest(.description, at: k) != nil {
                    return nil  // "the top US diplomat", "his Ukrainian counterpart"
                }
            }
        }
        guard var run = titleRun(at: q, end: end, joinsWithAnd: affiliation != nil) else { return nil }
        if run.modifier == nil { run.modifier = leadingModifier }
        let allowsAfter = run.titles.contains { pack.titles[$0.0].slots.contains(.after) || pack.titles[$0.0].slots.contains(.of) }
        var k = run.end
        if affiliation == nil, allowsAfter, let a = affiliationAfter(k, end: end) {
            affiliation = a
            k = a.range.upperBound
            // "Tổng thống Mỹ đắc cử"
            if k < end, let m = analysis.longest(.titleModifier, at: k), !pack.modifiers[Int(m.entry.ref)].before {
                run.modifier = pack.modifiers[Int(m.entry.ref)].meaning
                k += m.length
            }
        }
        // An organization the pack does not know, then a name: "Phó Chủ tịch Đảng Nhân dân
        // Campuchia Men Sam An" (the office is held for the country it names).
        if affiliation == nil, allowsAfter, !english, k < end, tokens[k].isCapitalized,
           let head = analysis.grammar(.orgHead, at: k)
        {
            var j = k + head
            while j < min(end, k + 9) {
                if isGazetteerStart(j), let a = affiliationEntity(at: j, end: end, demonyms: false),
                   a.kind != .organization, personName(at: a.range.upperBound, end: end) != nil,
                   !isGazetteerStart(a.range.upperBound)
                {
                    affiliation = Affiliation(entity: a.entity, kind: a.kind, range: a.range)
                    k = a.range.upperBound
                    break
                }
                guard tokens[j].isWord, !analysis.punctuation(j, ",") else { break }
                j += 1
            }
        }
        // Where the office is held: "Đại sứ Mỹ tại Việt Nam Marc Knapper", "Ambassador to Japan
        // Rahm Emanuel" (only when a name follows).
        if k < end, let n = analysis.grammar(.place, at: k) ?? analysis.grammar(.destination, at: k),
           let post = affiliationEntity(at: k + n, end: end, demonyms: false), post.kind != .organization,
           personName(at: post.range.upperBound, end: end) != nil, !isGazetteerStart(post.range.upperBound)
        {
            if affiliation == nil, english { affiliation = post }
            k = post.range.upperBound
        }
        // Apposition: "… (EU) - ông Josep Borrell", "the Foreign Secretary, Boris Johnson".
        var nameStart = k
        var gender: LanguagePack.Gender?
        if k + 1 < end, analysis.isDash(k) || (!english && analysis.punctuation(k, ",") && affiliation != nil) {
            var h = k + 1
            if let hon = analysis.longest(.honorific, at: h) {
                gender = pack.honorifics[Int(hon.entry.ref)]
                h += hon.length
            }
            // After a comma, only an honorific marks an apposition ("…, ông Josep Borrell").
            let marked = analysis.isDash(k) || gender != nil
            if marked, h < end, personName(at: h, end: end) != nil { nameStart = h } else { gender = nil }
        } else if let hon = analysis.longest(.honorific, at: k), personName(at: k + hon.length, end: end) != nil {
            gender = pack.honorifics[Int(hon.entry.ref)]
            nameStart = k + hon.length
        }
        var name = personName(at: nameStart, end: end)
        // Names that are places or countries are affiliations written after ("Thủ tướng Đức").
        if let n = name, isGazetteerStart(n.lowerBound) { name = nil }
        // A second title before the name: "Saudi Foreign Minister Prince Faisal bin Farhan".
        var stacked: Mention?
        if name == nil, nameStart == k, k < end, titleRun(at: k, end: end) != nil,
           let inner = titled(at: k, end: end, sentence: sentence), inner.kind == .person
        {
            stacked = inner
            name = inner.name
            if gender == nil { gender = inner.gender }
        }
        var mentionEnd = stacked?.range.upperBound ?? name?.upperBound ?? k
        // "President Zelenskyy of Ukraine"
        if let n = name, affiliation == nil, english, n.upperBound < end,
           tokens[n.upperBound].key == Words.of,
           let a = affiliationEntity(at: n.upperBound + 1, end: end, demonyms: false)
        {
            affiliation = a
            mentionEnd = a.range.upperBound
        }
        let roles = run.titles.map { (index, written) -> TitleUse in
            let title = pack.titles[index]
            let aff = affiliation?.entity ?? title.defaultAffiliation
            // (the key from the text's scalars, which are those of the title's string)
            let key = written.isEmpty ? TokenKey.seed
                : TokenKey.of(text.scalars[text.tokens[written.lowerBound].start..<text.tokens[written.upperBound - 1].end])
            return TitleUse(text: text.text(tokens: written), textKey: key,
                            office: pack.office(of: title, affiliation: aff), affiliation: aff, modifier: run.modifier)
        }
        let mention = Mention(kind: name == nil ? .titleOnly : .person, range: p..<mentionEnd, sentence: sentence)
        mention.name = name
        mention.roles = roles + (stacked?.roles ?? [])
        mention.gender = gender
        mention.affiliation = affiliation?.entity
        mention.affiliationRange = affiliation?.range
        mention.acronym = affiliation?.acronym
        if name == nil {
            guard acceptsTitleAlone(at: p, titleStart: q, sentence: sentence), !isInsideName(p) else { return nil }
        }
        return mention
    }

    /// Whether a title at `p` is a word of the name of a body, building or gathering that starts
    /// just before it ("Hội đồng Bộ trưởng OSCE", "Phủ Chủ tịch", "Văn phòng Chủ tịch nước",
    /// "Hội nghị Bộ trưởng Ngoại giao ASEAN").
    func isInsideName(_ p: Int) -> Bool {
        guard !english, p > 0 else { return false }
        let start = analysis.sentence(of: p).tokens.lowerBound
        for kind in [GrammarKind.orgHead, .placePrefix] {
            if let k = analysis.grammarEnding(kind, before: p, window: 3), k >= start, tokens[k].isCapitalized { return true }
        }
        for k in max(start, p - 4)..<p where tokens[k].isCapitalized {
            if let e = analysis.longest(.event, at: k), k + e.length == p { return true }
        }
        return false
    }

    /// Whether a title without a name refers to a person ("Ngoại trưởng Mỹ nói", "the Secretary
    /// noted") rather than being generic ("các ngoại trưởng", "a president", "làm đại diện").
    func acceptsTitleAlone(at p: Int, titleStart: Int, sentence: Int) -> Bool {
        let before = p - 1
        let sentenceStart = analysis.sentences[sentence].tokens.lowerBound
        if before >= sentenceStart {
            if analysis.grammarEnding(.predicate, before: p, window: 4) != nil { return false }
            if !english, analysis.grammarEnding(.determiner, before: p, window: 2) != nil { return false }
            if Words.indefinite.contains(tokens[before].key) { return false }
        }
        if english {
            if tokens[titleStart].isCapitalized { return true }
            return before >= sentenceStart && analysis.isGrammar(.determiner, at: before)
        }
        return tokens[titleStart].isCapitalized
    }

    func isGazetteerStart(_ i: Int) -> Bool {
        guard analysis.has(.country, at: i) || analysis.has(.organization, at: i) || analysis.has(.place, at: i) else {
            return false
        }
        for m in analysis.matches(at: i) {
            switch m.category {
            case .country, .organization, .place: return true
            default: continue
            }
        }
        return false
    }

    // MARK: Names

    /// A personal name at `p`: capitalised words, initials ("J."), particles inside ("von der"),
    /// parts joined by a hyphen ("Jong-un"); at most five words, no acronyms.
    func personName(at p: Int, end: Int) -> Range<Int>? {
        var k = p
        var words = 0
        var last = p
        while k < end && words < 5 {
            let t = tokens[k]
            if t.isWord && t.isCapitalized && !t.flags.contains(.digit) && !(t.isAllCaps && t.length > 1 && !t.flags.contains(.initial)) {
                if analysis.longest(.title, at: k) != nil || analysis.longest(.titleModifier, at: k) != nil { break }
                if words > 0 && (isGazetteerStart(k) || isEventWord(k)) { break }
                if words > 0 && analysis.isGrammar(.notname, at: k) && english { break }
                k += 1
                words += 1
                last = k
                // Hyphen-joined parts: "Jong-un", "Kassym-Jomart".
                if k + 1 < end, analysis.punctuation(k, "-"), !tokens[k].flags.contains(.spaceBefore),
                   !tokens[k + 1].flags.contains(.spaceBefore), tokens[k + 1].isWord,
                   !isEventWord(k + 2)
                {
                    k += 2
                    last = k
                }
                continue
            }
            if words > 0, t.isWord, !t.isCapitalized, analysis.longest(.particle, at: k) != nil {
                // particles run until a capitalised word ("von der Leyen")
                var j = k
                while j < end && j < k + 3 && tokens[j].isWord && !tokens[j].isCapitalized
                    && analysis.longest(.particle, at: j) != nil { j += 1 }
                if j < end && tokens[j].isWord && tokens[j].isCapitalized {
                    k = j
                    continue
                }
            }
            break
        }
        guard words > 0 else { return nil }
        if words == 1 && tokens[p].flags.contains(.initial) { return nil }
        return p..<last
    }

    func isEventWord(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        return analysis.longest(.event, at: i) != nil
    }

    /// "ông Blinken", "bà Kaja Kallas", "Mr. Blinken"; "ông" alone is a pronoun.
    func honorific(at p: Int, end: Int, sentence: Int) -> Mention? {
        guard let hon = analysis.longest(.honorific, at: p) else { return nil }
        let k = p + hon.length
        if analysis.longest(.title, at: k) != nil || analysis.longest(.titleModifier, at: k) != nil { return nil }
        guard let name = personName(at: k, end: end), !isGazetteerStart(k) else { return nil }
        let m = Mention(kind: .person, range: p..<name.upperBound, sentence: sentence)
        m.name = name
        m.gender = pack.honorifics[Int(hon.entry.ref)]
        return m
    }

    /// "nhà ngoại giao hàng đầu của Mỹ", "người đồng cấp Ukraine Andrii Sybiha", "the top US
    /// diplomat", "his American counterpart".
    func described(at p: Int, end: Int, sentence: Int) -> Mention? {
        guard analysis.has(.description, at: p)
            || (english && (isGazetteerStart(p) || analysis.has(.demonym, at: p))) else { return nil }
        var q = p
        var affiliation: Affiliation?
        if english, let a = affiliationEntity(at: q, end: end, demonyms: true) {
            var k = a.range.upperBound
            if k < end, tokens[k].kind == .punctuation, tokens[k].length == 2 { k += 1 }
            if analysis.longest(.description, at: k) != nil {
                affiliation = a
                q = k
            }
        }
        guard let d = analysis.longest(.description, at: q) else { return nil }
        let description = pack.descriptions[Int(d.entry.ref)]
        var k = q + d.length
        if !description.suffix.isEmpty {
            // "top {} diplomat"
            guard let a = affiliationEntity(at: k, end: end, demonyms: true) else { return nil }
            affiliation = a
            k = a.range.upperBound
            for key in description.suffix {
                guard k < end, tokens[k].key == key else { return nil }
                k += 1
            }
        } else if affiliation == nil, description.slot == .after, let a = affiliationAfter(k, end: end) {
            affiliation = a
            k = a.range.upperBound
        }
        if description.needsAffiliation && affiliation == nil { return nil }
        var nameStart = k
        if analysis.punctuation(k, ",") || analysis.isDash(k) { nameStart = k + 1 }
        var gender: LanguagePack.Gender?
        if let hon = analysis.longest(.honorific, at: nameStart) {
            gender = pack.honorifics[Int(hon.entry.ref)]
            nameStart += hon.length
        }
        let name = personName(at: nameStart, end: end).flatMap { isGazetteerStart($0.lowerBound) ? nil : $0 }
        let isCounterpart = description.target == "counterpart"
        let m = Mention(kind: name != nil ? .person : (isCounterpart ? .counterpart : .description),
                        range: p..<(name?.upperBound ?? k), sentence: sentence)
        m.name = name
        m.gender = name != nil ? gender : nil
        m.target = description.target
        m.affiliation = affiliation?.entity
        m.affiliationRange = affiliation?.range
        m.counterpart = isCounterpart
        if name == nil && !isCounterpart {
            // A description stands for a person only where a title would.
            if !acceptsTitleAlone(at: p, titleStart: q, sentence: sentence) && !english { return nil }
        }
        if !isCounterpart, name != nil {
            m.roles = [TitleUse(text: description.phrase, office: description.target, affiliation: affiliation?.entity)]
        }
        return m
    }

    /// Countries, organizations, places (with an acronym in brackets), organizations first met
    /// with their acronym ("Hội đồng Tư vấn kinh doanh APEC (ABAC)"), pronouns and "the two
    /// leaders".
    func referring(at p: Int, end: Int, sentence: Int) -> Mention? {
        if let n = analysis.grammar(.dual, at: p) {
            return Mention(kind: .dual, range: p..<(p + n), sentence: sentence)
        }
        if let n = analysis.grammar(.trio, at: p) {
            let m = Mention(kind: .dual, range: p..<(p + n), sentence: sentence)
            m.groupSize = 3
            return m
        }
        // "the two", "cả hai" stand for two people only before what people do ("the two
        // discussed", "the two are expected to talk"), not before a noun ("the two countries").
        if let n = analysis.grammar(.dualWeak, at: p), p + n < end, tokens[p + n].isWord,
           isEventWord(p + n) || [GrammarKind.planned, .past, .adverb, .negation, .speech, .modal].contains(where: {
               analysis.isGrammar($0, at: p + n) })
        {
            return Mention(kind: .dual, range: p..<(p + n), sentence: sentence)
        }
        if let a = affiliationEntity(at: p, end: end, demonyms: false) {
            // A Vietnamese name that starts with a family name wins over a one-word place or
            // country inside it ("Nguyễn Đức Anh").
            if !(a.range.count == 1 && vietnameseName(at: p, end: end) != nil) {
                let m = Mention(kind: a.kind, range: a.range, sentence: sentence)
                m.entity = a.entity
                m.acronym = a.acronym
                return m
            }
        }
        if let org = unknownOrganization(at: p, end: end, sentence: sentence) { return org }
        if let n = analysis.grammar(.firstPerson, at: p), analysis.inQuote[p] {
            return Mention(kind: .firstPerson, range: p..<(p + n), sentence: sentence)
        }
        if let n = analysis.grammar(.pronoun, at: p) {
            // "his American counterpart", "her Foreign Minister": a possessive before a title or
            // description is a determiner.
            let next = p + n
            if next < end, analysis.longest(.description, at: next) != nil || analysis.longest(.title, at: next) != nil
                || analysis.longest(.demonym, at: next) != nil || analysis.longest(.titleModifier, at: next) != nil
            {
                return nil
            }
            // "ông" before a capitalised word was read as an honorific already.
            let m = Mention(kind: .pronoun, range: p..<(p + n), sentence: sentence)
            if let hon = analysis.longest(.honorific, at: p), hon.length == n {
                m.gender = pack.honorifics[Int(hon.entry.ref)]
            } else if english {
                let w = tokens[p].key
                m.gender = (w == Words.he || w == Words.him || w == Words.his) ? .male : .female
            }
            return m
        }
        return nil
    }

    /// An organization the pack does not know, introduced with its acronym: Vietnamese ones
    /// start with a head word ("Hội đồng …", "Ủy ban …"), English ones are a capitalised run.
    func unknownOrganization(at p: Int, end: Int, sentence: Int) -> Mention? {
        guard tokens[p].isCapitalized else { return nil }
        if !english && analysis.grammar(.orgHead, at: p) == nil { return nil }
        var k = p
        while k < end && k - p < 16 {
            if let (acronym, next) = bracketedAcronym(at: k, end: end), k > p {
                if english {
                    // every word capitalised or a short joining word
                    for i in p..<k where tokens[i].isWord && !tokens[i].isCapitalized {
                        if !Words.nameJoiners.contains(tokens[i].key) { return nil }
                    }
                }
                let m = Mention(kind: .organization, range: p..<next, sentence: sentence)
                m.entity = NameShape.slug(text.text(tokens: p..<k))
                m.acronym = acronym
                return m
            }
            if analysis.punctuation(k, ".") || analysis.punctuation(k, ";") || analysis.punctuation(k, ":") { return nil }
            k += 1
        }
        return nil
    }

    /// A person named by the shape of the name alone.
    func named(at p: Int, end: Int, sentence: Int) -> Mention? {
        guard tokens[p].isCapitalized else { return nil }
        if let previous = analysis.grammarEnding(.placePrefix, before: p, window: 3), previous >= 0 {
            // "thành phố Cần Thơ", "the city of Harbin": a place the pack does not know.
            guard !tokens[previous].isCapitalized, analysis.longest(.title, at: p) == nil,
                  analysis.grammar(.orgHead, at: p) == nil, !tokens[p].isAllCaps else { return nil }
            var k = p
            while k < end && k - p < 4 && tokens[k].isWord && tokens[k].isCapitalized && !isGazetteerStart(k)
                && analysis.longest(.title, at: k) == nil && !isEventWord(k) { k += 1 }
            guard k > p else { return nil }
            let m = Mention(kind: .place, range: p..<k, sentence: sentence)
            m.entity = NameShape.slug(text.text(tokens: p..<k))
            return m
        }
        if let known = analysis.longest(.person, at: p) {
            // a well-known person; a longer run of names around it is not this person
            let after = p + known.length
            let continues = after < end && tokens[after].isWord && tokens[after].isCapitalized
                && !isGazetteerStart(after) && analysis.longest(.title, at: after) == nil && !isEventWord(after)
            let before = p - 1
            let follows = before >= analysis.sentences[sentence].tokens.lowerBound && tokens[before].isWord
                && tokens[before].isCapitalized && !tokens[before].isAllCaps && !analysis.isGrammar(.notname, at: before)
                && analysis.longest(.title, at: before) == nil && analysis.longest(.honorific, at: before) == nil
                && !isGazetteerStart(before)
            if !continues && !follows {
                let m = Mention(kind: .person, range: p..<after, sentence: sentence)
                m.name = p..<after
                m.known = Int(known.entry.ref)
                return m
            }
        }
        if let name = vietnameseName(at: p, end: end) ?? foreignName(at: p, end: end) {
            let m = Mention(kind: .person, range: name, sentence: sentence)
            m.name = name
            return m
        }
        return nil
    }

    /// Two to four capitalised Vietnamese syllables that start with a family name ("Phạm Minh
    /// Chính", "Tập Cận Bình").
    func vietnameseName(at p: Int, end: Int) -> Range<Int>? {
        guard !english, let surname = analysis.longest(.surname, at: p) else { return nil }
        var k = p + surname.length
        while k < end && k - p < 4 {
            let t = tokens[k]
            guard t.isWord, t.isCapitalized, !t.isAllCaps, !t.flags.contains(.digit),
                  !NameShape.isForeignWord(text, t) else { break }
            if k > p + surname.length, isGazetteerStart(k), analysis.longest(.surname, at: k) == nil { break }
            k += 1
        }
        guard k - p >= 2 else { return nil }
        // A multi-word place or country spelled the same wins ("Hà Lan", "Lâm Đồng").
        for m in analysis.matches(at: p) where m.length >= k - p {
            switch m.category {
            case .country, .organization, .place: return nil
            default: continue
            }
        }
        return p..<k
    }

    /// A capitalised run of two or more words that starts with a known given name ("Paul
    /// Whelan", "Volodymyr Zelenskiy").
    func foreignName(at p: Int, end: Int) -> Range<Int>? {
        guard analysis.longest(.givenName, at: p) != nil, let name = personName(at: p, end: end) else { return nil }
        let words = name.filter { tokens[$0].isWord && !tokens[$0].flags.contains(.initial) }
        guard words.count >= 2 else { return nil }
        for i in name where tokens[i].isWord {
            if analysis.grammar(.orgHead, at: i) != nil && english { return nil }
        }
        if !english && !words.dropFirst().contains(where: { NameShape.isForeignWord(text, tokens[$0]) }) { return nil }
        return name
    }
}
