extension GraphvizEngine {
    /// The engine that draws a network of this size well in reasonable time, following what
    /// the graphviz benchmark measured (`liaison-bench graphviz --sweep`):
    ///
    /// - up to 40 nodes and 120 nodes + edges: `dot`, whose layered drawing reads best when one
    ///   or two actors meet everyone else (a star, a few hubs) and which routes labels cleanly;
    /// - up to 400 nodes: `neato` (stress majorization), well spread, a few seconds at most;
    /// - beyond: `sfdp`, the only one that stays fast past a thousand nodes (`dot` did not finish
    ///   a 1,000-node network in 25 minutes, and cannot be interrupted in-process).
    ///
    /// Timelines need `dot` whatever their size (ranks are the date axis).
    public static func recommended(nodes: Int, edges: Int) -> GraphvizEngine {
        if nodes <= 40 && nodes + edges <= 120 { return .dot }
        if nodes <= 400 { return .neato }
        return .sfdp
    }

    /// The engine for `graph` by its size (see ``recommended(nodes:edges:)``).
    public static func recommended(for graph: DOTGraph) -> GraphvizEngine {
        let size = graph.size
        return recommended(nodes: size.nodes, edges: size.edges)
    }
}
