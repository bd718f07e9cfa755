import Foundation
import LiaisonCore

/// The meeting network as GraphML, for networkx, Gephi, yEd or Cytoscape.
///
/// An undirected graph, the pairwise projection of ``MeetingNetwork`` (see
/// ``MeetingProjection``): a node per actor (its id is the entity id) and an edge per pair that
/// met, one to one or in a gathering, so that degrees in any tool match Liaison's.
///
/// Node data: `label` and `name` (the entity's name), `type`, `role` (the first role's title),
/// `roles` (all, `title (affiliation)`, separated by `; `), `aliases`, `affiliation` (name) and
/// `affiliation_id`, `meetings`, `degree`, `weighted_degree`, `betweenness`,
/// `normalized_betweenness`, `first` and `last` (ISO days of the first and last dated meeting),
/// `kinds`. Edge data: `weight` and `meetings` (meetings of the pair), `one_to_one`, `gatherings`,
/// `first`, `last`, `dates` (each meeting's days: `2024-11-13` or `2024-11-16..2024-11-17`),
/// `kinds`, `places`, `statuses`, `events` (ids). Values that are unknown are left out.
public enum GraphMLExport {
    struct Key {
        var id: String
        var type: String
    }

    static let nodeKeys: [Key] = [
        Key(id: "label", type: "string"), Key(id: "name", type: "string"), Key(id: "type", type: "string"),
        Key(id: "role", type: "string"), Key(id: "roles", type: "string"), Key(id: "aliases", type: "string"),
        Key(id: "affiliation", type: "string"), Key(id: "affiliation_id", type: "string"),
        Key(id: "meetings", type: "int"), Key(id: "degree", type: "int"), Key(id: "weighted_degree", type: "int"),
        Key(id: "betweenness", type: "double"), Key(id: "normalized_betweenness", type: "double"),
        Key(id: "first", type: "string"), Key(id: "last", type: "string"), Key(id: "kinds", type: "string"),
    ]

    static let edgeKeys: [Key] = [
        Key(id: "weight", type: "double"), Key(id: "meetings", type: "int"), Key(id: "one_to_one", type: "int"),
        Key(id: "gatherings", type: "int"), Key(id: "first", type: "string"), Key(id: "last", type: "string"),
        Key(id: "dates", type: "string"), Key(id: "kinds", type: "string"), Key(id: "places", type: "string"),
        Key(id: "statuses", type: "string"), Key(id: "events", type: "string"),
    ]

    public static func data(_ dossier: Dossier) -> Data {
        let dossier = dossier.normalized()
        let projection = MeetingProjection(dossier: dossier)
        let entities = dossier.entitiesByID
        var xml = XMLWriter()
        xml.start("graphml", [
            "xmlns": "http://graphml.graphdrawing.org/xmlns",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
        ])
        xml.comment("Meeting network written by Liaison: one node per actor, one edge per pair that met.")
        // Key ids are prefixed by their domain (a node's `meetings` and an edge's are two keys).
        for key in nodeKeys {
            xml.empty("key", ["id": "n_" + key.id, "for": "node", "attr.name": key.id, "attr.type": key.type])
        }
        for key in edgeKeys {
            xml.empty("key", ["id": "e_" + key.id, "for": "edge", "attr.name": key.id, "attr.type": key.type])
        }
        xml.start("graph", ["id": "meetings", "edgedefault": "undirected"])
        for actor in projection.actors {
            let node = actor.node
            xml.start("node", ["id": node.id])
            let values: [(String, String?)] = [
                ("label", node.name), ("name", node.name), ("type", actor.type?.rawValue),
                ("role", actor.roles.first?.title),
                ("roles", joined(actor.roles.map { MeetingProjection.roleText($0, entities: entities) })),
                ("aliases", joined(actor.aliases)),
                ("affiliation", actor.affiliationName), ("affiliation_id", node.affiliation),
                ("meetings", String(node.eventCount)), ("degree", String(node.degree)),
                ("weighted_degree", String(node.weightedDegree)),
                ("betweenness", ExportNumber.text(node.betweenness)),
                ("normalized_betweenness", ExportNumber.text(node.normalizedBetweenness)),
                ("first", actor.first?.description), ("last", actor.last?.description),
                ("kinds", joined(actor.kinds.map(\.rawValue))),
            ]
            for case let (key, value?) in values { xml.element("data", ["key": "n_" + key], text: value) }
            xml.end()
        }
        for (i, pair) in projection.pairs.enumerated() {
            xml.start("edge", ["id": "e\(i)", "source": pair.source, "target": pair.target])
            let values: [(String, String?)] = [
                ("weight", ExportNumber.text(Double(pair.events.count))), ("meetings", String(pair.events.count)),
                ("one_to_one", String(pair.oneToOne)), ("gatherings", String(pair.gatherings)),
                ("first", pair.first?.description), ("last", pair.last?.description),
                ("dates", joined(pair.spans.map(CSVExport.dateSpec))),
                ("kinds", joined(pair.kinds.map(\.rawValue))), ("places", joined(pair.places)),
                ("statuses", joined(pair.statuses.map(\.rawValue))), ("events", joined(pair.events.map(\.id))),
            ]
            for case let (key, value?) in values { xml.element("data", ["key": "e_" + key], text: value) }
            xml.end()
        }
        xml.end()
        xml.end()
        return xml.data
    }

    /// Items separated by `; `, or `nil` when there are none.
    static func joined(_ items: [String]) -> String? {
        items.isEmpty ? nil : items.joined(separator: "; ")
    }
}
