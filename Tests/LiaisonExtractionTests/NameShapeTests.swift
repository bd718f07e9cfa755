import LiaisonCore
import Testing
@testable import LiaisonExtraction

/// Folded name words and slugs, on the fast paths that write bytes, agree with the general
/// folding of `LiaisonCore` on every kind of name.
@Suite struct NameShapeTests {
    static let names = [
        "Phạm Minh Chính", "Đỗ Hùng Việt", "Nguyễn Thị Thanh Nhàn", "Antony J. Blinken", "Lee Jae-myung",
        "Mohammed bin Abdulrahman Al Thani", "O'Brien", "Andrii Sybiha", "Radosław Sikorski", "Søren Kierkegaard",
        "François Bayrou", "Ursula von der Leyen", "Tập Cận Bình", "Владимир Путин", "习近平", "Kaja  Kallas",
        "— ", "", "x", "Ab", "A-B", "Erdoğan", "Ferdinand Marcos Jr.", "N’Djamena", "İlham Əliyev",
    ]

    @Test(arguments: names) func slugsAreThoseOfTheCoreModel(_ name: String) {
        #expect(NameShape.slug(name) == Slug.make(name))
    }

    @Test(arguments: names) func foldedWordsAreThoseOfNameKey(_ name: String) {
        let text = Tokenizer().tokenize(name)
        for token in text.tokens where token.kind == .word {
            #expect(NameShape.fold(text, token) == NameKey.fold(text.text(token)).replacingOccurrences(of: " ", with: ""))
        }
    }

    @Test func spellingVariantsDifferByOneEdit() {
        #expect(NameShape.isVariant("zelenskyy", "zelensky"))
        #expect(NameShape.isVariant("erdorgan", "erdogan"))
        #expect(NameShape.isVariant("kallas", "kalas"))
        #expect(NameShape.isVariant("biden", "bidem"))
        #expect(!NameShape.isVariant("blinken", "blinkenxx"))
        #expect(!NameShape.isVariant("wong", "wang"))  // too short to guess
        #expect(NameShape.isVariant("sikorskí", "sikorski"))
    }
}
