/// One statement in the body of a graph or subgraph, kept in the order it was added.
public enum DOTStatement: Sendable, Hashable {
    case node(DOTNode)
    case edge(DOTEdge)
    case subgraph(DOTSubgraph)
}
