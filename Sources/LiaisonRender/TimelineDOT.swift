import LiaisonCore
import LiaisonGraphviz

/// A timeline drawn for Graphviz's `dot`: time runs left to right along a date axis, one lane
/// per main actor.
///
/// - **Axis**: one column per day that starts or ends something, labelled `Wed 13 Nov 2024`;
///   empty stretches of two weeks or more (``Timeline/Options/gapThreshold``) become one narrow
///   break column, `⋯ 3 weeks ⋯`. Columns are in order, not to scale.
/// - **Lanes**: one cluster per lane of the ``Timeline`` (an actor with their office), coloured
///   by affiliation (``AffiliationColors``), stacked in lane order under the axis; events with no
///   lane go to a last lane, "Others". Two events of one day that would overlap get a column each.
/// - **Events**: one node each, in the lane of its main actor (the participant with the
///   first lane), in the column of its first day, showing kind, date with honest precision
///   (``DateText/span(_:)``), a short title (``EventTitle``) and the place. Every other
///   participant with a lane gets a dot in their own lane in the same column, joined to the
///   event by a line: a meeting of three is one node and two dots. An event of several days
///   (a weekend, a week, a month) draws a bar from its node to the column of its last day.
///   Planned events are dashed.
/// - **Undated events** come after the axis under "date not stated", in text order (an event
///   shares the previous one's column when their lanes do not overlap).
/// - Tooltips quote the evidence; a web source becomes the node's link.
///
/// Node ids are synthetic and stable (`t1` ticks, `g1` breaks, `u1` undated columns, `l1`
/// lanes, `e1` events, `m1` dots, `s1` span ends, `a0`, `a1`, `z1` invisible anchors that keep
/// the axis on top and the lanes of one width), so the same dossier gives the same bytes.
///
/// ```swift
/// let drawing = TimelineDOT(dossier: dossier, filter: EventFilter(actors: ["Blinken"]))
/// let svg = try GraphvizRenderer.shared.render(drawing.graph, engine: .dot)
/// ```
public struct TimelineDOT: Sendable {
    /// Drawing choices.
    public struct Options: Sendable, Hashable {
        public var theme: Theme
        /// The title; by default the single document's title, else "Timeline".
        public var title: String?
        /// Lanes and gaps (see ``Timeline/Options``).
        public var timeline: Timeline.Options

        public init(theme: Theme = .standard, title: String? = nil, timeline: Timeline.Options = Timeline.Options()) {
            self.theme = theme
            self.title = title
            self.timeline = timeline
        }
    }

    /// The timeline that was drawn (of the dossier with destinations taken out of the
    /// participants; see ``Destinations``).
    public let timeline: Timeline
    /// The drawing.
    public let graph: DOTGraph

    /// Lays out the events of `dossier` that pass `filter`.
    public init(dossier: consuming Dossier, filter: EventFilter = EventFilter(), options: Options = Options()) {
        self.init(destinations: Destinations(dossier), filter: filter, options: options)
    }

    /// Lays out the events of a dossier whose destinations are already told apart (build
    /// ``Destinations`` once to draw the same dossier as a timeline and a network).
    public init(destinations: Destinations, filter: EventFilter = EventFilter(), options: Options = Options()) {
        let timeline = Timeline(dossier: destinations.dossier, filter: filter, options: options.timeline)
        self.timeline = timeline
        var builder = Builder(timeline: timeline, destinations: destinations, filter: filter, options: options)
        self.graph = builder.build()
    }

    /// The DOT of the events of `dossier` that pass `filter`.
    public static func graph(for dossier: consuming Dossier, filter: EventFilter = EventFilter(), options: Options = Options()) -> DOTGraph {
        TimelineDOT(dossier: dossier, filter: filter, options: options).graph
    }

    /// The engine a timeline needs: `dot`, the only layered one.
    public static let engine = GraphvizEngine.dot
}

// MARK: - Building

extension TimelineDOT {
    enum Column {
        /// A day, or its `part`-th column when several events of the day need their own;
        /// `isMarked` when something precise (a day, a range, a weekend) starts or ends on it.
        case day(Day, isMarked: Bool, part: Int)
        case gap(Timeline.Gap)
        /// The n-th column of undated entries (0-based).
        case undated(Int)
    }

    struct Builder {
        let timeline: Timeline
        let dossier: Dossier
        let destinations: Destinations
        let filter: EventFilter
        let options: Options
        let theme: Theme
        let names: EntityNames
        let colors: AffiliationColors
        let documents: [String: Document]

        var graph = DOTGraph(directed: true, id: "timeline")
        var columns: [Column] = []
        var columnIDs: [String] = []
        /// The column of each entry, and of the end of each span.
        var entryColumn: [Int] = []
        var spanEndColumn: [Int?] = []
        /// Node ids per column, after the tick.
        var columnMembers: [[String]] = []
        /// Statements per lane (index `lanes.count` is "Others").
        var laneStatements: [[DOTStatement]] = []
        /// The dots of each lane (drawn with the lane's dot defaults).
        var laneDots: [[DOTStatement]] = []
        /// `<FONT …>` for small muted print.
        let smallMutedOpen: String
        /// Where labels and tooltips are built.
        var buffer = TextBuffer()
        var dateTexts = DateTexts()
        var lastLink: (document: String?, link: DOTValue?) = (nil, nil)
        /// The fixed pieces of an event's label, each appended at once.
        let kindOpen: String, titleOpen: String, placeOpen: String, placeClose: String
        var rootEdges: [DOTEdge] = []
        var axisStatements: [DOTStatement] = []
        var dotCount = 0
        var spanCount = 0

        init(timeline: Timeline, destinations: Destinations, filter: EventFilter, options: Options) {
            self.timeline = timeline
            self.dossier = destinations.dossier
            self.destinations = destinations
            self.filter = filter
            self.options = options
            self.theme = options.theme
            self.names = destinations.names
            self.colors = AffiliationColors(destinations: destinations, theme: options.theme)
            self.documents = EvidenceText.documentsByID(destinations.dossier.documents)
            let smallMutedOpen = "<FONT POINT-SIZE=\"\(Markup.number(options.theme.smallFontSize))\" COLOR=\"\(options.theme.mutedText)\">"
            self.smallMutedOpen = smallMutedOpen
            self.kindOpen = Builder.tableOpen + Builder.rowOpen + smallMutedOpen + "<B>"
            self.titleOpen = "</FONT>" + Builder.rowClose + Builder.rowOpen
            self.placeOpen = Builder.rowClose + Builder.rowOpen + smallMutedOpen
            self.placeClose = "</FONT>" + Builder.rowClose + Builder.tableClose
        }

        mutating func build() -> DOTGraph {
            setUpGraph()
            if timeline.entries.isEmpty {
                graph.node("n1", [
                    "shape": "plaintext", "label": "No events match.", "fontcolor": .string(theme.mutedText),
                ])
                return graph
            }
            makeColumns()
            laneStatements = Array(repeating: [], count: timeline.lanes.count + 1)
            laneDots = Array(repeating: [], count: timeline.lanes.count + 1)
            addLaneHeaders()
            for i in timeline.entries.indices { addEntry(i) }
            addAxis()
            assemble()
            return graph
        }

        // MARK: Graph

        mutating func setUpGraph() {
            let title = options.title ?? (dossier.documents.count == 1 ? dossier.documents[0].title?.trimmed.nonEmpty : nil) ?? "Timeline"
            graph.attributes = [
                "rankdir": "LR",
                "newrank": "true",
                "splines": "line",
                "fontname": .string(theme.fontName),
                "bgcolor": .string(theme.background),
                "pad": "0.3",
                "nodesep": "0.22",
                "ranksep": "0.3",
                "labelloc": "t",
                "labeljust": "l",
                "tooltip": .string(title),
            ]
            graph.attributes["label"] = Caption.label(title: title, lines: captionLines(title: title), theme: theme)
            graph.nodeDefaults = [
                "fontname": .string(theme.fontName),
                "fontsize": .string(Markup.number(theme.fontSize)),
                "fontcolor": .string(theme.text),
                "shape": "box",
                "style": "rounded,filled",
                "fillcolor": .string(theme.eventFill),
                "color": .string(theme.line),
                "margin": "0.1,0.05",
                "target": "_blank",
            ]
            graph.edgeDefaults = [
                "fontname": .string(theme.fontName),
                "fontsize": .string(Markup.number(theme.smallFontSize)),
                "color": .string(theme.line),
                "penwidth": "1.3",
                "arrowhead": "none",
                "target": "_blank",
            ]
        }

        func captionLines(title: String) -> [String] {
            var lines: [String] = []
            if let sources = Caption.sources(dossier.documents, title: title) { lines.append(sources) }
            let total = timeline.entries.count
            let dated = timeline.datedCount
            var counts = Caption.count(total, "event")
            if dated > 0, let first = timeline.first, let last = timeline.last {
                counts += " · " + (dated == total ? "all dated" : "\(dated) dated") + ", " + DateText.range(first, last)
            }
            if total > dated { counts += " · \(total - dated) with no date stated" }
            if !timeline.lanes.isEmpty { counts += " · " + Caption.count(timeline.lanes.count, "lane") }
            lines.append(counts)
            if let filterText = FilterText.describe(filter, names: names) { lines.append(filterText) }
            var key: [String] = []
            if timeline.entries.contains(where: \.isPlanned) { key.append("dashed = planned") }
            if timeline.entries.contains(where: { $0.lanes.count > 1 }) { key.append("● = also takes part in the event it is joined to") }
            if timeline.entries.contains(where: \.isSpan) { key.append("bar = several days") }
            if !timeline.gaps.isEmpty { key.append("⋯ = empty time left out") }
            key.append("columns are in date order, not to scale")
            lines.append(key.joined(separator: " · "))
            return lines
        }

        // MARK: Columns

        /// The lanes an entry's drawing covers: from its main lane to its farthest dot.
        func laneInterval(of i: Int) -> ClosedRange<Int> {
            let lanes = timeline.entries[i].lanes
            let main = lanes.min() ?? timeline.lanes.count
            return main...(lanes.max() ?? main)
        }

        /// One column per day that starts or ends something, split when two of its events
        /// would overlap in a lane or on their connecting line (each then gets a column of its
        /// own, first fit); a break column after each gap; one column per undated entry.
        mutating func makeColumns() {
            var marked = Set<Day>()
            var days = Set<Day>()
            for stop in timeline.axis {
                days.insert(stop.start)
                days.insert(stop.end)
                if [.day, .range, .weekend].contains(stop.precision) {
                    marked.insert(stop.start)
                    marked.insert(stop.end)
                }
            }
            // What starts and what ends on each day.
            var starting: [Day: [Int]] = [:]
            var ending: [Day: [Int]] = [:]
            for i in 0..<timeline.datedCount {
                guard let span = timeline.entries[i].span, let start = span.start else { continue }
                starting[start, default: []].append(i)
                if let end = span.end, end > start { ending[end, default: []].append(i) }
            }
            var gapAfter: [Day: Timeline.Gap] = [:]
            for gap in timeline.gaps { gapAfter[gap.after] = gap }
            entryColumn = Array(repeating: 0, count: timeline.entries.count)
            spanEndColumn = Array(repeating: nil, count: timeline.entries.count)
            var ticks = 0, gaps = 0
            for day in days.sorted() {
                var parts: [[ClosedRange<Int>]] = []
                func place(_ interval: ClosedRange<Int>) -> Int {
                    if let k = parts.firstIndex(where: { !$0.contains(where: { $0.overlaps(interval) }) }) {
                        parts[k].append(interval)
                        return k
                    }
                    parts.append([interval])
                    return parts.count - 1
                }
                let first = columns.count
                for i in starting[day] ?? [] { entryColumn[i] = first + place(laneInterval(of: i)) }
                for i in ending[day] ?? [] {
                    let main = laneInterval(of: i).lowerBound
                    spanEndColumn[i] = first + place(main...main)
                }
                for part in 0..<max(1, parts.count) {
                    ticks += 1
                    columns.append(.day(day, isMarked: marked.contains(day), part: part))
                    columnIDs.append(NodeID.make("t", ticks))
                }
                if let gap = gapAfter[day] {
                    gaps += 1
                    columns.append(.gap(gap))
                    columnIDs.append(NodeID.make("g", gaps))
                }
            }
            // Undated entries in text order; one shares the previous one's column when their
            // lanes do not overlap, so the order left to right stays the text's.
            var current: [ClosedRange<Int>] = []
            var undated = 0
            for i in timeline.datedCount..<timeline.entries.count {
                let interval = laneInterval(of: i)
                if undated == 0 || current.contains(where: { $0.overlaps(interval) }) {
                    columns.append(.undated(undated))
                    undated += 1
                    columnIDs.append(NodeID.make("u", undated))
                    current = []
                }
                current.append(interval)
                entryColumn[i] = columns.count - 1
            }
            columnMembers = Array(repeating: [], count: columns.count)
        }

        // MARK: Lanes

        func swatch(ofLane k: Int) -> Theme.Swatch {
            guard k < timeline.lanes.count else { return theme.neutral }
            return colors.swatch(for: names.affiliation(of: timeline.lanes[k].entityID))
        }

        mutating func addLaneHeaders() {
            // Every header as wide as the widest, so that the lanes line up on the left.
            var headers: [(name: [String], office: [String])] = []
            for lane in timeline.lanes {
                headers.append((Markup.wrap(names.name(lane.entityID), width: 24), names.officeLines(lane.entityID, width: 32)))
            }
            let width = headers.map { header in
                max(Markup.estimatedWidth(header.name, size: theme.fontSize, bold: true),
                    Markup.estimatedWidth(header.office, size: theme.smallFontSize, bold: false))
            }.max() ?? 0
            for (k, lane) in timeline.lanes.enumerated() {
                let id = lane.entityID
                var markup = Markup.bold(Markup.lines(headers[k].name))
                if !headers[k].office.isEmpty {
                    markup += "<BR/>" + Markup.font(Markup.lines(headers[k].office), size: theme.smallFontSize, color: theme.mutedText)
                }
                let tooltip = [names.name(id), names.office(id), Caption.count(lane.eventCount, "event")].compactMap { $0 }.joined(separator: "\n")
                laneStatements[k].append(.node(DOTNode(NodeID.make("l", k + 1), [
                    "shape": "plaintext", "style": "solid", "margin": "0.05,0.02",
                    "label": .html("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\"><TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" WIDTH=\"\(Int(width.rounded(.up)))\">\(markup)</TD></TR></TABLE>"),
                    "tooltip": .string(tooltip),
                ])))
            }
            if timeline.entries.contains(where: { $0.lanes.isEmpty }) {
                let k = timeline.lanes.count
                laneStatements[k].append(.node(DOTNode(NodeID.make("l", k + 1), [
                    "shape": "plaintext", "style": "solid", "margin": "0.05,0.02",
                    "label": .html(Markup.bold(Markup.text("Others"))),
                    "tooltip": "Events of actors without a lane of their own",
                ])))
            }
        }

        // MARK: Entries

        mutating func addEntry(_ i: Int) {
            let event = timeline.entries[i].event
            let lanes = timeline.entries[i].lanes
            let isPlanned = event.status == .planned
            let main = lanes.min() ?? timeline.lanes.count
            let perspective = main < timeline.lanes.count ? timeline.lanes[main].entityID : nil
            // Destinations only name trips and visits.
            let whereTo = event.kind == .trip || event.kind == .visit ? destinations.of(event.id) : []
            let title = EventTitle.make(event, perspective: perspective, destinations: whereTo, names: names)
            let dateText = dateTexts.span(timeline.entries[i].span ?? event.time)
            let place = event.place.map(names.name)
            buffer.reset()
            if isPlanned { buffer.append("Planned: ") }
            buffer.append(title)
            buffer.append(" · ")
            buffer.append(dateText)
            if let place {
                buffer.append(" · ")
                buffer.append(place)
            }
            EvidenceText.appendSentences(of: event.evidence, to: &buffer)
            let tooltip = DOTValue.string(buffer.string)
            let link = link(event.evidence)

            // The label: kind and date, title, place.
            buffer.reset()
            buffer.append(kindOpen)
            if isPlanned { buffer.append("planned ") }
            buffer.append(EventTitle.kindName(event.kind))
            buffer.append("</B> · ")
            buffer.appendHTML(dateText)
            buffer.append(titleOpen)
            buffer.appendWrappedHTML(title, width: 28)
            if let place {
                buffer.append(placeOpen)
                buffer.append("in ")
                buffer.appendWrappedHTML(place, width: 27)
                buffer.append(placeClose)
            } else {
                buffer.append(Builder.rowClose)
                buffer.append(Builder.tableClose)
            }
            let label = buffer.string

            let column = entryColumn[i]
            let id = NodeID.make("e", i + 1)
            var attributes = DOTAttributes()
            attributes.reserveCapacity(4)
            attributes["label"] = .html(label)
            attributes["tooltip"] = tooltip
            if isPlanned { attributes["style"] = "rounded,filled,dashed" }
            if let link { attributes["URL"] = link }
            laneStatements[main].append(.node(DOTNode(id, attributes)))
            columnMembers[column].append(id)

            // A bar to the last day of a span.
            if let endColumn = spanEndColumn[i] {
                let stroke = self.swatch(ofLane: main).stroke
                spanCount += 1
                let endID = NodeID.make("s", spanCount)
                laneStatements[main].append(.node(DOTNode(endID, [
                    "shape": "box", "label": "", "width": "0.05", "height": "0.32", "fixedsize": "true",
                    "style": "filled", "fillcolor": .string(stroke), "tooltip": tooltip,
                ])))
                columnMembers[endColumn].append(endID)
                rootEdges.append(DOTEdge(id, endID, [
                    "penwidth": "6", "color": .string(stroke + "66"), "weight": "8", "tooltip": tooltip,
                ]))
            }

            // A dot in each other participant's lane, joined to the event (the lane's dot
            // defaults give shape and colour).
            var previous = id
            for k in lanes.sorted() where k != main {
                dotCount += 1
                let dotID = NodeID.make("m", dotCount)
                var dot = DOTAttributes()
                dot.reserveCapacity(4)
                dot["tooltip"] = tooltip
                if isPlanned {
                    dot["style"] = "filled,dashed"
                    dot["fillcolor"] = .string(theme.eventFill)
                }
                if let link { dot["URL"] = link }
                laneDots[k].append(.node(DOTNode(dotID, dot)))
                columnMembers[column].append(dotID)
                rootEdges.append(DOTEdge(previous, dotID, isPlanned ? ["style": "dashed", "tooltip": tooltip] : ["tooltip": tooltip]))
                previous = dotID
            }
        }

        /// The link of an event's evidence (see ``EvidenceText/link(_:documents:)``), remembered
        /// for the last document: consecutive events mostly come from the same one.
        mutating func link(_ evidence: [Evidence]) -> DOTValue? {
            if let first = evidence.first, first.source == nil, let id = first.document, evidence.count == 1 {
                if id == lastLink.document { return lastLink.link }
                let link = EvidenceText.link(evidence, documents: documents).map(DOTValue.string)
                lastLink = (id, link)
                return link
            }
            return EvidenceText.link(evidence, documents: documents).map(DOTValue.string)
        }

        static let sameRank: DOTAttributes = ["rank": "same"]
        static let tableOpen = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
        static let tableClose = "</TABLE>"
        static let rowOpen = "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
        static let rowClose = "</TD></TR>"

        // MARK: Axis

        mutating func addAxis() {
            // The axis lives in an anonymous subgraph whose defaults draw an unmarked tick.
            var axis = DOTSubgraph(
                nodeDefaults: [
                    "shape": "box", "style": "rounded,filled", "color": .string(theme.background),
                    "fillcolor": .string(theme.background), "fontsize": .string(Markup.number(theme.smallFontSize + 0.5)),
                    "fontcolor": .string(theme.mutedText), "margin": "0.06,0.03",
                ],
                edgeDefaults: ["weight": "10", "color": "#9E9E9E", "penwidth": "1.2"])
            let invisible: DOTAttributes = ["shape": "point", "style": "invis", "width": "0.01"]
            let marked: DOTValue = "#F0F0F0"
            axis.node("a0", invisible)
            let undatedCount = timeline.entries.count - timeline.datedCount
            var reportedOn: Set<Day?> = []
            for entry in timeline.undated { reportedOn.insert(entry.reportedOn) }
            for (c, column) in columns.enumerated() {
                let id = columnIDs[c]
                switch column {
                case .day(let day, let isMarked, let part):
                    let tick = DOTValue.string(part == 0 ? DateText.tick(day) : DateText.dayAndMonth(day))
                    var attributes: DOTAttributes = ["label": tick, "tooltip": tick]
                    if part == 0 && isMarked {
                        attributes["fillcolor"] = marked
                        attributes["color"] = marked
                        attributes["fontcolor"] = .string(theme.text)
                    }
                    axis.node(id, attributes)
                case .gap(let gap):
                    let length = DateText.duration(days: gap.emptyDays)
                    let empty = DateText.range(gap.after.adding(days: 1), gap.before.adding(days: -1))
                    axis.node(id, [
                        "label": .string("⋯ \(length) ⋯"),
                        "tooltip": .string("\(length) without events: \(empty) (\(gap.emptyDays) days)"),
                    ])
                case .undated(let k):
                    if k == 0 {
                        var lines = ["Date not stated"]
                        if undatedCount > 1 { lines.append("in text order") }
                        if reportedOn.count == 1, let day = reportedOn.first ?? nil { lines.append("reported \(DateText.day(day))") }
                        axis.node(id, [
                            "label": .string(lines.joined(separator: "\n")), "fillcolor": marked, "color": marked,
                            "tooltip": "Events whose day the sources do not state, in the order the texts give them",
                        ])
                    } else {
                        // Every undated column says so, lest it be read as later than the last day.
                        axis.node(id, ["label": "no date", "tooltip": "Date not stated", "fillcolor": marked, "color": marked])
                    }
                }
            }
            axis.node("a1", invisible)
            // The axis line: solid between days, dashed across a break, none to the undated part,
            // an arrow at the last day.
            let hidden: DOTAttributes = ["style": "invis"]
            axis.edge("a0", columnIDs[0], hidden)
            let lastDated = columns.lastIndex { if case .undated = $0 { return false } else { return true } }
            for c in 1..<max(1, columns.count) {
                switch (columns[c - 1], columns[c]) {
                case (.gap, _), (_, .gap): axis.edge(columnIDs[c - 1], columnIDs[c], ["style": "dashed"])
                case (_, .undated): axis.edge(columnIDs[c - 1], columnIDs[c], hidden)
                default:
                    axis.edge(columnIDs[c - 1], columnIDs[c], c == lastDated ? ["arrowhead": "normal", "arrowsize": "0.6"] : [:])
                }
            }
            axis.edge(columnIDs[columns.count - 1], "a1", hidden)
            axisStatements = [.subgraph(axis)]
        }

        // MARK: Assembly

        mutating func assemble() {
            // Every lane reaches one column past the last, so that lanes are bands of one width.
            var ends = DOTSubgraph(attributes: ["rank": "same"])
            ends.node("a1")
            for k in laneStatements.indices where !laneStatements[k].isEmpty {
                let id = NodeID.make("z", k + 1)
                laneStatements[k].append(.node(DOTNode(id, ["shape": "point", "style": "invis", "width": "0.01"])))
                ends.node(id)
            }
            // Lanes, bottom to top (in a left-to-right layout, the first in a rank's order is
            // drawn lowest), then the axis, on top.
            for (k, statements) in laneStatements.enumerated().reversed() where !statements.isEmpty {
                let swatch = self.swatch(ofLane: k)
                let isOthers = k == timeline.lanes.count
                var lane = DOTSubgraph.cluster(NodeID.make("l", k + 1), attributes: [
                    "style": "rounded,filled",
                    "fillcolor": .string(isOthers ? "#F7F7F7" : LaneTint.of(swatch.fill)),
                    "color": .string(isOthers ? "#BDBDBD" : swatch.stroke),
                    "penwidth": "1",
                    "label": "",
                    "margin": "8",
                ])
                lane.nodeDefaults = ["color": .string(swatch.stroke), "penwidth": "1.4"]
                lane.statements = statements
                if !laneDots[k].isEmpty {
                    var dots = DOTSubgraph(nodeDefaults: [
                        "shape": "circle", "label": "", "width": "0.16", "height": "0.16", "fixedsize": "true",
                        "style": "filled", "fillcolor": .string(swatch.stroke), "color": .string(swatch.stroke),
                    ])
                    dots.statements = laneDots[k]
                    lane.add(dots)
                }
                graph.add(lane)
            }
            graph.statements += axisStatements
            // Columns: the header column, then one per axis column.
            var header = DOTSubgraph(attributes: ["rank": "same"])
            for (k, statements) in laneStatements.enumerated().reversed() where !statements.isEmpty { header.node(NodeID.make("l", k + 1)) }
            header.node("a0")
            graph.add(header)
            for c in columns.indices {
                var same = DOTSubgraph(attributes: Builder.sameRank)
                same.node(columnIDs[c])
                for id in columnMembers[c] { same.node(id) }
                graph.add(same)
            }
            // Lanes in order, the axis above them: flat invisible edges through the header
            // column (in a left-to-right layout, a flat edge's head is drawn above its tail).
            var previous = "a0"
            for (k, statements) in laneStatements.enumerated() where !statements.isEmpty {
                graph.edge(NodeID.make("l", k + 1), previous, ["style": "invis"])
                previous = NodeID.make("l", k + 1)
            }
            graph.add(ends)
            for edge in rootEdges { graph.add(edge) }
        }
    }
}

/// A lane's background: the affiliation's fill, lightened halfway to white.
enum LaneTint {
    static func of(_ fill: String) -> String {
        guard let (r, g, b) = Theme.rgb(fill) else { return fill }
        func mix(_ v: Int) -> Int { (v + 255 + 1) / 2 }
        return "#" + [mix(r), mix(g), mix(b)].map { v in
            let s = String(v, radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }
}
