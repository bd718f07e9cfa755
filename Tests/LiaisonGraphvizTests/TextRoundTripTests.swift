import Foundation
import LiaisonGraphviz
import Testing

/// Property tests: thousands of hostile strings (quotes, backslashes, line breaks, DOT syntax,
/// entities, Vietnamese, right-to-left text, emoji, control characters) written with the DOT
/// writer come back from Graphviz as the text that was written, both from its parser and in
/// the SVG it draws. The deliberate replacements (line breaks → line feed, control
/// characters → U+FFFD) are those of `GraphvizTextModel.shown`.
@Suite("Text round-trips through Graphviz")
struct TextRoundTripTests {
    struct Written {
        var label: String
        var tooltip: String
        var markup: String
        var comment: String
    }

    /// HTML-like markup around escaped text (Graphviz refuses an empty `<B></B>`).
    static func markup(_ text: String) -> String {
        let escaped = HTMLLabel.escape(text)
        return "<B>" + (escaped.isEmpty ? " " : escaped) + "</B>"
    }

    @Test("Graphviz's parser reads back every id, label, tooltip and HTML label as written")
    func parserReadsBackWhatWasWritten() throws {
        var generator = SeededGenerator(seed: 0x5EED_0001)
        var stringsChecked = 0
        for _ in 0..<60 {
            var graph = DOTGraph(directed: Bool.random(using: &generator), id: HostileText.random(using: &generator))
            graph.attributes["label"] = .string(HostileText.random(using: &generator))
            var expected: [String: Written] = [:]
            var ids: [String] = []
            for _ in 0..<40 {
                let id = HostileText.random(using: &generator)
                let written = Written(
                    label: HostileText.random(using: &generator),
                    tooltip: HostileText.random(using: &generator),
                    markup: Self.markup(HostileText.random(using: &generator)),
                    comment: "<I>" + HostileText.random(using: &generator) + "</I>")
                graph.node(id, [
                    "label": .string(written.label),
                    "tooltip": .string(written.tooltip),
                    "xlabel": .html(written.markup),
                    // Unescaped random text in markup: whatever it holds, the file must parse.
                    "comment": .html(written.comment),
                ])
                expected[GraphvizTextModel.shown(id)] = written
                ids.append(id)
            }

            let parsed = try GraphvizRenderer.shared.parse(dot: graph.dot)

            #expect(GraphvizTextModel.decode(parsed.name) == GraphvizTextModel.shown(graph.id!))
            guard case .string(let graphLabel) = graph.attributes["label"] else { return }
            #expect(GraphvizTextModel.decode(parsed.attributes["label"]?.text ?? "") == GraphvizTextModel.shown(graphLabel))
            #expect(parsed.nodes.count == expected.count)
            for node in parsed.nodes {
                let name = GraphvizTextModel.decode(node.name)
                guard let name, let written = expected[name] else {
                    Issue.record("Graphviz read a node name that was not written: \(node.name.debugDescription)")
                    continue
                }
                #expect(node.attributes["label"].flatMap { GraphvizTextModel.decode($0.text) } == GraphvizTextModel.shown(written.label),
                        "label of \(name.debugDescription)")
                #expect(node.attributes["label"]?.isHTML == false)
                #expect(GraphvizTextModel.decodeTooltip(node.attributes["tooltip"]?.text ?? "") == GraphvizTextModel.shown(written.tooltip),
                        "tooltip of \(name.debugDescription)")
                #expect(node.attributes["xlabel"] == ParsedGraph.Value(written.markup, isHTML: true),
                        "HTML label of \(name.debugDescription)")
                let comment = try #require(node.attributes["comment"])
                if comment.isHTML {
                    #expect(comment.text == GraphvizTextModel.shown(written.comment))
                } else {
                    #expect(GraphvizTextModel.decode(comment.text) == GraphvizTextModel.shown(written.comment))
                }
                stringsChecked += 5
            }
        }
        #expect(stringsChecked > 10_000)
    }

    @Test("Graphviz's parser reads back edge endpoints and labels as written")
    func edgesReadBack() throws {
        var generator = SeededGenerator(seed: 0x5EED_0002)
        for _ in 0..<20 {
            var graph = DOTGraph(directed: true)
            var written: [(from: String, to: String, label: String)] = []
            for _ in 0..<30 {
                let edge = (from: HostileText.random(using: &generator), to: HostileText.random(using: &generator),
                            label: HostileText.random(using: &generator))
                graph.edge(edge.from, edge.to, ["label": .string(edge.label)])
                written.append(edge)
            }
            let parsed = try GraphvizRenderer.shared.parse(dot: graph.dot)
            let read = parsed.edges.map { edge in
                [edge.tail, edge.head, edge.attributes["label"]?.text ?? ""].map { GraphvizTextModel.decode($0) ?? "<undecodable>" }
            }
            let expected = written.map { [$0.from, $0.to, $0.label].map(GraphvizTextModel.shown) }
            #expect(read.sorted { $0.lexicographicallyPrecedes($1) } == expected.sorted { $0.lexicographicallyPrecedes($1) })
        }
    }

    @Test("The SVG shows every label and tooltip as written, and parses as XML")
    func svgShowsWhatWasWritten() throws {
        var generator = SeededGenerator(seed: 0x5EED_0003)
        var labelsChecked = 0
        for _ in 0..<40 {
            var graph = DOTGraph(directed: true)
            var labels: [String: String] = [:]
            var tooltips: [String: String] = [:]
            var htmlTexts: [String: String] = [:]
            for index in 0..<25 {
                let label = HostileText.random(using: &generator)
                let tooltip = HostileText.random(using: &generator)
                graph.node("n\(index)", ["label": .string(label), "tooltip": .string(tooltip)])
                labels["n\(index)"] = label
                tooltips["n\(index)"] = tooltip
                let text = HostileText.random(using: &generator)
                graph.node("h\(index)", ["label": .html(Self.markup(text))])
                htmlTexts["h\(index)"] = text
            }

            let result = try GraphvizRenderer.shared.render(graph, engine: .osage, format: .svg)
            #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
            let svg = try SVGDocument(result.data)
            #expect(svg.nodes.count == 50)
            for node in svg.nodes {
                if let label = labels[node.title] {
                    #expect(node.texts.map(Self.normalized) == Self.lines(GraphvizTextModel.shown(label)),
                            "label of \(node.title): \(label.debugDescription)")
                    let tooltip = GraphvizTextModel.shown(tooltips[node.title]!)
                    if !tooltip.isEmpty {
                        #expect(node.tooltip.map(Self.normalizedAttribute) == Self.normalizedAttribute(tooltip),
                                "tooltip of \(node.title): \(tooltip.debugDescription)")
                    }
                } else if let text = htmlTexts[node.title] {
                    let shown = GraphvizTextModel.shown(text).replacingOccurrences(of: "\t", with: " ")
                    let expected = shown.isEmpty ? [" "] : Self.lines(shown)
                    #expect(node.texts.map(Self.normalized) == expected, "HTML label of \(node.title): \(text.debugDescription)")
                } else {
                    Issue.record("unexpected node \(node.title.debugDescription)")
                }
                labelsChecked += 1
            }
        }
        #expect(labelsChecked == 2_000)
    }

    @Test("A node without a label shows its id as written")
    func svgShowsIDs() throws {
        var generator = SeededGenerator(seed: 0x5EED_0004)
        for _ in 0..<20 {
            var graph = DOTGraph(directed: false)
            var shownIDs: [String] = []
            for _ in 0..<25 {
                let id = HostileText.random(using: &generator)
                guard !shownIDs.contains(GraphvizTextModel.shown(id)) else { continue }
                graph.node(id)
                shownIDs.append(GraphvizTextModel.shown(id))
            }
            let svg = try SVGDocument(GraphvizRenderer.shared.render(graph, engine: .osage, format: .svg).data)
            #expect(svg.nodes.map { $0.texts.map(Self.normalized) } == shownIDs.map(Self.lines))
        }
    }

    /// The lines Graphviz draws: it skips empty lines (their space stays).
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { normalized(String($0)) }
    }

    /// Graphviz writes the second and later of several spaces as no-break spaces.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{A0}", with: " ")
    }

    /// An XML parser turns a raw tab or line feed in an attribute into a space (Graphviz writes
    /// line breaks in tooltips as `&#10;`, which survives).
    static func normalizedAttribute(_ text: String) -> String {
        normalized(text).replacingOccurrences(of: "\t", with: " ")
    }
}
