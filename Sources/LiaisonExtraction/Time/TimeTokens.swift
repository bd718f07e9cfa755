import Foundation

/// One token of a text as the temporal tagger sees it: a word, a number or one punctuation mark.
struct TimeToken {
    enum Kind: UInt8 { case word, number, punct }

    struct Flags: OptionSet {
        let rawValue: UInt8
        /// Whitespace comes before the token.
        static let spaceBefore = Flags(rawValue: 1)
        /// A line break comes before the token.
        static let newlineBefore = Flags(rawValue: 2)
        /// The token starts with an uppercase letter.
        static let capitalized = Flags(rawValue: 4)
        /// A number written with an ordinal suffix ("13th").
        static let ordinal = Flags(rawValue: 8)
    }

    var kind: Kind
    var flags: Flags
    /// Number of digits of a number.
    var digits: UInt8
    /// Offsets in Unicode scalars: `start..<stop`.
    var start: Int32
    var stop: Int32
    /// Offsets in UTF-8 bytes.
    var byteStart: Int32
    var byteStop: Int32
    /// A number's value, or a punctuation mark's scalar.
    var value: Int32
    /// Lexicon matches starting here: `matches[matchStart..<matchStart+matchCount]`.
    var matchStart: Int32
    var matchCount: Int32
    /// Bit set of the lexicon kinds matched here (`TimeLexicon.Kind.bit`).
    var kinds: UInt32

    @inline(__always) var isNumber: Bool { kind == .number }
    @inline(__always) var spaceBefore: Bool { flags.contains(.spaceBefore) }
    @inline(__always) var isCapitalized: Bool { flags.contains(.capitalized) }
    @inline(__always) func isPunct(_ scalar: UInt32) -> Bool { kind == .punct && UInt32(value) == scalar }
}

/// A lexicon phrase found in the text: it starts at some token and ends before token `end`.
struct TimeMatch {
    var end: Int32
    var entry: Int32
}

/// Splits a text into ``TimeToken``s and finds the lexicon's phrases in them, in one pass over the
/// UTF-8 bytes plus one over the tokens.
struct TimeTokenizer {
    var tokens: [TimeToken] = []
    var matches: [TimeMatch] = []
    /// Case-folded scalars of every token, back to back; token `t` owns
    /// `folded[foldStart[t]..<foldStart[t+1]]`.
    private var folded: [UInt32] = []
    private var foldStart: [Int32] = []

    init(text: String, lexicon: TimeLexicon) {
        var text = text
        text.withUTF8 { bytes in
            // One folded scalar per scalar of the text, at most one per byte; composing a
            // decomposed word can in rare cases need more room, and then the text is lexed again.
            var capacity = bytes.count + 1
            while !self.lex(bytes, foldCapacity: capacity) { capacity = capacity * 3 + 16 }
        }
        findPhrases(lexicon)
    }

    // MARK: lexing

    /// Lexes the text; false when `folded` needs more than `foldCapacity` scalars.
    private mutating func lex(_ bytes: UnsafeBufferPointer<UInt8>, foldCapacity: Int) -> Bool {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(bytes.count / 3 + 16)
        var fits = true
        // (folded scalars and token starts written through buffers: they are as many as the
        // scalars and the tokens, which the capacity bounds)
        var foldStart: [Int32] = []
        let folded = [UInt32](unsafeUninitializedCapacity: foldCapacity) { foldedBuffer, foldedCount in
            foldStart = [Int32](unsafeUninitializedCapacity: foldCapacity + 1) { startBuffer, startCount in
                let (f, s) = TimeTokenizer.lex(bytes, into: &tokens, folded: foldedBuffer, foldStart: startBuffer)
                if f < 0 {
                    fits = false
                    foldedCount = 0
                    startCount = 0
                } else {
                    startBuffer[s] = Int32(f)
                    foldedCount = f
                    startCount = s + 1
                }
            }
        }
        guard fits else { return false }
        self.tokens = tokens
        self.folded = folded
        self.foldStart = foldStart
        return true
    }

    /// Lexes `bytes` into `tokens`, the folded scalars and where each token's start in them;
    /// returns how many folded scalars and token starts were written, or (-1, -1) when the
    /// folded scalars do not fit.
    private static func lex(
        _ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [TimeToken],
        folded: UnsafeMutableBufferPointer<UInt32>, foldStart: UnsafeMutableBufferPointer<Int32>
    ) -> (Int, Int) {
        let capacity = folded.count - 1
        var foldedCount = 0
        var startCount = 0
        var b = 0
        var scalarIndex: Int32 = 0
        let n = bytes.count
        var pendingFlags: TimeToken.Flags = []
        // The token being built, if a word or number is open.
        var open = false
        var current = TimeToken(
            kind: .word, flags: [], digits: 0, start: 0, stop: 0, byteStart: 0, byteStop: 0, value: 0,
            matchStart: 0, matchCount: 0, kinds: 0)
        var lettersAfterDigits = 0  // start offset in `folded` where letters began in a number
        var sawLetterInNumber = false
        var sawCombiningMark = false

        @inline(__always) func closeToken(_ endByte: Int, _ endScalar: Int32) -> Bool {
            guard open else { return true }
            current.byteStop = Int32(endByte)
            current.stop = endScalar
            if current.kind == .number && sawLetterInNumber {
                // "13th" is an ordinal number; "5G", "20km", "10h30" are words.
                let suffixStart = lettersAfterDigits
                let suffixCount = foldedCount - suffixStart
                var isOrdinal = false
                if suffixCount == 2 && current.digits <= 4 {
                    let a = folded[suffixStart], c = folded[suffixStart + 1]
                    isOrdinal =
                        (a == 0x73 && c == 0x74) || (a == 0x6E && c == 0x64) || (a == 0x72 && c == 0x64)
                        || (a == 0x74 && c == 0x68)
                }
                if isOrdinal {
                    current.flags.insert(.ordinal)
                } else {
                    current.kind = .word
                }
            }
            if sawCombiningMark {
                // Decomposed text ("a" + U+0300): compose the folded word so that it matches the
                // lexicon; offsets stay those of the text as given.
                let start = Int(foldStart[startCount - 1])
                var view = String.UnicodeScalarView()
                for v in folded[start..<foldedCount] { if let s = Unicode.Scalar(v) { view.append(s) } }
                let composed = String(view).precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
                guard start + composed.count <= capacity else { return false }
                for (k, v) in composed.enumerated() { folded[start + k] = v }
                foldedCount = start + composed.count
                sawCombiningMark = false
            }
            tokens.append(current)
            open = false
            sawLetterInNumber = false
            return true
        }

        while b < n {
            // Decode one scalar.
            let b0 = UInt32(bytes[b])
            var v: UInt32
            var len: Int
            if b0 < 0x80 {
                v = b0
                len = 1
            } else if b0 < 0xE0 {
                v = b + 1 < n ? ((b0 & 0x1F) << 6) | (UInt32(bytes[b + 1]) & 0x3F) : 0xFFFD
                len = 2
            } else if b0 < 0xF0 {
                v = b + 2 < n
                    ? ((b0 & 0x0F) << 12) | ((UInt32(bytes[b + 1]) & 0x3F) << 6) | (UInt32(bytes[b + 2]) & 0x3F)
                    : 0xFFFD
                len = 3
            } else {
                v = b + 3 < n
                    ? ((b0 & 0x07) << 18) | ((UInt32(bytes[b + 1]) & 0x3F) << 12)
                        | ((UInt32(bytes[b + 2]) & 0x3F) << 6) | (UInt32(bytes[b + 3]) & 0x3F)
                    : 0xFFFD
                len = 4
            }
            if b + len > n { len = n - b }
            // (at most one folded scalar per scalar: room is short only after composing)
            if foldedCount >= capacity { return (-1, -1) }

            let isDigit = v >= 0x30 && v <= 0x39
            if isDigit {
                if open && current.kind == .number && !sawLetterInNumber {
                    if current.digits < 9 { current.value = current.value * 10 + Int32(v - 0x30) }
                    current.digits &+= 1
                    folded[foldedCount] = v
                    foldedCount += 1
                } else if open {
                    // Digits inside a word ("G20") or after a number's letters ("10h30").
                    folded[foldedCount] = v
                    foldedCount += 1
                } else {
                    foldStart[startCount] = Int32(foldedCount)
                    startCount += 1
                    current = TimeToken(
                        kind: .number, flags: pendingFlags, digits: 1, start: scalarIndex, stop: 0,
                        byteStart: Int32(b), byteStop: 0, value: Int32(v - 0x30), matchStart: 0, matchCount: 0,
                        kinds: 0)
                    pendingFlags = []
                    open = true
                    folded[foldedCount] = v
                    foldedCount += 1
                }
            } else if v < 0x80 ? ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) : ScalarCase.isLetter(v) {
                let lower = v < 0x80 ? v | 0x20 : TimeLexicon.foldForMatch(v)
                if v >= 0x300 && v <= 0x36F { sawCombiningMark = true }
                if open {
                    if current.kind == .number && !sawLetterInNumber {
                        sawLetterInNumber = true
                        lettersAfterDigits = foldedCount
                    }
                    folded[foldedCount] = lower
                    foldedCount += 1
                } else {
                    foldStart[startCount] = Int32(foldedCount)
                    startCount += 1
                    var flags = pendingFlags
                    if lower != v { flags.insert(.capitalized) }
                    current = TimeToken(
                        kind: .word, flags: flags, digits: 0, start: scalarIndex, stop: 0,
                        byteStart: Int32(b), byteStop: 0, value: Int32(lower), matchStart: 0, matchCount: 0,
                        kinds: 0)
                    pendingFlags = []
                    open = true
                    folded[foldedCount] = lower
                    foldedCount += 1
                }
            } else {
                guard closeToken(b, scalarIndex) else { return (-1, -1) }
                if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 {
                    pendingFlags.insert([.spaceBefore, .newlineBefore])
                } else if v == 0x20 || v == 0x09 || v == 0xA0 || (v >= 0x2000 && v <= 0x200B) || v == 0x3000
                    || v == 0x0B || v == 0x0C || v == 0x202F || v == 0xFEFF
                {
                    pendingFlags.insert(.spaceBefore)
                } else {
                    foldStart[startCount] = Int32(foldedCount)
                    startCount += 1
                    folded[foldedCount] = v < 0x80 ? v : TimeLexicon.foldForMatch(v)
                    foldedCount += 1
                    tokens.append(
                        TimeToken(
                            kind: .punct, flags: pendingFlags, digits: 0, start: scalarIndex, stop: scalarIndex + 1,
                            byteStart: Int32(b), byteStop: Int32(b + len), value: Int32(bitPattern: v),
                            matchStart: 0, matchCount: 0, kinds: 0))
                    pendingFlags = []
                }
            }
            b += len
            scalarIndex += 1
        }
        guard closeToken(n, scalarIndex) else { return (-1, -1) }
        return (foldedCount, startCount)
    }

    // MARK: phrases

    private mutating func findPhrases(_ lexicon: TimeLexicon) {
        matches.reserveCapacity(tokens.count / 4)
        let count = tokens.count
        var t = 0
        while t < count {
            let firstStart = Int(foldStart[t])
            var node = lexicon.child(0, folded[firstStart])
            if node < 0 {
                t += 1
                continue
            }
            let matchStart = matches.count
            var kinds: UInt32 = 0
            var k = t
            var position = firstStart + 1
            walk: while true {
                let end = Int(foldStart[k + 1])
                while position < end {
                    node = lexicon.child(node, folded[position])
                    if node < 0 { break walk }
                    position += 1
                }
                for e in lexicon.entries(at: node) {
                    let entry = lexicon.entryIndex(e)
                    matches.append(TimeMatch(end: Int32(k + 1), entry: Int32(entry)))
                    kinds |= lexicon.entries[entry].kind.bit
                }
                k += 1
                if k >= count { break }
                let next = tokens[k]
                if next.flags.contains(.newlineBefore) { break }
                if next.spaceBefore {
                    node = lexicon.child(node, 0x20)
                    if node < 0 { break }
                }
                position = Int(foldStart[k])
            }
            if matches.count > matchStart {
                tokens[t].matchStart = Int32(matchStart)
                tokens[t].matchCount = Int32(matches.count - matchStart)
                tokens[t].kinds = kinds
            }
            t += 1
        }
    }
}
