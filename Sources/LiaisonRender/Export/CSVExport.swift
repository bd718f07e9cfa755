import Foundation
import LiaisonCore

/// One table of the dossier as CSV (RFC 4180): a header row, CRLF line ends, UTF-8 without a
/// byte-order mark; a field holding a comma, a double quote, a carriage return or a line feed is
/// put in double quotes, and a double quote inside it is doubled.
///
/// - ``Table/events``: the columns of Liaison's events CSV (`id, date, precision, kind,
///   participants, host, place, status, summary, evidence, source`), so the file can be read back
///   as input: names are separated by `; `, dates written as in events files
///   (`2024-11-13`, `2024-11-16..2024-11-17`, `2024-11`, `2024`), `evidence` is the primary
///   sentence and `source` its document's address.
/// - ``Table/entities``: `id, name, type, roles, aliases, events, meetings, first_seen,
///   last_seen` (see ``EntityActivity``).
/// - ``Table/links``: one row per pair that met (the pairwise projection of the meeting network:
///   one to one or in a gathering): `source, target, source_name, target_name, meetings,
///   one_to_one, gatherings, first, last, dates, kinds, places, statuses, events`.
public enum CSVExport {
    public enum Table: String, Sendable, Hashable, CaseIterable {
        case events, entities, links
    }

    public static func data(_ dossier: Dossier, table: Table) -> Data {
        let dossier = dossier.normalized()
        var writer = CSVWriter()
        switch table {
        case .events: events(dossier, &writer)
        case .entities: entities(dossier, &writer)
        case .links: links(dossier, &writer)
        }
        return writer.data
    }

    static func events(_ dossier: Dossier, _ writer: inout CSVWriter) {
        writer.row(["id", "date", "precision", "kind", "participants", "host", "place", "status", "summary", "evidence",
                    "source"])
        let entities = dossier.entitiesByID
        let sources = documentSources(dossier)
        func name(_ id: String) -> String { entities[id]?.name ?? id }
        for event in dossier.events {
            let time = event.resolvedTime
            let evidence = event.evidence.first
            let source = evidence?.source ?? evidence?.document.flatMap { sources[$0] }
            writer.row([
                event.id,
                time.map(dateSpec) ?? "",
                time.map { $0.precision.rawValue } ?? "",
                event.kind.rawValue,
                event.participants.map(name).joined(separator: "; "),
                event.host.map(name) ?? "",
                event.place.map(name) ?? "",
                event.status.rawValue,
                event.summary ?? "",
                evidence?.sentence ?? "",
                source ?? "",
            ])
        }
    }

    static func entities(_ dossier: Dossier, _ writer: inout CSVWriter) {
        writer.row(["id", "name", "type", "roles", "aliases", "events", "meetings", "first_seen", "last_seen"])
        let byID = dossier.entitiesByID
        let activity = EntityActivity(dossier: dossier, network: MeetingNetwork(dossier: dossier))
        for entity in dossier.entities {
            let a = activity[entity.id]
            writer.row([
                entity.id, entity.name, entity.type.rawValue,
                entity.roles.map { MeetingProjection.roleText($0, entities: byID) }.joined(separator: "; "),
                entity.aliases.joined(separator: "; "),
                String(a.events), String(a.meetings),
                a.first?.description ?? "", a.last?.description ?? "",
            ])
        }
    }

    static func links(_ dossier: Dossier, _ writer: inout CSVWriter) {
        writer.row(["source", "target", "source_name", "target_name", "meetings", "one_to_one", "gatherings", "first",
                    "last", "dates", "kinds", "places", "statuses", "events"])
        let projection = MeetingProjection(dossier: dossier)
        let names = Dictionary(projection.actors.map { ($0.node.id, $0.node.name) }, uniquingKeysWith: { a, _ in a })
        for pair in projection.pairs {
            writer.row([
                pair.source, pair.target, names[pair.source] ?? pair.source, names[pair.target] ?? pair.target,
                String(pair.events.count), String(pair.oneToOne), String(pair.gatherings),
                pair.first?.description ?? "", pair.last?.description ?? "",
                pair.spans.map(dateSpec).joined(separator: "; "),
                pair.kinds.map(\.rawValue).joined(separator: "; "),
                pair.places.joined(separator: "; "),
                pair.statuses.map(\.rawValue).joined(separator: "; "),
                pair.events.map(\.id).joined(separator: "; "),
            ])
        }
    }

    /// A resolved span as events files write it: `2024-11-13`, `2024-11`, `2024`, or
    /// `2024-11-16..2024-11-17` (the precision column names a range's kind).
    static func dateSpec(_ span: TimeSpan) -> String {
        guard let start = span.start else { return "" }
        let end = span.end ?? start
        if start == end && span.precision == .day { return start.description }
        if span.precision == .month && start == start.firstOfMonth && end == start.lastOfMonth {
            return String(start.description.prefix(7))
        }
        if span.precision == .year && start == Day(start.year, 1, 1) && end == Day(start.year, 12, 31) {
            return String(start.description.prefix(4))
        }
        return "\(start)..\(end)"
    }

    /// The source address of each document, by id.
    static func documentSources(_ dossier: Dossier) -> [String: String] {
        var out: [String: String] = [:]
        for document in dossier.documents where out[document.id] == nil {
            if let source = document.source { out[document.id] = source }
        }
        return out
    }
}

/// Writes RFC 4180 rows.
struct CSVWriter {
    private(set) var data = Data()

    mutating func row(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { data.append(0x2C) }
            let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
            if needsQuotes {
                data.append(0x22)
                for byte in field.utf8 {
                    if byte == 0x22 { data.append(0x22) }
                    data.append(byte)
                }
                data.append(0x22)
            } else {
                data.append(contentsOf: field.utf8)
            }
        }
        data.append(contentsOf: [0x0D, 0x0A])
    }
}
