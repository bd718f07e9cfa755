/// Node ids of the drawings: a letter and a number ("e12", "m3", "t405"), made from bytes
/// rather than by string interpolation, because a large drawing makes tens of thousands.
enum NodeID {
    /// `prefix` followed by the decimal digits of `number` (not negative).
    static func make(_ prefix: Unicode.Scalar, _ number: Int) -> String {
        precondition(prefix.isASCII && number >= 0)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var n = number
            var end = 24
            repeat {
                end -= 1
                buffer[end] = UInt8(truncatingIfNeeded: 0x30 + n % 10)
                n /= 10
            } while n > 0
            end -= 1
            buffer[end] = UInt8(prefix.value)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[end..<24]), as: UTF8.self)
        }
    }
}
