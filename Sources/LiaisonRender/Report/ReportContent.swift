import LiaisonCore

/// What a report says, worked out once for every report format (``HTMLReport``,
/// ``MarkdownReport``): what it covers, one row per event, an index of actors and the sources.
public struct ReportContent: Sendable {
    /// The report's title.
    public var title: String
    /// What the report covers.
    public var coverage: Coverage
    /// One row per event, in timeline order: dated events by day, then undated ones.
    public var events: [EventRow]
    /// People, then organizations and groups, then countries; by name within each.
    public var index: [IndexEntry]
    /// The documents, in reading order.
    public var sources: [Source]

    public struct Coverage: Sendable, Hashable {
        public var documents: Int
        public var events: Int
        public var datedEvents: Int
        /// Meetings in the sense of ``MeetingNetwork`` (meeting-like events of two or more actors).
        public var meetings: Int
        public var people: Int
        public var organizations: Int
        public var countries: Int
        public var first: Day?
        public var last: Day?
        /// Published days of the documents: the first and the last.
        public var firstPublished: Day?
        public var lastPublished: Day?
        /// Languages of the documents, first seen first.
        public var languages: [String]

        /// "16–17 Nov 2024", or `nil` when nothing is dated.
        public var period: String? {
            guard let first, let last else { return nil }
            return ReportDate.range(first, last)
        }
    }

    public struct EventRow: Sendable, Hashable {
        public var event: Event
        public var date: ReportDate
        /// The words the date came from ("ngày 13/11").
        public var dateWords: String?
        /// Other dates that other reports give ("14 Nov 2024").
        public var conflictingDates: [String]
        public var participants: [String]
        public var host: String?
        public var place: String?
        public var evidence: [Quote]
    }

    public struct Quote: Sendable, Hashable {
        public var sentence: String
        /// The document's title, or its source or id when it has none.
        public var sourceLabel: String?
        /// The address, when it is a web address that a link may point to.
        public var link: String?
        /// The source address or path as given (links or not).
        public var source: String?
        /// The document's number in ``ReportContent/sources`` (from 1), when it is one of them.
        public var sourceNumber: Int?
    }

    public struct IndexEntry: Sendable, Hashable {
        public var entity: Entity
        /// "Ngoại trưởng (United States)".
        public var roles: [String]
        public var events: Int
        public var meetings: Int
        public var first: Day?
        public var last: Day?
    }

    public struct Source: Sendable, Hashable {
        public var document: Document
        /// The document's title, else its source, else its id.
        public var label: String
        public var link: String?
        /// Events with evidence from this document.
        public var events: Int
    }

    public init(dossier: Dossier, title: String? = nil) {
        let dossier = dossier.normalized()
        let entities = dossier.entitiesByID
        let timeline = Timeline(dossier: dossier)
        let network = MeetingNetwork(dossier: dossier)
        let activity = EntityActivity(dossier: dossier, network: network)
        let documents = Dictionary(dossier.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var numbers: [String: Int] = [:]
        for (i, document) in dossier.documents.enumerated() where numbers[document.id] == nil { numbers[document.id] = i + 1 }
        func name(_ id: String) -> String { entities[id]?.name ?? id }

        self.title = title ?? (dossier.documents.isEmpty ? "Liaison report" : dossier.exportTitle)

        var events: [EventRow] = []
        var eventsPerDocument: [String: Int] = [:]
        for entry in timeline.entries {
            let event = entry.event
            var quotes: [Quote] = []
            var counted = Set<String>()
            for evidence in event.evidence {
                let document = evidence.document.flatMap { documents[$0] }
                let source = evidence.source ?? document?.source
                if let id = evidence.document, counted.insert(id).inserted { eventsPerDocument[id, default: 0] += 1 }
                quotes.append(Quote(
                    sentence: evidence.sentence,
                    sourceLabel: document?.title ?? source ?? evidence.document,
                    link: source.flatMap { MarkupEscape.isWebAddress($0) ? $0 : nil },
                    source: source, sourceNumber: evidence.document.flatMap { numbers[$0] }))
            }
            events.append(EventRow(
                event: event, date: ReportDate(event.time), dateWords: event.time?.text,
                conflictingDates: event.conflictingTimes.map { ReportDate($0).fullText },
                participants: event.participants.map(name), host: event.host.map(name),
                place: event.place.map(name), evidence: quotes))
        }
        self.events = events

        func group(_ kind: Entity.Kind) -> Int {
            switch kind {
            case .person: return 0
            case .organization, .group: return 1
            case .country: return 2
            case .place: return 3
            }
        }
        let indexed = dossier.entities.filter { $0.type != .place }
        let keys = indexed.map { NameKey.fold($0.name) }
        let order = indexed.indices.sorted { a, b in
            let ga = group(indexed[a].type), gb = group(indexed[b].type)
            if ga != gb { return ga < gb }
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            return NaturalOrder.less(indexed[a].id, indexed[b].id)
        }
        index = order.map { i in
            let entity = indexed[i]
            let a = activity[entity.id]
            return IndexEntry(
                entity: entity, roles: entity.roles.map { MeetingProjection.roleText($0, entities: entities) },
                events: a.events, meetings: a.meetings, first: a.first, last: a.last)
        }

        sources = dossier.documents.map { document in
            Source(document: document, label: document.title ?? document.source ?? document.id,
                   link: document.source.flatMap { MarkupEscape.isWebAddress($0) ? $0 : nil },
                   events: eventsPerDocument[document.id] ?? 0)
        }

        var languages: [String] = []
        for d in dossier.documents { if let l = d.language, !languages.contains(l) { languages.append(l) } }
        let published = dossier.documents.compactMap(\.published)
        coverage = Coverage(
            documents: dossier.documents.count, events: dossier.events.count, datedEvents: timeline.datedCount,
            meetings: network.links.reduce(0) { $0 + $1.count } + network.gatherings.count,
            people: indexed.filter { $0.type == .person }.count,
            organizations: indexed.filter { $0.type == .organization || $0.type == .group }.count,
            countries: indexed.filter { $0.type == .country }.count,
            first: timeline.first, last: timeline.last,
            firstPublished: published.min(), lastPublished: published.max(), languages: languages)
    }

    /// One sentence on what the report covers: "7 events from 2 documents (en, vi), published
    /// 13–20 Nov 2024."
    public var lede: String {
        let c = coverage
        var text = "\(c.events) event\(c.events == 1 ? "" : "s")"
        if c.meetings > 0 { text += ", \(c.meetings) of them meeting\(c.meetings == 1 ? "" : "s")," }
        text += " from \(c.documents) document\(c.documents == 1 ? "" : "s")"
        if !c.languages.isEmpty { text += " (\(c.languages.joined(separator: ", ")))" }
        if let first = c.firstPublished, let last = c.lastPublished {
            text += first == last ? ", published \(ReportDate.day(first))" : ", published \(ReportDate.range(first, last))"
        }
        return text + "."
    }

    /// "3 documents · 13–17 Nov 2024 · 5 events (4 dated) · 4 meetings · 5 people · 2 organizations · 2 countries".
    public var coverageParts: [String] {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        var parts: [String] = [count(coverage.documents, "document", "documents")]
        if let period = coverage.period { parts.append(period) }
        var events = count(coverage.events, "event", "events")
        if coverage.datedEvents != coverage.events { events += " (\(coverage.datedEvents) dated)" }
        parts.append(events)
        parts.append(count(coverage.meetings, "meeting", "meetings"))
        parts.append(count(coverage.people, "person", "people"))
        if coverage.organizations > 0 { parts.append(count(coverage.organizations, "organization", "organizations")) }
        if coverage.countries > 0 { parts.append(count(coverage.countries, "country", "countries")) }
        return parts
    }
}
