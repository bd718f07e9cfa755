/// An edge statement: `"from" -> "to" [attributes];` (`--` in an undirected graph).
///
/// Ports are set with the `tailport` and `headport` attributes.
public struct DOTEdge: Sendable, Hashable {
    public var from: String
    public var to: String
    public var attributes: DOTAttributes

    public init(_ from: String, _ to: String, _ attributes: DOTAttributes = [:]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}
