/// What a graph and a subgraph have in common: their own attributes, default attributes for
/// the nodes and edges inside, and a list of statements.
public protocol DOTScope {
    /// Attributes of the graph or subgraph itself (`graph [...]`), e.g. `rankdir`, `label`.
    var attributes: DOTAttributes { get set }
    /// Defaults for nodes declared inside (`node [...]`).
    var nodeDefaults: DOTAttributes { get set }
    /// Defaults for edges declared inside (`edge [...]`).
    var edgeDefaults: DOTAttributes { get set }
    /// Nodes, edges and subgraphs, in the order they are written.
    var statements: [DOTStatement] { get set }
}

extension DOTScope {
    /// Adds a node statement.
    public mutating func add(_ node: DOTNode) {
        statements.append(.node(node))
    }

    /// Adds an edge statement.
    public mutating func add(_ edge: DOTEdge) {
        statements.append(.edge(edge))
    }

    /// Adds a subgraph (or cluster).
    public mutating func add(_ subgraph: DOTSubgraph) {
        statements.append(.subgraph(subgraph))
    }

    /// Adds a node statement with these attributes.
    public mutating func node(_ id: String, _ attributes: DOTAttributes = [:]) {
        add(DOTNode(id, attributes))
    }

    /// Adds an edge statement with these attributes.
    public mutating func edge(_ from: String, _ to: String, _ attributes: DOTAttributes = [:]) {
        add(DOTEdge(from, to, attributes))
    }
}
