import Foundation

/// The width and height in a PNG's IHDR chunk, after checking the signature.
struct PNGHeader {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    var width: Int
    var height: Int

    /// `nil` when `data` is not a PNG (wrong signature, or no IHDR chunk first).
    init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, Array(bytes[0..<8]) == Self.signature,
              String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR"
        else { return nil }
        func bigEndian(_ range: Range<Int>) -> Int {
            bytes[range].reduce(0) { $0 << 8 | Int($1) }
        }
        width = bigEndian(16..<20)
        height = bigEndian(20..<24)
    }
}
