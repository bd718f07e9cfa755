import Foundation
import LiaisonCore
@testable import LiaisonExtraction

/// An article with the reading a person gives it, in the gold format of the evaluation
/// (`../shared/eval/README.md`): its text, the people and other entities it names with their
/// surface forms, its meetings and its dated events. Read from `Fixtures/Generalisation/*.json`.
struct GoldArticle: Decodable {
    struct Entity: Decodable {
        var id: String
        var name: String
        var type: String
        var mentions: [String]
    }

    struct Meeting: Decodable {
        var participants: [String]
        var kind: String
        var status: String
        /// "YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD" or nil.
        var date: String?
    }

    struct Event: Decodable {
        var actors: [String]
        var kind: String
        var date: String?
    }

    /// A difference the extraction is known to make on this article, with the reason.
    struct KnownIssue: Decodable {
        /// "people", "pairs", "pair+date" or "dated".
        var check: String
        /// The difference as ``GoldComparison`` writes it ("missing son+macron@2025-05-26").
        var item: String
        var reason: String
    }

    var id: String
    var lang: String
    var published: String?
    var text: String
    var entities: [Entity]
    var meetings: [Meeting]
    var events: [Event]
    var knownIssues: [KnownIssue]?

    enum CodingKeys: String, CodingKey {
        case id, lang, published, text, entities, meetings, events
        case knownIssues = "known_issues"
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Generalisation")

    /// The names of the fixture files, without ".json", sorted.
    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func load(_ name: String) throws -> GoldArticle {
        let data = try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
        return try JSONDecoder().decode(GoldArticle.self, from: data)
    }

    var document: Document {
        Document(id: id, published: published.flatMap { Day(iso: $0) }, language: lang,
                 text: text.precomposedStringWithCanonicalMapping)
    }

    func known(_ check: String) -> [String: String] {
        var out: [String: String] = [:]
        for k in knownIssues ?? [] where k.check == check { out[k.item] = k.reason }
        return out
    }
}

/// Compares an extraction with an article's gold the way `score.py` does: names compared
/// case-, diacritic- and punctuation-insensitively, a surname alone when no other person of the
/// gold has it, every predicted entity mapped to at most one gold entity.
struct GoldComparison {
    let gold: GoldArticle
    let extraction: Extraction
    private let goldTypes: [String: String]
    private let goldForms: [String: Set<String>]

    init(gold: GoldArticle, extraction: Extraction) {
        self.gold = gold
        self.extraction = extraction
        var types: [String: String] = [:]
        var forms: [String: Set<String>] = [:]
        for e in gold.entities {
            types[e.id] = e.type
            forms[e.id] = Set(([e.name] + e.mentions).map(GoldComparison.fold))
        }
        goldTypes = types
        goldForms = forms
    }

    static func fold(_ s: String) -> String {
        var t = s.replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "\u{2019}s", with: "")
        if t.hasSuffix(".") { t.removeLast() }
        return NameKey.fold(t)
    }

    private static func type(_ kind: LiaisonCore.Entity.Kind) -> String {
        kind == .group ? "organization" : kind.rawValue
    }

    /// The gold entity a predicted entity stands for, if any.
    func goldID(of e: LiaisonCore.Entity) -> String? {
        let forms = Set(([e.name] + e.aliases).map(GoldComparison.fold))
        let named = gold.entities.filter { !(goldForms[$0.id] ?? []).isDisjoint(with: forms) }
        if let same = named.first(where: { $0.type == GoldComparison.type(e.type) }) ?? named.first { return same.id }
        guard e.type == .person else { return nil }
        let people = gold.entities.filter { $0.type == "person" }
        for form in forms {
            guard let last = form.split(separator: " ").last else { continue }
            let holders = people.filter { GoldComparison.fold($0.name).split(separator: " ").last == last }
            if holders.count == 1 { return holders[0].id }
        }
        return nil
    }

    private func id(_ predicted: String) -> String {
        extraction.entities.first { $0.id == predicted }.flatMap(goldID) ?? "?\(predicted)"
    }

    private func type(ofPredicted predicted: String) -> String? {
        extraction.entities.first { $0.id == predicted }.map { GoldComparison.type($0.type) }
    }

    private static func start(_ date: String?) -> String {
        date.map { String($0.split(separator: "/")[0]) } ?? "none"
    }

    private static func pairs(_ ids: [String]) -> [String] {
        let sorted = Array(Set(ids)).sorted()
        var out: [String] = []
        for i in sorted.indices { for j in sorted.indices where j > i { out.append("\(sorted[i])+\(sorted[j])") } }
        return out
    }

    /// "missing …" and "spurious …" items of two sets.
    private static func differences(gold: Set<String>, predicted: Set<String>) -> [String] {
        gold.subtracting(predicted).sorted().map { "missing \($0)" }
            + predicted.subtracting(gold).sorted().map { "spurious \($0)" }
    }

    /// People missed, people found twice or found but not in the gold.
    var people: [String] {
        let goldPeople = Set(gold.entities.filter { $0.type == "person" }.map(\.id))
        var found: [String: Int] = [:]
        var spurious: [String] = []
        for e in extraction.entities where e.type == .person {
            if let g = goldID(of: e), goldPeople.contains(g) { found[g, default: 0] += 1 } else { spurious.append(e.name) }
        }
        return goldPeople.subtracting(found.keys).sorted().map { "missing \($0)" }
            + found.filter { $0.value > 1 }.keys.sorted().map { "twice \($0)" }
            + spurious.sorted().map { "spurious \($0)" }
    }

    private var goldMeetingParties: [(ids: [String], date: String?)] {
        gold.meetings.map { m in
            (m.participants.filter { ["person", "organization"].contains(goldTypes[$0] ?? "") }, m.date)
        }
    }

    private var predictedMeetingParties: [(ids: [String], date: String?)] {
        extraction.events.filter(\.kind.isMeetingLike).map { e in
            (e.participants.filter { ["person", "organization"].contains(type(ofPredicted: $0) ?? "") }.map(id),
             e.time?.start?.description)
        }
    }

    /// Unordered pairs of the participants of meetings, talks, calls, visits and summits.
    var pairs: [String] {
        GoldComparison.differences(gold: Set(goldMeetingParties.flatMap { GoldComparison.pairs($0.ids) }),
                                   predicted: Set(predictedMeetingParties.flatMap { GoldComparison.pairs($0.ids) }))
    }

    /// The same pairs with the day the meeting starts ("none" for no date).
    var pairDates: [String] {
        func items(_ list: [(ids: [String], date: String?)]) -> Set<String> {
            Set(list.flatMap { m in GoldComparison.pairs(m.ids).map { "\($0)@\(GoldComparison.start(m.date))" } })
        }
        return GoldComparison.differences(gold: items(goldMeetingParties), predicted: items(predictedMeetingParties))
    }

    /// Every actor of a dated event with the day it starts: the timeline's backbone.
    var dated: [String] {
        var g = Set<String>()
        for m in gold.meetings where m.date != nil { for a in m.participants { g.insert("\(a)@\(GoldComparison.start(m.date))") } }
        for e in gold.events where e.date != nil { for a in e.actors { g.insert("\(a)@\(GoldComparison.start(e.date))") } }
        var p = Set<String>()
        for e in extraction.events {
            guard let start = e.time?.start else { continue }
            for a in e.participants { p.insert("\(id(a))@\(start)") }
        }
        return GoldComparison.differences(gold: g, predicted: p)
    }
}
