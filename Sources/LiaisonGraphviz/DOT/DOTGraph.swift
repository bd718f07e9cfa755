/// A DOT graph: the root of what the writer turns into DOT text.
///
/// ```swift
/// var graph = DOTGraph(directed: false)
/// graph.attributes["layout"] = "sfdp"
/// graph.nodeDefaults["shape"] = "box"
/// graph.node("p1", ["label": "Andrii Sybiha"])
/// graph.node("p2", ["label": "Anthony Blinken"])
/// graph.edge("p1", "p2", ["label": "13/11"])
/// let text = graph.dot      // byte-identical for the same graph
/// ```
public struct DOTGraph: Sendable, Hashable, DOTScope {
    /// `digraph` (edges written `->`) when `true`, `graph` (edges written `--`) when `false`.
    public var isDirected: Bool
    /// `strict`: Graphviz merges repeated edges between the same two nodes.
    public var isStrict: Bool
    /// The graph's id, or `nil` for an anonymous graph.
    public var id: String?
    public var attributes: DOTAttributes
    public var nodeDefaults: DOTAttributes
    public var edgeDefaults: DOTAttributes
    public var statements: [DOTStatement]

    public init(
        directed: Bool = true,
        strict: Bool = false,
        id: String? = nil,
        attributes: DOTAttributes = [:],
        nodeDefaults: DOTAttributes = [:],
        edgeDefaults: DOTAttributes = [:],
        statements: [DOTStatement] = []
    ) {
        self.isDirected = directed
        self.isStrict = strict
        self.id = id
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.statements = statements
    }

    /// The DOT text of this graph (see ``DOTWriter``).
    public var dot: String {
        DOTWriter.write(self)
    }

    /// The DOT text of this graph as UTF-8 bytes (see ``DOTWriter/utf8(_:)``).
    public var dotUTF8: [UInt8] {
        DOTWriter.utf8(self)
    }

    /// How many nodes and edges the statements declare, counting each node id once
    /// (including ids that only appear in edges) and every edge statement.
    public var size: (nodes: Int, edges: Int) {
        var ids = Set<String>()
        var edges = 0
        func visit(_ statements: [DOTStatement]) {
            for statement in statements {
                switch statement {
                case .node(let node): ids.insert(node.id)
                case .edge(let edge):
                    ids.insert(edge.from)
                    ids.insert(edge.to)
                    edges += 1
                case .subgraph(let subgraph): visit(subgraph.statements)
                }
            }
        }
        visit(statements)
        return (ids.count, edges)
    }
}
