/// A text split into tokens, with its scalars kept for offsets and spelling.
public struct TokenizedText: Sendable {
    /// The text's Unicode scalars: token offsets index into this array.
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    /// The text in UTF-8, and the byte offset of each scalar (one more at the end), to cut
    /// strings out quickly.
    private let utf8: [UInt8]
    private let byteOffsets: [Int32]

    init(scalars: [Unicode.Scalar], tokens: [Token], utf8: [UInt8], byteOffsets: [Int32]) {
        self.scalars = scalars
        self.tokens = tokens
        self.utf8 = utf8
        self.byteOffsets = byteOffsets
    }

    init(scalars: [Unicode.Scalar], tokens: [Token]) {
        self.scalars = scalars
        self.tokens = tokens
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count * 2)
        var offsets = [Int32](repeating: 0, count: scalars.count + 1)
        for (i, s) in scalars.enumerated() {
            offsets[i] = Int32(utf8.count)
            UTF8.encode(s) { utf8.append($0) }
        }
        offsets[scalars.count] = Int32(utf8.count)
        self.utf8 = utf8
        self.byteOffsets = offsets
    }

    /// The spelling of a token.
    public func text(_ token: Token) -> String {
        text(from: token.start, to: token.end)
    }

    /// The text between two scalar offsets.
    public func text(from start: Int, to end: Int) -> String {
        let a = Int(byteOffsets[max(0, min(start, scalars.count))])
        let b = Int(byteOffsets[max(0, min(end, scalars.count))])
        guard b > a else { return "" }
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }

    /// The text of tokens `range` (from the first one's start to the last one's end).
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(from: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end)
    }

    /// Whether `string` is exactly the text of tokens `range`, compared on bytes (without making
    /// the text's string).
    func isText(of range: Range<Int>, _ string: String) -> Bool {
        guard !range.isEmpty else { return string.isEmpty }
        let a = Int(byteOffsets[tokens[range.lowerBound].start])
        let b = Int(byteOffsets[tokens[range.upperBound - 1].end])
        guard string.utf8.count == b - a else { return false }
        var string = string
        return string.withUTF8 { s in
            utf8.withUnsafeBufferPointer { bytes in
                for k in 0..<s.count where s[k] != bytes[a + k] { return false }
                return true
            }
        }
    }

    /// Whether token `i` is spelled exactly `word` (case-sensitive).
    func spelled(_ i: Int, _ word: String) -> Bool {
        let t = tokens[i]
        var k = t.start
        for s in word.unicodeScalars {
            guard k < t.end, scalars[k] == s else { return false }
            k += 1
        }
        return k == t.end
    }

    /// The first scalar of token `i`.
    func first(_ i: Int) -> Unicode.Scalar { scalars[tokens[i].start] }
}

/// Splits text into words, numbers and punctuation on Unicode scalars, keeping offsets.
///
/// - Words run over letters, digits and combining marks; an apostrophe between letters stays in
///   the word ("O'Brien", "didn't") except the possessive "'s", which is its own token.
/// - Numbers keep inner separators between digits ("3.5", "14.000", "13.11.2024", "13/11").
/// - Short letter groups joined by stops are one token ("U.S.", "TP.HCM", "e.g.").
/// - A full stop after an abbreviation of the language ("Mr.", "No.") or after a single capital
///   (an initial, "J.") belongs to the token; so does the last stop of "U.S.".
/// - Runs of full stops are one token ("..."), as is "…"; every other mark is a token of its own.
public struct Tokenizer: Sendable {
    /// Case-sensitive keys of the abbreviations (spelled without their final stop).
    private let abbreviations: Set<UInt64>

    public init(abbreviations: [String] = []) {
        self.abbreviations = Set(abbreviations.map { Tokenizer.exactKey($0.unicodeScalars) })
    }

    static func exactKey<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = TokenKey.seed
        for s in scalars {
            h ^= UInt64(s.value)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    public func tokenize(_ text: String) -> TokenizedText {
        // One pass over the UTF-8 bytes gives the scalars and their byte offsets.
        var text = text
        let utf8: [UInt8] = text.withUTF8 { Array($0) }
        let n = utf8.count
        // (written through buffers: one scalar and one offset per scalar, at most one per byte)
        var count = 0
        var offsets: [Int32] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { scalars, scalarCount in
            offsets = [Int32](unsafeUninitializedCapacity: n + 1) { offsetBuffer, offsetCount in
                utf8.withUnsafeBufferPointer { bytes in
                    var i = 0
                    while i < n {
                        offsetBuffer[count] = Int32(i)
                        let b = bytes[i]
                        if b < 0x80 {
                            // ASCII: the scalar is the byte
                            scalars[count] = Unicode.Scalar(b)
                            count += 1
                            i += 1
                            continue
                        }
                        var v: UInt32
                        var width: Int
                        if b < 0x80 { v = UInt32(b); width = 1 }
                        else if b < 0xE0 { v = UInt32(b & 0x1F); width = 2 }
                        else if b < 0xF0 { v = UInt32(b & 0x0F); width = 3 }
                        else { v = UInt32(b & 0x07); width = 4 }
                        var k = 1
                        while k < width && i + k < n { v = (v << 6) | UInt32(bytes[i + k] & 0x3F); k += 1 }
                        scalars[count] = Unicode.Scalar(v) ?? "\u{FFFD}"
                        count += 1
                        i += width
                    }
                }
                offsetBuffer[count] = Int32(n)
                offsetCount = count + 1
            }
            scalarCount = count
        }
        return TokenizedText(scalars: scalars, tokens: tokenize(scalars: scalars), utf8: utf8, byteOffsets: offsets)
    }

    func tokenize(scalars array: [Unicode.Scalar]) -> [Token] {
        // (unsafe buffers: the loops below read every scalar and two tables, bounds checked by
        // the logic, not per access)
        array.withUnsafeBufferPointer { scalars in
            ScalarTable.flagTable.withUnsafeBufferPointer { table in
                ScalarTable.lowerTable.withUnsafeBufferPointer { lowerTable in
                    tokenize(scalars, table, lowerTable)
                }
            }
        }
    }

    private func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ table: UnsafeBufferPointer<UInt8>,
                          _ lowerTable: UnsafeBufferPointer<UInt16>) -> [Token]
    {
        let n = scalars.count
        @inline(__always) func fl(_ s: Unicode.Scalar) -> ScalarTable.Flags {
            s.value < 0x1_0000 ? ScalarTable.Flags(rawValue: table[Int(s.value)]) : ScalarTable.flags(s)
        }
        var tokens: [Token] = []
        tokens.reserveCapacity(n / 3 + 16)
        var i = 0
        var spaceBefore = false
        var lineBefore = true
        while i < n {
            let s = scalars[i]
            let here = fl(s)
            if here.contains(.space) || s.value == 0xFEFF || s.value == 0x200B {
                spaceBefore = true
                if here.contains(.newline) { lineBefore = true }
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.punctuation
            var extra: Token.Flags = []
            // What the token's scalars say, gathered while a word or number is scanned.
            var scanned = false
            var letters = 0, upper = 0, hasDigit = false, vietnamese = false
            var key = TokenKey.seed
            @inline(__always) func hash(_ s: Unicode.Scalar, into key: inout UInt64) {
                // TokenKey.add, with the table at hand
                var v = s.value
                if v < 0x1_0000 { v = UInt32(lowerTable[Int(v)]) }
                if v == 0x2019 || v == 0x2018 || v == 0x2BC { v = 0x27 }
                key ^= UInt64(v)
                key = key &* 0x100_0000_01b3
            }
            if here.contains(.letter) || here.contains(.digit) {
                scanned = true
                var j = i
                var digits = 0, groupLength = 0, dots = 0
                var singleLetterGroups = true
                scan: while true {
                    while j < n {
                        let s = scalars[j]
                        let g = fl(s)
                        if g.contains(.digit) { digits += 1; groupLength += 1 }
                        else if g.contains(.letter) {
                            if !g.contains(.mark) {
                                letters += 1
                                groupLength += 1
                                if g.contains(.upper) { upper += 1 }
                            }
                        }
                        else { break }
                        if g.contains(.vietnamese) { vietnamese = true }
                        hash(s, into: &key)
                        j += 1
                    }
                    guard j + 1 < n else { break }
                    let c = scalars[j].value
                    let before = fl(scalars[j - 1])
                    let after = fl(scalars[j + 1])
                    switch c {
                    case 0x27, 0x2019:  // apostrophe
                        guard before.contains(.letter), after.contains(.letter) else { break scan }
                        let possessive = ScalarTable.lower(scalars[j + 1]) == "s"
                            && (j + 2 >= n || !fl(scalars[j + 2]).contains(.letter))
                        if possessive { break scan }
                        hash(scalars[j], into: &key)
                        j += 1
                        groupLength = 0
                    case 0x2E, 0x2C, 0x3A, 0x2F:  // . , : /
                        if before.contains(.digit) && after.contains(.digit) && letters == 0 {
                            hash(scalars[j], into: &key)
                            j += 1
                        } else if c == 0x2E && before.contains(.letter) && after.contains(.letter)
                                    && groupLength <= 3 && digits == 0 {
                            if groupLength > 1 { singleLetterGroups = false }
                            dots += 1
                            groupLength = 0
                            hash(scalars[j], into: &key)
                            j += 1
                        } else {
                            break scan
                        }
                    default:
                        break scan
                    }
                }
                if dots > 0 && groupLength > 1 { singleLetterGroups = false }
                hasDigit = hasDigit || digits > 0
                kind = letters == 0 ? .number : .word
                if dots > 0 { extra.insert(.dotted) }
                // A full stop that belongs to the token.
                if j < n, scalars[j] == ".", kind == .word {
                    let length = j - start
                    var stop = false
                    if dots > 0 && singleLetterGroups {
                        extra.insert(.abbreviation); stop = true  // U.S.
                    } else if length == 1 && fl(scalars[start]).contains(.upper) {
                        extra.formUnion([.abbreviation, .initial]); stop = true  // J.
                    } else if abbreviations.contains(Tokenizer.exactKey(UnsafeBufferPointer(rebasing: scalars[start..<j]))) {
                        extra.insert(.abbreviation); stop = true  // Mr.
                    }
                    if stop {
                        hash(scalars[j], into: &key)
                        j += 1
                    }
                }
                i = j
            } else if (s == "'" || s == "\u{2019}"), i + 1 < n, ScalarTable.lower(scalars[i + 1]) == "s",
                      i + 2 >= n || !fl(scalars[i + 2]).contains(.letter) {
                i += 2  // possessive 's
            } else if s == "." {
                var j = i
                while j < n, scalars[j] == "." { j += 1 }
                i = j
            } else {
                i += 1
            }
            do {
                var flags = extra
                if spaceBefore { flags.insert(.spaceBefore) }
                if lineBefore { flags.insert(.lineBreakBefore) }
                var lettersSeen = 0
                if scanned {
                    lettersSeen = letters
                } else {
                    // punctuation: a mark or two
                    for k in start..<i {
                        let s = scalars[k]
                        let g = fl(s)
                        if g.contains(.letter) && !g.contains(.mark) {
                            lettersSeen += 1
                            if g.contains(.upper) { upper += 1 }
                        }
                        if g.contains(.digit) { hasDigit = true }
                        if g.contains(.vietnamese) { vietnamese = true }
                        hash(s, into: &key)
                    }
                }
                if vietnamese { flags.insert(.vietnamese) }
                if kind == .word && fl(scalars[start]).contains(.upper) { flags.insert(.capitalized) }
                if lettersSeen >= 2 && upper == lettersSeen { flags.insert(.allCaps) }
                if hasDigit { flags.insert(.digit) }
                tokens.append(Token(start: start, end: i, kind: kind, flags: flags, key: key))
            }
            spaceBefore = false
            lineBefore = false
        }
        return tokens
    }
}
