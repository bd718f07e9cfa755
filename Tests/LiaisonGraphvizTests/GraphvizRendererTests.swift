import Foundation
import LiaisonGraphviz
import Testing

@Suite("Graphviz renderer")
struct GraphvizRendererTests {
    static let engines: [GraphvizEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi, .osage, .patchwork]

    @Test("the usual engines and formats are installed")
    func installed() {
        for engine in Self.engines {
            #expect(GraphvizRenderer.installedEngines.contains(engine))
        }
        for format: OutputFormat in [.svg, .png, .pdf, .dot, .json] {
            #expect(GraphvizRenderer.installedFormats.contains(format))
        }
        #expect(!GraphvizRenderer.installedFormats.contains("x11"), "interactive formats are left out")
    }

    @Test("every engine writes real SVG, PNG, PDF, DOT and JSON", arguments: engines)
    func engineWritesEveryFormat(engine: GraphvizEngine) throws {
        let graph = SampleGraphs.meetings
        let renderer = GraphvizRenderer.shared

        // One layout, every format: the PNG and the SVG show the same drawing.
        let outputs = try renderer.render(dot: graph.dot, engine: engine, formats: [.svg, .png, .pdf, .dot, .json])
        #expect(outputs.count == 5)

        let svgResult = try #require(outputs[.svg])
        let svg = try SVGDocument(svgResult.data)
        #expect(svg.nodes.count == 6)
        #expect(Set(svg.nodes.map(\.title)) == ["p1", "p2", "p3", "p4", "p5", "p6"])
        #expect(svg.nodes.first { $0.title == "p1" }?.texts == ["Phạm Minh Chính"])
        #expect(svg.width > 0 && svg.height > 0)

        let pngData = try #require(outputs[.png]).data
        let png = try #require(PNGHeader(pngData))
        // Graphviz draws PNG at 96 dpi; the SVG gives the size in points (1/72 inch).
        #expect(abs(Double(png.width) - svg.width * 96 / 72) <= 1, "PNG \(png.width) px, SVG \(svg.width) pt")
        #expect(abs(Double(png.height) - svg.height * 96 / 72) <= 1, "PNG \(png.height) px, SVG \(svg.height) pt")

        let pdf = try #require(outputs[.pdf]).data
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: pdf.suffix(16), as: UTF8.self).contains("%%EOF"))

        let dot = String(decoding: try #require(outputs[.dot]).data, as: UTF8.self)
        let laidOut = try renderer.parse(dot: dot)
        #expect(laidOut.nodes.count == 6)
        #expect(laidOut.nodes.allSatisfy { $0.attributes["pos"] != nil }, "every node has a position")

        let json = try #require(outputs[.json]).data
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let objects = try #require(object["objects"] as? [[String: Any]])
        let subgraphs = object["_subgraph_cnt"] as? Int ?? 0
        #expect(objects.count - subgraphs == 6)
        #expect(object["bb"] is String)
    }

    @Test("a DOTGraph renders the same as its DOT text, byte for byte")
    func deterministic() throws {
        let first = try GraphvizRenderer.shared.render(SampleGraphs.meetings, engine: .dot, format: .svg)
        let second = try GraphvizRenderer.shared.render(dot: SampleGraphs.meetings.dot, engine: .dot, format: .svg)
        #expect(first.data == second.data)
    }

    /// fdp is left out: in Graphviz 2.43 its result depends on memory addresses.
    @Test("every engine draws the same bytes whatever was drawn before it in the process",
          arguments: engines.filter { $0 != .fdp })
    func independentOfHistory(engine: GraphvizEngine) throws {
        let renderer = GraphvizRenderer.shared
        let lanes = SampleGraphs.lanes
        let first = try renderer.render(SampleGraphs.meetings, engine: engine).data
        let firstLanes = try renderer.render(lanes, engine: engine).data
        for round in 0..<3 {
            for other in GraphvizRendererTests.engines {
                _ = try renderer.render(SampleGraphs.network(nodes: 20 + round, edges: 30, seed: UInt64(round)), engine: other)
            }
            #expect(try renderer.render(SampleGraphs.meetings, engine: engine).data == first)
            #expect(try renderer.render(lanes, engine: engine).data == firstLanes)
        }
    }

    @Test("in-process layouts match the dot program's", arguments: [GraphvizEngine.dot, .sfdp, .neato, .osage])
    func sameAsProgram(engine: GraphvizEngine) throws {
        let text = SampleGraphs.lanes.dot
        let inProcess = try GraphvizRenderer.shared.render(dot: text, engine: engine, format: .svg).data
        let program = try DotProgram.run(text, arguments: ["-K\(engine)", "-Tsvg"])
        #expect(inProcess == program)
    }

    @Test("warnings come back as diagnostics and the graph still renders")
    func warnings() throws {
        // Graphviz warns about an unknown colour only when it differs from the last one it
        // warned about, process-wide; this name is used nowhere else.
        let result = try GraphvizRenderer.shared.render(dot: "digraph { a [color=warningtestcolour, shape=warningtestshape] }")
        #expect(try SVGDocument(result.data).nodes.count == 1)
        #expect(result.diagnostics.contains(GraphvizDiagnostic(severity: .warning, message: "warningtestcolour is not a known color.")))
        #expect(result.diagnostics.contains(GraphvizDiagnostic(severity: .warning, message: "using box for unknown shape warningtestshape")))
    }

    @Test("a broken HTML-like label is an error diagnostic; Graphviz draws the node's name instead")
    func brokenHTMLLabel() throws {
        let result = try GraphvizRenderer.shared.render(dot: "digraph {\n\n a [label=<<B>x</I>>] }")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.hasPrefix("mismatched tag in line 1"))
        #expect(diagnostic.message.contains("in label of node a"))
        #expect(diagnostic.line == nil, "line 1 of the label is not line 1 of the input")
        #expect(try SVGDocument(result.data).nodes.first?.texts == ["a"])
    }

    @Test("the graph's layout attribute picks the engine; an engine given explicitly wins")
    func layoutAttribute() throws {
        let text = "graph { layout=nosuchengine; a -- b }"
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.shared.render(dot: text) }
        let svg = try SVGDocument(GraphvizRenderer.shared.render(dot: text, engine: .neato).data)
        #expect(svg.nodes.count == 2)
    }

    @Test("a graph after the first is ignored with a warning")
    func severalGraphs() throws {
        let result = try GraphvizRenderer.shared.render(dot: "digraph one { a }\ndigraph two { b; c }\n")
        #expect(try SVGDocument(result.data).nodes.map(\.title) == ["a"])
        #expect(result.diagnostics.map(\.message) == ["the input holds 1 more graph after the first; only the first is used"])
    }

    @Test("parse reports what Graphviz read, without laying out")
    func parse() throws {
        let parsed = try GraphvizRenderer.shared.parse(dot: SampleGraphs.meetings.dot)
        #expect(parsed.name == "meetings")
        #expect(!parsed.isDirected)
        #expect(parsed.nodes.count == 6)
        #expect(parsed.edges.count == 7)
        #expect(parsed.subgraphs.map(\.name) == ["cluster_vn"])
        #expect(parsed.subgraphs.first?.nodes.map(\.name) == ["p1", "p2"])
        #expect(parsed.subgraphs.first?.attributes["label"]?.text == "Việt Nam")
        #expect(parsed.nodes.first?.attributes["shape"]?.text == "box")
    }
}
