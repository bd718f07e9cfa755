import LiaisonCore

/// The tokens, sentences, pack phrases, dates and quotations of one document: what every later
/// stage of extraction reads.
struct TextAnalysis {
    let pack: LanguagePack
    let text: TokenizedText
    let sentences: [Sentence]
    /// For each token, the index of its sentence.
    let sentenceOf: [Int32]
    /// Pack phrases starting at each token: `matchList[matchStart[i]..<matchStart[i + 1]]`,
    /// longest first; phrases never cross a sentence end.
    private let matchStart: [Int32]
    private let matchList: [LexMatch]
    /// For each token, a bit for each category (`LexCategory.rawValue`) and for each function-word
    /// kind (`GrammarKind.index`) of the phrases starting there: most lookups fail, and fail here.
    private let categoryMask: [UInt16]
    private let grammarMask: [UInt64]
    /// The date mentions, with the tokens they cover.
    let dates: [DateMention]
    let dateTokens: [Range<Int>]
    /// For each token, the index of the date mention covering it, or -1.
    let dateAt: [Int32]
    /// Whether each token stands inside quotation marks.
    let inQuote: [Bool]
    /// For each token, the index of its paragraph (text between line breaks).
    let paragraphOf: [Int32]
    /// For each token, the index of the first token of its clause segment (segments are cut at
    /// commas, semicolons, colons, brackets and spaced dashes).
    private(set) var segmentStart: [Int32]

    init(pack: LanguagePack, text: String, dates: [DateMention]) {
        self.pack = pack
        let tokenized = pack.tokenizer.tokenize(text)
        self.text = tokenized
        let tokens = tokenized.tokens
        let sentences = pack.splitter.split(tokenized)
        self.sentences = sentences
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for (si, s) in sentences.enumerated() { for i in s.tokens { sentenceOf[i] = Int32(si) } }
        self.sentenceOf = sentenceOf

        let (starts, list) = pack.matchAll(in: tokenized, sentences: sentences)
        matchStart = starts
        matchList = list
        var categories = [UInt16](repeating: 0, count: tokens.count)
        var kinds = [UInt64](repeating: 0, count: tokens.count)
        for i in tokens.indices {
            for k in Int(starts[i])..<Int(starts[i + 1]) {
                let m = list[k]
                categories[i] |= 1 << UInt16(m.category.rawValue)
                if m.category == .grammar { kinds[i] |= 1 << UInt64(m.ref) }
            }
        }
        categoryMask = categories
        grammarMask = kinds

        // Dates → tokens.
        var dateAt = [Int32](repeating: -1, count: tokens.count)
        var ranges: [Range<Int>] = []
        for (di, d) in dates.enumerated() {
            var lo = 0, hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[mid].end <= d.start { lo = mid + 1 } else { hi = mid }
            }
            var k = lo
            while k < tokens.count && tokens[k].start < d.stop {
                if dateAt[k] < 0 { dateAt[k] = Int32(di) }
                k += 1
            }
            ranges.append(lo..<k)
        }
        self.dates = dates
        self.dateTokens = ranges
        self.dateAt = dateAt

        // Quotations and paragraphs.
        var inQuote = [Bool](repeating: false, count: tokens.count)
        var paragraphOf = [Int32](repeating: 0, count: tokens.count)
        var open = false
        var paragraph: Int32 = -1
        for i in tokens.indices {
            if tokens[i].flags.contains(.lineBreakBefore) {
                paragraph += 1
                open = false
            }
            paragraphOf[i] = max(paragraph, 0)
            if tokens[i].kind == .punctuation && tokens[i].length == 1 {
                switch tokenized.first(i) {
                case "\u{201C}", "\u{AB}": open = true; continue
                case "\u{201D}", "\u{BB}": inQuote[i] = true; open = false; continue
                case "\"": if open { inQuote[i] = true; open = false } else { open = true }; continue
                default: break
                }
            }
            inQuote[i] = open
        }
        self.inQuote = inQuote
        self.paragraphOf = paragraphOf
        self.segmentStart = []
        self.segmentStart = computeSegments(covered: [])
    }

    /// Recomputes clause segments so that no cut falls inside a mention (`covered` holds, for
    /// each token, whether it lies strictly inside a mention).
    mutating func resegment(inside covered: [Bool]) {
        segmentStart = computeSegments(covered: covered)
    }

    private func computeSegments(covered: [Bool]) -> [Int32] {
        let tokens = text.tokens
        var out = [Int32](repeating: 0, count: tokens.count)
        for s in sentences {
            var start = s.tokens.lowerBound
            for i in s.tokens {
                if i > start && isCut(i) && !(covered.count > i && covered[i]) {
                    start = i
                }
                out[i] = Int32(start)
            }
        }
        return out
    }

    /// Whether a clause segment starts at token `i` (the cutting mark belongs to the new segment).
    private func isCut(_ i: Int) -> Bool {
        let t = text.tokens[i]
        guard t.kind == .punctuation, t.length == 1 else { return false }
        switch text.first(i) {
        case ",", ";", ":", "(", ")": return true
        case "-":
            return t.flags.contains(.spaceBefore)
                || (i + 1 < text.tokens.count && text.tokens[i + 1].flags.contains(.spaceBefore))
        case "\u{2013}", "\u{2014}": return true
        default: return false
        }
    }

    // MARK: Lookups

    @inline(__always) func matches(at i: Int) -> ArraySlice<LexMatch> {
        guard i >= 0 && i < text.tokens.count else { return [] }
        return matchList[Int(matchStart[i])..<Int(matchStart[i + 1])]
    }

    // (The masks are tested inline at every call, since most lookups fail there; the lists are
    // read out of line.)

    /// The longest phrase of a category at token `i`.
    @inline(__always)
    func longest(_ category: LexCategory, at i: Int) -> (entry: LexRef, length: Int)? {
        guard i >= 0 && i < categoryMask.count, categoryMask[i] & (1 << UInt16(category.rawValue)) != 0 else { return nil }
        return firstMatch(category, at: i)
    }

    private func firstMatch(_ category: LexCategory, at i: Int) -> (entry: LexRef, length: Int)? {
        for k in Int(matchStart[i])..<Int(matchStart[i + 1]) where matchList[k].category == category {
            return (LexRef(ref: matchList[k].ref), matchList[k].length)
        }
        return nil
    }

    /// The length of the longest function word of `kind` at token `i`.
    @inline(__always)
    func grammar(_ kind: GrammarKind, at i: Int) -> Int? {
        guard i >= 0 && i < grammarMask.count, grammarMask[i] & (1 << UInt64(kind.index)) != 0 else { return nil }
        return grammarLength(kind, at: i)
    }

    private func grammarLength(_ kind: GrammarKind, at i: Int) -> Int? {
        let ref = Int32(kind.index)
        for k in Int(matchStart[i])..<Int(matchStart[i + 1]) {
            let m = matchList[k]
            if m.category == .grammar && m.ref == ref { return m.length }
        }
        return nil
    }

    @inline(__always)
    func isGrammar(_ kind: GrammarKind, at i: Int) -> Bool {
        i >= 0 && i < grammarMask.count && grammarMask[i] & (1 << UInt64(kind.index)) != 0
    }

    /// Whether any pack phrase of `category` starts at token `i`.
    @inline(__always)
    func has(_ category: LexCategory, at i: Int) -> Bool {
        i >= 0 && i < categoryMask.count && categoryMask[i] & (1 << UInt16(category.rawValue)) != 0
    }

    /// Whether a function word of `kind` ends right before token `i` (within `window` tokens).
    func grammarEnding(_ kind: GrammarKind, before i: Int, window: Int = 4) -> Int? {
        var k = i - 1
        while k >= 0 && k >= i - window {
            if let n = grammar(kind, at: k), k + n == i { return k }
            k -= 1
        }
        return nil
    }

    func punctuation(_ i: Int, _ mark: Unicode.Scalar) -> Bool {
        i >= 0 && i < text.tokens.count && text.tokens[i].kind == .punctuation && text.tokens[i].length == 1
            && text.first(i) == mark
    }

    func isDash(_ i: Int) -> Bool {
        punctuation(i, "-") || punctuation(i, "\u{2013}") || punctuation(i, "\u{2014}")
    }

    func segment(of i: Int) -> Int { Int(segmentStart[i]) }

    func sentence(of i: Int) -> Sentence { sentences[Int(sentenceOf[i])] }
}
