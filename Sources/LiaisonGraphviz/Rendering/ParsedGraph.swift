import CGraphviz

/// A graph as Graphviz's parser read it (see ``GraphvizRenderer/parse(dot:)``).
///
/// Names and values are exactly what Graphviz stores: the lexer has undone the DOT quoting
/// (`\"` → `"`), but escape sequences that Graphviz interprets later, when it draws text
/// (`\\`, `\n`, `&amp;`), are still there.
public struct ParsedGraph: Sendable, Hashable {
    /// An attribute value and whether it was written as an HTML-like label (`<…>`).
    public struct Value: Sendable, Hashable {
        public var text: String
        public var isHTML: Bool

        public init(_ text: String, isHTML: Bool = false) {
            self.text = text
            self.isHTML = isHTML
        }
    }

    public struct Node: Sendable, Hashable {
        public var name: String
        /// Every attribute with a value for this node (defaults included).
        public var attributes: [String: Value]
    }

    public struct Edge: Sendable, Hashable {
        public var tail: String
        public var head: String
        /// Every attribute with a value for this edge (defaults included).
        public var attributes: [String: Value]
    }

    public var name: String
    public var isDirected: Bool
    public var isStrict: Bool
    public var attributes: [String: Value]
    /// Nodes in the order Graphviz created them.
    public var nodes: [Node]
    /// Edges, grouped by tail node in node order.
    public var edges: [Edge]
    /// Subgraphs, each with the nodes and edges it holds.
    public var subgraphs: [ParsedGraph]

    init(reading graph: UnsafeMutablePointer<Agraph_t>) {
        let root = agroot(graph)!
        name = String(cString: agnameof(graph))
        isDirected = agisdirected(graph) != 0
        isStrict = agisstrict(graph) != 0
        attributes = Self.values(of: UnsafeMutableRawPointer(graph), symbols: Self.symbols(root, kind: AGRAPH))

        let nodeSymbols = Self.symbols(root, kind: AGNODE)
        let edgeSymbols = Self.symbols(root, kind: AGEDGE)
        var nodes: [Node] = []
        var edges: [Edge] = []
        var node = agfstnode(graph)
        while let current = node {
            nodes.append(Node(
                name: String(cString: agnameof(current)),
                attributes: Self.values(of: UnsafeMutableRawPointer(current), symbols: nodeSymbols)))
            var edge = agfstout(graph, current)
            while let currentEdge = edge {
                edges.append(Edge(
                    tail: String(cString: agnameof(liaison_edge_tail(currentEdge))),
                    head: String(cString: agnameof(liaison_edge_head(currentEdge))),
                    attributes: Self.values(of: UnsafeMutableRawPointer(currentEdge), symbols: edgeSymbols)))
                edge = agnxtout(graph, currentEdge)
            }
            node = agnxtnode(graph, current)
        }
        self.nodes = nodes
        self.edges = edges

        var subgraphs: [ParsedGraph] = []
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            subgraphs.append(ParsedGraph(reading: current))
            subgraph = agnxtsubg(current)
        }
        self.subgraphs = subgraphs
    }

    private static func symbols(_ root: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
        var symbols: [UnsafeMutablePointer<Agsym_t>] = []
        var symbol = agnxtattr(root, kind, nil)
        while let current = symbol {
            symbols.append(current)
            symbol = agnxtattr(root, kind, current)
        }
        return symbols
    }

    private static func values(of object: UnsafeMutableRawPointer, symbols: [UnsafeMutablePointer<Agsym_t>]) -> [String: Value] {
        var values: [String: Value] = [:]
        for symbol in symbols {
            guard let raw = agxget(object, symbol) else { continue }
            let text = String(cString: raw)
            let standard = symbol.pointee.defval.map { String(cString: $0) } ?? ""
            if text.isEmpty && standard.isEmpty { continue }
            values[String(cString: symbol.pointee.name)] = Value(text, isHTML: aghtmlstr(raw) != 0)
        }
        return values
    }
}
