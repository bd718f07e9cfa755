import Foundation

/// One word of a text as ``EraEstimator`` sees it.
struct NameToken {
    /// Offsets in Unicode scalars: `start..<stop`.
    var start: Int
    var stop: Int
    /// The id of the folded word in the estimator's vocabulary, or -1 when no phrase has it.
    var id: Int32
    /// The word starts with a capital letter.
    var capitalized: Bool
    /// A sentence boundary (". ", "!", "?", ";", ":", a line break) comes before the word.
    var boundaryBefore: Bool
    /// A comma, a bracket or a dash comes before the word (and no boundary).
    var commaBefore: Bool
    /// The word stands between double quotation marks (quoted speech, where courtesy titles
    /// such as "President Trump" for a former president are common).
    var quoted: Bool
}

/// Splits text into words and folds them for comparison: lower case, no diacritics, "đ" → "d",
/// apostrophes inside a word dropped ("O'Brien" → "obrien"), a final "'s" dropped ("NATO's" →
/// "nato"). The same folding as ``NameKey/fold(_:)``, one scalar at a time and without Foundation
/// on the way.
enum NameFolding {
    /// Folded scalar for the Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF).
    private static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x2000)
        for v in 0..<0x2000 {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            table[v] = fold(slow: scalar)
        }
        return table
    }()

    private static func fold(slow scalar: Unicode.Scalar) -> UInt32 {
        switch scalar.value {
        case 0x110, 0x111: return 0x64  // Đ đ
        case 0xD8, 0xF8: return 0x6F  // Ø ø
        case 0xC6, 0xE6: return 0x61  // Æ æ
        case 0xDF: return 0x73  // ß
        case 0x141, 0x142: return 0x6C  // Ł ł
        case 0x131: return 0x69  // ı
        default: break
        }
        let base = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars.first!
        return ScalarCase.lower(base.value)
    }

    /// The folded scalar, or 0 for a combining mark (dropped).
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 32 : v }
        if v >= 0x300 && v <= 0x36F { return 0 }
        if v < 0x2000 { return table[Int(v)] }
        return ScalarCase.lower(v)
    }

    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || ScalarCase.isLetter(v)
    }

    @inline(__always)
    static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 || v == 0x2BC }

    /// Short words that end with a period without ending a sentence ("U.S.", "Mr.", "Gen.").
    static let abbreviations: Set<[UInt32]> = Set(
        ["mrs", "gen", "sen", "rep", "gov", "col", "sgt", "capt", "prof", "jr", "sr", "st", "no"].map {
            $0.unicodeScalars.map(\.value)
        })

    /// The scalars of a text, as numbers.
    static func scalars(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { out.append(scalar.value) }
        return out
    }

    /// The words of a text (given as ``scalars(_:)``), their folded forms looked up in
    /// `vocabulary`.
    static func tokens(_ scalars: [UInt32], vocabulary: [[UInt32]: Int32]) -> [NameToken] {
        var tokens: [NameToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        scan(scalars) { start, stop, folded, boundary, comma, quoted in
            tokens.append(
                NameToken(
                    start: start, stop: stop, id: vocabulary[folded] ?? -1,
                    capitalized: ScalarCase.isUpper(scalars[start]), boundaryBefore: boundary,
                    commaBefore: comma, quoted: quoted))
        }
        return tokens
    }

    /// The folded words of a phrase from a pack file ("U.S. Secretary of State" → u, s,
    /// secretary, of, state), with whether each starts with a capital.
    static func words(_ phrase: String) -> [(word: [UInt32], capitalized: Bool)] {
        let scalars = NameFolding.scalars(phrase.precomposedStringWithCanonicalMapping)
        var out: [(word: [UInt32], capitalized: Bool)] = []
        scan(scalars) { start, _, folded, _, _, _ in out.append((folded, ScalarCase.isUpper(scalars[start]))) }
        return out
    }

    /// Calls `body` for every word: its offsets, its folded scalars, whether a sentence boundary
    /// comes before it, whether a comma, a bracket or a dash does (with no boundary), and whether
    /// it is quoted. Quotation marks count as boundaries; a line break ends a quotation.
    private static func scan(
        _ scalars: [UInt32], _ body: (Int, Int, [UInt32], Bool, Bool, Bool) -> Void
    ) {
        var folded: [UInt32] = []
        var boundary = true
        var comma = false
        var quoted = false
        var last: Range<Int>?
        var i = 0
        let n = scalars.count
        while i < n {
            let v = scalars[i]
            guard isWordScalar(v) else {
                switch v {
                case 0x2E:  // a period ends a sentence unless it ends an abbreviation
                    if let last, last.upperBound == i, !boundary {
                        if !(last.count <= 2 || isAbbreviation(scalars[last])) { boundary = true }
                    } else {
                        boundary = true
                    }
                case 0x21, 0x3F, 0x3B, 0x3A, 0x2026:
                    boundary = true
                case 0x0A, 0x0D, 0x2028, 0x2029:
                    boundary = true
                    quoted = false
                case 0x22:  // "
                    boundary = true
                    quoted.toggle()
                case 0x201C, 0x201E, 0xAB:  // “ „ «
                    boundary = true
                    quoted = true
                case 0x201D, 0xBB:  // ” »
                    boundary = true
                    quoted = false
                case 0x2C, 0x28, 0x29, 0x2013, 0x2014, 0x2D, 0x5B, 0x5D:
                    comma = true
                default:
                    break
                }
                i += 1
                continue
            }
            // A word: letters, digits, combining marks, apostrophes between letters.
            let start = i
            var stop = i
            folded.removeAll(keepingCapacity: true)
            while i < n {
                let c = scalars[i]
                if isWordScalar(c) {
                    let f = fold(c)
                    if f != 0 { folded.append(f) }
                    i += 1
                    stop = i
                    continue
                }
                if isApostrophe(c), i + 1 < n, isWordScalar(scalars[i + 1]) {
                    // "'s" at the end of a word is a possessive: the word ends before it.
                    if scalars[i + 1] | 0x20 == 0x73 && (i + 2 >= n || !isWordScalar(scalars[i + 2])) {
                        i += 2
                        break
                    }
                    i += 1
                    continue
                }
                break
            }
            body(start, stop, folded, boundary, comma && !boundary, quoted)
            last = start..<stop
            boundary = false
            comma = false
        }
    }

    private static func isAbbreviation(_ word: ArraySlice<UInt32>) -> Bool {
        abbreviations.contains(word.map { fold($0) })
    }
}
