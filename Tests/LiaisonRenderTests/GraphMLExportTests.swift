import Foundation
import LiaisonCore
import Testing
@testable import LiaisonRender

/// What networkx reads from a GraphML or GEXF file, with its own degree and betweenness.
struct NetworkxGraph {
    var nodes: [String: [String: Any]]
    var edges: [(source: String, target: String, data: [String: Any])]
    var degree: [String: Int]
    var weightedDegree: [String: Double]
    var betweenness: [String: Double]
    var graph: [String: Any]
    var directed: Bool

    static let script = """
        import json, sys, networkx as nx
        kind, path = sys.argv[1], sys.argv[2]
        G = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path, version="1.3")
        def plain(d):
            return {k: (list(map(list, v)) if k == "spells" else v) for k, v in d.items()}
        print(json.dumps({
            "nodes": {str(n): plain(d) for n, d in G.nodes(data=True)},
            "edges": [[str(u), str(v), plain(d)] for u, v, d in G.edges(data=True)],
            "degree": {str(n): d for n, d in G.degree()},
            "weighted": {str(n): d for n, d in G.degree(weight="weight")},
            "betweenness": {str(n): b for n, b in nx.betweenness_centrality(G, normalized=False).items()},
            "graph": {k: v for k, v in G.graph.items() if isinstance(v, (str, int, float))},
            "directed": G.is_directed(),
            "multigraph": G.is_multigraph(),
        }))
        """

    init(_ data: Data, kind: String) throws {
        let folder = try ScratchFolder()
        let path = try folder.write("network.\(kind)", data)
        let object = try #require(try PythonReader.json(Self.script, modules: ["networkx"], arguments: [kind, path]) as? [String: Any])
        nodes = try #require(object["nodes"] as? [String: [String: Any]])
        edges = try #require(object["edges"] as? [[Any]]).map { ($0[0] as! String, $0[1] as! String, $0[2] as! [String: Any]) }
        degree = try #require(object["degree"] as? [String: Int])
        weightedDegree = try #require(object["weighted"] as? [String: Double])
        betweenness = try #require(object["betweenness"] as? [String: Double])
        graph = object["graph"] as? [String: Any] ?? [:]
        directed = object["directed"] as? Bool ?? true
        #expect(object["multigraph"] as? Bool == false, "one edge per pair")
    }

    func edge(_ a: String, _ b: String) -> [String: Any]? {
        edges.first { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }?.data
    }
}

@Suite("GraphML export")
struct GraphMLExportTests {
    @Test("networkx reads one node per actor and one edge per pair that met, with Liaison's metrics")
    func readByNetworkx() throws {
        let dossier = ExportFixtures.meetings
        let network = MeetingNetwork(dossier: dossier)
        let g = try NetworkxGraph(GraphMLExport.data(dossier), kind: "graphml")
        #expect(!g.directed)
        #expect(Set(g.nodes.keys) == Set(network.nodes.map(\.id)))
        #expect(g.edges.count == 6)
        for node in network.nodes {
            let data = try #require(g.nodes[node.id])
            #expect(data["name"] as? String == node.name)
            #expect(data["label"] as? String == node.name)
            #expect(data["degree"] as? Int == node.degree)
            #expect(data["weighted_degree"] as? Int == node.weightedDegree)
            #expect(data["meetings"] as? Int == node.eventCount)
            // The tool's own measures on the file agree with the attributes.
            #expect(g.degree[node.id] == node.degree)
            #expect(g.weightedDegree[node.id] == Double(node.weightedDegree))
            #expect(abs((g.betweenness[node.id] ?? -1) - node.betweenness) < 1e-9)
            #expect(abs((data["betweenness"] as? Double ?? -1) - node.betweenness) < 1e-9)
        }
        let ana = try #require(g.nodes["ana-abreu"])
        #expect(ana["type"] as? String == "person")
        #expect(ana["role"] as? String == "Foreign Minister")
        #expect(ana["affiliation"] as? String == "Portugal")
        #expect(ana["affiliation_id"] as? String == "portugal")
        #expect(ana["first"] as? String == "2024-11-13")
        #expect(ana["last"] as? String == "2024-12-31")
        #expect(ana["kinds"] as? String == "meeting; talks; summit")
        #expect(g.nodes["chen-wei"]?["affiliation"] == nil, "no affiliation, no value")

        let pair = try #require(g.edge("ana-abreu", "bruno-costa"))
        #expect(pair["weight"] as? Double == 3)
        #expect(pair["meetings"] as? Int == 3)
        #expect(pair["one_to_one"] as? Int == 2)
        #expect(pair["gatherings"] as? Int == 1)
        #expect(pair["first"] as? String == "2024-11-13")
        #expect(pair["last"] as? String == "2024-12-31")
        #expect(pair["dates"] as? String == "2024-11-13; 2024-11-16..2024-11-17; 2024-12")
        #expect(pair["kinds"] as? String == "meeting; talks; summit")
        #expect(pair["places"] as? String == "Brussels; Hà Nội")
        #expect(pair["statuses"] as? String == "happened; planned")
        #expect(pair["events"] as? String == "e1; e2; e3")
        let call = try #require(g.edge("chen-wei", "dang-thu-ha"))
        #expect(call["meetings"] as? Int == 3, "the call (no year), the visit and the summit")
        #expect(call["dates"] as? String == "2024-11-20; 2024-12")
    }

    @Test("hostile names survive as node names, labels, roles and places")
    func hostileText() throws {
        let dossier = ExportFixtures.hostile
        let g = try NetworkxGraph(GraphMLExport.data(dossier), kind: "graphml")
        let names = Set(g.nodes.values.compactMap { $0["name"] as? String })
        for name in ExportFixtures.hostileNames { #expect(names.contains(name), "\(name)") }
        let h0 = try #require(g.nodes["h0"])
        #expect(h0["aliases"] as? String == ExportFixtures.hostileNames[0] + " (alias)")
        #expect(h0["affiliation"] as? String == "Org \"<b>&</b>\"")
        #expect(g.edge("h0", "h1")?["places"] as? String == "Place <i>\"here\"</i> & there, ok; fine")
        #expect(g.edges.count == ExportFixtures.hostileNames.count - 1 + 1, "a chain, and the gathering adds h0–h2")
    }

    @Test("the same dossier gives the same bytes; an empty dossier gives an empty graph")
    func deterministic() throws {
        #expect(GraphMLExport.data(ExportFixtures.meetings) == GraphMLExport.data(ExportFixtures.meetings))
        let empty = try NetworkxGraph(GraphMLExport.data(Dossier()), kind: "graphml")
        #expect(empty.nodes.isEmpty && empty.edges.isEmpty)
    }
}

@Suite("GEXF export")
struct GEXFExportTests {
    @Test("networkx reads GEXF 1.3 with the same nodes, edges, weights and attributes as the network")
    func readByNetworkx() throws {
        let dossier = ExportFixtures.meetings
        let network = MeetingNetwork(dossier: dossier)
        let g = try NetworkxGraph(GEXFExport.data(dossier), kind: "gexf")
        #expect(g.graph["mode"] as? String == "dynamic")
        #expect(g.graph["start"] as? String == "2024-11-13")
        #expect(g.graph["end"] as? String == "2024-12-31")
        #expect(Set(g.nodes.keys) == Set(network.nodes.map(\.id)))
        #expect(g.edges.count == 6)
        for node in network.nodes {
            let data = try #require(g.nodes[node.id])
            #expect(data["label"] as? String == node.name)
            #expect(data["degree"] as? Int == node.degree)
            #expect(data["weighted_degree"] as? Int == node.weightedDegree)
            #expect(data["meetings"] as? Int == node.eventCount)
            #expect(g.degree[node.id] == node.degree)
            #expect(g.weightedDegree[node.id] == Double(node.weightedDegree))
            #expect(abs((g.betweenness[node.id] ?? -1) - node.betweenness) < 1e-9)
        }
        let ana = try #require(g.nodes["ana-abreu"])
        #expect(ana["type"] as? String == "person")
        #expect(ana["role"] as? String == "Foreign Minister")
        #expect(ana["affiliation"] as? String == "Portugal")
        let pair = try #require(g.edge("ana-abreu", "bruno-costa"))
        #expect(pair["weight"] as? Double == 3)
        #expect(pair["kinds"] as? String == "meeting; talks; summit")
        #expect(pair["one_to_one"] as? Int == 2)
    }

    @Test("spells are the days of the meetings, closed intervals, merged where they overlap")
    func spells() throws {
        let g = try NetworkxGraph(GEXFExport.data(ExportFixtures.meetings), kind: "gexf")
        let pair = try #require(g.edge("ana-abreu", "bruno-costa"))
        #expect(pair["spells"] as? [[String]] == [["2024-11-13", "2024-11-13"], ["2024-11-16", "2024-11-17"],
                                                  ["2024-12-01", "2024-12-31"]])
        // Chen and Đặng: the visit on 20 Nov and the summit in December; the call has no year, so no spell.
        #expect(g.edge("chen-wei", "dang-thu-ha")?["spells"] as? [[String]] == [["2024-11-20", "2024-11-20"],
                                                                               ["2024-12-01", "2024-12-31"]])
        #expect(g.nodes["ana-abreu"]?["spells"] as? [[String]] == [["2024-11-13", "2024-11-13"], ["2024-11-16", "2024-11-17"],
                                                                  ["2024-12-01", "2024-12-31"]])

        // Overlapping meetings make one spell.
        var dossier = ExportFixtures.meetings
        dossier.events.append(Event(id: "e8", kind: .meeting, participants: ["ana-abreu", "bruno-costa"],
                                    time: TimeSpan(start: ExportFixtures.day("2024-11-17"), end: ExportFixtures.day("2024-11-19"),
                                                   precision: .range)))
        let merged = try NetworkxGraph(GEXFExport.data(dossier), kind: "gexf")
        #expect(merged.edge("ana-abreu", "bruno-costa")?["spells"] as? [[String]] == [
            ["2024-11-13", "2024-11-13"], ["2024-11-16", "2024-11-19"], ["2024-12-01", "2024-12-31"]])
    }

    @Test("the file declares GEXF 1.3, dynamic mode and date time format")
    func header() throws {
        let text = String(decoding: GEXFExport.data(ExportFixtures.meetings), as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\""))
        #expect(text.contains("version=\"1.3\""))
        #expect(text.contains("mode=\"dynamic\""))
        #expect(text.contains("timeformat=\"date\""))
    }

    @Test("hostile names survive as labels and attribute values (line breaks included)")
    func hostileText() throws {
        let g = try NetworkxGraph(GEXFExport.data(ExportFixtures.hostile), kind: "gexf")
        let labels = Set(g.nodes.values.compactMap { $0["label"] as? String })
        for name in ExportFixtures.hostileNames { #expect(labels.contains(name), "\(name)") }
        #expect(g.nodes["h3"]?["aliases"] as? String == "Line one\nLine two (alias)")
        #expect(g.nodes["h4"]?["role"] as? String == "Title of Carriage\r\nreturn")
        #expect(GEXFExport.data(ExportFixtures.hostile) == GEXFExport.data(ExportFixtures.hostile))
    }
}
