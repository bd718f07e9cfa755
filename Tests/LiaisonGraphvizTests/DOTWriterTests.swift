import LiaisonGraphviz
import Testing

@Suite("DOT writer")
struct DOTWriterTests {
    @Test("writes attributes, defaults, nodes, edges and clusters in the order they were added")
    func layout() {
        var graph = DOTGraph(id: "G")
        graph.attributes["rankdir"] = "LR"
        graph.nodeDefaults["shape"] = "box"
        graph.edgeDefaults["color"] = "gray"
        graph.node("p1", ["label": "Anthony Blinken"])
        var lane = DOTSubgraph.cluster("ukraine", attributes: ["label": "Ukraina"])
        lane.node("p2", ["label": "Andrii Sybiha"])
        graph.add(lane)
        graph.edge("p1", "p2", ["label": "13/11", "style": "dashed"])

        #expect(graph.dot == """
            digraph "G" {
              graph [rankdir="LR"];
              node [shape="box"];
              edge [color="gray"];
              "p1" [label="Anthony Blinken"];
              subgraph "cluster_ukraine" {
                graph [label="Ukraina"];
                "p2" [label="Andrii Sybiha"];
              }
              "p1" -> "p2" [label="13/11", style="dashed"];
            }

            """)
    }

    @Test("undirected graphs use --, strict is written, anonymous graphs and subgraphs have no id")
    func kinds() {
        var graph = DOTGraph(directed: false, strict: true)
        var same = DOTSubgraph(attributes: ["rank": "same"])
        same.node("a")
        same.node("b")
        graph.add(same)
        graph.edge("a", "b")
        #expect(graph.dot == """
            strict graph {
              subgraph {
                graph [rank="same"];
                "a";
                "b";
              }
              "a" -- "b";
            }

            """)
        #expect(same.isCluster == false)
        #expect(DOTSubgraph.cluster("x").isCluster)
    }

    @Test("the same graph gives the same bytes; setting an attribute again keeps its place")
    func deterministic() {
        func make() -> DOTGraph {
            var graph = DOTGraph()
            for index in 0..<50 {
                graph.node("n\(index)", ["label": "Nút \(index)", "color": "red"])
            }
            graph.attributes["label"] = "first"
            graph.attributes["fontname"] = "DejaVu Sans"
            graph.attributes["label"] = "second"
            return graph
        }
        #expect(make().dot == make().dot)
        #expect(make().dot.contains("graph [label=\"second\", fontname=\"DejaVu Sans\"];"))
    }

    @Test("text is quoted and escaped", arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("C:\\", #""C:\\""#),
        ("a\\nb", #""a\\nb""#),
        ("\\N", #""\\N""#),
        ("two\nlines", #""two\nlines""#),
        ("crlf\r\nand cr\r", #""crlf\nand cr\n""#),
        ("AT&T", #""AT&amp;T""#),
        ("<B>not html</B>", #""&lt;B&gt;not html&lt;/B&gt;""#),
        ("{ } [ ] ; = -> -- % /* */", #""{ } [ ] ; = -&gt; -- % /* */""#),
        ("bell\u{7} nul\u{0} del\u{7F} c1\u{85} nonchar\u{FFFF}", "\"bell\u{FFFD} nul\u{FFFD} del\u{FFFD} c1\u{FFFD} nonchar\u{FFFD}\""),
        ("tab\there", "\"tab\there\""),
        ("Ngoại trưởng Mỹ 🇺🇸 مرحبا", "\"Ngoại trưởng Mỹ 🇺🇸 مرحبا\""),
        ("", #""""#),
    ])
    func quoting(text: String, expected: String) {
        #expect(DOTWriter.quoted(text) == expected)
        #expect(DOTWriter.literal(.string(text)) == expected)
    }

    @Test("an id starting with % is written so that Graphviz keeps it")
    func percentIDs() {
        var graph = DOTGraph(id: "%3")
        graph.node("%1")
        graph.edge("a%", "%2")
        #expect(graph.dot == """
            digraph "&#37;3" {
              "&#37;1";
              "a%" -> "&#37;2";
            }

            """)
    }

    @Test("tooltips get their backslashes doubled once more, since Graphviz unescapes them twice")
    func tooltips() {
        let node = DOTNode("n", ["label": "a\\b", "tooltip": "a\\b", "URL": "a\\b"])
        var graph = DOTGraph()
        graph.add(node)
        #expect(graph.dot.contains(#"[label="a\\b", tooltip="a\\\\b", URL="a\\b"]"#))
    }

    @Test("HTML-like labels are written between < and >, only when asked for")
    func html() {
        #expect(DOTWriter.literal(.html("<B>bold</B>")) == "<<B>bold</B>>")
        #expect(DOTWriter.literal(.string("<B>bold</B>")) == #""&lt;B&gt;bold&lt;/B&gt;""#)
        #expect(DOTWriter.literal(.html("plain")) == "<plain>")
    }

    @Test("HTML-like markup that Graphviz could not delimit is written as text", arguments: [
        "a > b", "<B>x</B> >", "x <", "", "<<B>x</B>",
    ])
    func unbalancedHTML(markup: String) {
        #expect(DOTWriter.literal(.html(markup)) == DOTWriter.quoted(markup))
    }

    @Test("attribute names are bare when plain, quoted otherwise")
    func attributeNames() {
        let node = DOTNode("n", ["fontname": "x", "my attr": "y", "node": "z", "_x1": "w"])
        var graph = DOTGraph()
        graph.add(node)
        #expect(graph.dot.contains(#"[fontname="x", "my attr"="y", "node"="z", _x1="w"]"#))
    }

    @Test("literals: integers and decimals are written as text")
    func numbers() {
        let attributes: DOTAttributes = ["penwidth": 2, "fontsize": 10.5]
        #expect(attributes["penwidth"] == .string("2"))
        #expect(attributes["fontsize"] == .string("10.5"))
    }

    @Test("size counts each node once, including those only named by edges")
    func size() {
        var graph = DOTGraph()
        graph.node("a")
        graph.edge("a", "b")
        var cluster = DOTSubgraph.cluster("c")
        cluster.edge("b", "c")
        cluster.edge("b", "c")
        graph.add(cluster)
        #expect(graph.size.nodes == 3)
        #expect(graph.size.edges == 3)
    }
}
