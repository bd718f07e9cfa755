/// FNV-1a, 64 bits: a hash that is the same in every process and on every machine (Swift's
/// `Hasher` is seeded per process). Used for deterministic ordering keys, never for security.
public struct StableHash: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ text: String?) {
        guard let text else {
            combineByte(0xFE)
            return
        }
        for byte in text.utf8 { combineByte(byte) }
        combineByte(0xFF)  // separator: ("ab","c") and ("a","bc") differ
    }

    public mutating func combine(_ number: Int) {
        var n = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            combineByte(UInt8(truncatingIfNeeded: n))
            n >>= 8
        }
    }

    @inline(__always) mutating func combineByte(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }
}
