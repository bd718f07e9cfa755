extension GraphvizEngine {
    /// The engine for `graph` by its size (see ``recommended(nodes:edges:)``).
    public static func recommended(for graph: DOTGraph) -> GraphvizEngine {
        let size = graph.size
        return recommended(nodes: size.nodes, edges: size.edges)
    }
}
