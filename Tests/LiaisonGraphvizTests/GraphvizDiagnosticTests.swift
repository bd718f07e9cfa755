@testable import LiaisonGraphviz
import Testing

@Suite("Graphviz messages")
struct GraphvizDiagnosticTests {
    @Test("fragments joined up to the newline become one message each, with severity and line")
    func parse() {
        let text = "Error: syntax error in line 3 near '}'\nWarning: nosuch is not a known color.\n"
        #expect(GraphvizDiagnostic.parse(text) == [
            GraphvizDiagnostic(severity: .error, message: "syntax error in line 3 near '}'", line: 3),
            GraphvizDiagnostic(severity: .warning, message: "nosuch is not a known color."),
        ])
    }

    @Test("continuation lines stay with their message; label lines are not input lines")
    func continuation() {
        let text = "Error: mismatched tag in line 1 \n... x</I> ...\nin label of node a\n"
        #expect(GraphvizDiagnostic.parse(text) == [
            GraphvizDiagnostic(severity: .error, message: "mismatched tag in line 1\n... x</I> ...\nin label of node a"),
        ])
    }

    @Test("text without a prefix is a warning; empty text is nothing")
    func bare() {
        #expect(GraphvizDiagnostic.parse("something odd\n") == [GraphvizDiagnostic(severity: .warning, message: "something odd")])
        #expect(GraphvizDiagnostic.parse("").isEmpty)
    }

    @Test("a very long message keeps its start and end")
    func long() throws {
        let message = "syntax error in line 1 near '" + String(repeating: "x", count: 5_000) + "'"
        let diagnostic = try #require(GraphvizDiagnostic.parse("Error: " + message + "\n").first)
        #expect(diagnostic.message.count < 1_100)
        #expect(diagnostic.message.hasPrefix("syntax error in line 1 near 'xxx"))
        #expect(diagnostic.message.hasSuffix("xxx'"))
        #expect(diagnostic.line == 1)
    }
}
