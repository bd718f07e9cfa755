import Foundation
import LiaisonCore
@testable import LiaisonExtraction

/// Extractors shared by the extraction tests (packs load once per language).
enum Extractors {
    static let vi = try! Extractor(language: "vi")
    static let en = try! Extractor(language: "en")
    /// Extractors without a temporal tagger, for tests that give the dates themselves.
    static let viNoDates = try! Extractor(language: "vi", dates: { _, _ in [] })
    static let enNoDates = try! Extractor(language: "en", dates: { _, _ in [] })
}

/// A date mention for `phrase` where it first occurs in `text` (offsets in Unicode scalars).
func dateMention(_ phrase: String, in text: String, _ start: Day, _ end: Day? = nil,
                 precision: TimeSpan.Precision = .day) -> DateMention
{
    let scalars = Array(text.unicodeScalars)
    let needle = Array(phrase.unicodeScalars)
    var offset = 0
    search: for i in 0...(scalars.count - needle.count) {
        for j in needle.indices where scalars[i + j] != needle[j] { continue search }
        offset = i
        break
    }
    return DateMention(text: phrase, span: TimeSpan(start: start, end: end ?? start, precision: precision, text: phrase),
                       start: offset, stop: offset + needle.count)
}

/// Extracts a text written for a test.
func extract(_ text: String, language: String, published: Day? = nil, dates: [DateMention]? = nil) -> Extraction {
    let document = Document(id: "test", published: published, language: language, text: text)
    if let dates {
        let extractor = language == "vi" ? Extractors.viNoDates : Extractors.enNoDates
        return extractor.extract(document, dateMentions: dates)
    }
    return (language == "vi" ? Extractors.vi : Extractors.en).extract(document)
}

extension Extraction {
    var people: [Entity] { entities.filter { $0.type == .person } }
    var personNames: Set<String> { Set(people.map(\.name)) }

    func person(_ name: String) -> Entity? {
        people.first { $0.name == name || $0.aliases.contains(name) }
    }

    func entity(_ id: String) -> Entity? { entities.first { $0.id == id } }

    /// Meeting-like events as sets of participant names, for comparisons.
    var meetingPairs: Set<Set<String>> {
        Set(events.filter(\.kind.isMeetingLike).map { e in Set(e.participants.map { id in entity(id)?.name ?? id }) })
    }

    func events(_ kind: Event.Kind) -> [Event] { events.filter { $0.kind == kind } }

    /// The participants of an event, by entity name.
    func names(_ event: Event) -> Set<String> { Set(event.participants.map { entity($0)?.name ?? $0 }) }
}
