/// A trie over token keys: finds every pack phrase that starts at a token, longest first.
///
/// Edges live in one open-addressing hash table keyed by (node, token key) with a cheap
/// multiplicative hash (token keys are already hashes); each node lists the entries whose phrase
/// ends there. Built once when a language pack loads, read-only afterwards.
struct PhraseTrie: Sendable {
    /// One edge: from `node` by token `key` to `child`; `node == UInt32.max` marks a free slot.
    /// (The three side by side, so that a probe reads one cache line.)
    private struct Slot {
        var key: UInt64
        var node: UInt32
        var child: Int32
    }
    private var slots: [Slot]
    private var mask: Int
    private var used = 0
    private var payloads: [[Int32]] = [[]]
    /// The entries of every node in one array (`flatEntries[flatStart[n]..<flatStart[n + 1]]`),
    /// laid out by `seal()`, for reading without touching the nested arrays.
    private var flatStart: [Int32] = [0, 0]
    private var flatEntries: [Int32] = []

    private static let free = Slot(key: 0, node: UInt32.max, child: -1)

    init() {
        slots = [Slot](repeating: PhraseTrie.free, count: 1024)
        mask = 1023
    }

    @inline(__always) private static func hash(_ node: Int32, _ key: UInt64) -> Int {
        var h = key ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }

    private mutating func grow() {
        let old = slots
        let size = (mask + 1) * 2
        slots = [Slot](repeating: PhraseTrie.free, count: size)
        mask = size - 1
        for slot in old where slot.node != UInt32.max {
            place(Int32(bitPattern: slot.node), slot.key, slot.child)
        }
    }

    private mutating func place(_ node: Int32, _ key: UInt64, _ child: Int32) {
        var i = PhraseTrie.hash(node, key) & mask
        while slots[i].node != UInt32.max { i = (i + 1) & mask }
        slots[i] = Slot(key: key, node: UInt32(bitPattern: node), child: child)
    }

    /// Adds an entry for a phrase given as token keys.
    mutating func insert(_ keys: [UInt64], entry: Int32) {
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        for key in keys {
            if let next = child(node, key) {
                node = next
            } else {
                if (used + 1) * 2 > mask { grow() }
                let next = Int32(payloads.count)
                payloads.append([])
                place(node, key, next)
                used += 1
                node = next
            }
        }
        if !payloads[Int(node)].contains(entry) { payloads[Int(node)].append(entry) }
    }

    /// Lays the entries out for reading; call once the last phrase is inserted (before, the
    /// phrases inserted since the last call are not found).
    mutating func seal() {
        flatStart = [0]
        flatStart.reserveCapacity(payloads.count + 1)
        flatEntries = []
        for p in payloads {
            flatEntries += p
            flatStart.append(Int32(flatEntries.count))
        }
    }

    @inline(__always) func child(_ node: Int32, _ key: UInt64) -> Int32? {
        let n = UInt32(bitPattern: node)
        var i = PhraseTrie.hash(node, key) & mask
        while true {
            let s = slots[i]
            if s.node == UInt32.max { return nil }
            if s.node == n && s.key == key { return s.child }
            i = (i + 1) & mask
        }
    }

    /// The positions in ``entry(_:)`` of the entries whose phrase ends at `node`.
    @inline(__always) func entries(_ node: Int32) -> Range<Int> {
        let n = Int(node)
        guard n + 1 < flatStart.count else { return 0..<0 }
        return Int(flatStart[n])..<Int(flatStart[n + 1])
    }

    @inline(__always) func entry(_ position: Int) -> Int32 { flatEntries[position] }
}
