import LiaisonCore

/// The hand-written events format, in YAML or in JSON (the same shape): who, when, where, with
/// the sentence that says so. See `docs/FORMATS.md` for the full description and an example.
///
/// ```yaml
/// title: Blinken in Brussels
/// published: 2024-11-13
/// countries: [United States, Ukraine]
/// people:
///   - name: Anthony Blinken
///     role: Secretary of State
///     affiliation: United States
///   - {name: Andrii Sybiha, role: Foreign Minister, affiliation: Ukraine}
/// events:
///   - date: 2024-11-13
///     participants: [Blinken, Sybiha]
///     place: Brussels
///     evidence: "Blinken met Sybiha in Brussels on 13 November."
/// ```
///
/// Everything an event names (participants, host, affiliations) must be defined in one of the
/// entity lists, by id, name, alias or an unambiguous surname; places that are not defined become
/// place entities. The file makes one document; its events' evidence points to it.
public enum EventsFile {
    /// Reads the YAML form.
    public static func read(yaml text: String, file: String) throws(InputError) -> Dossier {
        let tree: SourceNode
        do {
            tree = try YAMLTree.parse(text)
        } catch {
            throw InputError(file: file, line: error.line, message: error.message)
        }
        return try read(tree: tree, file: file)
    }

    /// Reads the JSON form.
    public static func read(json bytes: some Collection<UInt8>, file: String) throws(InputError) -> Dossier {
        let tree: SourceNode
        do {
            tree = try JSONTree.parse(bytes)
        } catch {
            throw InputError(file: file, line: error.line, message: "JSON syntax: " + error.message)
        }
        return try read(tree: tree, file: file)
    }

    static func read(tree: SourceNode, file: String) throws(InputError) -> Dossier {
        var reader = EventsFileReader(file: file)
        return try reader.read(tree)
    }

    /// The entity lists and the type each gives by default.
    static let entitySections: [(key: String, type: Entity.Kind)] = [
        ("people", .person), ("entities", .person), ("organizations", .organization),
        ("countries", .country), ("places", .place), ("groups", .group),
    ]
    static let topKeys = ["id", "title", "source", "published", "lang", "text", "events"] + entitySections.map(\.key)
    static let entityKeys = ["id", "name", "type", "aliases", "role", "affiliation", "roles"]
    static let roleKeys = ["title", "affiliation"]
    static let eventKeys = ["id", "date", "precision", "kind", "participants", "host", "place", "status", "summary",
                            "evidence", "source"]
    static let dateKeys = ["start", "end", "precision", "text"]
    static let evidenceKeys = ["sentence", "source"]
}

/// The state of one read: the path being read (for messages), the entities defined so far.
struct EventsFileReader {
    typealias Path = [SourceNode.PathComponent]

    let file: String
    private var entities: [Entity] = []
    private var entityLine: [String: Int] = [:]
    private var matcher = ActorMatcher(entities: [])
    private var createdPlaces: [String: Int] = [:]

    init(file: String) {
        self.file = file
    }

    // MARK: Errors and small readers

    func error(_ line: Int?, _ path: Path, _ message: String) -> InputError {
        InputError(file: file, line: line, field: path.fieldPath, message: message)
    }

    func mapping(_ node: SourceNode, _ path: Path, allowed: [String], what: String) throws(InputError) -> [SourceNode.Entry] {
        guard let entries = node.entries else {
            throw error(node.line, path, "\(what) must be a mapping of fields, not \(node.kindName)")
        }
        for entry in entries where !allowed.contains(entry.key) {
            throw error(entry.keyLine, path + [.key(entry.key)],
                        "unknown field '\(entry.key)' in \(what) (known: \(allowed.joined(separator: ", ")))")
        }
        return entries
    }

    func text(_ node: SourceNode, _ path: Path, _ what: String) throws(InputError) -> String {
        guard let value = node.scalar else {
            throw error(node.line, path, "\(what) must be a single value, not \(node.kindName)")
        }
        return value
    }

    /// An optional single value: absent and null are `nil`; empty text too.
    func optionalText(_ node: SourceNode?, _ path: Path, _ what: String) throws(InputError) -> String? {
        guard let node, !node.isNull else { return nil }
        let value = try text(node, path, what).trimmedSpaces
        return value.isEmpty ? nil : value
    }

    /// A list, or one value standing for a list of one; `a; b` in one value is two.
    func list(_ node: SourceNode?, splitting: Bool = false) -> [(node: SourceNode, index: Int?)] {
        guard let node, !node.isNull else { return [] }
        if let items = node.items { return items.enumerated().map { ($0.element, $0.offset) } }
        if splitting, let value = node.scalar, value.contains(";") {
            return value.split(separator: ";").map { SourceNode(value: .scalar(String($0)), line: node.line) }
                .filter { !($0.scalar ?? "").trimmedSpaces.isEmpty }.map { ($0, nil) }
        }
        return [(node, nil)]
    }

    func path(_ base: Path, _ index: Int?) -> Path {
        index.map { base + [.index($0)] } ?? base
    }

    func enumValue<T: RawRepresentable & CaseIterable>(_ node: SourceNode, _ path: Path, _ what: String, _: T.Type) throws(InputError) -> T
    where T.RawValue == String {
        let raw = try text(node, path, what).trimmedSpaces
        if let value = T(rawValue: raw.lowercased()) { return value }
        let names = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw error(node.line, path, "'\(raw)' is not a \(what) (one of: \(names))")
    }

    func day(_ node: SourceNode, _ path: Path, _ what: String) throws(InputError) -> Day {
        let raw = try text(node, path, what).trimmedSpaces
        guard let day = Day(iso: raw) else {
            throw error(node.line, path, "\(what) '\(raw)' is not a day of the form 2024-11-13")
        }
        return day
    }

    // MARK: The document

    mutating func read(_ root: SourceNode) throws(InputError) -> Dossier {
        if root.isNull { throw error(1, [], "the file is empty") }
        let top = try mapping(root, [], allowed: EventsFile.topKeys, what: "an events file")
        func value(_ key: String) -> SourceNode? { top.first { $0.key == key }?.value }

        let stem = file.split(separator: "/").last.map(String.init) ?? file
        let bare = stem.split(separator: ".").first.map(String.init) ?? stem
        let documentID = try optionalText(value("id"), [.key("id")], "the document id") ?? Slug.make(bare)
        let published = try value("published").flatMap { node throws(InputError) -> Day? in
            node.isNull ? nil : try day(node, [.key("published")], "published")
        }
        let document = Document(
            id: documentID,
            title: try optionalText(value("title"), [.key("title")], "the title"),
            source: try optionalText(value("source"), [.key("source")], "the source"),
            published: published,
            language: try optionalText(value("lang"), [.key("lang")], "the language"),
            text: try optionalText(value("text"), [.key("text")], "the text") ?? "")

        // Entities first (affiliations may name entities defined later), then events.
        var pending: [PendingAffiliation] = []
        for entry in top {
            guard let section = EventsFile.entitySections.first(where: { $0.key == entry.key }) else { continue }
            for (node, index) in list(entry.value) {
                try readEntity(node, path([.key(entry.key)], index), defaultType: section.type, pending: &pending)
            }
        }
        matcher = ActorMatcher(entities: entities)
        for p in pending {
            entities[p.entity].roles[p.role].affiliation = try reference(p.node, p.path, what: "affiliation", createPlaces: false)
        }

        if let node = value("events"), !node.isNull, node.items == nil {
            throw error(node.line, [.key("events")], "events must be a list (one '- ' item per event), not \(node.kindName)")
        }
        var events: [Event] = []
        var eventLine: [String: Int] = [:]
        for (k, (node, index)) in list(value("events")).enumerated() {
            let p = path([.key("events")], index)
            let event = try readEvent(node, p, number: k + 1, document: document)
            if let first = eventLine[event.id] {
                throw error(node.line, p + [.key("id")], "the event id '\(event.id)' is used twice (first at line \(first))")
            }
            eventLine[event.id] = node.line
            events.append(event)
        }
        return Dossier(documents: [document], entities: entities, events: events).normalized()
    }

    // MARK: Entities

    /// A role's affiliation, resolved once every entity is known.
    struct PendingAffiliation {
        var entity: Int
        var role: Int
        var node: SourceNode
        var path: Path
    }

    mutating func readEntity(
        _ node: SourceNode, _ path: Path, defaultType: Entity.Kind,
        pending: inout [PendingAffiliation]
    ) throws(InputError) {
        var entity: Entity
        var affiliations: [(role: Int, node: SourceNode, path: Path)] = []
        if let name = node.scalar {
            let trimmed = name.trimmedSpaces
            guard !trimmed.isEmpty else { throw error(node.line, path, "an entity needs a name") }
            entity = Entity(id: Slug.make(trimmed), name: trimmed, type: defaultType)
        } else {
            let fields = try mapping(node, path, allowed: EventsFile.entityKeys, what: "an entity")
            func value(_ key: String) -> SourceNode? { fields.first { $0.key == key }?.value }
            guard let name = try optionalText(value("name"), path + [.key("name")], "the name") else {
                throw error(node.line, path, "an entity needs a name")
            }
            let id = try optionalText(value("id"), path + [.key("id")], "the id") ?? Slug.make(name)
            var type = defaultType
            if let t = value("type"), !t.isNull { type = try enumValue(t, path + [.key("type")], "entity type", Entity.Kind.self) }
            var aliases: [String] = []
            for (a, i) in list(value("aliases")) {
                if let alias = try optionalText(a, self.path(path + [.key("aliases")], i), "an alias") { aliases.append(alias) }
            }
            var roles: [Role] = []
            let title = try optionalText(value("role"), path + [.key("role")], "the role")
            if let a = value("affiliation"), !a.isNull {
                affiliations.append((roles.count, a, path + [.key("affiliation")]))
                roles.append(Role(title: title ?? ""))
            } else if let title {
                roles.append(Role(title: title))
            }
            for (r, i) in list(value("roles")) {
                let rp = self.path(path + [.key("roles")], i)
                if let t = r.scalar {
                    roles.append(Role(title: t.trimmedSpaces))
                    continue
                }
                let rf = try mapping(r, rp, allowed: EventsFile.roleKeys, what: "a role")
                let t = try optionalText(rf.first { $0.key == "title" }?.value, rp + [.key("title")], "the title") ?? ""
                if let a = rf.first(where: { $0.key == "affiliation" })?.value, !a.isNull {
                    affiliations.append((roles.count, a, rp + [.key("affiliation")]))
                }
                roles.append(Role(title: t))
            }
            entity = Entity(id: id, name: name, type: type, aliases: aliases, roles: roles)
        }
        if let first = entityLine[entity.id] {
            throw error(node.line, path, "the entity '\(entity.id)' is defined twice (first at line \(first))")
        }
        entityLine[entity.id] = node.line
        for a in affiliations {
            pending.append(PendingAffiliation(entity: entities.count, role: a.role, node: a.node, path: a.path))
        }
        entities.append(entity)
    }

    /// The id of the entity `node` names; places may be created on the way.
    mutating func reference(_ node: SourceNode, _ path: Path, what: String, createPlaces: Bool) throws(InputError) -> String {
        let raw = try text(node, path, "a \(what)").trimmedSpaces
        guard !raw.isEmpty else { throw error(node.line, path, "an empty \(what)") }
        let found = matcher.resolve(raw)
        if found.count == 1 { return found[0] }
        if found.count > 1 {
            throw error(node.line, path, "\(what) '\(raw)' could be \(found.joined(separator: " or ")): write the id")
        }
        if createPlaces {
            let id = Slug.make(raw)
            if createdPlaces[id] == nil {
                createdPlaces[id] = entities.count
                entities.append(Entity(id: id, name: raw, type: .place))
                matcher = ActorMatcher(entities: entities)
            }
            return id
        }
        let sections = what == "affiliation" ? "countries:, organizations:" : "people:, organizations:, countries:"
        throw error(node.line, path, "\(what) '\(raw)' is not defined (add it under \(sections) or entities:)")
    }

    // MARK: Events

    mutating func readEvent(_ node: SourceNode, _ path: Path, number: Int, document: Document) throws(InputError) -> Event {
        let fields = try mapping(node, path, allowed: EventsFile.eventKeys, what: "an event")
        func value(_ key: String) -> SourceNode? { fields.first { $0.key == key }?.value }

        let id = try optionalText(value("id"), path + [.key("id")], "the id") ?? "ev-\(number)"
        var kind = Event.Kind.meeting
        if let k = value("kind"), !k.isNull { kind = try enumValue(k, path + [.key("kind")], "kind", Event.Kind.self) }
        var status = Event.Status.happened
        if let s = value("status"), !s.isNull { status = try enumValue(s, path + [.key("status")], "status", Event.Status.self) }

        var precision: TimeSpan.Precision?
        if let p = value("precision"), !p.isNull {
            precision = try enumValue(p, path + [.key("precision")], "precision", TimeSpan.Precision.self)
        }
        var time: TimeSpan?
        if let d = value("date"), !d.isNull { time = try date(d, path + [.key("date")], precision: precision) }

        var participants: [String] = []
        for (p, i) in list(value("participants"), splitting: true) {
            let id = try reference(p, self.path(path + [.key("participants")], i), what: "participant", createPlaces: false)
            if !participants.contains(id) { participants.append(id) }
        }
        var host: String?
        if let h = value("host"), !h.isNull {
            let id = try reference(h, path + [.key("host")], what: "host", createPlaces: false)
            if !participants.contains(id) { participants.append(id) }
            host = id
        }
        if participants.isEmpty {
            throw error(node.line, path + [.key("participants")], "an event needs at least one participant")
        }
        var place: String?
        if let p = value("place"), !p.isNull { place = try reference(p, path + [.key("place")], what: "place", createPlaces: true) }

        let source = try optionalText(value("source"), path + [.key("source")], "the source")
        let summary = try optionalText(value("summary"), path + [.key("summary")], "the summary")
        var evidence: [Evidence] = []
        for (e, i) in list(value("evidence")) {
            let ep = self.path(path + [.key("evidence")], i)
            var sentence: String
            var evidenceSource = source ?? document.source
            if let s = e.scalar {
                sentence = s.trimmedSpaces
            } else {
                let ef = try mapping(e, ep, allowed: EventsFile.evidenceKeys, what: "an evidence")
                sentence = try optionalText(ef.first { $0.key == "sentence" }?.value, ep + [.key("sentence")], "the sentence") ?? ""
                if let s = try optionalText(ef.first { $0.key == "source" }?.value, ep + [.key("source")], "the source") {
                    evidenceSource = s
                }
            }
            guard !sentence.isEmpty else { throw error(e.line, ep, "an evidence needs its sentence") }
            let range = EventsFileReader.locate(sentence, in: document.text)
            evidence.append(Evidence(document: document.id, sentence: sentence, start: range?.lowerBound,
                                     end: range?.upperBound, rule: "manual", source: evidenceSource))
        }
        if evidence.isEmpty, let source {
            evidence.append(Evidence(document: document.id, sentence: summary ?? "", rule: "manual", source: source))
        }
        return Event(id: id, kind: kind, participants: participants, host: host, place: place, time: time,
                     status: status, summary: summary, evidence: evidence)
    }

    func date(_ node: SourceNode, _ path: Path, precision: TimeSpan.Precision?) throws(InputError) -> TimeSpan {
        if let raw = node.scalar {
            switch DateSpec.parse(raw, precision: precision) {
            case .success(let span): return span
            case .failure(let message): throw error(node.line, path, message.text)
            }
        }
        let fields = try mapping(node, path, allowed: EventsFile.dateKeys, what: "a date")
        func value(_ key: String) -> SourceNode? { fields.first { $0.key == key }?.value }
        guard let s = value("start"), !s.isNull else { throw error(node.line, path + [.key("start")], "a date needs its start") }
        let start = try day(s, path + [.key("start")], "start")
        var end = start
        if let e = value("end"), !e.isNull {
            end = try day(e, path + [.key("end")], "end")
            guard start <= end else { throw error(e.line, path + [.key("end")], "the date ends before it starts") }
        }
        var p = start == end ? TimeSpan.Precision.day : .range
        if let given = precision { p = given }
        if let q = value("precision"), !q.isNull {
            p = try enumValue(q, path + [.key("precision")], "precision", TimeSpan.Precision.self)
        }
        let words = try optionalText(value("text"), path + [.key("text")], "the text")
        return TimeSpan(start: start, end: end, precision: p, text: words)
    }

    /// Where `sentence` is in `text`, in Unicode scalars, if it is there.
    static func locate(_ sentence: String, in text: String) -> Range<Int>? {
        guard !text.isEmpty else { return nil }
        let haystack = Array(text.unicodeScalars), needle = Array(sentence.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        outer: for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            for j in 1..<needle.count where haystack[i + j] != needle[j] { continue outer }
            return i..<(i + needle.count)
        }
        return nil
    }
}
