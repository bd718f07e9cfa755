import LiaisonCore

/// Reads one article into an ``Extraction``: its people, organizations, countries and places,
/// the events it reports (with participants, place, time, status and evidence) and its date
/// expressions.
///
/// ```swift
/// let extractor = try Extractor(language: "vi")
/// let extraction = extractor.extract(Document(id: "vi-00", published: Day(2024, 11, 13), text: text))
/// ```
///
/// The language pack is loaded once, when the extractor is made; an extractor holds no mutable
/// state and can be shared between threads.
public struct Extractor: Sendable {
    /// Finds the date expressions of a text, resolved against the published day, with offsets
    /// in Unicode scalars.
    public typealias DateFinder = @Sendable (_ text: String, _ published: Day?) -> [DateMention]

    /// Why an extractor cannot be made.
    public enum Failure: Error, CustomStringConvertible {
        /// No language pack for this language.
        case unsupportedLanguage(String)
        /// A pack file is malformed (file and line in the message).
        case pack(String)

        public var description: String {
            switch self {
            case .unsupportedLanguage(let code):
                return "no language pack for '\(code)' (available: \(Extractor.languages.joined(separator: ", ")))"
            case .pack(let message): return "language pack: \(message)"
            }
        }
    }

    /// The languages with a pack.
    public static let languages = ["en", "vi"]

    public let language: String
    let pack: LanguagePack
    private let dates: DateFinder

    /// Makes an extractor for `language` ("vi", "en") whose dates come from the language's
    /// ``TemporalTagger``.
    public init(language: String) throws {
        let tagger: TemporalTagger
        do {
            tagger = try TemporalTagger(language: language)
        } catch let error as PackFile.LoadError {
            throw Extractor.languages.contains(language) ? Failure.pack(error.description) : Failure.unsupportedLanguage(language)
        }
        try self.init(language: language, dates: { tagger.mentions(in: $0, published: $1) })
    }

    /// Makes an extractor for `language` whose date expressions come from `dates` (a stand-in
    /// for the temporal tagger, or `{ _, _ in [] }` for none).
    public init(language: String, dates: @escaping DateFinder) throws {
        guard Extractor.languages.contains(language) else { throw Failure.unsupportedLanguage(language) }
        do {
            pack = try LanguagePack(language: language)
        } catch let error as PackFile.LoadError {
            throw Failure.pack(error.description)
        }
        self.language = language
        self.dates = dates
    }

    /// Extracts entities, events and date mentions from a document.
    public func extract(_ document: Document) -> Extraction {
        extract(document, dateMentions: dates(document.text, document.published))
    }

    /// Extracts entities and events from a document whose date expressions are already known
    /// (offsets in Unicode scalars of `document.text`).
    public func extract(_ document: Document, dateMentions: [DateMention]) -> Extraction {
        var analysis = TextAnalysis(pack: pack, text: document.text, dates: dateMentions)
        let recognizer = EntityRecognizer(analysis: analysis)
        var mentions: [Mention] = []
        for si in analysis.sentences.indices { mentions.append(contentsOf: recognizer.mentions(in: si)) }
        var inside = [Bool](repeating: false, count: analysis.text.tokens.count)
        for m in mentions { for i in m.range.dropFirst() { inside[i] = true } }
        analysis.resegment(inside: inside)

        var coreference = Coreference(analysis: analysis, mentions: mentions)
        coreference.resolve()
        coreference.addAcronyms()
        let protagonistCluster = coreference.protagonist()
        let entities = coreference.entities()
        let protagonist = protagonistCluster.flatMap { ci in
            coreference.mentions.indices.first { coreference.clusterOf[$0] == ci }.flatMap { coreference.mentions[$0].entity }
        }
        let drafts = EventRules(analysis: analysis, mentions: coreference.mentions, document: document,
                                protagonist: protagonist).extract()
        var document = document
        if document.language == nil { document.language = language }
        return Extraction(document: document, entities: entities, events: EventMerger.merge(drafts),
                          dateMentions: dateMentions)
    }
}

extension Extractor {
    /// A readable trace of how a document was read: sentences, the mentions found in each and
    /// the entity each stands for, and the event words. For diagnosing rules; not a format.
    public func explain(_ document: Document, dateMentions: [DateMention]? = nil) -> String {
        let dates = dateMentions ?? self.dates(document.text, document.published)
        var analysis = TextAnalysis(pack: pack, text: document.text, dates: dates)
        let recognizer = EntityRecognizer(analysis: analysis)
        var mentions: [Mention] = []
        for si in analysis.sentences.indices { mentions.append(contentsOf: recognizer.mentions(in: si)) }
        var inside = [Bool](repeating: false, count: analysis.text.tokens.count)
        for m in mentions { for i in m.range.dropFirst() { inside[i] = true } }
        analysis.resegment(inside: inside)
        var coreference = Coreference(analysis: analysis, mentions: mentions)
        coreference.resolve()
        coreference.addAcronyms()
        _ = coreference.entities()
        let rules = EventRules(analysis: analysis, mentions: coreference.mentions, document: document, protagonist: nil)
        var out = ""
        for (si, s) in analysis.sentences.enumerated() {
            out += "[\(si)] \(analysis.text.text(from: s.start, to: s.end))\n"
            for m in coreference.mentions where m.sentence == si {
                let ids = m.kind == .dual ? m.entities.joined(separator: "+") : (m.entity ?? "?")
                out += "    \(m.kind) «\(analysis.text.text(tokens: m.range))» → \(ids)"
                if !m.roles.isEmpty { out += " roles: " + m.roles.map { "\($0.text)/\($0.office)/\($0.affiliation ?? "-")" }.joined(separator: ", ") }
                out += "\n"
            }
            for (t, n, word) in rules.triggers(in: s) {
                let (found, _) = rules.events(at: t, length: n, word: word, sentence: s, index: si, hasOpening: false,
                                              frameDate: nil, location: nil)
                var result = "none"
                switch found {
                case .events(let list): result = list.map { "\($0.kind.rawValue)(\($0.participants.joined(separator: ",")))@\($0.place ?? "-")/\($0.time?.start?.description ?? "-")" }.joined(separator: " ")
                case .anaphora: result = "anaphora"
                case .none: break
                }
                out += "    trigger «\(analysis.text.text(tokens: t..<(t + n)))» \(word.kind.rawValue) → \(result)\n"
            }
            for (di, r) in analysis.dateTokens.enumerated() where !r.isEmpty && Int(analysis.sentenceOf[r.lowerBound]) == si {
                out += "    date «\(analysis.dates[di].text)» \(analysis.dates[di].date?.description ?? "nil")\n"
            }
        }
        return out
    }
}
