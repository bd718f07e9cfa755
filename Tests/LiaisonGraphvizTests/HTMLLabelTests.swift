import Foundation
import LiaisonGraphviz
import Testing

@Suite("HTML-like label text")
struct HTMLLabelTests {
    @Test("escapes markup characters, keeps lines, replaces control characters", arguments: [
        ("Procter & Gamble", "Procter &amp; Gamble"),
        ("a < b > c", "a &lt; b &gt; c"),
        ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
        ("one\ntwo\r\nthree\rfour", "one<BR/>two<BR/>three<BR/>four"),
        ("C:\\new", "C:\\\\new"),
        ("]", "&#93;"),
        ("tab\tstop", "tab stop"),
        ("bell\u{7}", "bell\u{FFFD}"),
        ("Thủ tướng 🇻🇳", "Thủ tướng 🇻🇳"),
    ])
    func escape(text: String, expected: String) {
        #expect(HTMLLabel.escape(text) == expected)
    }

    @Test("in attributes, a line break is a character reference")
    func attribute() {
        #expect(HTMLLabel.escapeAttribute("a\nb & c") == "a&#10;b &amp; c")
    }

    @Test("Graphviz draws escaped text exactly, line by line")
    func rendered() throws {
        let text = "Ngoại trưởng <Mỹ> & \"Hoa Kỳ\"\nC:\\N ]]> 'x'"
        var graph = DOTGraph()
        graph.node("n", ["label": .html("<TABLE><TR><TD>\(HTMLLabel.escape(text))</TD></TR></TABLE>")])
        let result = try GraphvizRenderer.shared.render(graph)
        #expect(result.diagnostics.isEmpty)
        let svg = try SVGDocument(result.data)
        #expect(svg.nodes.first?.texts.map { $0.replacingOccurrences(of: "\u{A0}", with: " ") }
            == ["Ngoại trưởng <Mỹ> & \"Hoa Kỳ\"", "C:\\N ]]> 'x'"])
    }
}
