/// A sentence of a text: a run of tokens and its place in the text.
public struct Sentence: Hashable, Sendable {
    /// Indexes of its tokens in ``TokenizedText/tokens``.
    public var tokens: Range<Int>
    /// Offset of the first scalar, in Unicode scalars of the text.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// Whether it is the dateline that opens a news story ("HANOI, March 12 (Reuters) -",
    /// "WASHINGTON —", "Hà Nội (TTXVN) -"): a place and a source, not a sentence of the story.
    public var isDateline = false
}

/// Splits tokenized text into sentences.
///
/// A sentence ends at a line break, and at ".", "!", "?", "…" or "..." followed by white space
/// and a capital, a digit, an opening quote or a dash. Closing quotes and brackets written right
/// after the stop stay in the sentence (`He said: "We are ready."`), as does a stop written
/// after a closing quote. A stop that belongs to an abbreviation or an initial ("Mr.", "J.",
/// "No.") never ends a sentence; one that closes an initialism ("U.S.") does when the next word
/// is a usual sentence opener ("The", "He"). A dateline that opens a paragraph ("HANOI, March 12
/// (Reuters) -", "WASHINGTON —", "Hà Nội (TTXVN) -") is a sentence of its own, marked as such.
public struct SentenceSplitter: Sendable {
    private let openers: Set<UInt64>

    /// - Parameter sentenceOpeners: words that usually open a sentence (any case).
    public init(sentenceOpeners: [String] = []) {
        openers = Set(sentenceOpeners.map { TokenKey.of($0.unicodeScalars) })
    }

    public func split(_ text: TokenizedText) -> [Sentence] {
        let tokens = text.tokens
        let n = tokens.count
        var sentences: [Sentence] = []
        func close(_ begin: Int, _ end: Int) {
            guard end > begin else { return }
            sentences.append(Sentence(tokens: begin..<end, start: tokens[begin].start, end: tokens[end - 1].end))
        }
        func isTerminator(_ i: Int) -> Bool {
            guard tokens[i].kind == .punctuation else { return false }
            let s = text.first(i)
            return s == "." || s == "!" || s == "?" || s == "\u{2026}"
        }
        func isClosing(_ i: Int) -> Bool {
            let t = tokens[i]
            guard t.kind == .punctuation, t.length == 1 else { return false }
            switch text.first(i) {
            case "\"", "'", "\u{201D}", "\u{2019}", "\u{BB}", ")", "]": return !t.flags.contains(.spaceBefore)
            default: return false
            }
        }
        func startsSentence(_ i: Int) -> Bool {
            let t = tokens[i]
            let s = text.first(i)
            if t.kind == .word { return t.isCapitalized }
            if t.kind == .number { return true }
            switch s {
            case "\"", "\u{201C}", "\u{2018}", "'", "\u{AB}", "(", "[", "-", "\u{2013}", "\u{2014}": return true
            default: return false
            }
        }
        var begin = 0
        var i = 0
        while i < n {
            if i > begin && tokens[i].flags.contains(.lineBreakBefore) {
                close(begin, i)
                begin = i
            }
            if i == begin, let end = SentenceSplitter.datelineEnd(text, from: i) {
                close(begin, end)
                sentences[sentences.count - 1].isDateline = true
                begin = end
                i = end
                continue
            }
            let t = tokens[i]
            let terminator = isTerminator(i)
            let initialism = t.flags.contains(.abbreviation) && t.flags.contains(.dotted)
            if terminator || initialism {
                var j = i + 1
                while j < n && !tokens[j].flags.contains(.spaceBefore)
                    && !tokens[j].flags.contains(.lineBreakBefore) && (isClosing(j) || isTerminator(j))
                {
                    j += 1
                }
                var ends = false
                if j == n || tokens[j].flags.contains(.lineBreakBefore) {
                    ends = true
                } else if tokens[j].flags.contains(.spaceBefore) && startsSentence(j) {
                    ends = terminator || openers.contains(tokens[j].key)
                }
                if ends {
                    close(begin, j)
                    begin = j
                    i = j
                    continue
                }
                i = j
                continue
            }
            i += 1
        }
        close(begin, n)
        return sentences
    }

    /// The end of a dateline starting at token `b` (the token after its dash), if one does: at
    /// most sixteen tokens of capitalised words, numbers, commas, slashes and a bracketed source,
    /// then a spaced dash ("-", "–", "—" or "--") followed by the story. The words before the
    /// first comma are all capitals ("HANOI", "VIÊNG CHĂN"), or a bracketed source follows them
    /// ("Hà Nội (TTXVN)").
    static func datelineEnd(_ text: TokenizedText, from b: Int) -> Int? {
        let tokens = text.tokens
        guard b < tokens.count, tokens[b].isWord, tokens[b].isCapitalized else { return nil }
        let limit = min(tokens.count, b + 16)
        var words = 0
        var capitals = true
        var bracket = false
        var comma = false
        var k = b
        while k < limit {
            let t = tokens[k]
            if k > b && t.flags.contains(.lineBreakBefore) { return nil }
            switch t.kind {
            case .word:
                guard t.isCapitalized else { return nil }
                words += 1
                if !comma && !t.isAllCaps { capitals = false }
            case .number:
                break
            case .punctuation:
                guard t.length <= 2 else { return nil }
                switch text.first(k) {
                case "(":
                    var j = k + 1
                    while j < limit && !(tokens[j].kind == .punctuation && text.first(j) == ")") {
                        guard tokens[j].isWord && tokens[j].isCapitalized else { return nil }
                        j += 1
                    }
                    guard j < limit, j > k + 1 else { return nil }
                    bracket = true
                    comma = true
                    k = j + 1
                    continue
                case "-", "\u{2013}", "\u{2014}":
                    guard t.flags.contains(.spaceBefore), words > 0, capitals || bracket else { return nil }
                    var e = k + 1
                    if e < tokens.count, tokens[e].kind == .punctuation, text.first(e) == "-",
                       !tokens[e].flags.contains(.spaceBefore) { e += 1 }  // "--"
                    guard e < tokens.count, tokens[e].flags.contains(.spaceBefore),
                          !tokens[e].flags.contains(.lineBreakBefore) else { return nil }
                    return e
                case ",", "/":
                    comma = true
                case ".":
                    break
                default:
                    return nil
                }
            }
            k += 1
        }
        return nil
    }
}
