import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// Whatever the text, the tagger does not crash and its mentions are well formed: sorted,
/// non-overlapping, and their text is exactly the text between their offsets.
@Suite struct TemporalTaggerRobustnessTests {
    static let fragments = [
        "ngày", "13", "/", "11", "-", "2024", ".", "thứ", "Hai", "tuần", "trước", "(", ")", ",", "từ", "đến", "và",
        "tháng", "năm", "hôm", "qua", "sáng", "nay", "cuối", "đầu", "November", "Nov", "on", "in", "last", "next",
        "Monday", "mid-", "ago", "two", "weeks", "between", "and", "to", "the", "of", "13th", "\n", "  ", "🇻🇳",
        "a\u{0300}", "31", "2", "29", "Feb", "12", "0", "99999999999", "–", "’s", "%", "người",
    ]

    @Test func randomTextGivesWellFormedMentions() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            seed ^= seed << 13
            seed ^= seed >> 7
            seed ^= seed << 17
            return Int(seed % UInt64(Self.fragments.count))
        }
        for round in 0..<300 {
            var text = ""
            for _ in 0..<(5 + round % 40) {
                text += Self.fragments[next()]
                if next() % 3 != 0 { text += " " }
            }
            for (tagger, published) in [(Taggers.vi, day("2024-11-14")), (Taggers.en, nil)] {
                let mentions = tagger.mentions(in: text, published: published)
                let count = text.unicodeScalars.count
                var previousStop = 0
                for m in mentions {
                    #expect(m.start >= previousStop && m.start < m.stop && m.stop <= count, "\(text)")
                    #expect(scalars(text, m.start, m.stop) == m.text, "\(text)")
                    if let a = m.date, let b = m.end { #expect(a <= b, "\(text)") }
                    previousStop = m.stop
                }
            }
        }
    }
}
