/// A node statement: `"id" [attributes];`.
///
/// Ids are written quoted and escaped like text (see ``DOTValue/string(_:)``), so any string
/// is a valid id. Ids appear in the SVG's `<title>` elements, so prefer short synthetic ids
/// (`p17`) and put names in the `label`.
public struct DOTNode: Sendable, Hashable {
    public var id: String
    public var attributes: DOTAttributes

    public init(_ id: String, _ attributes: DOTAttributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}
