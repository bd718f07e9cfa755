import LiaisonGraphviz
import Testing

@Suite("DOT as UTF-8 bytes")
struct DOTWriterUTF8Tests {
    @Test("the bytes are the text's, hostile values included")
    func sameAsText() {
        var graph = DOTGraph(id: "g\"1")
        graph.attributes["label"] = .html("<B>Tom &amp; Jerry</B>\u{7}")
        for (k, name) in ["Ali \"Fox\"", "C:\\new\\", "Zoë 🚀\nNg", "<script>", "\u{85}\u{FFFE}", "a\r\nb"].enumerated() {
            graph.node("n\(k)", ["label": .string(name), "tooltip": .string(name)])
            graph.edge("n\(k)", "n\(k + 1)", ["label": .html("<I>\(HTMLLabel.escape(name))</I>")])
        }
        #expect(graph.dotUTF8 == Array(graph.dot.utf8))
        #expect(DOTWriter.utf8(graph) == Array(DOTWriter.write(graph).utf8))
    }
}
