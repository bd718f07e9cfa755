import Foundation
import LiaisonCore

/// Dossiers for the report and export tests, written for them (no article text is copied).
enum ExportFixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Two documents, four people, an organization, two countries, two places and seven events
    /// that use every part of the model: a one-to-one meeting, planned weekend talks, a summit of
    /// four in a month (a gathering, with a second report and a conflicting date), a call whose
    /// year is unknown, a visit with a host and an inferred year, a year-precision trip and an
    /// undated statement.
    static let meetings: Dossier = {
        let documents = [
            Document(id: "d1", title: "Ministers meet in Brussels", source: "https://example.org/news/one",
                     published: day("2024-11-13"), language: "en",
                     text: "Ana Abreu met Bruno Costa in Brussels on Wednesday. They will hold talks this weekend."),
            Document(id: "d2", title: "Hội nghị ở Hà Nội", source: "articles/hai.md", published: day("2024-11-20"),
                     language: "vi", text: "Bà Đặng Thu Hà tiếp ông Chen Wei tại Hà Nội."),
        ]
        let entities = [
            Entity(id: "ana-abreu", name: "Ana Abreu", type: .person, aliases: ["Abreu", "Minister Abreu"],
                   roles: [Role(title: "Foreign Minister", affiliation: "portugal")]),
            Entity(id: "bruno-costa", name: "Bruno Costa", type: .person, aliases: ["Costa"],
                   roles: [Role(title: "Secretary General", affiliation: "northern-alliance")]),
            Entity(id: "chen-wei", name: "Chen Wei", type: .person, roles: [Role(title: "Envoy")]),
            Entity(id: "dang-thu-ha", name: "Đặng Thu Hà", type: .person, aliases: ["Bà Hà"],
                   roles: [Role(title: "Bộ trưởng Ngoại giao", affiliation: "viet-nam")]),
            Entity(id: "northern-alliance", name: "Northern Alliance", type: .organization, aliases: ["NA"]),
            Entity(id: "portugal", name: "Portugal", type: .country),
            Entity(id: "viet-nam", name: "Việt Nam", type: .country, aliases: ["Vietnam"]),
            Entity(id: "brussels", name: "Brussels", type: .place),
            Entity(id: "ha-noi", name: "Hà Nội", type: .place),
        ]
        let events = [
            Event(id: "e1", kind: .meeting, participants: ["ana-abreu", "bruno-costa"], place: "brussels",
                  time: TimeSpan(start: day("2024-11-13"), precision: .day, text: "on Wednesday", isRelative: true),
                  summary: "Abreu meets Costa",
                  evidence: [Evidence(document: "d1", sentence: "Ana Abreu met Bruno Costa in Brussels on Wednesday.",
                                      start: 0, end: 51, rule: "en.meeting.met", source: "https://example.org/news/one")]),
            Event(id: "e2", kind: .talks, participants: ["ana-abreu", "bruno-costa"], place: "brussels",
                  time: TimeSpan(start: day("2024-11-16"), end: day("2024-11-17"), precision: .weekend,
                                 text: "this weekend", isRelative: true),
                  status: .planned,
                  evidence: [Evidence(document: "d1", sentence: "They will hold talks this weekend.", start: 52, end: 86,
                                      rule: "en.talks.hold")]),
            Event(id: "e3", kind: .summit, participants: ["ana-abreu", "bruno-costa", "chen-wei", "dang-thu-ha"],
                  place: "ha-noi",
                  time: TimeSpan(start: day("2024-12-01"), end: day("2024-12-31"), precision: .month, text: "tháng 12"),
                  summary: "Hanoi summit",
                  evidence: [
                      Evidence(document: "d2", sentence: "Hội nghị thượng đỉnh sẽ diễn ra trong tháng 12.", rule: "vi.summit"),
                      Evidence(document: "d1", sentence: "A summit of the four is expected in December.", rule: "en.summit"),
                  ],
                  conflictingTimes: [TimeSpan(start: day("2024-12-02"), precision: .day, text: "2 December")]),
            Event(id: "e4", kind: .call, participants: ["chen-wei", "dang-thu-ha"],
                  time: TimeSpan(start: nil, precision: .day, text: "ngày 20/11", monthDay: "--11-20"),
                  evidence: [Evidence(document: "d2", sentence: "Hai bên điện đàm ngày 20/11.", rule: "vi.call")]),
            Event(id: "e5", kind: .visit, participants: ["dang-thu-ha", "chen-wei"], host: "dang-thu-ha", place: "ha-noi",
                  time: TimeSpan(start: day("2024-11-20"), precision: .day, text: "ngày 20/11", isYearInferred: true,
                                 isReferenceEstimated: true),
                  evidence: [Evidence(document: "d2", sentence: "Bà Đặng Thu Hà tiếp ông Chen Wei tại Hà Nội.", start: 0,
                                      end: 44, rule: "vi.visit.tiep")]),
            Event(id: "e6", kind: .trip, participants: ["ana-abreu"],
                  time: TimeSpan(start: day("2025-01-01"), end: day("2025-12-31"), precision: .year, text: "next year"),
                  evidence: [Evidence(document: "d1", sentence: "Abreu plans a tour next year.", rule: "en.trip")]),
            Event(id: "e7", kind: .statement, participants: ["bruno-costa"], summary: "Costa speaks",
                  evidence: [Evidence(document: "d1", sentence: "Costa said the alliance stands firm.", rule: "en.statement")]),
        ]
        return Dossier(documents: documents, entities: entities, events: events).normalized()
    }()

    /// Names and quotes made to break writers: markup, quotes, separators of every format, line
    /// breaks, right-to-left text, emoji and a long multi-byte name.
    static let hostileNames: [String] = [
        "<script>alert(1)</script>",
        "Ana \"the Hammer\" O'Neil, Jr.",
        "R&D <Group> &amp; Co",
        "Line one\nLine two",
        "Carriage\r\nreturn",
        "مرحبا بالعالم",
        "שלום עליכם",
        "👩🏽‍💻 Coder 🇻🇳",
        "C:\\path\\ \"x\" \\",
        "| *bold* _x_ [link](http://e.example) #tag `code`",
        "semi;colon,comma\\back^caret",
        "- dash start",
        "Nguyễn Thị Ngọc Ánh " + String(repeating: "Đường dài ", count: 9),
    ]

    /// Every hostile name a person (ids `h0`, `h1`, …), meeting the next one in a chain of dated
    /// meetings, plus a gathering of the first three; sentences and places are hostile too.
    static let hostile: Dossier = {
        let names = hostileNames
        var entities = names.enumerated().map { i, name in
            Entity(id: "h\(i)", name: name, type: .person, aliases: [name + " (alias)"],
                   roles: [Role(title: "Title of " + name, affiliation: "org")])
        }
        entities.append(Entity(id: "org", name: "Org \"<b>&</b>\"", type: .organization))
        entities.append(Entity(id: "place", name: "Place <i>\"here\"</i> & there, ok; fine", type: .place))
        let documents = [
            Document(id: "doc", title: "Title <script>alert('t')</script> & \"quotes\"",
                     source: "https://example.org/a?x=1&y=2", published: day("2024-05-02"), language: "en", text: ""),
            Document(id: "evil", title: "javascript link", source: "javascript:alert(1)", published: day("2024-05-03"),
                     language: "ar", text: ""),
        ]
        var events: [Event] = []
        for i in 0..<(names.count - 1) {
            let sentence = "“\(names[i])” met ‘\(names[i + 1])’,\nsaid <em>nobody</em> & \"all\"."
            events.append(Event(
                id: "ev-\(i + 1)", kind: .meeting, participants: ["h\(i)", "h\(i + 1)"], place: "place",
                time: TimeSpan(start: day("2024-05-01").adding(days: i), precision: .day, text: "day \(i) <b>"),
                summary: "Meeting of \(names[i]) & \(names[i + 1])",
                evidence: [Evidence(document: i % 2 == 0 ? "doc" : "evil", sentence: sentence, rule: "test",
                                    source: i % 2 == 0 ? "https://example.org/a?x=1&y=2" : "javascript:alert(1)")]))
        }
        events.append(Event(
            id: "ev-gathering", kind: .summit, participants: ["h0", "h1", "h2"], place: "place",
            time: TimeSpan(start: day("2024-06-01"), end: day("2024-06-30"), precision: .month, text: "June"),
            summary: names[0],
            evidence: [Evidence(document: "doc", sentence: names.joined(separator: " / "), rule: "test")]))
        events.append(Event(id: "ev-undated", kind: .statement, participants: ["h3"], summary: names[3],
                            evidence: [Evidence(document: "doc", sentence: "Undated: " + names[5], rule: "test")]))
        return Dossier(documents: documents, entities: entities, events: events).normalized()
    }()

    /// `text` with every line break (`\r\n`, `\r`) as `\n`.
    static func unixLines(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
