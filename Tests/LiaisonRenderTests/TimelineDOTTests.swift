import Foundation
import LiaisonCore
import LiaisonGraphviz
import LiaisonRender
import Testing

@Suite("Timeline drawing")
struct TimelineDOTTests {
    let drawing = TimelineDOT(dossier: Seed.dossier)

    func svg() throws -> RenderedSVG {
        try RenderedSVG(rendering: drawing.graph, engine: TimelineDOT.engine)
    }

    @Test("the DOT is a left-to-right layout with newrank, in DejaVu Sans")
    func graphAttributes() {
        let attributes = drawing.graph.attributes
        #expect(attributes["rankdir"] == "LR")
        #expect(attributes["newrank"] == "true")
        #expect(attributes["fontname"] == "DejaVu Sans")
        #expect(drawing.graph.nodeDefaults["fontname"] == "DejaVu Sans")
    }

    @Test("the SVG parses as XML and Graphviz has nothing to warn about")
    func rendersCleanly() throws {
        let result = try GraphvizRenderer.shared.render(drawing.graph, engine: .dot, format: .svg)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        _ = try RenderedSVG(result.data)
    }

    @Test("the 13 November meeting comes before the weekend trip, left to right")
    func meetingBeforeTrip() throws {
        let svg = try svg()
        let meeting = try #require(svg.nodes(containing: "Meets Andrii Sybiha").first)
        let trip = try #require(svg.nodes(containing: "Trip to Peru, Brazil").first)
        #expect(meeting.centerX < trip.minX)
        #expect(meeting.text.contains("13 Nov 2024"))
    }

    @Test("the trip is a two-day span: its node on Saturday's column, a bar to Sunday's")
    func tripIsASpan() throws {
        let svg = try svg()
        let trip = try #require(svg.nodes(containing: "Trip to Peru, Brazil").first)
        #expect(trip.text.contains("16–17 Nov 2024 (weekend)"))
        let saturday = try #require(svg.nodes(containing: "Sat 16 Nov 2024").first)
        let sunday = try #require(svg.nodes(containing: "Sun 17 Nov 2024").first)
        #expect(abs(trip.centerX - saturday.centerX) < 1)
        let bar = try #require(svg.edges.first { svg.ends(of: $0).first == trip.title })
        let end = try #require(svg.node(svg.ends(of: bar)[1]))
        #expect(abs(end.centerX - sunday.centerX) < 1)
        #expect(bar.minX >= trip.maxX - 1 && bar.maxX <= end.maxX + 1)
    }

    @Test("planned events are dashed, events that happened are not")
    func plannedDashed() throws {
        let svg = try svg()
        let trip = try #require(svg.nodes(containing: "Trip to Peru, Brazil").first)
        let meeting = try #require(svg.nodes(containing: "Meets Andrii Sybiha").first)
        #expect(trip.isDashed)
        #expect(trip.text.contains("planned trip"))
        #expect(!meeting.isDashed)
    }

    @Test("one lane per actor, main actor first; countries a trip goes to get no lane")
    func lanes() throws {
        #expect(drawing.timeline.lanes.map(\.entityID).first == "anthony-blinken")
        #expect(Set(drawing.timeline.lanes.map(\.entityID)) == [
            "anthony-blinken", "andrii-sybiha", "mark-rutte", "josep-borrell", "kaja-kallas",
        ])
        let svg = try svg()
        for name in ["Anthony Blinken", "Andrii Sybiha", "Mark Rutte", "Josep Borrell", "Kaja Kallas"] {
            #expect(svg.nodes(containing: name).filter { $0.title.hasPrefix("l") }.count == 1, "lane header of \(name)")
        }
        #expect(svg.nodes.allSatisfy { !$0.title.hasPrefix("l") || !$0.text.contains("Peru") })
        // Lanes stack top to bottom in lane order, below the axis.
        let headers = (1...5).compactMap { svg.node("l\($0)") }
        #expect(headers.count == 5)
        #expect(zip(headers, headers.dropFirst()).allSatisfy { $0.centerY < $1.centerY })
        let tick = try #require(svg.nodes(containing: "Wed 13 Nov 2024").first)
        #expect(tick.maxY < headers[0].centerY)
    }

    @Test("a meeting is one node in the main lane, tied to a dot in the partner's lane, in the same column")
    func meetingTiedToPartnerLane() throws {
        let svg = try svg()
        let meeting = try #require(svg.nodes(containing: "Meets Andrii Sybiha").first)
        #expect(svg.nodes(containing: "Andrii Sybiha").filter { $0.title.hasPrefix("e") }.count == 1)
        let ties = svg.edges(touching: meeting.title).filter { svg.ends(of: $0)[1].hasPrefix("m") }
        #expect(ties.count == 1)
        let dot = try #require(svg.node(svg.ends(of: ties[0])[1]))
        let lane = try #require(svg.node("l2"))  // Sybiha: the second lane (first dated partner)
        #expect(lane.text.contains("Andrii Sybiha"))
        #expect(abs(dot.centerX - meeting.centerX) < 1)
        let above = try #require(svg.node("l1")), below = try #require(svg.node("l3"))
        #expect(abs(dot.centerY - lane.centerY) < abs(dot.centerY - above.centerY))
        #expect(abs(dot.centerY - lane.centerY) < abs(dot.centerY - below.centerY))
    }

    @Test("a meeting of three is one node and two dots")
    func meetingOfThree() throws {
        var dossier = Seed.dossier
        dossier.events.append(Event(id: "ev-9", kind: .summit, participants: ["anthony-blinken", "mark-rutte", "andrii-sybiha"],
                                    time: .day(Day(2024, 11, 14)!)))
        let svg = try RenderedSVG(rendering: TimelineDOT.graph(for: dossier), engine: .dot)
        let summit = svg.nodes(containing: "Summit with")
        #expect(summit.count == 1)
        let dots = svg.edges(touching: summit[0].title)
        #expect(dots.count == 1)  // the first dot; the second hangs from the first
        let first = svg.ends(of: dots[0])[1]
        #expect(svg.edges(touching: first).count == 2)
    }

    @Test("undated events come after the axis under 'Date not stated', in text order")
    func undatedGroup() throws {
        let svg = try svg()
        let header = try #require(svg.nodes(containing: "Date not stated").first)
        let trip = try #require(svg.nodes(containing: "Trip to Peru, Brazil").first)
        #expect(header.minX > trip.maxX)
        let rutte = try #require(svg.nodes(containing: "Meets Mark Rutte").first)
        let borrell = try #require(svg.nodes(containing: "Meets Josep Borrell").first)
        let kallas = try #require(svg.nodes(containing: "Meets Kaja Kallas").first)
        #expect(rutte.centerX < borrell.centerX && borrell.centerX < kallas.centerX)
        #expect(rutte.text.contains("date not stated"))
    }

    @Test("a long empty stretch becomes a break in the axis")
    func gapBreak() throws {
        var dossier = Seed.dossier
        dossier.events.append(Event(id: "ev-9", kind: .call, participants: ["anthony-blinken", "andrii-sybiha"],
                                    time: .day(Day(2024, 12, 10)!)))
        let svg = try RenderedSVG(rendering: TimelineDOT.graph(for: dossier), engine: .dot)
        let gap = try #require(svg.nodes(containing: "3 weeks").first)
        #expect(gap.text.contains("⋯"))
        let sunday = try #require(svg.nodes(containing: "Sun 17 Nov 2024").first)
        let december = try #require(svg.nodes(containing: "Tue 10 Dec 2024").first)
        #expect(sunday.centerX < gap.centerX && gap.centerX < december.centerX)
    }

    @Test("two events of one lane on one day get a column each")
    func sameDaySplit() throws {
        var dossier = Seed.dossier
        dossier.events.append(Event(id: "ev-9", kind: .call, participants: ["anthony-blinken", "mark-rutte"],
                                    time: .day(Day(2024, 11, 13)!)))
        let svg = try RenderedSVG(rendering: TimelineDOT.graph(for: dossier), engine: .dot)
        let meeting = try #require(svg.nodes(containing: "Meets Andrii Sybiha").first)
        let call = try #require(svg.nodes(containing: "Call with Mark Rutte").first)
        #expect(meeting.maxX < call.minX || call.maxX < meeting.minX)
    }

    @Test("every event node quotes its evidence as a tooltip and links to its web source")
    func tooltipsAndLinks() throws {
        let svg = try svg()
        for node in svg.nodes where node.title.hasPrefix("e") {
            #expect(node.tooltip?.contains("“") == true, "\(node.title)")
            #expect(node.href == "https://example.org/seed")
        }
        let meeting = try #require(svg.nodes(containing: "Meets Andrii Sybiha").first)
        #expect(meeting.tooltip?.contains("Blinken gặp Sybiha ngày 13/11 tại Brussels.") == true)
        for edge in svg.edges where svg.ends(of: edge).allSatisfy({ $0.hasPrefix("e") || $0.hasPrefix("m") }) {
            #expect(edge.tooltip?.contains("“") == true)
        }
    }

    @Test("title and caption: source, counts, date range, how to read it")
    func caption() throws {
        let texts = try svg().texts.joined(separator: "\n")
        #expect(texts.contains("Blinken ở Brussels"))
        #expect(texts.contains("Source:"))
        #expect(texts.contains("5 events"))
        #expect(texts.contains("13–17 Nov 2024"))
        #expect(texts.contains("dashed = planned"))
    }

    @Test("filters: a date range drops the undated and what falls outside, and says so")
    func filters() throws {
        let filter = EventFilter(from: Day(2024, 11, 14)!)
        let drawing = TimelineDOT(dossier: Seed.dossier, filter: filter)
        #expect(drawing.timeline.entries.map(\.event.id) == ["ev-1"])
        let svg = try RenderedSVG(rendering: drawing.graph, engine: .dot)
        #expect(svg.nodes(containing: "Meets").isEmpty)
        #expect(svg.texts.joined().contains("from 14 Nov 2024"))
    }

    @Test("no events: a drawing that says so")
    func empty() throws {
        let drawing = TimelineDOT(dossier: Seed.dossier, filter: EventFilter(kinds: [.statement]))
        let svg = try RenderedSVG(rendering: drawing.graph, engine: .dot)
        #expect(svg.nodes(containing: "No events match.").count == 1)
    }

    @Test("node ids are synthetic: no name ever becomes an id")
    func syntheticIDs() throws {
        let svg = try svg()
        let pattern = #/^[a-z][0-9]+$/#
        for node in svg.nodes { #expect(node.title.wholeMatch(of: pattern) != nil, "\(node.title)") }
    }

    @Test("deterministic: the same dossier gives the same DOT and the same SVG")
    func deterministic() throws {
        let again = TimelineDOT(dossier: Seed.dossier)
        #expect(again.graph.dot == drawing.graph.dot)
        let a = try GraphvizRenderer.shared.render(drawing.graph, engine: .dot, format: .svg).data
        let b = try GraphvizRenderer.shared.render(again.graph, engine: .dot, format: .svg).data
        #expect(a == b)
    }
}
