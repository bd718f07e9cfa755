/// Tells Vietnamese from English, and both from other languages, so the caller can pick a
/// language pack (or say that a language is not supported yet).
///
/// Vietnamese is recognised by its letters (ă â đ ê ô ơ ư and the tone-marked vowels of
/// U+1EA0–U+1EF9) and its frequent syllables ("và", "của", "các"…), English by its function words
/// ("the", "of", "and"…). Function words of French, German, Spanish, Italian, Portuguese, Dutch
/// and Indonesian compete with them, and a text mostly in another script (Chinese, Russian,
/// Arabic…) is not Latin at all: both give `nil`.
///
/// ```swift
/// LanguageDetector.detect("Hai ngoại trưởng đã gặp nhau tại Brussels.")  // "vi"
/// LanguageDetector.detect("The two ministers met in Brussels.")           // "en"
/// LanguageDetector.detect("Les deux ministres se sont rencontrés.")       // nil
/// ```
public enum LanguageDetector {
    /// How much of a long text is looked at.
    static let sampleScalars = 60_000

    /// "vi", "en", or `nil` when the text is in another language, or too short or mixed to say.
    public static func detect(_ text: String) -> String? {
        var counts = [Int](repeating: 0, count: lists.count)
        var vietnameseLetters = 0
        var tokens = 0
        var latin = 0
        var otherScript = 0
        var word = String.UnicodeScalarView()
        var wordHasVietnamese = false

        func endWord() {
            guard !word.isEmpty else { return }
            tokens += 1
            if wordHasVietnamese { vietnameseLetters += 1 }
            let w = String(word)
            for (index, list) in lists.enumerated() where list.words.contains(w) { counts[index] += 1 }
            word.removeAll(keepingCapacity: true)
            wordHasVietnamese = false
        }

        var seen = 0
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            seen += 1
            if seen > sampleScalars { break }
            let v = scalar.value
            if ScalarCase.isLetter(v) {
                if v < 0x250 || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x300 && v <= 0x36F) {
                    latin += 1
                    let lower = ScalarCase.lower(v)
                    if isVietnamese(lower) { wordHasVietnamese = true }
                    word.append(Unicode.Scalar(lower)!)
                } else {
                    otherScript += 1
                    endWord()
                }
            } else {
                endWord()
            }
        }
        endWord()
        guard tokens > 0, latin > 0, otherScript * 2 < latin else { return nil }

        let n = Double(tokens)
        var scores: [(language: String?, score: Double)] = []
        for (index, list) in lists.enumerated() {
            var score = Double(counts[index]) / n
            if list.code == "vi" { score += Double(vietnameseLetters) / n }
            scores.append((list.code, score))
        }
        scores.sort { $0.score > $1.score }
        let best = scores[0]
        let second = scores.count > 1 ? scores[1].score : 0
        guard let code = best.language, code == "vi" || code == "en", best.score >= 0.1,
            best.score >= second * 1.5
        else { return nil }
        return code
    }

    /// Letters that only Vietnamese writes among the languages compared here.
    static func isVietnamese(_ lower: UInt32) -> Bool {
        switch lower {
        case 0x103, 0x111, 0x1A1, 0x1B0, 0x129, 0x169: return true  // ă đ ơ ư ĩ ũ
        case 0x1EA0...0x1EF9: return true
        default: return false
        }
    }

    struct WordList {
        var code: String?
        var words: Set<String>
    }

    /// Frequent words per language. Words shared by several languages ("a", "de", "in") are
    /// left out of all but the one they tell apart best.
    static let lists: [WordList] = [
        WordList(
            code: "vi",
            words: [
                "và", "của", "các", "là", "có", "được", "trong", "cho", "với", "không", "này", "những", "người",
                "đã", "một", "năm", "ngày", "tại", "theo", "để", "về", "đến", "từ", "khi", "cũng", "nhiều", "như",
                "sẽ", "hai", "nước", "ông", "bà", "bộ", "trưởng", "việt", "thủ", "tướng", "chính", "phủ", "hội",
                "đó", "thì", "mà", "ra", "làm", "đang", "vào", "sau", "trên", "lại", "còn", "nói", "biết",
                "chúng", "tôi", "họ", "bên", "cùng", "quan", "hệ", "hợp", "tác", "cho", "tổng", "thống", "gặp",
                "nhau", "đối", "với", "thế", "giới", "tin", "theo", "nhưng", "nên", "rằng", "hơn",
            ]),
        WordList(
            code: "en",
            words: [
                "the", "of", "and", "to", "is", "that", "for", "on", "with", "as", "was", "by", "at", "from",
                "it", "are", "he", "she", "his", "her", "said", "has", "have", "be", "this", "an", "which",
                "were", "will", "their", "its", "not", "but", "or", "had", "been", "would", "who", "they",
                "after", "also", "than", "more", "about", "into", "over", "we", "you", "there", "what", "when",
                "could", "our", "should", "while", "between", "two", "met", "told",
            ]),
        WordList(
            code: nil,  // French
            words: [
                "le", "la", "les", "des", "est", "et", "une", "du", "dans", "pour", "qui", "sur", "pas", "au",
                "aux", "avec", "ce", "cette", "sont", "il", "elle", "ont", "été", "mais", "ou", "par", "plus",
                "à", "de", "se", "son", "ses", "leur", "nous", "vous", "deux",
            ]),
        WordList(
            code: nil,  // German
            words: [
                "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "von", "zu", "sich",
                "auf", "für", "dem", "des", "im", "auch", "es", "wird", "wurde", "hat", "bei", "nach", "aus",
                "sie", "er", "wir", "am", "um", "über", "zwei", "dass",
            ]),
        WordList(
            code: nil,  // Spanish
            words: [
                "el", "los", "las", "y", "es", "del", "que", "por", "una", "con", "para", "al", "su", "como",
                "más", "pero", "fue", "ha", "lo", "sus", "entre", "dos", "está",
            ]),
        WordList(
            code: nil,  // Italian
            words: ["il", "di", "che", "è", "e", "per", "un", "non", "sono", "della", "gli", "nel", "alla", "anche", "ha"]),
        WordList(
            code: nil,  // Portuguese
            words: ["o", "os", "da", "do", "em", "não", "uma", "com", "ao", "dos", "das", "foi", "são", "pelo", "pela"]),
        WordList(
            code: nil,  // Dutch
            words: ["het", "een", "en", "van", "dat", "niet", "op", "te", "zijn", "met", "voor", "wordt", "werd", "ook"]),
        WordList(
            code: nil,  // Indonesian and Malay
            words: ["yang", "dan", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke", "adalah"]),
    ]
}
