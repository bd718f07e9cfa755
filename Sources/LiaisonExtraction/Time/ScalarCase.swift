/// Fast lowercase mapping of single Unicode scalars for Latin and Vietnamese text.
///
/// Covers ASCII, Latin-1, Latin Extended-A/B letters used by Vietnamese and European languages and
/// Latin Extended Additional (Vietnamese tone-marked letters) with arithmetic; everything else
/// goes through the Unicode tables, which is slower but rare in the texts Liaison reads.
enum ScalarCase {
    @inline(__always)
    static func lower(_ v: UInt32) -> UInt32 {
        if v < 0x80 {
            return (v >= 0x41 && v <= 0x5A) ? v + 32 : v
        }
        if v < 0xC0 { return v }
        if v <= 0xDE { return v == 0xD7 ? v : v + 32 }
        if v < 0x100 { return v }
        if v < 0x180 {
            // Latin Extended-A: pairs (upper even, lower odd) except 0x130–0x148 and 0x178–0x17E,
            // where the upper letter is odd.
            if v == 0x130 { return 0x69 }
            if v == 0x131 || v == 0x138 || v == 0x149 || v == 0x17F { return v }
            if (v >= 0x139 && v <= 0x148) || (v >= 0x179 && v <= 0x17E) {
                return v & 1 == 1 ? v + 1 : v
            }
            if v == 0x178 { return 0xFF }
            return v & 1 == 0 ? v + 1 : v
        }
        if v == 0x1A0 || v == 0x1AF { return v + 1 }  // Ơ Ư
        if v == 0x1A1 || v == 0x1B0 { return v }
        if v >= 0x1E00 && v <= 0x1EFF {
            if v >= 0x1E96 && v <= 0x1E9F { return v }
            return v & 1 == 0 ? v + 1 : v
        }
        if v >= 0x300 && v <= 0x36F { return v }
        guard let scalar = Unicode.Scalar(v) else { return v }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : v
    }

    /// Whether the scalar is an uppercase letter (fast path for Latin and Vietnamese).
    @inline(__always)
    static func isUpper(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return lower(v) != v
    }

    /// Whether the scalar is a letter or a combining mark (part of a word).
    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
        if v < 0x250 { return v != 0xD7 && v != 0xF7 }
        if v >= 0x300 && v <= 0x36F { return true }
        if v >= 0x1E00 && v <= 0x1EFF { return true }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isAlphabetic
    }
}
