import LiaisonCore

/// The shape of words in personal names: Vietnamese syllables, words of other languages, and the
/// folded tokens names are compared by.
enum NameShape {
    private static let onsets: Set<String> = [
        "", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]
    private static let codas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]

    /// Whether a word cannot be one Vietnamese syllable ("Blinken", "Rutte", "Kaja"), so that a
    /// capitalised run of such words in a Vietnamese text is a foreign name.
    static func isForeignWord(_ text: TokenizedText, _ token: Token) -> Bool {
        if token.flags.contains(.vietnamese) { return false }
        var letters: [Unicode.Scalar] = []
        for k in token.start..<token.end {
            let s = ScalarTable.lower(text.scalars[k])
            guard s.isASCII else {
                // Accented letters outside Vietnamese (é in a Vietnamese word is a tone mark,
                // but ö, ü, ç, ñ are not Vietnamese).
                if "äëïöüçñåøæßśćńłžšč".unicodeScalars.contains(s) { return true }
                letters.append(baseLetter(s))
                continue
            }
            guard ScalarTable.isLetter(s) else { return true }
            letters.append(s)
        }
        if letters.contains(where: { "fjwz".unicodeScalars.contains($0) }) { return true }
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]
        var onset = "", coda = ""
        var i = 0
        while i < letters.count && !vowels.contains(letters[i]) { onset.unicodeScalars.append(letters[i]); i += 1 }
        if onset == "q" || onset == "g", i < letters.count, letters[i] == "u" || letters[i] == "i" {
            onset.unicodeScalars.append(letters[i]); i += 1
        }
        guard i < letters.count else { return !onset.isEmpty && letters.count > 1 }
        while i < letters.count && vowels.contains(letters[i]) { i += 1 }
        while i < letters.count && !vowels.contains(letters[i]) { coda.unicodeScalars.append(letters[i]); i += 1 }
        if i < letters.count { return true }  // a second vowel group: two syllables
        return !onsets.contains(onset) || !codas.contains(coda)
    }

    private static func baseLetter(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let decomposed = String(s).decomposedStringWithCanonicalMapping.unicodeScalars
        return decomposed.first ?? s
    }

    /// The folded tokens of a name ("Antony J. Blinken" → ["antony", "blinken"]): initials and
    /// hyphens dropped, parts joined by a hyphen kept together ("jong-un").
    static func key(_ text: TokenizedText, _ range: Range<Int>) -> [String] {
        key(text, range) { fold(text, text.tokens[$0]) }
    }

    /// The same, with the folded form of each token from `fold` (a cache).
    static func key(_ text: TokenizedText, _ range: Range<Int>, fold: (Int) -> String) -> [String] {
        var out: [String] = []
        out.reserveCapacity(range.count)
        var joinNext = false
        for i in range {
            let t = text.tokens[i]
            if t.kind == .punctuation {
                if text.first(i) == "-" && !t.flags.contains(.spaceBefore) { joinNext = true }
                continue
            }
            if t.flags.contains(.initial) { joinNext = false; continue }
            let folded = fold(i)
            if folded.isEmpty { continue }
            if joinNext, let last = out.popLast() { out.append(last + "-" + folded) } else { out.append(folded) }
            joinNext = false
        }
        return out
    }

    /// A token lower-cased with its diacritics dropped ("Nguyễn" → "nguyen"), as `NameKey.fold`
    /// does, on the scalar table.
    static func fold(_ text: TokenizedText, _ token: Token) -> String {
        // Most names fold to ASCII letters: written as bytes, without growing a string.
        let length = token.end - token.start
        if length <= 64 {
            var ascii = true
            let fast = String(unsafeUninitializedCapacity: length) { buffer in
                var n = 0
                for k in token.start..<token.end {
                    let s = text.scalars[k]
                    let f = ScalarTable.flags(s)
                    if f.contains(.mark) { continue }
                    if s == "'" || s == "\u{2019}" { continue }
                    guard f.contains(.letter) || f.contains(.digit) else { continue }
                    let b = ScalarTable.base(s)
                    guard b.isASCII else { ascii = false; return 0 }
                    buffer[n] = UInt8(b.value)
                    n += 1
                }
                return n
            }
            if ascii { return fast }
        }
        var out = String.UnicodeScalarView()
        for k in token.start..<token.end {
            let s = text.scalars[k]
            let f = ScalarTable.flags(s)
            if f.contains(.mark) { continue }
            if s == "'" || s == "\u{2019}" { continue }
            guard f.contains(.letter) || f.contains(.digit) else { continue }
            out.append(ScalarTable.base(s))
        }
        return String(out)
    }

    /// `Slug.make(name)` on the scalar table for Latin and Vietnamese names (the same result,
    /// without Foundation's normalisation); other names go to `Slug.make`.
    static func slug(_ name: String) -> String {
        // The common case, ASCII out, written as bytes.
        let capacity = name.utf8.count
        var ascii = true
        let fast = String(unsafeUninitializedCapacity: max(capacity, 1)) { buffer in
            var n = 0
            var pending = false
            for s in name.unicodeScalars {
                let v = s.value
                guard v < 0x250 || (v >= 0x1E00 && v < 0x1F00) || v == 0x2019 || v == 0x2BC || (v >= 0x300 && v < 0x370) else {
                    ascii = false
                    return 0
                }
                let f = ScalarTable.flags(s)
                if f.contains(.mark) { continue }
                if s == "'" || v == 0x2019 || v == 0x2BC { continue }
                if f.contains(.letter) || f.contains(.digit) {
                    let b = ScalarTable.base(s)
                    let hyphen = pending && n > 0
                    guard b.isASCII, n + (hyphen ? 2 : 1) <= capacity else { ascii = false; return 0 }
                    if hyphen { buffer[n] = 0x2D; n += 1 }
                    pending = false
                    buffer[n] = UInt8(b.value)
                    n += 1
                } else {
                    pending = true
                }
            }
            return n
        }
        if ascii { return fast.isEmpty ? "x" : fast }
        var out = String.UnicodeScalarView()
        var pending = false
        for s in name.unicodeScalars {
            let v = s.value
            guard v < 0x250 || (v >= 0x1E00 && v < 0x1F00) || v == 0x2019 || v == 0x2BC || (v >= 0x300 && v < 0x370) else {
                return Slug.make(name)
            }
            let f = ScalarTable.flags(s)
            if f.contains(.mark) { continue }
            if s == "'" || v == 0x2019 || v == 0x2BC { continue }
            if f.contains(.letter) || f.contains(.digit) {
                if pending && !out.isEmpty { out.append("-") }
                pending = false
                out.append(ScalarTable.base(s))
            } else {
                pending = true
            }
        }
        return out.isEmpty ? "x" : String(out)
    }

    /// Whether two folded words differ by at most one edit (a spelling variant: "zelenskyy" and
    /// "zelensky", "erdorgan" and "erdogan"); only for words of five letters or more.
    static func isVariant(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let la = a.utf8.count, lb = b.utf8.count
        guard min(la, lb) >= 5, abs(la - lb) <= 2 else { return false }
        var x = a, y = b
        // folded names are ASCII: compare bytes, without making arrays
        let ascii: Bool? = x.withUTF8 { xs in
            y.withUTF8 { ys in
                xs.allSatisfy { $0 < 0x80 } && ys.allSatisfy { $0 < 0x80 } ? abs(la - lb) <= 1 && oneEditApart(xs, ys) : nil
            }
        }
        if let ascii { return ascii }
        let xs = Array(a.unicodeScalars), ys = Array(b.unicodeScalars)
        guard min(xs.count, ys.count) >= 5, abs(xs.count - ys.count) <= 1 else { return false }
        return oneEditApart(xs, ys)
    }

    /// Whether two sequences differ by at most one insertion, deletion or substitution (their
    /// lengths differ by at most one).
    private static func oneEditApart<C: RandomAccessCollection>(_ x: C, _ y: C) -> Bool
        where C.Element: Equatable, C.Index == Int
    {
        var i = x.startIndex, j = y.startIndex, edits = 0
        while i < x.endIndex && j < y.endIndex {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        edits += (x.endIndex - i) + (y.endIndex - j)
        return edits <= 1
    }
}

/// The folded form of each token of a text, computed when first asked: names are compared word
/// by word, over and over, while a text is read.
final class FoldCache {
    let text: TokenizedText
    /// For each token, its folded word's place in `words` (or -1 before it is asked for).
    /// (A buffer the cache owns, not an array property: reading a class's array property is
    /// checked for exclusive access each time, and most reads hit.)
    private let index: UnsafeMutableBufferPointer<Int32>
    private var words: [String] = []

    init(_ text: TokenizedText) {
        self.text = text
        index = UnsafeMutableBufferPointer<Int32>.allocate(capacity: text.tokens.count)
        index.initialize(repeating: -1)
    }

    deinit {
        index.deallocate()
    }

    /// `NameShape.fold` of token `i`.
    func fold(_ i: Int) -> String {
        precondition(i >= 0 && i < index.count, "token \(i) out of range")
        let k = index[i]
        if k >= 0 { return words[Int(k)] }
        let w = NameShape.fold(text, text.tokens[i])
        index[i] = Int32(words.count)
        words.append(w)
        return w
    }

    /// `NameShape.key` of a range of tokens.
    func key(_ range: Range<Int>) -> [String] {
        NameShape.key(text, range) { self.fold($0) }
    }
}
