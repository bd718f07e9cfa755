import Foundation
import LiaisonCore
import LiaisonGraphviz
import LiaisonRender
import Testing

/// Names that break naive DOT, HTML or SVG writers: every one must parse, render, and show as
/// written, as text (never as markup).
@Suite("Hostile names")
struct HostileNamesTests {
    static let names = [
        #"Ali "the Fox" O'Neil"#,
        "<script>alert(1)</script>",
        #"C:\new\ trailing\"#,
        "Zoë 🚀 Ng\nSecond line",
        "عبد الله بن زايد",
        "Tom & Jerry ]]> <b>bold</b>",
        "%percent {braces} \\N \\G",
    ]

    static var dossier: Dossier {
        var entities = [Entity(id: "host", name: "Nguyễn Văn Chủ", type: .person,
                               roles: [Role(title: "Bộ trưởng <b>\"Ngoại giao\"</b>", affiliation: "org")]),
                        Entity(id: "org", name: "Org & <Co> \"Ltd\"", type: .organization)]
        var events: [Event] = []
        for (k, name) in names.enumerated() {
            entities.append(Entity(id: "h\(k)", name: name, type: .person, roles: [Role(title: name, affiliation: "org")]))
            events.append(Event(id: "ev-\(k)", kind: k % 2 == 0 ? .meeting : .call, participants: ["host", "h\(k)"],
                                place: nil, time: k % 3 == 0 ? nil : .day(Day(2024, 11, 10 + k)!),
                                status: k == 4 ? .planned : .happened,
                                evidence: [Evidence(document: "d", sentence: "They met: \(name) \\ \"quoted\" <i>x</i>", rule: "test",
                                                    source: "https://example.org/a?b=1&c=\"2\"")]))
        }
        return Dossier(documents: [Document(id: "d", title: "Title with <tags> & \"quotes\" \\", text: "")],
                       entities: entities, events: events).normalized()
    }

    /// The lines a name is shown in (labels wrap at spaces and keep line breaks).
    static func lines(_ name: String) -> [String] {
        name.split(separator: "\n").map(String.init)
    }

    func check(_ graph: DOTGraph, engine: GraphvizEngine) throws {
        let result = try GraphvizRenderer.shared.render(graph, engine: engine, format: .svg)
        let svg = try RenderedSVG(result.data)
        #expect(!svg.elementNames.contains("script"))
        #expect(!svg.elementNames.contains("b") && !svg.elementNames.contains("i"))
        let shown = svg.nodes.map(\.text).joined(separator: "\n")
        for name in Self.names {
            for line in Self.lines(name) {
                #expect(shown.contains(line), "\(line) is not shown as text")
            }
        }
        let tooltips = (svg.nodes + svg.edges).compactMap(\.tooltip).joined(separator: "\n")
        #expect(tooltips.contains("They met: <script>alert(1)</script> \\ \"quoted\" <i>x</i>"))
        #expect(svg.texts.joined().contains("Title with <tags> & \"quotes\" \\"))
        // The quotes a URL may not hold are percent-encoded; the & reads back as written.
        let links = (svg.nodes + svg.edges).compactMap(\.href)
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { $0 == "https://example.org/a?b=1&c=%222%22" })
        // PNG and PDF too.
        for format in [OutputFormat.png, .pdf] {
            #expect(try !GraphvizRenderer.shared.render(graph, engine: engine, format: format).data.isEmpty)
        }
    }

    @Test("in a timeline")
    func timeline() throws {
        try check(TimelineDOT.graph(for: Self.dossier), engine: .dot)
    }

    @Test("in a network, with every engine")
    func network() throws {
        for engine: GraphvizEngine in [.dot, .neato, .sfdp] {
            let drawing = try NetworkDOT(dossier: Self.dossier, options: .init(engine: engine))
            try check(drawing.graph, engine: engine)
        }
    }

    @Test("the DOT reads back with each name as written, through Graphviz's own parser")
    func dotRoundTrip() throws {
        let parsed = try GraphvizRenderer.shared.parse(dot: try NetworkDOT(dossier: Self.dossier).graph.dot)
        let tooltips = parsed.nodes.compactMap { $0.attributes["tooltip"]?.text }.joined(separator: "\n")
        #expect(tooltips.contains("Ali \"the Fox\" O'Neil"))
    }
}
