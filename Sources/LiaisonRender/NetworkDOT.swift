import LiaisonCore
import LiaisonGraphviz

/// A meeting network drawn for Graphviz: who met whom, how often, when and where.
///
/// - **Nodes** are people and the organizations (or, in events without people, countries) that
///   meet: the ``MeetingNetwork`` of the dossier with destinations taken out
///   (``Destinations``), so a trip's countries are never someone's partners. Each node shows
///   the name and the office (`Ngoại trưởng · United States`) and is coloured by affiliation
///   (``AffiliationColors``); organizations and countries have square corners.
/// - **Lines**: one per pair and manner of meeting; its width grows with the number of
///   meetings. Calls are dotted, planned meetings dashed, a visit has an arrow from the visitor
///   to the host. Labels give the dates and places when the drawing is small enough for them.
/// - **A meeting of three or more** is one small node joined to each participant.
/// - **Legend and caption** in the graph's label: the colours, the line styles, the sources and
///   the counts.
/// - Tooltips quote the evidence; a web source becomes the link.
///
/// Node ids are synthetic and stable (`p1`… actors in the network's order, `g1`… meetings of
/// three or more), so the same dossier gives the same bytes.
///
/// ```swift
/// let drawing = try NetworkDOT(dossier: dossier, options: .init(ego: .init(actor: "Blinken", depth: 1)))
/// let svg = try GraphvizRenderer.shared.render(drawing.graph, engine: drawing.engine)
/// ```
public struct NetworkDOT: Sendable {
    /// An ego view: the actor and everyone within `depth` steps.
    public struct Ego: Sendable, Hashable {
        public var actor: String
        public var depth: Int

        public init(actor: String, depth: Int = 1) {
            self.actor = actor
            self.depth = depth
        }
    }

    /// Drawing choices.
    public struct Options: Sendable, Hashable {
        public var theme: Theme
        /// The title; by default "Meetings" with the single document's title.
        public var title: String?
        /// Which events to consider (dates, actors, kinds, statuses).
        public var filter: EventFilter
        /// The event kinds that count as meetings; by default the meeting-like ones.
        public var kinds: Set<Event.Kind>
        /// Only this actor's part of the network.
        public var ego: Ego?
        /// The layout engine; `nil` picks one by size (``GraphvizEngine/recommended(nodes:edges:)``).
        public var engine: GraphvizEngine?
        /// Whether lines carry dates and places; `nil`: when there are at most 60 lines.
        public var edgeLabels: Bool?

        public init(
            theme: Theme = .standard, title: String? = nil, filter: EventFilter = EventFilter(),
            kinds: Set<Event.Kind> = Set(Event.Kind.allCases.filter(\.isMeetingLike)), ego: Ego? = nil,
            engine: GraphvizEngine? = nil, edgeLabels: Bool? = nil
        ) {
            self.theme = theme
            self.title = title
            self.filter = filter
            self.kinds = kinds
            self.ego = ego
            self.engine = engine
            self.edgeLabels = edgeLabels
        }
    }

    /// Why a network cannot be drawn.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The ego actor is not in the network (the query, and whether it names anyone at all).
        case actorNotInNetwork(String)

        public var description: String {
            switch self {
            case .actorNotInNetwork(let query):
                return "'\(query)' is not in the meeting network (no meeting of theirs passes the filter, or the name matches nobody)"
            }
        }
    }

    /// The network that was drawn. Its betweenness is not measured (the drawing does not use
    /// it: every value is 0); build a ``MeetingNetwork`` for betweenness.
    public let network: MeetingNetwork
    /// The engine the drawing is meant for (given in the options, or chosen by size).
    public let engine: GraphvizEngine
    /// The drawing.
    public let graph: DOTGraph

    /// Builds the network of `dossier` and its drawing.
    public init(dossier: consuming Dossier, options: Options = Options()) throws(Failure) {
        try self.init(destinations: Destinations(dossier), options: options)
    }

    /// Builds the network of a dossier whose destinations are already told apart (build
    /// ``Destinations`` once to draw the same dossier as a timeline and a network).
    public init(destinations: Destinations, options: Options = Options()) throws(Failure) {
        let working = destinations.dossier
        // The drawing does not use betweenness: it is not measured.
        var network = MeetingNetwork(
            dossier: working,
            options: MeetingNetwork.Options(kinds: options.kinds, filter: options.filter, measuresBetweenness: false))
        if let ego = options.ego {
            guard let view = network.ego(of: ego.actor, depth: max(0, ego.depth)) else {
                throw .actorNotInNetwork(ego.actor)
            }
            network = view
        }
        let edgeCount = network.links.count + network.gatherings.reduce(0) { $0 + $1.members.count }
        let engine = options.engine
            ?? GraphvizEngine.recommended(nodes: network.nodes.count + network.gatherings.count, edges: edgeCount)
        var builder = Builder(network: network, destinations: destinations, options: options, engine: engine)
        self.network = network
        self.engine = engine
        self.graph = builder.build()
    }
}

// MARK: - Building

extension NetworkDOT {
    struct Builder {
        let network: MeetingNetwork
        let dossier: Dossier
        let destinations: Destinations
        let options: Options
        let engine: GraphvizEngine
        let theme: Theme
        let names: EntityNames
        let colors: AffiliationColors
        let documents: [String: Document]
        /// Positions in `dossier.events` of the events drawn: the links' then the gatherings'.
        var drawnEvents: [Int] = []
        var graph = DOTGraph(directed: false, id: "network")
        var nodeIDs: [String: String] = [:]
        var dateTexts = DateTexts()

        init(network: MeetingNetwork, destinations: Destinations, options: Options, engine: GraphvizEngine) {
            self.network = network
            self.dossier = destinations.dossier
            self.destinations = destinations
            self.options = options
            self.engine = engine
            self.theme = options.theme
            self.names = destinations.names
            self.colors = AffiliationColors(destinations: destinations, theme: options.theme)
            self.documents = EvidenceText.documentsByID(destinations.dossier.documents)
        }

        var isLarge: Bool { network.nodes.count > 300 }

        var showsEdgeLabels: Bool {
            options.edgeLabels ?? (network.links.count + network.gatherings.count <= 60)
        }

        mutating func build() -> DOTGraph {
            var seen = [Bool](repeating: false, count: dossier.events.count)
            for link in network.links {
                for i in link.eventPositions where !seen[i] {
                    seen[i] = true
                    drawnEvents.append(i)
                }
            }
            for g in network.gatherings where !seen[g.eventPosition] {
                seen[g.eventPosition] = true
                drawnEvents.append(g.eventPosition)
            }
            setUpGraph()
            if network.nodes.isEmpty {
                graph.node("n1", ["shape": "plaintext", "label": "No meetings match.", "fontcolor": .string(theme.mutedText)])
                return graph
            }
            addNodes()
            addLinks()
            addGatherings()
            return graph
        }

        // MARK: Graph

        mutating func setUpGraph() {
            let title = options.title ?? defaultTitle()
            graph.attributes = [
                "layout": .string(engine.rawValue),
                "fontname": .string(theme.fontName),
                "bgcolor": .string(theme.background),
                "pad": "0.3",
                "labelloc": "t",
                "labeljust": "l",
                "tooltip": .string(title),
                "outputorder": "edgesfirst",
            ]
            switch engine {
            case .dot:
                graph.attributes["rankdir"] = "LR"
                graph.attributes["nodesep"] = "0.3"
                graph.attributes["ranksep"] = "1.1"
            case .sfdp:
                graph.attributes["overlap"] = "prism"
                graph.attributes["splines"] = "false"
                if isLarge { graph.attributes["overlap_scaling"] = "-4" }
            default:
                graph.attributes["overlap"] = "false"
                graph.attributes["sep"] = "+14"
                graph.attributes["splines"] = isLarge ? "false" : "true"
            }
            // The title and legend of a large drawing grow with it, so that they stay legible
            // when the whole drawing is seen at once.
            var captionTheme = theme
            if isLarge {
                let scale = min(4, Double(network.nodes.count).squareRoot() / 12)
                captionTheme.titleFontSize = (theme.titleFontSize * scale).rounded()
                captionTheme.smallFontSize = (theme.smallFontSize * scale).rounded()
            }
            graph.attributes["label"] = Caption.label(
                title: title, lines: captionLines(title: title), extra: legend(theme: captionTheme), theme: captionTheme)
            graph.nodeDefaults = [
                "target": "_blank",
                "fontname": .string(theme.fontName),
                "fontsize": .string(Markup.number(theme.fontSize)),
                "fontcolor": .string(theme.text),
                "shape": "box",
                "style": "rounded,filled",
                "penwidth": "1.4",
                "margin": "0.12,0.06",
            ]
            graph.edgeDefaults = [
                "target": "_blank",
                "fontname": .string(theme.fontName),
                "fontsize": .string(Markup.number(theme.smallFontSize)),
                "fontcolor": .string(theme.mutedText),
                "color": .string(isLarge ? theme.line + "80" : theme.line),
            ]
        }

        func defaultTitle() -> String {
            let base = dossier.documents.count == 1 ? dossier.documents[0].title?.trimmed.nonEmpty : nil
            if let center = egoCenter() {
                return "Meetings of \(center.name)" + (base.map { ": \($0)" } ?? "")
            }
            return base.map { "Meetings: \($0)" } ?? "Meetings"
        }

        /// The node the ego view is centred on.
        func egoCenter() -> MeetingNetwork.Node? {
            guard let ego = options.ego else { return nil }
            let matcher = ActorMatcher(entities: network.nodes.map { $0.entity ?? Entity(id: $0.id, name: $0.name, type: .person) })
            return matcher.resolve(ego.actor).lazy.compactMap { network.node($0) }.first
        }

        func captionLines(title: String) -> [String] {
            var lines: [String] = []
            if let sources = Caption.sources(dossier.documents, title: title) { lines.append(sources) }
            let people = network.nodes.filter { $0.entity?.type ?? .person == .person }.count
            let others = network.nodes.count - people
            var who = [Caption.count(people, "person", plural: "people")]
            if others > 0 { who.append(Caption.count(others, "organization or country", plural: "organizations or countries")) }
            var days: [Day] = []
            var undated = 0
            for i in drawnEvents {
                if let time = dossier.events[i].resolvedTime, let start = time.start {
                    days.append(start)
                    days.append(time.end ?? start)
                } else {
                    undated += 1
                }
            }
            var counts = who.joined(separator: ", ") + " · " + Caption.count(drawnEvents.count, "meeting")
            if let first = days.min(), let last = days.max() {
                counts += " (" + (undated == 0 ? "all dated" : "\(drawnEvents.count - undated) dated") + ", " + DateText.range(first, last)
                counts += undated > 0 ? "; \(undated) with no date stated)" : ")"
            } else if undated > 0 {
                counts += " (no date stated)"
            }
            lines.append(counts)
            if let ego = options.ego {
                lines.append("Only the part within \(Caption.count(ego.depth, "step")) of \(egoCenter()?.name ?? ego.actor)")
            }
            if let filterText = FilterText.describe(options.filter, names: names) { lines.append(filterText) }
            return lines
        }

        /// The legend: colours of the affiliations drawn, then the line styles.
        func legend(theme: Theme) -> String {
            var present = Set<String>()
            var hasNeutral = false
            for node in network.nodes {
                let a = names.affiliation(of: node.id)
                if colors.hasColor(a) { present.insert(a!) } else { hasNeutral = true }
            }
            var cells: [String] = []
            for entry in colors.entries where present.contains(entry.id) {
                cells.append(swatchCell(entry.swatch, entry.name, theme: theme))
            }
            if hasNeutral { cells.append(swatchCell(colors.neutral, present.isEmpty ? "no affiliation stated" : "other or none stated", theme: theme)) }
            // Each row of swatches is a table of its own, so that rows do not share column widths.
            var rows = ""
            let perRow = 5
            var k = 0
            while k < cells.count {
                let label = k == 0 ? "Colour = affiliation:" : ""
                rows += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\"><TR>"
                    + "<TD ALIGN=\"LEFT\" WIDTH=\"\(Int(theme.smallFontSize * 11))\">" + Markup.font(Markup.text(label), size: theme.smallFontSize, color: theme.mutedText) + "</TD>"
                    + cells[k..<min(cells.count, k + perRow)].joined() + "</TR></TABLE></TD></TR>"
                k += perRow
            }
            var key: [String] = []
            key.append("line width = number of meetings")
            let drawn = drawnEvents
            if drawn.contains(where: { dossier.events[$0].status == .planned }) { key.append("╌╌ dashed = planned") }
            if drawn.contains(where: { dossier.events[$0].kind == .call }) { key.append("┈┈ dotted = call") }
            if drawn.contains(where: { dossier.events[$0].kind == .visit && dossier.events[$0].host != nil }) {
                key.append("──▶ visit, visitor to host")
            }
            if !network.gatherings.isEmpty { key.append("small box = one meeting of three or more") }
            let keyRow = "<TR><TD ALIGN=\"LEFT\">"
                + Markup.font(Markup.text(key.joined(separator: " · ")), size: theme.smallFontSize, color: theme.mutedText)
                + "</TD></TR>"
            return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">" + rows + keyRow + "</TABLE>"
        }

        func swatchCell(_ swatch: Theme.Swatch, _ name: String, theme: Theme) -> String {
            let w = Int((theme.smallFontSize * 1.8).rounded()), h = Int((theme.smallFontSize * 1.2).rounded())
            return "<TD BGCOLOR=\"\(swatch.fill)\" COLOR=\"\(swatch.stroke)\" BORDER=\"1\" WIDTH=\"\(w)\" HEIGHT=\"\(h)\" FIXEDSIZE=\"TRUE\"></TD>"
                + "<TD ALIGN=\"LEFT\">" + Markup.font(Markup.text(EvidenceText.cut(name, to: 40) + "  "), size: theme.smallFontSize, color: theme.text) + "</TD>"
        }

        // MARK: Nodes

        mutating func addNodes() {
            let maxWeighted = network.nodes.map(\.weightedDegree).max() ?? 1
            let firstEvidence = firstEvidence()
            for (k, node) in network.nodes.enumerated() {
                let id = NodeID.make("p", k + 1)
                nodeIDs[node.id] = id
                let swatch = colors.swatch(for: names.affiliation(of: node.id))
                let office = names.office(node.id)
                let isPerson = (node.entity?.type ?? .person) == .person
                var attributes = DOTAttributes()
                attributes.reserveCapacity(8)
                attributes["fillcolor"] = .string(swatch.fill)
                attributes["color"] = .string(swatch.stroke)
                if !isPerson { attributes["style"] = "filled" }
                if isLarge {
                    // A large network is an overview: names only, the busiest ones larger.
                    let weight = Double(node.weightedDegree) / Double(max(1, maxWeighted))
                    attributes["label"] = .string(node.name)
                    attributes["fontsize"] = .string(Markup.number((theme.smallFontSize + 18 * weight.squareRoot()).rounded()))
                    attributes["margin"] = "0.04,0.02"
                } else {
                    // The most connected read a little larger.
                    let weight = Double(node.weightedDegree) / Double(max(1, maxWeighted))
                    let nameSize = theme.fontSize + (network.nodes.count > 2 ? (weight * 3).rounded() : 0)
                    var markup = Markup.font(Markup.bold(Markup.lines(Markup.wrap(node.name, width: 24))), size: nameSize)
                    let officeLines = names.officeLines(node.id, width: 34)
                    if !officeLines.isEmpty {
                        markup += "<BR/>" + Markup.font(Markup.lines(officeLines), size: theme.smallFontSize, color: theme.mutedText)
                    }
                    attributes["label"] = .html(markup)
                }
                var tooltip = [node.name, office].compactMap { $0 }.joined(separator: " · ")
                tooltip += "\n" + Caption.count(node.eventCount, "meeting") + " with " + Caption.count(node.degree, "other")
                let evidence = firstEvidence[node.id].map { [$0] } ?? []
                if !evidence.isEmpty {
                    tooltip = EvidenceText.tooltip(heading: tooltip, evidence: evidence, limit: 1)
                }
                attributes["tooltip"] = .string(tooltip)
                if let link = EvidenceText.link(evidence, documents: documents) { attributes["URL"] = .string(link) }
                graph.node(id, attributes)
            }
        }

        /// The evidence of the first meeting (links in the network's order, then gatherings)
        /// each actor is in, by actor id.
        func firstEvidence() -> [String: Evidence] {
            var first: [String: Evidence] = [:]
            for link in network.links {
                guard let e = link.evidence.first else { continue }
                if first[link.source] == nil { first[link.source] = e }
                if first[link.target] == nil { first[link.target] = e }
            }
            for g in network.gatherings {
                guard let e = g.event.evidence.first else { continue }
                for m in g.members where first[m] == nil { first[m] = e }
            }
            return first
        }

        // MARK: Links

        /// Events of one pair drawn as one line: same manner, same status, same direction.
        struct Strand {
            var isCall: Bool
            var isPlanned: Bool
            /// The visitor and the host, for a visit with a host among the pair.
            var visit: (visitor: String, host: String)?
            /// Positions in `dossier.events`.
            var events: [Int]

            func sameManner(_ other: Strand) -> Bool {
                isCall == other.isCall && isPlanned == other.isPlanned && visit?.visitor == other.visit?.visitor
                    && visit?.host == other.visit?.host
            }
        }

        mutating func addLinks() {
            for link in network.links {
                var strands: [Strand] = []
                for i in link.eventPositions {
                    let kind = dossier.events[i].kind
                    var visit: (String, String)?
                    if kind == .visit, let host = dossier.events[i].host, host == link.source || host == link.target {
                        visit = (host == link.source ? link.target : link.source, host)
                    }
                    let strand = Strand(
                        isCall: kind == .call, isPlanned: dossier.events[i].status == .planned, visit: visit, events: [i])
                    if let k = strands.firstIndex(where: { $0.sameManner(strand) }) {
                        strands[k].events.append(i)
                    } else {
                        strands.append(strand)
                    }
                }
                for strand in strands { addStrand(strand, link) }
            }
        }

        mutating func addStrand(_ strand: Strand, _ link: MeetingNetwork.Link) {
            var (a, b) = (link.source, link.target)
            if let visit = strand.visit { (a, b) = (visit.visitor, visit.host) }
            guard let from = nodeIDs[a], let to = nodeIDs[b] else { return }
            let count = strand.events.count
            var attributes = DOTAttributes()
            attributes.reserveCapacity(8)
            attributes["penwidth"] = count == 1 ? "1.2" : .string(Markup.number(min(8, 1.2 + 1.4 * Double(count - 1))))
            if strand.isPlanned {
                attributes["style"] = "dashed"
            } else if strand.isCall {
                attributes["style"] = "dotted"
                attributes["penwidth"] = .string(Markup.number(min(8, 1.8 + 1.4 * Double(count - 1))))
            }
            if strand.visit != nil {
                attributes["dir"] = "forward"
                attributes["arrowhead"] = "normal"
                attributes["arrowsize"] = "0.8"
            }
            let what = manner(strand.events, planned: strand.isPlanned)
            let when = dates(strand.events)
            let places = placeNames(strand.events)
            if showsEdgeLabels {
                var lines: [String] = []
                if !what.isEmpty { lines.append(what) }
                if !when.isEmpty { lines.append(when) }
                if !places.isEmpty { lines.append(places) }
                if !lines.isEmpty { attributes["label"] = .string(lines.joined(separator: "\n")) }
            }
            var heading = strand.visit.map { names.name($0.visitor) + " → " + names.name($0.host) }
                ?? names.name(link.source) + " – " + names.name(link.target)
            heading += " · " + (what.isEmpty ? Caption.count(count, "meeting") : what)
            if !when.isEmpty { heading += " · " + when }
            if !places.isEmpty { heading += " · " + places }
            let evidence = count == 1 ? dossier.events[strand.events[0]].evidence : strand.events.flatMap { dossier.events[$0].evidence }
            attributes["tooltip"] = .string(EvidenceText.tooltip(heading: heading, evidence: evidence))
            if let link = EvidenceText.link(evidence, documents: documents) { attributes["URL"] = .string(link) }
            graph.edge(from, to, attributes)
        }

        /// `""` for plain meetings; `"planned"`, `"call"`, `"2 calls"`, `"planned visit"` otherwise.
        func manner(_ events: [Int], planned: Bool) -> String {
            var kinds: [Event.Kind] = []
            for i in events where !kinds.contains(dossier.events[i].kind) { kinds.append(dossier.events[i].kind) }
            let plainMeetings = kinds.allSatisfy { $0 == .meeting }
            var words: String
            if plainMeetings {
                words = events.count > 1 ? "\(events.count) meetings" : ""
            } else if kinds.count == 1 {
                let word = EventTitle.kindName(kinds[0])
                words = events.count > 1 ? "\(events.count) \(word == "talks" ? "talks" : word + "s")" : word
            } else {
                words = Caption.count(events.count, "meeting")
            }
            if planned { words = words.isEmpty ? "planned" : "planned " + words }
            return words
        }

        /// `"13 Nov 2024"`, `"13 Nov, 2 Dec 2024"`, `"13 Nov 2024 – 2 Feb 2025 (5)"`, with how
        /// many are undated.
        mutating func dates(_ events: [Int]) -> String {
            if events.count == 1 { return dossier.events[events[0]].resolvedTime.map { dateTexts.short($0) } ?? "" }
            var spans: [TimeSpan] = []
            var undated = 0
            for i in events {
                if let t = dossier.events[i].resolvedTime { if !spans.contains(t) { spans.append(t) } } else { undated += 1 }
            }
            spans.sort { ($0.start!, $0.end ?? $0.start!) < ($1.start!, $1.end ?? $1.start!) }
            var text: String
            if spans.isEmpty {
                text = ""
            } else if spans.count <= 3 {
                let sameYear = Set(spans.map { $0.start!.year }).count == 1 && spans.allSatisfy { $0.precision == .day }
                if sameYear, spans.count > 1 {
                    text = spans.dropLast().map { DateText.dayAndMonth($0.start!) }.joined(separator: ", ")
                        + ", " + DateText.day(spans.last!.start!)
                } else {
                    text = spans.map { dateTexts.short($0) }.joined(separator: ", ")
                }
            } else {
                text = DateText.range(spans.first!.start!, spans.map { $0.end ?? $0.start! }.max()!) + " (\(spans.count) dates)"
            }
            if undated > 0, !text.isEmpty { text += " (+\(undated) undated)" }
            return text
        }

        func placeNames(_ events: [Int]) -> String {
            var places: [String] = []
            for i in events { if let p = dossier.events[i].place, !places.contains(p) { places.append(p) } }
            return EntityNames.join(places.map(names.name), limit: 3)
        }

        // MARK: Gatherings

        mutating func addGatherings() {
            guard !network.gatherings.isEmpty else { return }
            // One anonymous subgraph whose defaults draw a meeting node and its ties.
            var meetings = DOTSubgraph(
                nodeDefaults: [
                    "shape": isLarge ? "point" : "box", "style": "rounded,filled",
                    "fillcolor": .string(theme.background), "color": .string(theme.line), "penwidth": "1",
                    "fontsize": .string(Markup.number(theme.smallFontSize)), "fontcolor": .string(theme.mutedText),
                    "margin": "0.06,0.03", "width": isLarge ? "0.08" : "0.3",
                ],
                edgeDefaults: ["penwidth": "1.2"])
            var buffer = TextBuffer()
            for k in network.gatherings.indices {
                let id = NodeID.make("g", k + 1)
                let event = network.gatherings[k].event
                let planned = event.status == .planned
                let date = event.resolvedTime.map { dateTexts.short($0) }
                let place = event.place.map(names.name)
                let title = EventTitle.make(event, perspective: nil, destinations: destinations.of(event.id), names: names)
                buffer.reset()
                if planned { buffer.append("Planned: ") }
                buffer.append(title)
                buffer.append(" · ")
                buffer.append(date ?? DateText.notStated)
                if let place {
                    buffer.append(" · ")
                    buffer.append(place)
                }
                EvidenceText.appendSentences(of: event.evidence, to: &buffer)
                let tooltip = DOTValue.string(buffer.string)
                var attributes = DOTAttributes()
                attributes.reserveCapacity(4)
                attributes["tooltip"] = tooltip
                if !isLarge {
                    var label = (planned ? "planned " : "") + EventTitle.kindName(event.kind)
                    if let date { label += "\n" + date }
                    if let place { label += "\n" + place }
                    attributes["label"] = .string(label)
                } else {
                    attributes["label"] = ""
                }
                if planned { attributes["style"] = "rounded,filled,dashed" }
                let link = EvidenceText.link(event.evidence, documents: documents).map(DOTValue.string)
                if let link { attributes["URL"] = link }
                meetings.node(id, attributes)
                var tie: DOTAttributes = ["tooltip": tooltip]
                if planned { tie["style"] = "dashed" } else if event.kind == .call { tie["style"] = "dotted" }
                if let link { tie["URL"] = link }
                for member in network.gatherings[k].members {
                    guard let to = nodeIDs[member] else { continue }
                    meetings.edge(to, id, tie)
                }
            }
            graph.add(meetings)
        }
    }
}
