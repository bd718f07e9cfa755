import Foundation
import LiaisonCore
import LiaisonGraphviz
import LiaisonRender
import Testing

@Suite("Network drawing")
struct NetworkDOTTests {
    let drawing = try! NetworkDOT(dossier: Seed.dossier)

    func svg(_ drawing: NetworkDOT? = nil) throws -> RenderedSVG {
        let d = drawing ?? self.drawing
        return try RenderedSVG(rendering: d.graph, engine: d.engine)
    }

    @Test("the SVG parses as XML and Graphviz has nothing to warn about")
    func rendersCleanly() throws {
        let result = try GraphvizRenderer.shared.render(drawing.graph, engine: drawing.engine, format: .svg)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        _ = try RenderedSVG(result.data)
    }

    @Test("Blinken, Rutte, Borrell, Kallas and Sybiha are one node each, four meeting lines from Blinken")
    func seedNetwork() throws {
        let svg = try svg()
        for name in ["Anthony Blinken", "Mark Rutte", "Josep Borrell", "Kaja Kallas", "Andrii Sybiha"] {
            #expect(svg.nodes(containing: name).count == 1, "\(name)")
        }
        #expect(svg.nodes.count == 5)
        let blinken = try #require(svg.nodes(containing: "Anthony Blinken").first)
        let lines = svg.edges(touching: blinken.title)
        #expect(lines.count == 4)
        #expect(svg.edges.count == 4)
        let partners = Set(lines.flatMap { svg.ends(of: $0) }).subtracting([blinken.title])
        #expect(Set(partners.compactMap { svg.node($0)?.texts.first }) == [
            "Mark Rutte", "Josep Borrell", "Kaja Kallas", "Andrii Sybiha",
        ])
    }

    @Test("countries a trip goes to are not in the network")
    func noDestinations() throws {
        let svg = try svg()
        #expect(svg.nodes(containing: "Peru").isEmpty)
        #expect(svg.nodes(containing: "Brazil").isEmpty)
        #expect(drawing.network.node("peru") == nil)
    }

    @Test("nodes show the office with its affiliation, and are filled with the affiliation's colour")
    func nodeLabels() throws {
        let svg = try svg()
        let blinken = try #require(svg.nodes(containing: "Anthony Blinken").first)
        #expect(blinken.text.contains("Ngoại trưởng · United States"))
        let colors = AffiliationColors(dossier: Seed.dossier, theme: .standard)
        let node = try #require(drawing.graph.statements.compactMap { s -> DOTNode? in
            if case .node(let n) = s, n.id == blinken.title { return n } else { return nil }
        }.first)
        #expect(node.attributes["fillcolor"] == .string(colors.swatch(for: "united-states").fill))
        #expect(node.attributes["color"] == .string(colors.swatch(for: "united-states").stroke))
    }

    @Test("the legend names every affiliation drawn, and how to read the lines")
    func legend() throws {
        let texts = try svg().texts.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(texts.contains("Colour = affiliation:"))
        for name in ["United States", "NATO", "European Union", "Ukraine"] {
            #expect(texts.contains(name), "\(name)")
        }
        #expect(texts.joined().contains("line width = number of meetings"))
        #expect(texts.joined().contains("dashed = planned") == false)  // nothing planned among the meetings
    }

    @Test("line labels give the date and the place")
    func edgeLabels() throws {
        let svg = try svg()
        let sybiha = try #require(svg.nodes(containing: "Andrii Sybiha").first)
        let line = try #require(svg.edges(touching: sybiha.title).first)
        #expect(line.texts == ["13 Nov 2024", "Brussels"])
        #expect(line.tooltip?.contains("Blinken gặp Sybiha") == true)
        #expect(line.href == "https://example.org/seed")
    }

    @Test("planned meetings are dashed, calls dotted, visits point from visitor to host, width counts meetings")
    func lineStyles() throws {
        var dossier = Seed.dossier
        dossier.events += [
            Event(id: "x1", kind: .meeting, participants: ["mark-rutte", "andrii-sybiha"], time: .day(Day(2024, 12, 1)!), status: .planned),
            Event(id: "x2", kind: .call, participants: ["josep-borrell", "andrii-sybiha"], time: .day(Day(2024, 12, 2)!)),
            Event(id: "x3", kind: .visit, participants: ["kaja-kallas", "andrii-sybiha"], host: "andrii-sybiha", time: .day(Day(2024, 12, 3)!)),
            Event(id: "x4", kind: .meeting, participants: ["anthony-blinken", "mark-rutte"], time: .day(Day(2024, 12, 4)!)),
            Event(id: "x5", kind: .meeting, participants: ["anthony-blinken", "mark-rutte"], time: .day(Day(2024, 12, 5)!)),
        ]
        let drawing = try NetworkDOT(dossier: dossier)
        let svg = try svg(drawing)
        func id(_ name: String) throws -> String { try #require(svg.nodes(containing: name).first).title }
        func line(_ a: String, _ b: String) throws -> RenderedSVG.Item {
            let (x, y) = (try id(a), try id(b))
            return try #require(svg.edges.first { Set(svg.ends(of: $0)) == [x, y] })
        }
        #expect(try line("Mark Rutte", "Andrii Sybiha").isDashed)
        #expect(try !line("Anthony Blinken", "Andrii Sybiha").isDashed)
        let call = try line("Josep Borrell", "Andrii Sybiha")
        #expect(call.isDashed)  // dotted is a dash pattern too
        #expect(call.texts.first == "call")
        let visit = try line("Kaja Kallas", "Andrii Sybiha")
        #expect(svg.ends(of: visit) == [try id("Kaja Kallas"), try id("Andrii Sybiha")])
        let dotEdges = drawing.graph.statements.compactMap { s -> DOTEdge? in if case .edge(let e) = s { return e } else { return nil } }
        let visitEdge = try #require(dotEdges.first { $0.attributes["dir"] == "forward" })
        #expect(visitEdge.from == (try id("Kaja Kallas")))
        let thrice = try line("Anthony Blinken", "Mark Rutte")
        let once = try line("Anthony Blinken", "Josep Borrell")
        #expect((thrice.strokeWidths.max() ?? 0) > (once.strokeWidths.max() ?? 1))
        #expect(thrice.texts.first == "3 meetings")
        let texts = svg.texts.joined()
        #expect(texts.contains("dashed = planned"))
        #expect(texts.contains("dotted = call"))
        #expect(texts.contains("visit, visitor to host"))
    }

    @Test("a meeting of three or more is one small node tied to each participant")
    func gathering() throws {
        var dossier = Seed.dossier
        dossier.events.append(Event(id: "x1", kind: .summit, participants: ["anthony-blinken", "mark-rutte", "andrii-sybiha"],
                                    place: "brussels", time: .day(Day(2024, 11, 14)!),
                                    evidence: Seed.evidence("Ba người họp chung.", 500)))
        let svg = try svg(try NetworkDOT(dossier: dossier))
        let meeting = try #require(svg.node("g1"))
        #expect(meeting.texts == ["summit", "14 Nov 2024", "Brussels"])
        let ties = svg.edges(touching: "g1")
        #expect(ties.count == 3)
        #expect(Set(ties.flatMap { svg.ends(of: $0) }.compactMap { svg.node($0)?.texts.first }) == [
            "Anthony Blinken", "Mark Rutte", "Andrii Sybiha", "summit",
        ])
        #expect(meeting.tooltip?.contains("Ba người họp chung.") == true)
    }

    @Test("an ego view keeps the actor and those within the depth; an unknown actor is an error")
    func ego() throws {
        var dossier = Seed.dossier
        dossier.events.append(Event(id: "x1", kind: .meeting, participants: ["andrii-sybiha", "mark-rutte"], time: .day(Day(2024, 11, 20)!)))
        let one = try NetworkDOT(dossier: dossier, options: .init(ego: .init(actor: "Sybiha", depth: 1)))
        #expect(Set(one.network.nodes.map(\.id)) == ["andrii-sybiha", "anthony-blinken", "mark-rutte"])
        #expect(one.graph.attributes["label"].map { "\($0)" }?.contains("Meetings of Andrii Sybiha") == true)
        #expect(throws: NetworkDOT.Failure.self) { try NetworkDOT(dossier: dossier, options: .init(ego: .init(actor: "Nobody", depth: 1))) }
    }

    @Test("the engine follows the size unless one is given")
    func engine() throws {
        #expect(drawing.engine == GraphvizEngine.recommended(nodes: 5, edges: 4))
        let given = try NetworkDOT(dossier: Seed.dossier, options: .init(engine: .neato))
        #expect(given.engine == .neato)
        #expect(given.graph.attributes["layout"] == "neato")
        _ = try svg(given)
    }

    @Test("node ids are synthetic, and the same dossier gives the same bytes")
    func deterministic() throws {
        let svg = try svg()
        for node in svg.nodes { #expect(node.title.wholeMatch(of: #/^p[0-9]+$/#) != nil) }
        let again = try NetworkDOT(dossier: Seed.dossier)
        #expect(again.graph.dot == drawing.graph.dot)
        let a = try GraphvizRenderer.shared.render(drawing.graph, engine: drawing.engine, format: .svg).data
        let b = try GraphvizRenderer.shared.render(again.graph, engine: again.engine, format: .svg).data
        #expect(a == b)
    }
}
