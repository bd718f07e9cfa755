import LiaisonGraphviz
import Testing

@Suite("Engines and formats")
struct GraphvizEngineTests {
    @Test("a file name's extension gives the format", arguments: [
        ("out.svg", "svg"), ("OUT.PNG", "png"), ("a/b.c/report.pdf", "pdf"), ("x.gv", "dot"), ("x.dot", "dot"),
        ("x.jpeg", "jpg"), ("x.json", "json"),
    ])
    func fromExtension(path: String, format: String) {
        #expect(OutputFormat(fileExtensionOf: path) == OutputFormat(format))
    }

    @Test("no extension, no format", arguments: ["out", "a.b/out", ".hidden", "trailing.", "-"])
    func noExtension(path: String) {
        #expect(OutputFormat(fileExtensionOf: path) == nil)
    }
}

@Suite("Recommended engine")
struct RecommendedEngineTests {
    @Test("dot for small networks, neato up to a few hundred people, sfdp beyond", arguments: [
        (6, 7, GraphvizEngine.dot), (50, 150, .dot), (51, 150, .neato), (200, 600, .neato), (400, 1_200, .neato),
        (401, 1_200, .sfdp), (2_000, 6_000, .sfdp), (0, 0, .dot),
    ])
    func recommended(nodes: Int, edges: Int, engine: GraphvizEngine) {
        #expect(GraphvizEngine.recommended(nodes: nodes, edges: edges) == engine)
    }

    @Test("the recommended engine lays a network of that size out within a few seconds", arguments: [(40, 120), (300, 900)])
    func fastEnough(nodes: Int, edges: Int) throws {
        let graph = SampleGraphs.network(nodes: nodes, edges: edges, seed: 11)
        let engine = GraphvizEngine.recommended(nodes: nodes, edges: edges)
        let start = ContinuousClock.now
        let svg = try SVGDocument(GraphvizRenderer.shared.render(graph, engine: engine).data)
        #expect(svg.nodes.count == nodes)
        #expect(ContinuousClock.now - start < .seconds(10), "\(engine) took \(ContinuousClock.now - start)")
    }
}
