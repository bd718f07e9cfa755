/// A trie over token keys: finds every pack phrase that starts at a token, longest first.
///
/// Edges are one hash table keyed by (node, token key); each node lists the entries whose
/// phrase ends there. Built once when a language pack loads, read-only afterwards.
struct PhraseTrie: Sendable {
    private struct Edge: Hashable {
        var node: Int32
        var key: UInt64
    }

    private var children: [Edge: Int32] = [:]
    private var payloads: [[Int32]] = [[]]

    /// Adds an entry for a phrase given as token keys.
    mutating func insert(_ keys: [UInt64], entry: Int32) {
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        for key in keys {
            let edge = Edge(node: node, key: key)
            if let next = children[edge] {
                node = next
            } else {
                let next = Int32(payloads.count)
                payloads.append([])
                children[edge] = next
                node = next
            }
        }
        if !payloads[Int(node)].contains(entry) { payloads[Int(node)].append(entry) }
    }

    @inline(__always) func child(_ node: Int32, _ key: UInt64) -> Int32? {
        children[Edge(node: node, key: key)]
    }

    @inline(__always) func entries(_ node: Int32) -> [Int32] { payloads[Int(node)] }
}
