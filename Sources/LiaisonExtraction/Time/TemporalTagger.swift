import LiaisonCore

/// Finds time expressions in a text and resolves them against the article's published day.
///
/// ```swift
/// let tagger = try TemporalTagger(language: "vi")
/// let mentions = tagger.mentions(in: "Hai bên gặp nhau ngày 13/11 tại Brussels.",
///                                published: Day(2024, 11, 14))
/// // [DateMention(text: "ngày 13/11", date: 2024-11-13, end: 2024-11-13, precision: .day, …)]
/// ```
///
/// What it reads, per language pack (`Resources/LanguagePacks/<lang>/time.txt`):
/// absolute dates ("ngày 13/11", "13/11/2024", "13 tháng 11 năm 2024", "tháng 11/2024",
/// "năm 2024", "Nov. 13, 2024", "13 November", "mid-November"), weekdays ("thứ Tư", "on
/// Tuesday", "last Friday", "thứ Sáu tuần trước"), relative phrases ("hôm qua", "cuối tuần này",
/// "tháng trước", "earlier this week", "two weeks ago") and ranges ("19 và 20-6", "từ ngày 9 đến
/// 12-11", "June 19-20", "between June 19 and 21") and days relative to the story ("cùng ngày",
/// "sáng hôm sau", "the same day", "later in the day": the last single day the text gave before
/// them, moved as they say). A mention's text keeps the words that govern
/// it ("vào cuối tuần này", "on Tuesday", "hôm 13/11", "tối 27/7").
///
/// How expressions resolve is documented on ``TimeResolver`` (the evaluation's conventions: weeks
/// run Monday–Sunday, a year-less day is its most recent occurrence…).
///
/// **Without a published day**, years are taken only where the text makes them certain, and
/// relative expressions get an estimate that says it is one:
/// 1. A year-less date takes the year of the closest preceding date in the same text that writes
///    its year ("Ngày 13/11/2024 … Ngày 14/11 …").
/// 2. Otherwise, the office holders the text names may leave one possible year: the tagger asks
///    its ``EraEstimator`` for the text's ``Era`` (the days on which every titled office holder
///    held the office the text gives them: "Tổng thư ký NATO Mark Rutte" is from 2024-10-01,
///    "Ngoại trưởng Mỹ Anthony Blinken" until 2025-01-20). A year-less day or range resolves when
///    exactly one occurrence of its day and month lies in the era (a month without a year when
///    exactly one year's month meets it), and is marked `isYearInferred` ("year_inferred" in JSON).
/// 3. Otherwise it keeps only its month and day (`monthDay`, "--11-13").
/// 4. Relative expressions ("cuối tuần này", "this weekend", "tuần tới", "on Tuesday", "hôm qua")
///    then resolve against an **estimated reference day**: the latest day reported as past by an
///    absolute date of the text resolved in steps 1–2 (or written with its year) — a single day or
///    a range (its last day), whose own words mark it past ("hôm 13/11", "last") or whose sentence's
///    nearest tense cue is past ("đã", "vừa", "met", "was"). An article is written on or after the
///    latest day it reports as past, so "cuối tuần này" next to "Blinken đã gặp Sybiha ngày 13/11"
///    (2024-11-13 by step 2) is 2024-11-16…17. There is no reference day when no such date exists,
///    and the expressions stay unresolved. Such mentions are marked `isReferenceEstimated`
///    ("reference_estimated"). Dates the sentence puts in the future never serve as reference.
///    The estimate is a lower bound: an article written days after the latest day it reports
///    puts "hôm qua" or "on Tuesday" later than estimated. Year-less dates are therefore not
///    resolved against this day: it is an estimate, not a certainty.
///
/// With a published day none of this applies: the published day decides, as before.
///
/// The text must be in Unicode NFC (as ``Document`` texts are). Matching is case-insensitive;
/// the tagger scans UTF-8 bytes once with a trie built when the pack is loaded, and is safe to
/// share between threads.
public struct TemporalTagger: Sendable {
    /// The language code the tagger was built for.
    public let language: String
    let lexicon: TimeLexicon
    /// Dates texts that have no published day from the office holders they name; `nil` turns
    /// that off (relative expressions still resolve against an estimated reference day).
    public var eraEstimator: EraEstimator?

    /// Loads the language's time vocabulary ("vi" or "en", or any pack that has a `time.txt`) and
    /// the bundled office-holder facts.
    /// - Throws: `PackFile.LoadError` when the pack is missing or a line of it is wrong.
    public init(language: String) throws {
        self.language = language
        self.lexicon = try TimeLexicon(pack: PackFile.load(language: language, name: "time"))
        self.eraEstimator = try EraEstimator.bundled()
    }

    /// Builds a tagger from pack text (for tests and user-supplied packs), with an era estimator
    /// or none.
    public init(
        language: String, packText: String, path: String = "time.txt", eraEstimator: EraEstimator? = nil
    ) throws {
        self.language = language
        self.lexicon = try TimeLexicon(pack: PackFile(path: path, text: packText))
        self.eraEstimator = eraEstimator
    }

    /// The time expressions of a document's text, resolved against its published day.
    public func mentions(in document: Document) -> [DateMention] {
        mentions(in: document.text, published: document.published)
    }

    /// The time expressions of `text`, sorted by offset and non-overlapping (the longest match
    /// wins), each resolved against `published` where it can be. When `published` is `nil`, the
    /// tagger's ``eraEstimator`` dates the text from its office holders (see the type's
    /// documentation).
    public func mentions(in text: String, published: Day?) -> [DateMention] {
        let era = published == nil ? eraEstimator?.era(in: text) : nil
        return mentions(in: text, published: published, era: era)
    }

    /// The time expressions of `text`, with a given era for year-less dates when `published` is
    /// `nil` (an era found across several texts, say); `era` is ignored when `published` is set.
    public func mentions(in text: String, published: Day?, era: Era?) -> [DateMention] {
        let tokenizer = TimeTokenizer(text: text, lexicon: lexicon)
        var grammar = TimeGrammar(lexicon: lexicon, tokens: tokenizer.tokens, matches: tokenizer.matches)
        let tokens = tokenizer.tokens
        var lineEnd = 0
        var resolver = TimeResolver(published: published, contextYear: nil, era: published == nil ? era : nil)
        var out: [DateMention] = []
        /// Without a published day: what the second pass needs to know per mention.
        var pending: [(index: Int, expression: TimeExpression, past: Bool, cue: Int, contextYear: Int?)] = []
        var reference: Day?
        /// The last single day the text gave: what "cùng ngày", "the same day" refer to.
        var storyDay: Day?
        let utf8 = text.utf8
        let startMask = TimeGrammar.startMask
        var i = 0
        while i < tokens.count {
            if i >= lineEnd {
                lineEnd = i + 1
                while lineEnd < tokens.count && !tokens[lineEnd].flags.contains(.newlineBefore) { lineEnd += 1 }
                grammar.limit = lineEnd
            }
            // (what parse(at:) tests first, without the call: most tokens begin nothing)
            if tokens[i].kinds & startMask == 0 && !tokens[i].isNumber {
                i += 1
                continue
            }
            guard let candidate = grammar.parse(at: i) else {
                i += 1
                continue
            }
            let cue = candidate.bareWeekday ? grammar.tenseCue(around: candidate) : 0
            var span = resolver.resolve(candidate.expression, past: candidate.past, cue: cue)
            if case .relative(.story(let n), _) = candidate.expression, let day = storyDay {
                let d = day.adding(days: n)
                span = TimeSpan(start: d, end: d, precision: .day, isRelative: true)
            }
            if let s = span.start, span.end == s, span.precision == .day { storyDay = s }
            let first = tokens[candidate.start]
            let last = tokens[candidate.end - 1]
            let from = utf8.index(utf8.startIndex, offsetBy: Int(first.byteStart))
            let to = utf8.index(utf8.startIndex, offsetBy: Int(last.byteStop))
            let words = String(text[from..<to])
            if published == nil {
                if candidate.expression.needsReference, span.start == nil {
                    pending.append((out.count, candidate.expression, candidate.past, cue, resolver.contextYear))
                } else if let day = span.end, span.precision == .day || span.precision == .range,
                    candidate.past || grammar.sentenceTense(around: candidate) < 0
                {
                    reference = max(reference ?? day, day)
                }
            }
            out.append(DateMention(text: words, span: span, start: Int(first.start), stop: Int(last.stop)))
            if let year = candidate.expression.contextYear { resolver.contextYear = year }
            i = candidate.end
        }
        if let reference {
            for p in pending {
                let estimated = TimeResolver(published: reference, contextYear: p.contextYear, era: nil)
                var span = estimated.resolve(p.expression, past: p.past, cue: p.cue)
                guard span.start != nil else { continue }
                span.isReferenceEstimated = true
                let m = out[p.index]
                out[p.index] = DateMention(text: m.text, span: span, start: m.start, stop: m.stop)
            }
        }
        return out
    }
}
