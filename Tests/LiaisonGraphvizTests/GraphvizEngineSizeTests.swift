import LiaisonGraphviz
import Testing

@Suite("Engine by size")
struct GraphvizEngineSizeTests {
    @Test("dot for small networks, neato up to 400 nodes, sfdp beyond", arguments: [
        (5, 4, "dot"), (40, 80, "dot"), (41, 60, "neato"), (30, 200, "neato"), (400, 1_200, "neato"),
        (401, 800, "sfdp"), (2_000, 6_000, "sfdp"),
    ])
    func bySize(nodes: Int, edges: Int, engine: String) {
        #expect(GraphvizEngine.recommended(nodes: nodes, edges: edges) == GraphvizEngine(engine))
    }

    @Test("a graph's own size counts every node once and every edge")
    func ofGraph() {
        var graph = DOTGraph(directed: false)
        for k in 0..<50 { graph.edge("n\(k)", "n\(k + 1)") }
        #expect(GraphvizEngine.recommended(for: graph) == .neato)
        var small = DOTGraph()
        small.edge("a", "b")
        #expect(GraphvizEngine.recommended(for: small) == .dot)
    }

    @Test("every recommended engine is installed")
    func installed() {
        for engine in [GraphvizEngine.recommended(nodes: 1, edges: 0), .recommended(nodes: 100, edges: 0), .recommended(nodes: 1_000, edges: 0)] {
            #expect(GraphvizRenderer.installedEngines.contains(engine))
        }
    }
}
