/// A subgraph, or a cluster when its id starts with `cluster` (Graphviz draws a box around it).
///
/// ```swift
/// var lane = DOTSubgraph.cluster("blinken")
/// lane.attributes["label"] = "Anthony Blinken"
/// lane.node("e1")
/// graph.add(lane)
/// ```
public struct DOTSubgraph: Sendable, Hashable, DOTScope {
    /// The subgraph's id, or `nil` for an anonymous subgraph (`{ rank=same; a; b }`).
    public var id: String?
    public var attributes: DOTAttributes
    public var nodeDefaults: DOTAttributes
    public var edgeDefaults: DOTAttributes
    public var statements: [DOTStatement]

    public init(
        id: String? = nil,
        attributes: DOTAttributes = [:],
        nodeDefaults: DOTAttributes = [:],
        edgeDefaults: DOTAttributes = [:],
        statements: [DOTStatement] = []
    ) {
        self.id = id
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.statements = statements
    }

    /// A cluster: a subgraph whose id is `cluster_` followed by `name`.
    public static func cluster(_ name: String, attributes: DOTAttributes = [:]) -> DOTSubgraph {
        DOTSubgraph(id: "cluster_" + name, attributes: attributes)
    }

    /// Whether Graphviz treats this subgraph as a cluster (its id starts with `cluster`).
    public var isCluster: Bool {
        id?.hasPrefix("cluster") ?? false
    }
}
