import LiaisonGraphviz
import Testing

@Suite("Engine by size")
struct GraphvizEngineSizeTests {
    @Test("a graph's own size counts every node once and every edge")
    func ofGraph() {
        var graph = DOTGraph(directed: false)
        for k in 0..<150 { graph.edge("n\(k)", "n\(k + 1)") }
        // 151 nodes + 150 edges: past dot's 200, within neato's 1,600.
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
