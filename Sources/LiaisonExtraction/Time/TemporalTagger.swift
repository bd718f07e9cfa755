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
/// 12-11", "June 19-20", "between June 19 and 21"). A mention's text keeps the words that govern
/// it ("vào cuối tuần này", "on Tuesday", "hôm 13/11", "tối 27/7").
///
/// How expressions resolve is documented on ``TimeResolver`` (the evaluation's conventions: weeks
/// run Monday–Sunday, a year-less day is its most recent occurrence…). Without a published day,
/// relative expressions and weekdays are reported with no date, and a year-less date takes the
/// year of the closest preceding date in the same text that writes its year, or keeps only its
/// month and day (`monthDay`, "--11-13").
///
/// The text must be in Unicode NFC (as ``Document`` texts are). Matching is case-insensitive;
/// the tagger scans UTF-8 bytes once with a trie built when the pack is loaded, and is safe to
/// share between threads.
public struct TemporalTagger: Sendable {
    /// The language code the tagger was built for.
    public let language: String
    let lexicon: TimeLexicon

    /// Loads the language's time vocabulary ("vi" or "en", or any pack that has a `time.txt`).
    /// - Throws: `PackFile.LoadError` when the pack is missing or a line of it is wrong.
    public init(language: String) throws {
        self.language = language
        self.lexicon = try TimeLexicon(pack: PackFile.load(language: language, name: "time"))
    }

    /// Builds a tagger from pack text (for tests and user-supplied packs).
    public init(language: String, packText: String, path: String = "time.txt") throws {
        self.language = language
        self.lexicon = try TimeLexicon(pack: PackFile(path: path, text: packText))
    }

    /// The time expressions of a document's text, resolved against its published day.
    public func mentions(in document: Document) -> [DateMention] {
        mentions(in: document.text, published: document.published)
    }

    /// The time expressions of `text`, sorted by offset and non-overlapping (the longest match
    /// wins), each resolved against `published` where it can be.
    public func mentions(in text: String, published: Day?) -> [DateMention] {
        let tokenizer = TimeTokenizer(text: text, lexicon: lexicon)
        var grammar = TimeGrammar(lexicon: lexicon, tokens: tokenizer.tokens, matches: tokenizer.matches)
        let tokens = tokenizer.tokens
        var lineEnd = 0
        var resolver = TimeResolver(published: published, contextYear: nil)
        var out: [DateMention] = []
        let utf8 = text.utf8
        var i = 0
        while i < tokens.count {
            if i >= lineEnd {
                lineEnd = i + 1
                while lineEnd < tokens.count && !tokens[lineEnd].flags.contains(.newlineBefore) { lineEnd += 1 }
                grammar.limit = lineEnd
            }
            guard let candidate = grammar.parse(at: i) else {
                i += 1
                continue
            }
            let cue = candidate.bareWeekday ? grammar.tenseCue(around: candidate) : 0
            let span = resolver.resolve(candidate.expression, past: candidate.past, cue: cue)
            let first = tokens[candidate.start]
            let last = tokens[candidate.end - 1]
            let from = utf8.index(utf8.startIndex, offsetBy: Int(first.byteStart))
            let to = utf8.index(utf8.startIndex, offsetBy: Int(last.byteStop))
            let words = String(text[from..<to])
            out.append(DateMention(text: words, span: span, start: Int(first.start), stop: Int(last.stop)))
            if let year = candidate.expression.contextYear { resolver.contextYear = year }
            i = candidate.end
        }
        return out
    }
}
