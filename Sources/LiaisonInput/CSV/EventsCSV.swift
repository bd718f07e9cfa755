import LiaisonCore

/// Events as a table, one event a row:
///
/// ```csv
/// date,kind,participants,place,status,summary,source
/// 2024-11-13,meeting,Anthony Blinken; Andrii Sybiha,Brussels,happened,Blinken meets Sybiha,https://example.org/a
/// ```
///
/// - The header names the columns, in any order; `participants` is required, the others are
///   optional: `date`, `kind`, `participants`, `place`, `status`, `summary`, `source`, and also
///   `id`, `host`, `precision`, `evidence` (the sentence that says so). Column names are matched
///   without regard to case.
/// - `participants` are names separated by `;`. Each name becomes an entity whose id is
///   ``Slug/make(_:)`` of it: a person, or an organization when written in capitals ("NATO",
///   "EU"). `place` becomes a place (or the entity of that name, if a participant has it).
/// - `date` is written as in events files (`2024-11-13`, `2024-11-16..2024-11-17`, `2024-W46`,
///   `2024-11`, `2024`); empty is undated. `kind` defaults to `meeting`, `status` to `happened`.
/// - Quoting follows RFC 4180 (see ``CSVReader``).
public enum EventsCSV {
    static let columns = ["id", "date", "precision", "kind", "participants", "host", "place", "status", "summary",
                          "evidence", "source"]

    public static func read(_ bytes: some Collection<UInt8>, file: String) throws(InputError) -> Dossier {
        let records = try CSVReader.records(bytes, file: file)
        guard let header = records.first else { throw InputError(file: file, line: 1, message: "the file is empty") }
        var column: [String: Int] = [:]
        for (i, raw) in header.fields.enumerated() {
            let name = raw.trimmedSpaces.lowercased()
            guard columns.contains(name) else {
                throw InputError(file: file, line: header.line, field: raw,
                                 message: "unknown column '\(raw)' (known: \(columns.joined(separator: ", ")))")
            }
            if column[name] != nil {
                throw InputError(file: file, line: header.line, field: name, message: "the column '\(name)' appears twice")
            }
            column[name] = i
        }
        guard column["participants"] != nil else {
            throw InputError(file: file, line: header.line, field: "participants",
                             message: "the header needs a 'participants' column")
        }

        let stem = file.split(separator: "/").last.map(String.init) ?? file
        let documentID = Slug.make(stem.split(separator: ".").first.map(String.init) ?? stem)
        var entities: [Entity] = []
        var entityIndex: [String: Int] = [:]
        func entity(_ name: String, type: Entity.Kind) -> String {
            let id = Slug.make(name)
            if let i = entityIndex[id] {
                if entities[i].name != name && !entities[i].aliases.contains(name) { entities[i].aliases.append(name) }
            } else {
                entityIndex[id] = entities.count
                entities.append(Entity(id: id, name: name, type: type))
            }
            return id
        }

        var events: [Event] = []
        var ids: [String: Int] = [:]
        for (row, record) in records.dropFirst().enumerated() {
            let line = record.line
            guard record.fields.count == header.fields.count else {
                throw InputError(file: file, line: line, message:
                    "this row has \(record.fields.count) fields but the header has \(header.fields.count)")
            }
            func cell(_ name: String) -> String? {
                guard let i = column[name] else { return nil }
                let value = record.fields[i].trimmedSpaces
                return value.isEmpty ? nil : value
            }
            func fail(_ name: String, _ message: String) -> InputError {
                InputError(file: file, line: line, field: name, message: message)
            }
            func parse<T: RawRepresentable & CaseIterable>(_ name: String, _ what: String, _: T.Type) throws(InputError) -> T?
            where T.RawValue == String {
                guard let raw = cell(name) else { return nil }
                guard let value = T(rawValue: raw.lowercased()) else {
                    throw fail(name, "'\(raw)' is not a \(what) (one of: \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return value
            }

            let id = cell("id") ?? "ev-\(row + 1)"
            if let first = ids[id] { throw fail("id", "the event id '\(id)' is used twice (first at line \(first))") }
            ids[id] = line
            let kind = try parse("kind", "kind", Event.Kind.self) ?? .meeting
            let status = try parse("status", "status", Event.Status.self) ?? .happened
            let precision = try parse("precision", "precision", TimeSpan.Precision.self)
            var time: TimeSpan?
            if let raw = cell("date") {
                switch DateSpec.parse(raw, precision: precision) {
                case .success(let span): time = span
                case .failure(let message): throw fail("date", message.text)
                }
            }
            var participants: [String] = []
            for name in (cell("participants") ?? "").split(separator: ";").map(\.trimmedSpaces) where !name.isEmpty {
                let p = entity(name, type: EventsCSV.looksLikeAcronym(name) ? .organization : .person)
                if !participants.contains(p) { participants.append(p) }
            }
            var host: String?
            if let name = cell("host") {
                let h = entity(name, type: EventsCSV.looksLikeAcronym(name) ? .organization : .person)
                if !participants.contains(h) { participants.append(h) }
                host = h
            }
            guard !participants.isEmpty else { throw fail("participants", "an event needs at least one participant") }
            let place = cell("place").map { name in
                entityIndex[Slug.make(name)] != nil ? Slug.make(name) : entity(name, type: .place)
            }
            let summary = cell("summary"), source = cell("source"), sentence = cell("evidence")
            var evidence: [Evidence] = []
            if sentence != nil || source != nil {
                evidence.append(Evidence(document: documentID, sentence: sentence ?? summary ?? "", rule: "manual",
                                         source: source))
            }
            events.append(Event(id: id, kind: kind, participants: participants, host: host, place: place, time: time,
                                status: status, summary: summary, evidence: evidence))
        }
        let document = Document(id: documentID, source: stem, text: "")
        return Dossier(documents: [document], entities: entities, events: events).normalized()
    }

    /// "NATO", "EU", "G7": one word of capitals and digits, at least two characters.
    static func looksLikeAcronym(_ name: String) -> Bool {
        var capitals = 0, digits = 0
        for scalar in name.unicodeScalars {
            if scalar.properties.isUppercase {
                capitals += 1
            } else if scalar.properties.numericType != nil {
                digits += 1
            } else {
                return false
            }
        }
        return capitals >= 1 && capitals + digits >= 2
    }
}
