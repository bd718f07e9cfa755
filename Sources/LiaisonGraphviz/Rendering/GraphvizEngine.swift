/// A Graphviz layout engine, by name (`dot`, `neato`, `sfdp`, …).
///
/// Any engine Graphviz has installed can be named (see ``GraphvizRenderer/installedEngines``);
/// the renderer checks the name before it lays anything out.
public struct GraphvizEngine: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ name: String) {
        self.rawValue = name
    }

    public var description: String { rawValue }

    /// Layered drawing of directed graphs: timelines, hierarchies, small networks.
    public static let dot = GraphvizEngine("dot")
    /// Spring model (stress majorization): mid-size undirected networks.
    public static let neato = GraphvizEngine("neato")
    /// Force-directed (Fruchterman–Reingold): mid-size undirected networks.
    ///
    /// In Graphviz 2.43 its result depends on where memory was allocated, so in a process that
    /// renders several graphs the same graph can come out differently; prefer `neato` or `sfdp`
    /// when the output must be reproducible.
    public static let fdp = GraphvizEngine("fdp")
    /// Multiscale force-directed: large networks, thousands of nodes.
    public static let sfdp = GraphvizEngine("sfdp")
    /// Circular layout.
    public static let circo = GraphvizEngine("circo")
    /// Radial layout around a root.
    public static let twopi = GraphvizEngine("twopi")
    /// Clusters packed as nested boxes.
    public static let osage = GraphvizEngine("osage")
    /// Squarified treemap of clusters.
    public static let patchwork = GraphvizEngine("patchwork")
}

extension GraphvizEngine: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.rawValue = value
    }
}

extension GraphvizEngine {
    /// The engine that lays out a network (people and meetings) of this size well within about
    /// two seconds, measured with Graphviz 2.43 on meeting-network-like random graphs (see
    /// docs/BENCHMARKS.md, "Graphviz rendering"):
    ///
    /// - `dot` up to 200 nodes plus edges (about 50 people): layered, the clearest for small
    ///   networks; past that its crossing minimisation explodes (100 people, 300 meetings: over
    ///   30 s; 200 and 600: six minutes).
    /// - `neato` up to 1,600 nodes plus edges (about 400 people): 1.8 s there.
    /// - `sfdp` beyond: 2 s at 800 people and 2,400 meetings, 7–12 s at 2,000–3,200 people.
    ///
    /// For timelines (a DAG in lanes) `dot` stays the right engine much further (1,000 events in
    /// under a second); this function is for networks.
    public static func recommended(nodes: Int, edges: Int) -> GraphvizEngine {
        let size = nodes + edges
        if size <= 200 { return .dot }
        if size <= 1_600 { return .neato }
        return .sfdp
    }
}
