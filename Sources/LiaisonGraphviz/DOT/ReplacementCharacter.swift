/// U+FFFD, which the DOT and HTML-label escapers write in place of what Graphviz cannot take:
/// controls, C1 controls and the noncharacters U+FFFE and U+FFFF.
enum ReplacementCharacter {
    /// U+FFFD in UTF-8.
    static let utf8: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// The length in bytes of the C1 control (`C2 80`…`C2 9F`) or of U+FFFE, U+FFFF
    /// (`EF BF BE`, `EF BF BF`) that starts at `bytes[i]`; 0 when none does. Only the lead bytes
    /// C2 and EF can start one.
    @inline(__always)
    static func replacedLength(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        switch bytes[i] {
        case 0xC2: return i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]) ? 2 : 0
        case 0xEF: return i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE ? 3 : 0
        default: return 0
        }
    }
}
