/// A text split into tokens, with its scalars kept for offsets and spelling.
public struct TokenizedText: Sendable {
    /// The text's Unicode scalars: token offsets index into this array.
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]

    /// The spelling of a token.
    public func text(_ token: Token) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[token.start..<token.end])
        return String(s)
    }

    /// The text between two scalar offsets.
    public func text(from start: Int, to end: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[max(0, start)..<min(scalars.count, end)])
        return String(s)
    }

    /// The text of tokens `range` (from the first one's start to the last one's end).
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(from: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end)
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
        let scalars = Array(text.unicodeScalars)
        return TokenizedText(scalars: scalars, tokens: tokenize(scalars: scalars))
    }

    func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        let n = scalars.count
        var tokens: [Token] = []
        tokens.reserveCapacity(n / 4)
        var i = 0
        var spaceBefore = false
        var lineBefore = true
        @inline(__always) func f(_ k: Int) -> ScalarTable.Flags { k < n ? ScalarTable.flags(scalars[k]) : [] }
        while i < n {
            let s = scalars[i]
            let fl = ScalarTable.flags(s)
            if fl.contains(.space) || s.value == 0xFEFF || s.value == 0x200B {
                spaceBefore = true
                if fl.contains(.newline) { lineBefore = true }
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.punctuation
            var extra: Token.Flags = []
            if fl.contains(.letter) || fl.contains(.digit) {
                var j = i
                var letters = 0, digits = 0, groupLength = 0, dots = 0
                var singleLetterGroups = true
                scan: while true {
                    while j < n {
                        let g = ScalarTable.flags(scalars[j])
                        if g.contains(.digit) { digits += 1; groupLength += 1 }
                        else if g.contains(.letter) { if !g.contains(.mark) { letters += 1; groupLength += 1 } }
                        else { break }
                        j += 1
                    }
                    guard j + 1 < n else { break }
                    let c = scalars[j].value
                    let before = ScalarTable.flags(scalars[j - 1])
                    let after = ScalarTable.flags(scalars[j + 1])
                    switch c {
                    case 0x27, 0x2019:  // apostrophe
                        guard before.contains(.letter), after.contains(.letter) else { break scan }
                        let possessive = ScalarTable.lower(scalars[j + 1]) == "s"
                            && (j + 2 >= n || !ScalarTable.flags(scalars[j + 2]).contains(.letter))
                        if possessive { break scan }
                        j += 1
                        groupLength = 0
                    case 0x2E, 0x2C, 0x3A, 0x2F:  // . , : /
                        if before.contains(.digit) && after.contains(.digit) && letters == 0 {
                            j += 1
                        } else if c == 0x2E && before.contains(.letter) && after.contains(.letter)
                                    && groupLength <= 3 && digits == 0 {
                            if groupLength > 1 { singleLetterGroups = false }
                            dots += 1
                            groupLength = 0
                            j += 1
                        } else {
                            break scan
                        }
                    default:
                        break scan
                    }
                }
                if dots > 0 && groupLength > 1 { singleLetterGroups = false }
                kind = letters == 0 ? .number : .word
                if dots > 0 { extra.insert(.dotted) }
                // A full stop that belongs to the token.
                if j < n, scalars[j] == ".", kind == .word {
                    let length = j - start
                    if dots > 0 && singleLetterGroups {
                        extra.insert(.abbreviation); j += 1  // U.S.
                    } else if length == 1 && ScalarTable.isUpper(scalars[start]) {
                        extra.formUnion([.abbreviation, .initial]); j += 1  // J.
                    } else if abbreviations.contains(Tokenizer.exactKey(scalars[start..<j])) {
                        extra.insert(.abbreviation); j += 1  // Mr.
                    }
                }
                i = j
            } else if (s == "'" || s == "\u{2019}"), i + 1 < n, ScalarTable.lower(scalars[i + 1]) == "s",
                      i + 2 >= n || !ScalarTable.isLetter(scalars[i + 2]) {
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
                var upper = 0, lettersSeen = 0, hasDigit = false
                var key = TokenKey.seed
                for k in start..<i {
                    let g = ScalarTable.flags(scalars[k])
                    if g.contains(.letter) && !g.contains(.mark) {
                        lettersSeen += 1
                        if g.contains(.upper) { upper += 1 }
                    }
                    if g.contains(.digit) { hasDigit = true }
                    if g.contains(.vietnamese) { flags.insert(.vietnamese) }
                    TokenKey.add(&key, scalars[k])
                }
                if kind == .word && ScalarTable.isUpper(scalars[start]) { flags.insert(.capitalized) }
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
