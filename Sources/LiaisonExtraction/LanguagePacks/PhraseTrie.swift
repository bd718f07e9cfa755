/// A trie over token keys: finds every pack phrase that starts at a token, longest first.
///
/// Edges live in one open-addressing hash table keyed by (node, token key) with a cheap
/// multiplicative hash (token keys are already hashes); each node lists the entries whose phrase
/// ends there. Built once when a language pack loads, read-only afterwards.
struct PhraseTrie: Sendable {
    private var slotKeys: [UInt64]
    private var slotNodes: [UInt32]
    private var slotChild: [Int32]
    private var mask: Int
    private var used = 0
    private var payloads: [[Int32]] = [[]]
    /// The entries of every node in one array (`flatEntries[flatStart[n]..<flatStart[n + 1]]`),
    /// laid out by `seal()`, for reading without touching the nested arrays.
    private var flatStart: [Int32] = [0, 0]
    private var flatEntries: [Int32] = []

    init() {
        slotKeys = [UInt64](repeating: 0, count: 1024)
        slotNodes = [UInt32](repeating: UInt32.max, count: 1024)
        slotChild = [Int32](repeating: -1, count: 1024)
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
        let oldKeys = slotKeys, oldNodes = slotNodes, oldChild = slotChild
        let size = (mask + 1) * 2
        slotKeys = [UInt64](repeating: 0, count: size)
        slotNodes = [UInt32](repeating: UInt32.max, count: size)
        slotChild = [Int32](repeating: -1, count: size)
        mask = size - 1
        for i in oldKeys.indices where oldNodes[i] != UInt32.max {
            place(Int32(bitPattern: oldNodes[i]), oldKeys[i], oldChild[i])
        }
    }

    private mutating func place(_ node: Int32, _ key: UInt64, _ child: Int32) {
        var i = PhraseTrie.hash(node, key) & mask
        while slotNodes[i] != UInt32.max { i = (i + 1) & mask }
        slotNodes[i] = UInt32(bitPattern: node)
        slotKeys[i] = key
        slotChild[i] = child
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
            let s = slotNodes[i]
            if s == UInt32.max { return nil }
            if s == n && slotKeys[i] == key { return slotChild[i] }
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
