/// Character classes and lower-casing of Unicode scalars, from one table built once for the
/// Basic Multilingual Plane (the hot path never asks Unicode properties again).
///
/// The table is immutable after its lazy, thread-safe initialisation.
enum ScalarTable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let letter = Flags(rawValue: 1)
        static let upper = Flags(rawValue: 2)
        static let digit = Flags(rawValue: 4)
        static let space = Flags(rawValue: 8)
        static let newline = Flags(rawValue: 16)
        /// A letter that only Vietnamese writes among Latin-script languages (ă, â, đ, ê, ô, ơ,
        /// ư and the tone-marked vowels of U+1EA0…U+1EF9), or a Vietnamese tone mark.
        static let vietnamese = Flags(rawValue: 32)
        /// A combining mark (continues a word).
        static let mark = Flags(rawValue: 64)
    }

    private static let size = 0x1_0000
    private static let tables: (flags: [UInt8], lower: [UInt16]) = {
        var flags = [UInt8](repeating: 0, count: size)
        var lower = [UInt16](repeating: 0, count: size)
        for v in 0..<size {
            lower[v] = UInt16(v)
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            var f: Flags = []
            let p = s.properties
            if v < 0x80 {
                switch v {
                case 0x41...0x5A: f = [.letter, .upper]; lower[v] = UInt16(v + 32)
                case 0x61...0x7A: f = [.letter]
                case 0x30...0x39: f = [.digit]
                case 0x0A, 0x0D: f = [.space, .newline]
                case 0x09, 0x0B, 0x0C, 0x20: f = [.space]
                default: break
                }
                flags[v] = f.rawValue
                continue
            }
            if p.isAlphabetic { f.insert(.letter) }
            if p.isUppercase { f.insert(.upper) }
            if p.numericType == .decimal { f.insert(.digit) }
            if p.isWhitespace { f.insert(.space) }
            if v == 0x2028 || v == 0x2029 || v == 0x85 { f.insert(.newline) }
            if p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark {
                f.insert(.mark)
                f.insert(.letter)
            }
            if p.changesWhenLowercased, let l = p.lowercaseMapping.unicodeScalars.first,
               p.lowercaseMapping.unicodeScalars.count == 1, l.value < UInt32(size)
            {
                lower[v] = UInt16(l.value)
            }
            flags[v] = f.rawValue
        }
        // Vietnamese letters.
        let vietnamese = "ăâđêôơưĂÂĐÊÔƠƯ"
        for s in vietnamese.unicodeScalars { flags[Int(s.value)] |= Flags.vietnamese.rawValue }
        for v in 0x1EA0...0x1EF9 { flags[v] |= Flags.vietnamese.rawValue }
        // Precomposed vowels with a hook, tilde or dot that Vietnamese uses outside U+1EA0…:
        for s in "ãẽĩõũỹÃẼĨÕŨỸàằầèềìòồờùừỳÀÈÌÒÙỲ".unicodeScalars { flags[Int(s.value)] |= Flags.vietnamese.rawValue }
        for v in [0x300, 0x301, 0x303, 0x309, 0x323] { flags[v] |= Flags.vietnamese.rawValue }
        return (flags, lower)
    }()

    /// The flags of the BMP, for loops that look up many scalars.
    static var flagTable: [UInt8] { tables.flags }
    /// The lower-case mapping of the BMP, for loops that look up many scalars.
    static var lowerTable: [UInt16] { tables.lower }

    @inline(__always) static func flags(_ s: Unicode.Scalar) -> Flags {
        let v = Int(s.value)
        if v < size { return Flags(rawValue: tables.flags[v]) }
        let p = s.properties
        var f: Flags = []
        if p.isAlphabetic { f.insert(.letter) }
        if p.isUppercase { f.insert(.upper) }
        return f
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool { flags(s).contains(.letter) }
    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool { flags(s).contains(.upper) }
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { flags(s).contains(.digit) }
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool { flags(s).contains(.space) }

    /// The lower-case form of a scalar (one scalar; multi-scalar mappings keep the scalar).
    @inline(__always) static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = Int(s.value)
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(UInt8(v + 32)) : s }
        if v < size { return Unicode.Scalar(UInt32(tables.lower[v])) ?? s }
        return s
    }

    /// Base letters of the Latin letters with diacritics (Latin-1, Latin Extended-A/B and the
    /// Vietnamese block), lower-cased: "Ấ" → "a", "Đ" → "d".
    private static let bases: [UInt16: UInt16] = {
        var out: [UInt16: UInt16] = [:]
        var ranges = Array(0xC0..<0x250)
        ranges += Array(0x1E00..<0x1F00)
        for v in ranges {
            guard let s = Unicode.Scalar(UInt32(v)), s.properties.isAlphabetic else { continue }
            var base = String(s).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? s
            base = lower(base)
            switch v {
            case 0x110, 0x111: base = "d"
            case 0xD8, 0xF8: base = "o"
            case 0xC6, 0xE6: base = "a"
            case 0xDF: base = "s"
            case 0x141, 0x142: base = "l"
            default: break
            }
            if base.value < 0x80 { out[UInt16(v)] = UInt16(base.value) }
        }
        return out
    }()

    /// The lower-case base letter of a scalar (diacritics dropped), for folding names.
    @inline(__always) static func base(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return lower(s) }
        if v < 0x1_0000, let b = bases[UInt16(v)] { return Unicode.Scalar(UInt8(b)) }
        return lower(s)
    }
}
