import Foundation
import LiaisonGraphviz
import Testing

@Suite("Graphviz renderer errors")
struct GraphvizRendererErrorTests {
    func error(rendering text: String, engine: GraphvizEngine? = nil, format: OutputFormat = .svg,
               renderer: GraphvizRenderer = .shared) -> GraphvizError? {
        do {
            _ = try renderer.render(dot: text, engine: engine, format: format)
            return nil
        } catch {
            return error
        }
    }

    @Test("a syntax error carries Graphviz's message and the line")
    func syntaxError() throws {
        let error = try #require(self.error(rendering: "digraph {\n  a -> b\n  c [label=\"x\"\n}\n"))
        #expect(error.kind == .syntax)
        #expect(error.line == 4)
        #expect(error.message == "syntax error in line 4 near '}'")
        #expect(error.diagnostics.map(\.severity) == [.error])
    }

    @Test("line numbers do not carry over from earlier jobs")
    func linesStartAfresh() throws {
        // Graphviz's scanner keeps what it has not read and counts lines across parses.
        _ = try GraphvizRenderer.shared.render(dot: "digraph {\n a\n}\n\n\n\n")
        _ = try GraphvizRenderer.shared.parse(dot: "graph {\n}\n\n\n")
        #expect(self.error(rendering: "digraph {\n a -> -> b\n}\n")?.line == 2)
        #expect(self.error(rendering: "digraph {\n\n\n a -> -> b\n}\n")?.line == 4)
    }

    @Test("text after the graph is an error and does not spill into the next job", arguments: [
        "digraph { a } }", "digraph { a }\n}\n", "digraph { a } garbage ->",
    ])
    func trailingText(text: String) throws {
        #expect(self.error(rendering: text)?.kind == .syntax)
        let next = try GraphvizRenderer.shared.render(dot: "digraph { b }")
        #expect(try SVGDocument(next.data).nodes.map(\.title) == ["b"])
        #expect(next.diagnostics.isEmpty)
    }

    @Test("unbalanced braces are syntax errors", arguments: [
        "digraph { a -> b", "digraph { subgraph { a }", "digraph a -> b }", "}",
    ])
    func unbalanced(text: String) {
        #expect(self.error(rendering: text)?.kind == .syntax)
    }

    @Test("no graph at all", arguments: ["", "   \n\t\n", "// only a comment\n/* and another */\n", "# 1 \"file\"\n"])
    func noGraph(text: String) {
        #expect(self.error(rendering: text)?.kind == .noGraph)
    }

    @Test("a NUL character is refused with its line")
    func nul() {
        let error = self.error(rendering: "digraph {\n a\u{0} }")
        #expect(error?.kind == .invalidInput)
        #expect(error?.line == 2)
    }

    @Test("a string longer than Graphviz reads safely is refused quickly, with its line")
    func longString() throws {
        let tenMegabytes = String(repeating: "x", count: 10_000_000)
        for text in ["digraph {\n a [label=\"\(tenMegabytes)\"] }", "digraph {\n\n a [label=<\(tenMegabytes)>] }",
                     "digraph {\n \(tenMegabytes) }", "digraph {\n a [label=\"unterminated \(tenMegabytes)"] {
            let start = ContinuousClock.now
            let error = try #require(self.error(rendering: text))
            #expect(ContinuousClock.now - start < .seconds(1))
            #expect(error.kind == .invalidInput)
            #expect(error.message.contains("longer than \(GraphvizRenderer.maximumStringLength) bytes"))
        }
        let justBelow = String(repeating: "x", count: GraphvizRenderer.maximumStringLength - 2)
        #expect(self.error(rendering: "digraph { a [label=\"\(justBelow)\"] }") == nil)
    }

    @Test("a very long message is shortened, and Graphviz's message buffer does not break")
    func longMessage() throws {
        // The token near the syntax error is 16,000 bytes long; Graphviz 2.x garbles or crashes
        // on messages longer than its initial 1 KiB buffer unless the buffer has been grown.
        let name = String(repeating: "y", count: 16_000)
        let error = try #require(self.error(rendering: "digraph { a [ x \(name) ] }"))
        #expect(error.kind == .syntax)
        #expect(error.message.hasPrefix("syntax error in line 1 near 'yyyy"))
        #expect(error.message.count < 1_100)
        #expect(error.message.contains("characters left out"))
    }

    @Test("an unknown engine is refused, listing the installed ones")
    func unknownEngine() throws {
        let error = try #require(self.error(rendering: "digraph { a }", engine: "nosuch"))
        #expect(error.kind == .unknownEngine)
        #expect(error.message.hasPrefix("unknown layout engine 'nosuch'; installed engines: "))
        #expect(error.message.contains("dot") && error.message.contains("sfdp") && error.message.contains("neato"))
    }

    @Test("an unknown or interactive format is refused, listing the installed ones", arguments: ["nosuch", "x11", "gtk"])
    func unknownFormat(format: String) throws {
        let error = try #require(self.error(rendering: "digraph { a }", format: OutputFormat(format)))
        #expect(error.kind == .unknownFormat)
        #expect(error.message.contains("installed formats: "))
        #expect(error.message.contains("svg") && error.message.contains("png") && error.message.contains("pdf"))
    }

    @Test("dot is refused past its size limit, suggesting sfdp; other engines go ahead")
    func dotSizeGuard() throws {
        let renderer = GraphvizRenderer(dotSizeLimit: 20)
        let graph = SampleGraphs.network(nodes: 12, edges: 12, seed: 7).dot
        let error = try #require(self.error(rendering: graph, engine: .dot, renderer: renderer))
        #expect(error.kind == .graphTooLarge)
        #expect(error.message.contains("12 nodes and 12 edges"))
        #expect(error.message.contains("sfdp"))
        #expect(self.error(rendering: graph, engine: nil, renderer: renderer)?.kind == .graphTooLarge, "dot is the default")
        #expect(self.error(rendering: graph, engine: .sfdp, renderer: renderer) == nil)
        #expect(self.error(rendering: graph, engine: .dot, renderer: GraphvizRenderer(dotSizeLimit: 24)) == nil)
    }

    @Test("the description names the line once")
    func description() {
        #expect(GraphvizError(.syntax, "syntax error in line 3 near '}'", line: 3).description == "syntax error in line 3 near '}'")
        #expect(GraphvizError(.invalidInput, "NUL", line: 2).description == "line 2: NUL")
        #expect(GraphvizError(.noGraph, "no graph").description == "no graph")
    }
}
