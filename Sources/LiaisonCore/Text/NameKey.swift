import Foundation

/// Folding of names for comparison and ids: case-, diacritic- and punctuation-insensitive.
///
/// "Ngoại trưởng Mỹ" and "ngoai truong my" fold to the same key; "Đà Nẵng" folds to
/// "da nang". Works on Unicode scalars with a table for Vietnamese and Latin letters.
public enum NameKey {
    /// The folded form: lowercase ASCII letters and digits, words separated by one space.
    public static func fold(_ text: some StringProtocol) -> String {
        if let ascii = foldASCII(text) { return ascii }
        return foldScalars(text)
    }

    /// The general case, scalar by scalar after canonical decomposition.
    static func foldScalars(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in String(text).decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if v >= 0x300 && v <= 0x36F { continue }  // combining marks
            var mapped: Unicode.Scalar?
            switch v {
            case 0x41...0x5A: mapped = Unicode.Scalar(v + 32)
            case 0x61...0x7A, 0x30...0x39: mapped = scalar
            case 0x110, 0x111: mapped = "d"  // Đ đ
            case 0xD8, 0xF8: mapped = "o"  // Ø ø
            case 0xC6, 0xE6: mapped = "a"  // Æ æ (first letter is enough for keys)
            case 0xDF: mapped = "s"
            case 0x141, 0x142: mapped = "l"
            case 0x27, 0x2019, 0x2BC: continue  // apostrophes join ("O'Brien" → "obrien")
            default:
                if scalar.properties.isAlphabetic {
                    // Other scripts are kept as they are, lowercased.
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                        if pendingSpace && !out.isEmpty { out.append(" ") }
                        pendingSpace = false
                        out.append(lower)
                    }
                    continue
                }
            }
            if let mapped {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(mapped)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }
}

extension NameKey {
    /// The same folding for text that is all ASCII (most ids and English names), without the
    /// Unicode normalization; `nil` when the text has other characters.
    static func foldASCII(_ text: some StringProtocol) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            var mapped = byte
            switch byte {
            case 0x41...0x5A: mapped = byte + 32
            case 0x61...0x7A, 0x30...0x39: break
            case 0x27: continue  // apostrophes join
            case 0x80...: return nil
            default:
                pendingSpace = true
                continue
            }
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(mapped)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Stable ids from names: "Anthony Blinken" → `anthony-blinken`, "Liên minh châu Âu" →
/// `lien-minh-chau-au`.
public enum Slug {
    public static func make(_ name: some StringProtocol) -> String {
        var bytes = Array(NameKey.fold(name).utf8)
        if bytes.isEmpty { return "x" }
        for i in bytes.indices where bytes[i] == 0x20 { bytes[i] = 0x2D }  // spaces become hyphens
        return String(decoding: bytes, as: UTF8.self)
    }
}
