import LiaisonCore

/// An event found in one sentence, before events reported twice are merged.
struct EventDraft {
    var kind: Event.Kind
    var participants: [String]
    var host: String?
    var place: String?
    var time: TimeSpan?
    var status: Event.Status
    /// Whether the status came from a word of the text (not from the default).
    var statusIsExplicit: Bool
    var evidence: [Evidence]
    /// Token position of the event word, for ordering.
    var position: Int
    /// The date mention the time came from, if any.
    var dateIndex: Int? = nil
}

/// Reads events from the sentences of an article: meetings, talks, calls, visits, summits,
/// trips and (dated) statements, with their participants, place, time and status.
///
/// For each event word of the pack (not blocked by a longer word such as "tiếp tục"):
/// - no event under negation ("không gặp", "did not meet") or when the meeting is only wished,
///   offered or asked for ("mời … thăm", "invited … to visit"); words of gatherings
///   ("thượng đỉnh", "summit") only count after a verb of attending;
/// - the other parties follow the word, directly or after "với"/"with"/"giữa"/"between", as a
///   list joined by commas, "và", "cũng như", "and"; a description before a dash is skipped
///   ("người sắp kế nhiệm ông Borrell - bà Kaja Kallas");
/// - the subject is the nearest person before the word in its clause (with the people joined to
///   it: "A và B", "A cùng B"); for a sentence-opening phrase ("Trong cuộc gặp với X, … Y …",
///   "Gặp X, Y …") the subject of the main clause that follows; else the article's protagonist;
/// - "riêng rẽ", "lần lượt", "separately" (or a plural "các cuộc gặp") make one event per other
///   party; "ba bên", "together" one event of all;
/// - the date is the date mention inside the clause, else one opening the sentence, else the
///   frame the article set ("Ngày 18-11, trong khuôn khổ …, X đã có nhiều cuộc tiếp xúc");
/// - the status is planned under "sẽ", "dự kiến", "will", "is expected to"…, or when the date
///   lies after the published day;
/// - a definite event noun with no parties of its own ("the meeting", "cuộc gặp này") adds its
///   date and place to the last event instead.
struct EventRules {
    let analysis: TextAnalysis
    let mentions: [Mention]
    let document: Document
    let protagonist: String?
    private var mentionAt: [Int32]
    /// Whether a verb that reports a meeting, call, visit or trip starts at each token.
    private var verbAt: [Bool]
    /// The event words of each sentence (position, length, index in the pack's events).
    private var sentenceTriggers: [[(Int, Int, Int)]] = []

    var pack: LanguagePack { analysis.pack }
    var text: TokenizedText { analysis.text }
    var tokens: [Token] { analysis.text.tokens }
    var english: Bool { pack.isEnglish }

    init(analysis: TextAnalysis, mentions: [Mention], document: Document, protagonist: String?) {
        self.analysis = analysis
        self.mentions = mentions
        self.document = document
        self.protagonist = protagonist
        var at = [Int32](repeating: -1, count: analysis.text.tokens.count)
        for (mi, m) in mentions.enumerated() { for i in m.range where at[i] < 0 { at[i] = Int32(mi) } }
        self.mentionAt = at
        self.verbAt = []
        var verbs = [Bool](repeating: false, count: analysis.text.tokens.count)
        var all: [[(Int, Int, Int)]] = []
        all.reserveCapacity(analysis.sentences.count)
        for s in analysis.sentences {
            let found = triggerPositions(in: s)
            all.append(found)
            for (t, n, e) in found {
                let word = analysis.pack.events[e]
                guard !word.isNoun && word.kind != .statement && word.kind != .other else { continue }
                // ("visiting Prime Minister X" reports nothing)
                if word.attributive, let m = mention(startingAt: t + n), m.isPersonLike { continue }
                verbs[t] = true
            }
        }
        self.verbAt = verbs
        self.sentenceTriggers = all
    }

    // MARK: Mentions

    /// The indexes of the mentions of sentence `si` (mentions are in text order).
    func mentionRange(_ si: Int) -> Range<Int> {
        var lo = 0, hi = mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if mentions[mid].sentence < si { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < mentions.count && mentions[end].sentence == si { end += 1 }
        return lo..<end
    }

    func mention(startingAt i: Int) -> Mention? {
        guard i >= 0, i < tokens.count, mentionAt[i] >= 0 else { return nil }
        let m = mentions[Int(mentionAt[i])]
        return m.range.lowerBound == i ? m : nil
    }

    func ids(_ m: Mention) -> [String] { m.ids }

    /// The entity ids of several mentions, in order.
    func allIDs(_ list: [Mention]) -> [String] {
        if list.count == 1 { return list[0].ids }
        var out: [String] = []
        for m in list { out += m.ids }
        return out
    }

    /// Whether a mention names a person whose clause it opens (after punctuation, dates,
    /// adverbs and determiners; also after a subordinating word when `subordinate`).
    func opensClause(_ m: Mention, subordinate: Bool = false) -> Bool {
        let p = m.range.lowerBound
        var k = analysis.segment(of: p)
        while k < p {
            if tokens[k].kind == .punctuation || analysis.dateAt[k] >= 0 { k += 1; continue }
            if let n = analysis.grammar(.adverb, at: k) { k += n; continue }
            if let n = analysis.grammar(.determiner, at: k), english { k += n; continue }
            if subordinate, let n = analysis.grammar(.subordinate, at: k) { k += n; continue }
            return false
        }
        return true
    }

    // MARK: Extraction

    func extract() -> [EventDraft] {
        var drafts: [EventDraft] = []
        var frameDate: TimeSpan?
        var location: String?
        var travelTime: TimeSpan?
        var gathering: String?
        for (si, sentence) in analysis.sentences.enumerated() {
            // (the opening date's index: its span is made only when it frames what follows)
            let openingIndex = openingDateIndex(sentence)
            let sentenceMentions = mentions[mentionRange(si)]
            let subject = sentenceMentions.first { $0.isPersonLike && opensClause($0) && !ids($0).isEmpty }
            let aboutProtagonist = subject.map { ids($0).contains(protagonist ?? "\u{0}") } ?? false
            if let openingIndex, aboutProtagonist, isFrame(sentence) { frameDate = analysis.dates[openingIndex].span }
            if aboutProtagonist, let place = setting(sentence) { location = place }

            let words = sentenceTriggers[si].map { ($0.0, $0.1, pack.events[$0.2]) }
            // "Trong chuyến thăm, …", "During the visit, …": the sentence's meetings happen
            // during the last visit or trip reported.
            let during = words.first.map { opensWithTravel($0.0, length: $0.1, word: $0.2, sentence: sentence) } ?? false
            var previous: Clause?
            for (t, length, word) in words {
                let (found, clause) = events(at: t, length: length, word: word, sentence: sentence, index: si,
                                             hasOpening: openingIndex != nil, frameDate: frameDate, location: location,
                                             previous: previous, gathering: gathering)
                if clause != nil { previous = clause }
                if word.attend, let body = clause?.objects.first(where: { $0.kind == .organization })?.entity {
                    gathering = body
                }
                switch found {
                case .events(var list):
                    for i in list.indices {
                        if during, list[i].time == nil, list[i].kind.isMeetingLike, let travelTime { list[i].time = travelTime }
                        if list[i].kind == .visit || list[i].kind == .trip, let time = list[i].time { travelTime = time }

                    }
                    drafts.append(contentsOf: list)
                case .anaphora(let time, let place, let evidence):
                    if let last = drafts.lastIndex(where: { $0.kind.isMeetingLike }) {
                        if drafts[last].time == nil, let time { drafts[last].time = time }
                        if drafts[last].place == nil, let place { drafts[last].place = place }
                        if time != nil || place != nil { drafts[last].evidence.append(evidence) }
                    }
                case .none:
                    break
                }
            }
        }
        drafts += datedActors(skipping: Set(drafts.compactMap(\.dateIndex)))
        return drafts
    }

    /// Whether the sentence opens with a visit or trip it does not name again ("Trong chuyến
    /// thăm, …", "Trong khuôn khổ chuyến thăm này, …", "During the visit, …").
    func opensWithTravel(_ t: Int, length: Int, word: LanguagePack.EventWord, sentence: Sentence) -> Bool {
        guard word.travel, word.isNoun, t > sentence.tokens.lowerBound else { return false }
        var k = sentence.tokens.lowerBound
        var within = false
        while k < t {
            if let n = analysis.grammar(.within, at: k) ?? analysis.grammar(.frame, at: k) { within = true; k += n; continue }
            if let n = analysis.grammar(.determiner, at: k) ?? analysis.grammar(.anaphoric, at: k) { k += n; continue }
            return false
        }
        var e = t + length
        if let n = analysis.grammar(.anaphoric, at: e) { e += n }
        return within && (analysis.punctuation(e, ",") || e >= sentence.tokens.upperBound)
    }

    /// Events of kind `other` for the dates no event word took: the actors of the date's clause
    /// ("Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25-3-1971", "Hồi tháng 1, Thổ Nhĩ Kỳ
    /// cho biết …"), so that the timeline keeps them.
    func datedActors(skipping used: Set<Int>) -> [EventDraft] {
        var out: [EventDraft] = []
        for (di, d) in analysis.dates.enumerated() where !used.contains(di) && d.date != nil {
            let r = analysis.dateTokens[di]
            guard !r.isEmpty else { continue }
            let sentence = analysis.sentence(of: r.lowerBound)
            let seg = analysis.segment(of: r.lowerBound)
            if isInBrackets(r.lowerBound, sentence: sentence) { continue }
            // A year beside a more precise date of an event ("APEC 2024 từ ngày 12 đến 16-11") is
            // part of a name.
            if d.precision == .year, analysis.dateTokens.indices.contains(where: { other in
                used.contains(other) && !analysis.dateTokens[other].isEmpty
                    && analysis.segment(of: analysis.dateTokens[other].lowerBound) == seg
            }) { continue }
            var lo = seg
            var since = false
            for k in seg..<r.lowerBound {
                // (a verb of saying with an addressee is the event: "wrote to X on Monday")
                if let n = analysis.grammar(.speech, at: k), !addressee(after: k + n) { lo = k + n }
                if let n = analysis.grammar(.subordinate, at: k), k > seg { lo = k + n }
                // "kể từ năm 2022": a date a subordinate word runs into starts a span, no event
                if let n = analysis.grammar(.subordinate, at: k), k + n > r.lowerBound { since = true }
            }
            if since { continue }
            lo = min(lo, r.lowerBound)
            // nothing happens in a wish, an offer or a denial
            if (lo..<r.lowerBound).contains(where: { analysis.isGrammar(.irrealis, at: $0) || analysis.isGrammar(.negation, at: $0) }) {
                continue
            }
            var range = lo..<segmentEnd(from: r.lowerBound, sentence: sentence)
            let local = mentions[mentionRange(Int(analysis.sentenceOf[r.lowerBound]))]
            func actors(in range: Range<Int>) -> [String] {
                var ids: [String] = []
                for m in local where m.range.lowerBound >= range.lowerBound && m.range.upperBound <= range.upperBound {
                    guard m.isParticipant || m.kind == .country else { continue }
                    if analysis.grammarEnding(.place, before: m.range.lowerBound, window: 1) != nil { continue }
                    for id in self.ids(m) where !ids.contains(id) { ids.append(id) }
                }
                return ids
            }
            var ids = actors(in: range)
            if ids.isEmpty && seg == sentence.tokens.lowerBound {
                // "Hồi tháng 1, Thổ Nhĩ Kỳ cho biết …": the clause after an opening date.
                var k = range.upperBound
                while k < sentence.tokens.upperBound && analysis.punctuation(k, "(") {
                    k = segmentEnd(from: k, sentence: sentence)
                }
                if k < sentence.tokens.upperBound {
                    // only the subject of that clause
                    range = k..<segmentEnd(from: k, sentence: sentence)
                    if let m = local.first(where: { $0.range.lowerBound >= range.lowerBound
                        && $0.range.upperBound <= range.upperBound && ($0.isParticipant || $0.kind == .country) }),
                       opensClause(m, subordinate: true)
                    {
                        ids = allIDs(coordinated(m, segment: range.lowerBound))
                    }
                }
            }
            if seg > sentence.tokens.lowerBound, !isSubordinateStart(firstWord(of: seg)), mentionAt[firstWord(of: seg)] < 0 {
                // "Meloni, who is hosting the summit, welcomed the leaders yesterday", "Lammy, who
                // …, wrote to Baerbock on Monday": the subject before a clause set off by commas.
                var k = seg
                while k > sentence.tokens.lowerBound {
                    let before = analysis.segment(of: k - 1)
                    guard before > sentence.tokens.lowerBound, isSubordinateStart(firstWord(of: before)) else { break }
                    k = before
                }
                if k < seg, let m = local.first(where: { $0.isPersonLike && !self.ids($0).isEmpty && opensClause($0) }),
                   analysis.segment(of: m.range.lowerBound) == analysis.segment(of: k - 1)
                {
                    let subject = allIDs(coordinated(m, segment: analysis.segment(of: m.range.lowerBound)))
                    ids = subject + ids.filter { !subject.contains($0) }
                }
            }
            // "Bayrou, who was appointed last month, …": the person the relative clause is about.
            if ids.isEmpty, seg > sentence.tokens.lowerBound, analysis.isGrammar(.relative, at: firstWord(of: seg)),
               let m = local.last(where: { $0.range.upperBound == seg && $0.isPersonLike && !self.ids($0).isEmpty })
            {
                ids = self.ids(m)
            }
            guard !ids.isEmpty else { continue }
            var planned = false
            if let published = document.published, let start = d.date, start > published { planned = true }
            let evidence = Evidence(
                document: document.id, sentence: text.text(from: sentence.start, to: sentence.end),
                start: sentence.start, end: sentence.end, rule: "\(pack.language).other.dated-clause",
                source: document.source)
            out.append(EventDraft(kind: .other, participants: ids, host: nil, place: nil, time: d.span,
                                  status: planned ? .planned : .happened, statusIsExplicit: true,
                                  evidence: [evidence], position: r.lowerBound, dateIndex: di))
        }
        return out
    }

    /// Event words of a sentence, left to right, longest first; a longer blocking word
    /// ("tiếp tục", "trực tiếp", "called for") hides the event words inside it.
    func triggers(in sentence: Sentence) -> [(Int, Int, LanguagePack.EventWord)] {
        triggerPositions(in: sentence).map { ($0.0, $0.1, pack.events[$0.2]) }
    }

    /// The event words of a sentence as (position, length, index in the pack's events).
    func triggerPositions(in sentence: Sentence) -> [(Int, Int, Int)] {
        var out: [(Int, Int, Int)] = []
        var p = sentence.tokens.lowerBound
        while p < sentence.tokens.upperBound {
            if mentionAt[p] >= 0 { p = mentions[Int(mentionAt[p])].range.upperBound; continue }
            if !analysis.has(.event, at: p) && !analysis.isGrammar(.word, at: p) { p += 1; continue }
            var best: (length: Int, event: Int?)?
            let word = Int32(GrammarKind.word.index)
            for m in analysis.matches(at: p) {
                if m.category == .event || (m.category == .grammar && m.ref == word) {
                    if best == nil || m.length > best!.length {
                        best = (m.length, m.category == .event ? Int(m.ref) : nil)
                    }
                }
            }
            if let best {
                if let event = best.event { out.append((p, best.length, event)) }
                p += best.length
            } else {
                p += 1
            }
        }
        return out
    }

    enum Found {
        case events([EventDraft])
        case anaphora(TimeSpan?, String?, Evidence)
        case none
    }

    /// What the rules read around the last event word of a sentence, for the words after it.
    struct Clause {
        var trigger: Int
        /// Where its parties (or the word) end.
        var end: Int
        var subjects: [Mention]
        var objects: [Mention]
        var time: TimeSpan?
        var dateIndex: Int?
    }

    struct Chain {
        var members: [Mention] = []
        var end: Int
        var viaWith = false
        var viaBetween = false
    }

    func events(at t: Int, length: Int, word: LanguagePack.EventWord, sentence: Sentence, index si: Int,
                hasOpening: Bool, frameDate: TimeSpan?, location: String?, previous: Clause? = nil,
                gathering: String? = nil) -> (Found, Clause?)
    {
        let seg = analysis.segment(of: t)
        let after = t + length
        // Negation, wishes and offers.
        for k in max(seg, t - 4)..<t {
            if let n = analysis.grammar(.negation, at: k), k + n <= t { return (.none, nil) }
        }
        // A wish, offer or invitation governs the whole clause ("mời X sang thăm … và tham dự …").
        // ("đề nghị … chuẩn bị tốt cho chuyến thăm …": what is prepared for is planned, not wished)
        let presupposed = (seg..<t).contains { analysis.isGrammar(.presuppose, at: $0) }
        for k in seg..<t {
            if let n = analysis.grammar(.irrealis, at: k), k + n <= t,
               analysis.grammarEnding(.irrealisException, before: k, window: 2) == nil,
               !((k + n)..<t).contains(where: { analysis.isGrammar(.presuppose, at: $0) })
            {
                return (.none, nil)
            }
        }
        if word.attend {
            // (the verb may run into the gathering's name: "dự Hội nghị Cấp cao")
            var attended = false
            for k in max(sentence.tokens.lowerBound, t - 3)..<t {
                if let n = analysis.grammar(.attend, at: k), k + n <= t + length { attended = true }
            }
            guard attended else { return (.none, nil) }
        }
        // "visiting Prime Minister X" describes X.
        if word.attributive, let m = mention(startingAt: after), m.isPersonLike { return (.none, nil) }
        // An English noun after "to" or a modal is a verb ("to visit London", "will visit").
        let noun = word.isNoun && !(english && (analysis.grammarEnding(.infinitive, before: t, window: 1) != nil
            || analysis.grammarEnding(.modal, before: t, window: 1) != nil))

        // The other parties.
        var chain = objects(after: after, word: word, sentence: sentence, noun: noun)
        if word.attend, chain.members.isEmpty, let body = mention(startingAt: after), body.kind == .organization {
            chain.members = [body]
            chain.end = body.range.upperBound
        }
        if chain.members.isEmpty, word.attend {
            // "dự Hội nghị cấp cao APEC", "Hội nghị Hội đồng Bộ trưởng OSCE": the body is inside
            // the gathering's name
            var k = after
            while k < min(after + 6, sentence.tokens.upperBound) {
                if let m = mention(startingAt: k), m.kind == .organization { chain.members = [m]; chain.end = m.range.upperBound; break }
                if tokens[k].kind == .punctuation || (k > after && !tokens[k].isCapitalized && !tokens[k].isWord) { break }
                k += 1
            }
        }

        // The subject ("chuyến thăm Hàn Quốc của Thủ tướng X": the one after "của").
        var subjects: [Mention] = []
        let possessor = noun && !english && chain.end < sentence.tokens.upperBound && tokens[chain.end].key == Words.cua
            ? mention(startingAt: chain.end + 1).flatMap { $0.isPersonLike && !ids($0).isEmpty ? $0 : nil } : nil
        if let possessor {
            subjects = [possessor]
        } else if !chain.viaBetween {
            subjects = subject(before: t, segment: seg, sentence: sentence, objectsEnd: chain.end,
                               excluding: chain.members, previous: previous, noun: noun)
        }
        var subjectIDs: [String] = allIDs(subjects)
        if subjectIDs.isEmpty && !chain.viaBetween, let protagonist { subjectIDs = [protagonist] }

        let objectMentions = chain.members
        let destinations = word.travel ? objectMentions.filter { $0.kind == .country || $0.kind == .place } : []
        let people = objectMentions.filter { $0.isParticipant }
        var objectIDs: [String] = []
        for m in people { for id in ids(m) where !objectIDs.contains(id) { objectIDs.append(id) } }
        var destinationIDs = destinations.compactMap(\.entity)
        // "arrived in Hanoi on Monday for a two-day official visit": the visit is where the trip
        // before it went (an official visit is to the country of a city).
        if word.travel, destinationIDs.isEmpty, chain.members.isEmpty, let previous {
            for m in previous.objects where m.kind == .place || m.kind == .country {
                guard let id = m.entity else { continue }
                let dest = word.official ? (pack.placeCountry[id] ?? id) : id
                if !destinationIDs.contains(dest) { destinationIDs.append(dest) }
            }
        }
        // "cũng sẽ dự hội nghị", "will attend the summit": the gathering named before.
        if word.attend, objectIDs.isEmpty, !tokens[t].isCapitalized, let gathering { objectIDs = [gathering] }

        // Span, date, place, status.
        let spanStart = min(seg, subjects.first.map { analysis.segment(of: $0.range.lowerBound) } ?? seg)
        let spanEnd = segmentEnd(from: max(chain.end, after) - 1, sentence: sentence)
        var dateUsed: Int?
        if word.kind == .statement {
            dateUsed = dateIndex(in: max(spanStart, t - 6)..<min(spanEnd, after + 6), near: t)
        } else {
            dateUsed = dateIndex(in: spanStart..<spanEnd, near: t)
                ?? followingDateIndex(after: spanEnd, sentence: sentence, near: t)
        }
        let governed = hasOpening && openingGoverns(spanStart, sentence: sentence)
        if dateUsed == nil, governed, word.kind != .statement { dateUsed = openingDateIndex(sentence) }
        // "Nhân dịp tham dự …, chiều 23/9, X đã gặp Y": a date among the framing phrases before
        // the clause.
        if dateUsed == nil, !hasOpening, word.kind != .statement, spanStart > sentence.tokens.lowerBound,
           openingGoverns(spanStart, sentence: sentence)
        {
            dateUsed = dateIndex(in: sentence.tokens.lowerBound..<spanStart, near: t)
        }
        var time = dateUsed.map { analysis.dates[$0].span }
        // "… travel to London from June 20 to 22, where he is expected to meet X": the clause
        // goes on with the event before.
        if time == nil, let previous, previous.time != nil,
           (previous.trigger..<t).contains(where: { analysis.isGrammar(.continuation, at: $0) })
        {
            time = previous.time
            dateUsed = previous.dateIndex
        }
        var place = word.travel && !destinationIDs.isEmpty
            ? nil : self.place(after: max(chain.end, after), clauseStart: spanStart, sentence: sentence)
        var planned = false
        var explicit = false
        for k in max(seg, spanStart)..<t {
            if let n = analysis.grammar(.planned, at: k), k + n <= t { planned = true }
            if let n = analysis.grammar(.past, at: k), k + n <= t { explicit = true }
        }
        if analysis.isGrammar(.past, at: t) { explicit = true }
        // "to meet", "to discuss at a meeting": not yet happened.
        for k in max(seg, t - 6)..<t where analysis.isGrammar(.infinitive, at: k) {
            if k + 1 < tokens.count, tokens[k + 1].isWord, !tokens[k + 1].isCapitalized,
               !analysis.isGrammar(.determiner, at: k + 1), mentionAt[k + 1] < 0 { planned = true }
        }
        for k in after..<min(after + 3, sentence.tokens.upperBound) where analysis.isGrammar(.plannedAfter, at: k) {
            planned = true
        }
        if analysis.isGrammar(.planned, at: t) || presupposed { planned = true }  // an event word that says so: "sẽ tới"
        if planned { explicit = true }
        if let published = document.published, let start = time?.start {
            if start > published { planned = true; explicit = true }
            else if let end = time?.end, end < published, !planned { explicit = true }
        }

        let clause = Clause(trigger: t, end: max(chain.end, after), subjects: subjects, objects: chain.members,
                            time: time, dateIndex: dateUsed)
        // (the sentence's text only for an event that is kept)
        func evidence() -> Evidence {
            Evidence(document: document.id, sentence: text.text(from: sentence.start, to: sentence.end),
                     start: sentence.start, end: sentence.end, rule: nil, source: document.source)
        }
        func rule(_ kind: Event.Kind) -> String {
            guard let r = word.rules[kind] else {
                return "\(pack.language).\(kind.rawValue).\(word.slug)" + (chain.viaWith ? (english ? "-with" : "-voi") : "")
            }
            return chain.viaWith ? r.with : r.plain
        }

        // Kind.
        var kind = word.kind
        var host: String?
        var participants: [String] = []
        func add(_ ids: [String]) { for id in ids where !participants.contains(id) { participants.append(id) } }
        if word.travel && !destinationIDs.isEmpty {
            kind = word.official ? .visit : .trip
            add(subjectIDs)
            add(objectIDs)
            add(destinationIDs)
            if word.official { host = destinationIDs.first }
            place = nil
        } else {
            add(subjectIDs)
            add(objectIDs)
            if word.host { host = subjectIDs.first }
        }
        if word.mutual { participants = subjectIDs }

        // A definite event noun with no parties of its own refers back.
        let enoughParties: Bool
        // A visit or trip needs somewhere or someone visited, not only travellers ("hai bên
        // chuẩn bị các chuyến thăm").
        if word.travel && destinationIDs.isEmpty && objectIDs.isEmpty { return (.none, clause) }
        switch kind {
        case .trip: enoughParties = !destinationIDs.isEmpty && !subjectIDs.isEmpty
        case .statement: enoughParties = !subjectIDs.isEmpty && time != nil
        default: enoughParties = participants.count >= 2
        }
        guard enoughParties, !(kind == .statement && subjects.isEmpty) else {
            if word.isNoun && kind.isMeetingLike && isDefinite(t, length: length) && objectMentions.isEmpty {
                var e = evidence()
                e.rule = rule(kind) + ".anaphora"
                return (.anaphora(date(in: spanStart..<spanEnd, near: t), place, e), clause)
            }
            return (.none, clause)
        }

        // Inherited time and place for the protagonist's meetings.
        var finalTime = time
        if finalTime == nil, kind.isMeetingLike, !planned, let protagonist, participants.contains(protagonist) {
            finalTime = frameDate
        }
        if place == nil, kind.isMeetingLike, !planned, let protagonist, participants.contains(protagonist) {
            place = location
        }

        // Separate or joint.
        let separate = objectIDs.count >= 2 && subjectIDs.count == 1 && !word.mutual
            && isSeparate(t, length: length, objectsEnd: chain.end, isNoun: noun)
        var drafts: [EventDraft] = []
        let status: Event.Status = planned ? .planned : .happened
        var e = evidence()
        e.rule = rule(kind)
        if separate && kind.isMeetingLike {
            for object in objectIDs where !subjectIDs.contains(object) {
                drafts.append(EventDraft(kind: kind, participants: subjectIDs + [object], host: host, place: place,
                                         time: finalTime, status: status, statusIsExplicit: explicit,
                                         evidence: [e], position: t, dateIndex: dateUsed))
            }
        } else {
            drafts.append(EventDraft(kind: kind, participants: participants, host: host, place: place,
                                     time: finalTime, status: status, statusIsExplicit: explicit,
                                     evidence: [e], position: t, dateIndex: dateUsed))
        }
        return (.events(drafts), clause)
    }

    // MARK: Parties

    /// The list of parties after an event word.
    func objects(after start: Int, word: LanguagePack.EventWord, sentence: Sentence, noun: Bool? = nil) -> Chain {
        let noun = noun ?? word.isNoun
        let end = sentence.tokens.upperBound
        var k = start
        var chain = Chain(end: start)
        func skippable(_ k: Int) -> Int? {
            if analysis.dateAt[k] >= 0 { return 1 }
            if tokens[k].kind == .punctuation, tokens[k].length == 1,
               "\"\u{201D}\u{2019}'".unicodeScalars.contains(text.first(k)) { return 1 }
            var longest: Int?
            for kind in [GrammarKind.adverb, .separate, .joint, .plannedAfter] {
                if let n = analysis.grammar(kind, at: k), n > (longest ?? 0) { longest = n }
            }
            return longest
        }
        var guardCount = 0
        while k < end, guardCount < 6, mention(startingAt: k) == nil, let n = skippable(k) { k += n; guardCount += 1 }
        var destinationMode = false
        if let n = analysis.grammar(.between, at: k) {
            chain.viaBetween = true
            k += n
        } else if let n = analysis.grammar(.with, at: k), word.kind != .trip || true {
            chain.viaWith = true
            k += n
        } else if word.travel, let n = analysis.grammar(.destination, at: k) {
            destinationMode = true
            k += n
        } else if english && noun {
            // "the meeting X" does not name X; "the visit to X" does (above), and so does "a
            // meeting with X" where the event phrase ends with its "with".
            guard analysis.grammarEnding(.with, before: start, window: 2) != nil else { return chain }
        }
        _ = destinationMode
        func accept(_ m: Mention) -> Bool {
            if m.isParticipant { return true }
            return word.travel && (m.kind == .country || m.kind == .place)
        }
        func memberAt(_ k: Int) -> Mention? {
            var j = k
            if mention(startingAt: j) == nil, let n = analysis.grammar(.determiner, at: j), english { j += n }
            if mention(startingAt: j) == nil, let n = analysis.grammar(.adverb, at: j), english { j += n }  // "with visiting …"
            if let m = mention(startingAt: j), accept(m) {
                // "Zelenskiy's chief of staff Andriy Yermak": the one after the possessive
                let e = m.range.upperBound
                if m.isPersonLike, e + 1 < end, tokens[e].kind == .punctuation, tokens[e].length == 2,
                   let owned = mention(startingAt: e + 1), owned.isPersonLike { return owned }
                return m
            }
            // "thăm thành phố Hải Phòng", "travel to the northeastern city of Harbin"
            if word.travel, let d = descriptor(at: k, end: end), let m = mention(startingAt: d),
               m.kind == .place || m.kind == .country { return m }
            return nil
        }
        /// "người sắp kế nhiệm ông Borrell - bà Kaja Kallas": a description, a dash, a person.
        func appositive(_ k: Int) -> Mention? {
            var j = k
            while j < end && j < k + 10 {
                if analysis.punctuation(j, ",") || analysis.grammar(.and, at: j) != nil && mentionAt[j] < 0 { return nil }
                if analysis.isDash(j), let m = mention(startingAt: j + 1), m.isPersonLike { return m }
                if mentionAt[j] >= 0 { j = mentions[Int(mentionAt[j])].range.upperBound; continue }
                j += 1
            }
            return nil
        }
        if chain.viaBetween && memberAt(k) == nil {
            // "đối thoại giữa các nhà lãnh đạo APEC với ABAC": the named party follows "với".
            var j = k
            while j < end && j < k + 8 && !analysis.punctuation(j, ",") {
                if let n = analysis.grammar(.with, at: j), memberAt(j + n) != nil {
                    chain.viaBetween = false
                    chain.viaWith = true
                    k = j + n
                    break
                }
                j += 1
            }
        }
        guard var member = memberAt(k) ?? (chain.viaWith ? appositive(k) : nil) else {
            return listAfter(start: start, chain: chain, end: end, accept: accept)
        }
        while true {
            chain.members.append(member)
            k = member.range.upperBound
            chain.end = k
            // separator: ",", "và", "cũng như", "and", "-"
            var sep = 0
            if analysis.punctuation(k, ",") || analysis.isDash(k) || analysis.punctuation(k, "&") { sep = 1 }
            if let n = analysis.grammar(.and, at: k), mentionAt[k] < 0 { sep = n }
            if sep == 0, analysis.punctuation(k, ","), let n = analysis.grammar(.and, at: k + 1) { sep = 1 + n }
            guard sep > 0 else { break }
            var j = k + sep
            if analysis.punctuation(j - 1, ","), let n = analysis.grammar(.and, at: j) { j += n }
            if let next = memberAt(j) ?? appositive(j) {
                member = next
                continue
            }
            break
        }
        return chain
    }

    /// The end of a common noun that names what kind of place follows ("thành phố", "thủ đô",
    /// "the northeastern city of"), if one starts at `k`.
    func descriptor(at k: Int, end: Int) -> Int? {
        guard k < end, mention(startingAt: k) == nil else { return nil }
        if !english {
            guard let n = analysis.grammar(.placePrefix, at: k) else { return nil }
            return k + n
        }
        var j = k
        if let n = analysis.grammar(.determiner, at: j) { j += n }
        var words = 0
        while j < end && words < 4 && tokens[j].isWord && !tokens[j].isCapitalized && mentionAt[j] < 0 {
            if tokens[j].key == Words.of { return words > 0 ? j + 1 : nil }
            j += 1
            words += 1
        }
        return nil
    }

    /// "… with congressional leaders on Wednesday, including A, B and C".
    private func listAfter(start: Int, chain: Chain, end: Int, accept: (Mention) -> Bool) -> Chain {
        var c = chain
        var k = start
        while k < end && k < start + 14 {
            if let n = analysis.grammar(.listIntro, at: k) {
                var j = k + n
                while j < end, let m = mention(startingAt: j), accept(m) {
                    c.members.append(m)
                    j = m.range.upperBound
                    c.end = j
                    if analysis.punctuation(j, ",") { j += 1 }
                    if let a = analysis.grammar(.and, at: j) { j += a }
                }
                return c
            }
            if analysis.punctuation(k, ".") || analysis.punctuation(k, ";") { break }
            k += 1
        }
        return c
    }

    /// The subject of the event word at `t`.
    func subject(before t: Int, segment seg: Int, sentence: Sentence, objectsEnd: Int,
                 excluding: [Mention], previous: Clause? = nil, noun: Bool = false) -> [Mention]
    {
        let excluded = Set(excluding.map(\.range.lowerBound))
        func isCandidate(_ m: Mention) -> Bool {
            m.isParticipant && !excluded.contains(m.range.lowerBound) && !ids(m).isEmpty
        }
        // 0. An event word joined to the one before shares its subject ("A sẽ hội đàm với B và
        //    hội kiến C", "A met B and visited C").
        if let previous, !previous.subjects.isEmpty, previous.end <= t {
            var k = previous.end
            var joined = false
            while k < t {
                if let n = analysis.grammar(.and, at: k), mentionAt[k] < 0 { joined = true; k += n; continue }
                if analysis.punctuation(k, ",") { k += 1; continue }
                if let n = analysis.grammar(.adverb, at: k) ?? analysis.grammar(.planned, at: k)
                    ?? analysis.grammar(.past, at: k) { k += n; continue }
                break
            }
            if joined && k == t { return previous.subjects }
        }
        // 1. The nearest one before, in the clause.
        var k = t - 1
        while k >= seg {
            if mentionAt[k] >= 0 {
                let m = mentions[Int(mentionAt[k])]
                if isCandidate(m) {
                    // "A gặp lại B sau chuyến thăm …": an event noun after another event's party
                    // belongs to that event's subject.
                    if noun, let previous, !previous.subjects.isEmpty,
                       previous.objects.contains(where: { $0.range == m.range }) { return previous.subjects }
                    // "We agreed with President Trump to …": the one after "with" takes part too,
                    // beside the subject before it.
                    if let w = analysis.grammarEnding(.with, before: m.range.lowerBound, window: 2), !endsEventWord(before: w) {
                        var j = w - 1
                        while j >= seg {
                            if mentionAt[j] >= 0 {
                                let s = mentions[Int(mentionAt[j])]
                                if isCandidate(s) { return coordinated(s, segment: seg) + [m] }
                                j = s.range.lowerBound - 1
                                continue
                            }
                            j -= 1
                        }
                    }
                    return coordinated(m, segment: seg)
                }
                k = m.range.lowerBound - 1
                continue
            }
            k -= 1
        }
        // 2. A sentence-opening phrase: the main clause's subject comes after.
        let openingPhrase = isOpeningPhrase(upTo: t, sentence: sentence)
        if openingPhrase {
            let si = Int(analysis.sentenceOf[t])
            // "Đón Tổng thống tại sân bay có Bộ trưởng A và Đại sứ B": A and B welcomed him.
            if let m = mentions[mentionRange(si)].first(where: {
                $0.range.lowerBound >= objectsEnd && isCandidate($0) && $0.isPersonLike
                    && analysis.grammarEnding(.existential, before: $0.range.lowerBound, window: 1) != nil
            }) {
                return listForward(from: m, sentence: sentence)
            }
            for m in mentions[mentionRange(si)] where m.range.lowerBound >= objectsEnd {
                if isCandidate(m) && m.isPersonLike && opensClause(m) && analysis.segment(of: m.range.lowerBound) > seg {
                    return coordinated(m, segment: analysis.segment(of: m.range.lowerBound))
                }
            }
        }
        // 3. The subject of the sentence, before.
        for m in mentions[mentionRange(Int(analysis.sentenceOf[t]))] where m.range.upperBound <= t {
            if isCandidate(m) && m.isPersonLike && opensClause(m) { return coordinated(m, segment: analysis.segment(of: m.range.lowerBound)) }
        }
        return []
    }

    /// A person and the people listed after it ("A, B và C").
    private func listForward(from m: Mention, sentence: Sentence) -> [Mention] {
        var out = [m]
        var k = m.range.upperBound
        while k < sentence.tokens.upperBound {
            var j = k
            if analysis.punctuation(j, ",") { j += 1 }
            if let n = analysis.grammar(.and, at: j), mentionAt[j] < 0 { j += n }
            guard j > k, let next = mention(startingAt: j), next.isPersonLike, !ids(next).isEmpty else { break }
            out.append(next)
            k = next.range.upperBound
        }
        return out
    }

    /// A subject with the people joined to it before ("A và B", "A cùng B", "A and B's"; "A, B
    /// và C" across the commas of a list closed by "và"/"and").
    private func coordinated(_ m: Mention, segment: Int) -> [Mention] {
        var seg = segment
        var out = [m]
        var start = m.range.lowerBound
        var conjunction = false
        while start - 1 >= seg {
            var j = start - 1
            var joined = false
            if analysis.punctuation(j, ",") {
                joined = true
                j -= 1
                if j < seg {
                    guard conjunction, j >= 0, mentionAt[j] >= 0 else { break }
                    let item = mentions[Int(mentionAt[j])]
                    guard item.range.upperBound == j + 1, item.isPersonLike, opensClause(item) else { break }
                    seg = analysis.segment(of: item.range.lowerBound)
                }
            } else {
                // skip adverbs between the joining word and the subject ("A cũng cùng B")
                var e = start
                while e - 1 >= seg, mentionAt[e - 1] < 0, analysis.grammarEnding(.and, before: e, window: 3) == nil,
                      let adv = analysis.grammarEnding(.adverb, before: e, window: 2) { e = adv }
                // ("hội đàm với B": "với" after an event word introduces its party, not a subject)
                if let a = analysis.grammarEnding(.and, before: e, window: 3), !endsEventWord(before: a) {
                    joined = true
                    conjunction = true
                    j = a - 1
                    while j >= seg, mentionAt[j] < 0, let adv = analysis.grammarEnding(.adverb, before: j + 1, window: 2) { j = adv - 1 }
                    if analysis.punctuation(j, ",") { j -= 1 }
                }
            }
            guard joined, j >= seg, mentionAt[j] >= 0 else { break }
            let other = mentions[Int(mentionAt[j])]
            guard other.isParticipant, !ids(other).isEmpty else { break }
            out.insert(other, at: 0)
            start = other.range.lowerBound
        }
        return out
    }

    /// Whether only an opening phrase comes before `t`: prepositions, dates and punctuation,
    /// with no person ("Trong cuộc gặp với …", "Gặp …", "During their meeting").
    private func isOpeningPhrase(upTo t: Int, sentence: Sentence) -> Bool {
        for k in sentence.tokens.lowerBound..<t {
            if mentionAt[k] >= 0 && mentions[Int(mentionAt[k])].isPersonLike { return false }
            if tokens[k].isWord && tokens[k].isCapitalized && k > sentence.tokens.lowerBound
                && mentionAt[k] < 0 && analysis.dateAt[k] < 0 { return false }
        }
        return t - sentence.tokens.lowerBound <= 6
    }

    // MARK: Time and place

    /// The end of the segment holding token `i` (where the next segment starts).
    private func segmentEnd(from i: Int, sentence: Sentence) -> Int {
        let seg = analysis.segment(of: max(i, sentence.tokens.lowerBound))
        var k = max(i, sentence.tokens.lowerBound)
        while k < sentence.tokens.upperBound && analysis.segment(of: k) == seg { k += 1 }
        return k
    }

    /// The date mention inside `span` nearest to the event word.
    func date(in span: Range<Int>, near t: Int) -> TimeSpan? {
        dateIndex(in: span, near: t).map { analysis.dates[$0].span }
    }

    /// The index of the date mention inside `span` that dates the event word at `t`.
    func dateIndex(in span: Range<Int>, near t: Int) -> Int? {
        // The most precise mention wins ("từ ngày 12 đến 16-11" over the "2024" of "APEC 2024"),
        // then the nearest.
        func rank(_ p: TimeSpan.Precision) -> Int {
            switch p {
            case .day, .range, .weekend, .week: return 0
            case .month: return 1
            case .year: return 2
            }
        }
        var best: (Int, Int)?
        for (di, r) in analysis.dateTokens.enumerated() where !r.isEmpty {
            guard r.lowerBound >= span.lowerBound && r.upperBound <= span.upperBound else { continue }
            guard analysis.dates[di].date != nil || analysis.dates[di].monthDay != nil else { continue }
            // A date after a subordinate word that follows the event word dates that clause ("…
            // gặp lại X sau chuyến thăm Việt Nam tháng 9/2023").
            if r.lowerBound > t, ((t + 1)..<r.lowerBound).contains(where: { isSubordinateStart($0) || verbAt[$0] }) {
                continue  // (or after another verb: "tiếp X đang ở thăm Việt Nam từ ngày 3 đến 7/3")
            }
            // A date in a clause of its own before the event word ("X, who arrived on Monday, also
            // met Y").
            if r.upperBound <= t, analysis.segment(of: r.lowerBound) != analysis.segment(of: t) {
                var first = analysis.segment(of: r.lowerBound)
                while first < r.lowerBound && tokens[first].kind == .punctuation { first += 1 }
                if first < r.lowerBound, isSubordinateStart(first) { continue }
            }
            let distance = r.lowerBound >= t ? r.lowerBound - t : t - r.upperBound
            let score = rank(analysis.dates[di].precision) * 10_000 + distance
            if best == nil || score < best!.1 { best = (di, score) }
        }
        return best?.0
    }

    /// The first token of the segment starting at `seg` that is not punctuation.
    func firstWord(of seg: Int) -> Int {
        var k = seg
        while k + 1 < tokens.count && tokens[k].kind == .punctuation { k += 1 }
        return k
    }

    /// Whether someone spoken or written to follows a verb of saying ("told X", "wrote to X").
    func addressee(after k: Int) -> Bool {
        var j = k
        if let n = analysis.grammar(.destination, at: j) { j += n }
        if mentionAt[j < tokens.count ? j : 0] < 0, let n = analysis.grammar(.determiner, at: j) { j += n }
        return mention(startingAt: j).map(\.isPersonLike) ?? false
    }

    /// Whether an event word ends right before token `k`.
    func endsEventWord(before k: Int) -> Bool {
        for start in max(0, k - 4)..<k {
            if let e = analysis.longest(.event, at: start), start + e.length == k { return true }
        }
        return false
    }

    /// Whether a subordinate clause starts at token `k` (not inside a mention, and not an adverb
    /// that starts with the same word: "sau" but not "sau đó").
    func isSubordinateStart(_ k: Int) -> Bool {
        guard mentionAt[k] < 0, let n = analysis.grammar(.subordinate, at: k) else { return false }
        if let a = analysis.grammar(.adverb, at: k), a > n { return false }
        return true
    }

    /// A date in the segments that continue the clause after `end` ("… thăm chính thức Peru,
    /// dự Tuần lễ cấp cao APEC từ ngày 12 đến 16-11"), up to a segment with a new subject.
    func followingDateIndex(after end: Int, sentence: Sentence, near t: Int) -> Int? {
        var k = end
        var segments = 0
        while k < sentence.tokens.upperBound && segments < 2 {
            let segEnd = segmentEnd(from: k, sentence: sentence)
            if analysis.punctuation(k, "(") { k = segEnd; continue }
            // a subordinate clause ("sau khi …", "after …") has its own time
            var first = k
            while first < segEnd && text.tokens[first].kind == .punctuation { first += 1 }
            if analysis.isGrammar(.subordinate, at: first) { return nil }
            if let m = mentions[mentionRange(Int(analysis.sentenceOf[k]))].first(where: {
                $0.range.lowerBound >= k && $0.range.lowerBound < segEnd && $0.isPersonLike }),
               opensClause(m) { return nil }
            if let di = dateIndex(in: k..<segEnd, near: t) { return di }
            k = segEnd
            segments += 1
        }
        return nil
    }

    /// Whether a date opening the sentence governs the clause starting at `start`: only
    /// brackets and framing phrases ("trong khuôn khổ …", "during …") stand between them, not
    /// another clause ("Ngày 3/6, Quốc hội thông qua luật, còn …").
    func openingGoverns(_ start: Int, sentence: Sentence) -> Bool {
        var k = sentence.tokens.lowerBound
        while k < start {
            let end = segmentEnd(from: k, sentence: sentence)
            if end > start { break }
            var first = k
            while first < end && text.tokens[first].kind == .punctuation { first += 1 }
            // "Dự kiến ngày 11/10, …", "Theo kế hoạch, ngày mai …"
            while first < end, let n = analysis.grammar(.planned, at: first) ?? analysis.grammar(.adverb, at: first) {
                first += n
            }
            let bracketed = analysis.punctuation(k, "(") || isInBrackets(first, sentence: sentence)
            let framing = analysis.isGrammar(.frame, at: first) || analysis.isGrammar(.place, at: first)
                || analysis.dateAt[first] >= 0 || first >= end
            if !bracketed && !framing { return false }
            k = end
        }
        return true
    }

    /// The index of the date mention that opens the sentence ("Ngày 18-11, …", "On Wednesday, …").
    func openingDateIndex(_ sentence: Sentence) -> Int? {
        var k = sentence.tokens.lowerBound
        var steps = 0
        while k < sentence.tokens.upperBound && steps < 3 {
            let d = analysis.dateAt[k]
            if d >= 0 {
                let r = analysis.dateTokens[Int(d)]
                let after = r.upperBound
                guard after >= sentence.tokens.upperBound || analysis.punctuation(after, ",")
                    || analysis.punctuation(after, "(") || analysis.segment(of: after) != analysis.segment(of: k)
                else { return nil }
                return analysis.dates[Int(d)].date != nil ? Int(d) : nil
            }
            // "Trước đó, sáng cùng ngày, …": an adverb set off by a comma
            if let n = analysis.grammar(.adverb, at: k), analysis.punctuation(k + n, ","), mentionAt[k] < 0 {
                k += n + 1
                steps += 1
                continue
            }
            guard tokens[k].isWord, !tokens[k].isCapitalized || k == sentence.tokens.lowerBound,
                  mentionAt[k] < 0 else { return nil }
            k += 1
            steps += 1
        }
        return nil
    }

    /// A sentence that sets a frame for the events after it: a gathering ("trong khuôn khổ",
    /// "on the sidelines of") or a series of encounters ("nhiều cuộc tiếp xúc").
    private func isFrame(_ sentence: Sentence) -> Bool {
        for k in sentence.tokens {
            if analysis.isGrammar(.frame, at: k) && !english { return true }
            if let n = analysis.grammar(.plural, at: k), analysis.longest(.event, at: k + n) != nil { return true }
        }
        return false
    }

    /// The place where the sentence's subject is ("… dừng chân tại Brussels"), before any
    /// planned trip of the sentence.
    private func setting(_ sentence: Sentence) -> String? {
        var k = sentence.tokens.lowerBound
        let framing = isFrame(sentence)
        while k < sentence.tokens.upperBound {
            if analysis.isGrammar(.planned, at: k) { return nil }
            if let e = analysis.longest(.event, at: k), pack.events[Int(e.entry.ref)].travel { return nil }
            if let n = analysis.grammar(.place, at: k), let m = mention(startingAt: k + n), m.kind == .place,
               framing || analysis.grammarEnding(.presence, before: k, window: 3) != nil
            {
                return m.entity
            }
            k += 1
        }
        return nil
    }

    /// The place of an event: "tại"/"in"/"at" and a place right after the event word or its
    /// parties (dates and adverbs may stand between: "… Sybiha ngày 13/11 tại Brussels"), else
    /// one in the framing phrases that open the sentence ("Tại Hà Nội, …", "In Geneva, …").
    func place(after anchor: Int, clauseStart: Int, sentence: Sentence) -> String? {
        var k = anchor
        var skipped = 0
        while k < sentence.tokens.upperBound && skipped < 8 {
            if let n = analysis.grammar(.place, at: k) {
                if let m = mention(startingAt: k + n), m.kind == .place || m.kind == .country { return m.entity }
                return nil
            }
            if analysis.dateAt[k] >= 0 { k += 1; skipped += 1; continue }
            if let n = analysis.grammar(.adverb, at: k) { k += n; skipped += n; continue }
            if tokens[k].kind == .punctuation && !analysis.punctuation(k, ",") && !analysis.punctuation(k, ".") {
                k += 1; skipped += 1; continue
            }
            break
        }
        // framing phrases before the clause
        guard openingGoverns(clauseStart, sentence: sentence) else { return nil }
        var j = sentence.tokens.lowerBound
        while j < clauseStart {
            if let n = analysis.grammar(.place, at: j), let m = mention(startingAt: j + n), m.kind == .place || m.kind == .country {
                return m.entity
            }
            j += 1
        }
        return nil
    }

    /// Whether token `i` stands inside brackets in its sentence.
    func isInBrackets(_ i: Int, sentence: Sentence) -> Bool {
        var k = i - 1
        while k >= sentence.tokens.lowerBound {
            if analysis.punctuation(k, ")") { return false }
            if analysis.punctuation(k, "(") { return true }
            k -= 1
        }
        return false
    }

    /// "the meeting", "their meeting", "Today's meeting"; "cuộc gặp này", "cuộc gặp trên".
    private func isDefinite(_ t: Int, length: Int) -> Bool {
        if english {
            if t > 0, analysis.grammarEnding(.anaphoric, before: t, window: 2) != nil { return true }
            if t > 0, tokens[t - 1].kind == .punctuation, tokens[t - 1].length == 2 { return true }  // Today's
            return false
        }
        return analysis.isGrammar(.anaphoric, at: t + length)
    }

    private func isSeparate(_ t: Int, length: Int, objectsEnd: Int, isNoun: Bool) -> Bool {
        var joint = false, separate = false
        for k in max(0, t - 3)..<min(objectsEnd + 2, tokens.count) {
            if analysis.isGrammar(.joint, at: k) { joint = true }
            if analysis.isGrammar(.separate, at: k) { separate = true }
        }
        if joint { return false }
        if separate { return true }
        if isNoun, t > 0, analysis.grammarEnding(.plural, before: t, window: 2) != nil { return true }
        if isNoun, english, NameKey.fold(text.text(tokens[t + length - 1])).hasSuffix("ings") { return true }
        return false
    }
}
