import LiaisonCore

/// The first article's facts, written out in Swift (in our own words): Blinken meets Rutte,
/// Borrell and Kallas (no day given) and Sybiha on 13 November 2024 in Brussels, then plans a
/// weekend trip to Peru and Brazil. The trip names the two countries as participants, as
/// extraction does.
enum Seed {
    static let published = Day(2024, 11, 13)!

    static let entities: [Entity] = [
        Entity(id: "anthony-blinken", name: "Anthony Blinken", type: .person, aliases: ["Blinken"],
               roles: [Role(title: "Ngoại trưởng", affiliation: "united-states")]),
        Entity(id: "mark-rutte", name: "Mark Rutte", type: .person,
               roles: [Role(title: "Tổng thư ký", affiliation: "nato")]),
        Entity(id: "josep-borrell", name: "Josep Borrell", type: .person,
               roles: [Role(title: "Đại diện cấp cao", affiliation: "european-union")]),
        Entity(id: "kaja-kallas", name: "Kaja Kallas", type: .person,
               roles: [Role(title: "Đại diện cấp cao được đề cử", affiliation: "european-union")]),
        Entity(id: "andrii-sybiha", name: "Andrii Sybiha", type: .person,
               roles: [Role(title: "Ngoại trưởng", affiliation: "ukraine")]),
        Entity(id: "united-states", name: "United States", type: .country),
        Entity(id: "ukraine", name: "Ukraine", type: .country),
        Entity(id: "peru", name: "Peru", type: .country),
        Entity(id: "brazil", name: "Brazil", type: .country),
        Entity(id: "nato", name: "NATO", type: .organization),
        Entity(id: "european-union", name: "European Union", type: .organization),
        Entity(id: "brussels", name: "Brussels", type: .place),
    ]

    static func evidence(_ sentence: String, _ offset: Int) -> [Evidence] {
        [Evidence(document: "seed", sentence: sentence, start: offset, end: offset + sentence.count, rule: "test",
                  source: "https://example.org/seed")]
    }

    static let events: [Event] = [
        Event(id: "ev-1", kind: .trip, participants: ["anthony-blinken", "peru", "brazil"],
              time: TimeSpan(start: Day(2024, 11, 16)!, end: Day(2024, 11, 17)!, precision: .weekend, text: "cuối tuần này"),
              status: .planned, evidence: evidence("Blinken sẽ sang Peru và Brazil vào cuối tuần.", 0)),
        Event(id: "ev-2", kind: .meeting, participants: ["anthony-blinken", "mark-rutte"], place: "brussels",
              evidence: evidence("Blinken gặp Rutte tại Brussels.", 100)),
        Event(id: "ev-3", kind: .meeting, participants: ["anthony-blinken", "josep-borrell"], place: "brussels",
              evidence: evidence("Blinken cũng gặp Borrell.", 200)),
        Event(id: "ev-4", kind: .meeting, participants: ["anthony-blinken", "kaja-kallas"], place: "brussels",
              evidence: evidence("Blinken gặp bà Kallas.", 300)),
        Event(id: "ev-5", kind: .meeting, participants: ["anthony-blinken", "andrii-sybiha"], place: "brussels",
              time: .day(Day(2024, 11, 13)!, text: "ngày 13/11"),
              evidence: evidence("Blinken gặp Sybiha ngày 13/11 tại Brussels.", 400)),
    ]

    static var dossier: Dossier {
        Dossier(
            documents: [Document(id: "seed", title: "Blinken ở Brussels", source: "https://example.org/seed",
                                 published: published, language: "vi", text: "")],
            entities: entities, events: events
        ).normalized()
    }
}
