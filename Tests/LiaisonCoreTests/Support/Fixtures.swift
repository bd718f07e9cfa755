import Foundation
@testable import LiaisonCore

/// Small builders so that tests read as the facts they state.
enum Fixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func span(_ iso: String, _ end: String? = nil, _ precision: TimeSpan.Precision = .day) -> TimeSpan {
        TimeSpan(start: day(iso), end: end.map(day), precision: end == nil ? precision : precision == .day ? .range : precision)
    }

    static func person(_ name: String, id: String? = nil, aliases: [String] = [], roles: [Role] = []) -> Entity {
        Entity(id: id ?? Slug.make(name), name: name, type: .person, aliases: aliases, roles: roles)
    }

    static func org(_ name: String, id: String? = nil, type: Entity.Kind = .organization, aliases: [String] = []) -> Entity {
        Entity(id: id ?? Slug.make(name), name: name, type: type, aliases: aliases)
    }

    static func event(
        _ id: String, _ kind: Event.Kind, _ participants: [String], on time: TimeSpan? = nil,
        place: String? = nil, status: Event.Status = .happened, doc: String? = nil, sentence: String? = nil,
        offset: Int? = nil
    ) -> Event {
        let evidence = doc.map {
            [Evidence(document: $0, sentence: sentence ?? "\(participants.joined(separator: " and ")) met.",
                      start: offset, rule: "test")]
        } ?? []
        return Event(id: id, kind: kind, participants: participants, place: place, time: time, status: status,
                     evidence: evidence)
    }

    /// A meeting.
    static func event(
        _ id: String, _ participants: [String], on time: TimeSpan? = nil, place: String? = nil,
        status: Event.Status = .happened, doc: String? = nil, sentence: String? = nil, offset: Int? = nil
    ) -> Event {
        event(id, .meeting, participants, on: time, place: place, status: status, doc: doc, sentence: sentence, offset: offset)
    }

    static func document(_ id: String, published: String? = nil) -> Document {
        Document(id: id, published: published.map(day), language: "en", text: "")
    }

    static func json(_ dossier: Dossier) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try! encoder.encode(dossier), as: UTF8.self)
    }
}
