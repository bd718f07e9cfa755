import LiaisonGraphviz

/// Small graphs the renderer tests draw.
enum SampleGraphs {
    /// Six people, one cluster, seven meetings: every engine can lay it out.
    static var meetings: DOTGraph {
        var graph = DOTGraph(directed: false, id: "meetings")
        graph.nodeDefaults["shape"] = "box"
        var delegation = DOTSubgraph.cluster("vn", attributes: ["label": "Việt Nam"])
        delegation.node("p1", ["label": "Phạm Minh Chính"])
        delegation.node("p2", ["label": "Bùi Thanh Sơn"])
        graph.add(delegation)
        graph.node("p3", ["label": "Anthony Blinken"])
        graph.node("p4", ["label": "Andrii Sybiha"])
        graph.node("p5", ["label": "Ursula von der Leyen"])
        graph.node("p6", ["label": "Antonio Guterres"])
        for (a, b) in [("p1", "p3"), ("p2", "p3"), ("p3", "p4"), ("p4", "p5"), ("p5", "p6"), ("p6", "p1"), ("p2", "p4")] {
            graph.edge(a, b, ["label": "13/11"])
        }
        return graph
    }

    /// Twelve lanes (clusters) of four events, with links between lanes, like a timeline:
    /// cluster order is where Graphviz used memory addresses.
    static var lanes: DOTGraph {
        var generator = SeededGenerator(seed: 5)
        var graph = DOTGraph(id: "lanes", attributes: ["rankdir": "LR", "newrank": "true"])
        for lane in 0..<12 {
            var cluster = DOTSubgraph.cluster("lane\(lane)", attributes: ["label": "Lane \(lane)"])
            for event in 0..<4 { cluster.node("e\(lane)_\(event)") }
            graph.add(cluster)
        }
        for _ in 0..<40 {
            graph.edge("e\(Int.random(in: 0..<12, using: &generator))_\(Int.random(in: 0..<4, using: &generator))",
                       "e\(Int.random(in: 0..<12, using: &generator))_\(Int.random(in: 0..<4, using: &generator))")
        }
        return graph
    }

    /// A small timeline-like DAG without clusters: labels, an HTML-like label, a record shape,
    /// an unknown colour (a warning). Graphviz 2.43's own layout leaks nothing on it (its `dot`
    /// leaks on edges it reverses to break cycles and on edges into clusters).
    static var chronicle: DOTGraph {
        var graph = DOTGraph(id: "chronicle", attributes: ["rankdir": "LR"])
        graph.nodeDefaults["shape"] = "box"
        for day in 0..<8 {
            graph.node("d\(day)", ["label": "Ngày \(day + 10)/11\nHội đàm"])
        }
        graph.node("h", ["label": .html("<B>\(HTMLLabel.escape("Hà Nội & Kyiv"))</B>"), "color": "nosuchcolour"])
        for day in 0..<7 {
            graph.edge("d\(day)", "d\(day + 1)", ["label": "\(day)"])
        }
        graph.edge("d0", "h")
        graph.edge("h", "d7")
        return graph
    }

    /// A random network of `nodes` nodes and `edges` edges (seeded).
    static func network(nodes: Int, edges: Int, seed: UInt64) -> DOTGraph {
        var generator = SeededGenerator(seed: seed)
        var graph = DOTGraph(directed: false)
        for index in 0..<nodes {
            graph.node("n\(index)", ["label": "Người \(index)"])
        }
        for _ in 0..<edges {
            graph.edge("n\(Int.random(in: 0..<nodes, using: &generator))", "n\(Int.random(in: 0..<nodes, using: &generator))")
        }
        return graph
    }
}
