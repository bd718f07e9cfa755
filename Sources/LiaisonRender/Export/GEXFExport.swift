import Foundation
import LiaisonCore

/// The meeting network as GEXF 1.3, dynamic: Gephi's timeline shows who met whom when.
///
/// The graph is the same pairwise projection as ``GraphMLExport`` (nodes are actors, an edge per
/// pair that met) with `mode="dynamic"`, `timeformat="date"` and closed intervals of days:
/// each edge has one `<spell>` per stretch of days on which the pair met (a meeting on
/// 13 November is `start="2024-11-13" end="2024-11-13"`, a weekend `2024-11-16`…`2024-11-17`;
/// overlapping stretches are merged, as spells may not overlap), and each node one per stretch of
/// its meetings. Elements with no dated meeting have no spell: Gephi shows them throughout.
///
/// Node attributes: `type`, `role`, `roles`, `aliases`, `affiliation`, `affiliation_id`,
/// `meetings`, `degree`, `weighted_degree`, `betweenness`, `normalized_betweenness`, `first`,
/// `last`, `kinds`; the node's `label` is the entity's name. Edge attributes: `meetings`,
/// `one_to_one`, `gatherings`, `first`, `last`, `dates`, `kinds`, `places`, `statuses`,
/// `events`; the edge's `weight` is its number of meetings.
public enum GEXFExport {
    struct Attribute {
        var id: String
        var type: String
    }

    static let nodeAttributes: [Attribute] = [
        Attribute(id: "type", type: "string"), Attribute(id: "role", type: "string"),
        Attribute(id: "roles", type: "string"), Attribute(id: "aliases", type: "string"),
        Attribute(id: "affiliation", type: "string"), Attribute(id: "affiliation_id", type: "string"),
        Attribute(id: "meetings", type: "integer"), Attribute(id: "degree", type: "integer"),
        Attribute(id: "weighted_degree", type: "integer"), Attribute(id: "betweenness", type: "double"),
        Attribute(id: "normalized_betweenness", type: "double"), Attribute(id: "first", type: "string"),
        Attribute(id: "last", type: "string"), Attribute(id: "kinds", type: "string"),
    ]

    static let edgeAttributes: [Attribute] = [
        Attribute(id: "meetings", type: "integer"), Attribute(id: "one_to_one", type: "integer"),
        Attribute(id: "gatherings", type: "integer"), Attribute(id: "first", type: "string"),
        Attribute(id: "last", type: "string"), Attribute(id: "dates", type: "string"),
        Attribute(id: "kinds", type: "string"), Attribute(id: "places", type: "string"),
        Attribute(id: "statuses", type: "string"), Attribute(id: "events", type: "string"),
    ]

    public static func data(_ dossier: Dossier, title: String? = nil) -> Data {
        let dossier = dossier.normalized()
        let projection = MeetingProjection(dossier: dossier)
        let entities = dossier.entitiesByID
        var xml = XMLWriter()
        xml.start("gexf", [
            "xmlns": "http://gexf.net/1.3",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            "version": "1.3",
        ])
        xml.start("meta")
        xml.element("creator", text: "Liaison")
        xml.element("description", text: (title ?? dossier.exportTitle) + ". Meeting network: one node per actor, one edge per pair that met (one to one or in a gathering of three or more); spells are the days of the meetings.")
        xml.end()

        let allSpans = MeetingProjection.disjointIntervals(
            MeetingProjection.spans(of: projection.pairs.flatMap(\.events)))
        xml.start("graph", [
            "mode": "dynamic", "defaultedgetype": "undirected", "timeformat": "date",
            "timerepresentation": "interval",
            "start": allSpans.first?.start.description, "end": allSpans.map(\.end).max()?.description,
        ])
        xml.start("attributes", ["class": "node", "mode": "static"])
        for a in nodeAttributes { xml.empty("attribute", ["id": a.id, "title": a.id, "type": a.type]) }
        xml.end()
        xml.start("attributes", ["class": "edge", "mode": "static"])
        for a in edgeAttributes { xml.empty("attribute", ["id": a.id, "title": a.id, "type": a.type]) }
        xml.end()

        xml.start("nodes")
        for actor in projection.actors {
            let node = actor.node
            xml.start("node", ["id": node.id, "label": node.name])
            attvalues(&xml, [
                ("type", actor.type?.rawValue), ("role", actor.roles.first?.title),
                ("roles", GraphMLExport.joined(actor.roles.map { MeetingProjection.roleText($0, entities: entities) })),
                ("aliases", GraphMLExport.joined(actor.aliases)),
                ("affiliation", actor.affiliationName), ("affiliation_id", node.affiliation),
                ("meetings", String(node.eventCount)), ("degree", String(node.degree)),
                ("weighted_degree", String(node.weightedDegree)),
                ("betweenness", ExportNumber.text(node.betweenness)),
                ("normalized_betweenness", ExportNumber.text(node.normalizedBetweenness)),
                ("first", actor.first?.description), ("last", actor.last?.description),
                ("kinds", GraphMLExport.joined(actor.kinds.map(\.rawValue))),
            ])
            spells(&xml, actor.spans)
            xml.end()
        }
        xml.end()

        xml.start("edges")
        for (i, pair) in projection.pairs.enumerated() {
            xml.start("edge", [
                "id": "e\(i)", "source": pair.source, "target": pair.target,
                "weight": ExportNumber.text(Double(pair.events.count)),
            ])
            attvalues(&xml, [
                ("meetings", String(pair.events.count)), ("one_to_one", String(pair.oneToOne)),
                ("gatherings", String(pair.gatherings)),
                ("first", pair.first?.description), ("last", pair.last?.description),
                ("dates", GraphMLExport.joined(pair.spans.map(CSVExport.dateSpec))),
                ("kinds", GraphMLExport.joined(pair.kinds.map(\.rawValue))),
                ("places", GraphMLExport.joined(pair.places)),
                ("statuses", GraphMLExport.joined(pair.statuses.map(\.rawValue))),
                ("events", GraphMLExport.joined(pair.events.map(\.id))),
            ])
            spells(&xml, pair.spans)
            xml.end()
        }
        xml.end()
        xml.end()
        xml.end()
        return xml.data
    }

    private static func attvalues(_ xml: inout XMLWriter, _ values: [(String, String?)]) {
        xml.start("attvalues")
        for case let (key, value?) in values { xml.empty("attvalue", ["for": key, "value": value]) }
        xml.end()
    }

    private static func spells(_ xml: inout XMLWriter, _ spans: [TimeSpan]) {
        let intervals = MeetingProjection.disjointIntervals(spans)
        guard !intervals.isEmpty else { return }
        xml.start("spells")
        for interval in intervals {
            xml.empty("spell", ["start": interval.start.description, "end": interval.end.description])
        }
        xml.end()
    }
}
