/// Tables of 256 answers, one per byte value, for the scanning loops of the DOT and HTML-label
/// escapers: read through a buffer pointer, without the bounds check an array lookup pays on
/// every byte. Each table is made once and kept for the life of the process, never written after.
enum ByteTable {
    static func make(_ answer: (Int) -> Bool) -> UnsafeBufferPointer<Bool> {
        let table = UnsafeMutableBufferPointer<Bool>.allocate(capacity: 256)
        for byte in 0..<256 { table[byte] = answer(byte) }
        return UnsafeBufferPointer(table)
    }
}
