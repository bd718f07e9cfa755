import Testing
@testable import LiaisonExtraction

@Suite struct TokenizerTests {
    let english = Tokenizer(abbreviations: ["Mr", "Dr", "No"])
    let vietnamese = Tokenizer(abbreviations: ["TP", "TS"])

    func words(_ tokenizer: Tokenizer, _ text: String) -> [String] {
        let t = tokenizer.tokenize(text)
        return t.tokens.map { t.text($0) }
    }

    @Test func keepsAbbreviationsInitialsAndInitialismsWhole() {
        #expect(words(english, "Mr. Antony J. Blinken visited the U.S. embassy")
            == ["Mr.", "Antony", "J.", "Blinken", "visited", "the", "U.S.", "embassy"])
        #expect(words(english, "She lives at No. 10.") == ["She", "lives", "at", "No.", "10", "."])
        #expect(words(vietnamese, "Ông đến TP.HCM hôm qua") == ["Ông", "đến", "TP.HCM", "hôm", "qua"])
    }

    @Test func keepsNumbersWithInnerSeparators() {
        #expect(words(english, "Growth was 3.5 percent on 13.11.2024, or 14,000 jobs.")
            == ["Growth", "was", "3.5", "percent", "on", "13.11.2024", ",", "or", "14,000", "jobs", "."])
        #expect(words(vietnamese, "ngày 13/11 có 14.000 người") == ["ngày", "13/11", "có", "14.000", "người"])
    }

    @Test func splitsPossessivesAndPunctuation() {
        #expect(words(english, "Biden's plan, O'Brien's view—didn't work...")
            == ["Biden", "'s", "plan", ",", "O'Brien", "'s", "view", "—", "didn't", "work", "..."])
        #expect(words(english, "Netanyahu-Harris meeting") == ["Netanyahu", "-", "Harris", "meeting"])
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "Ngoại trưởng Mỹ Blinken"
        let t = vietnamese.tokenize(text)
        let last = t.tokens[3]
        #expect(t.text(last) == "Blinken")
        #expect(last.start == Array(text.unicodeScalars).count - 7)
        #expect(t.tokens[2].flags.contains(.vietnamese))
        #expect(!last.flags.contains(.vietnamese))
    }

    @Test func keysIgnoreCaseButFlagsKeepIt() {
        let t = english.tokenize("NATO nato Nato")
        #expect(t.tokens[0].key == t.tokens[1].key && t.tokens[1].key == t.tokens[2].key)
        #expect(t.tokens[0].isAllCaps && !t.tokens[2].isAllCaps && t.tokens[2].isCapitalized)
        let quotes = english.tokenize("didn’t didn't")
        #expect(quotes.tokens[0].key == quotes.tokens[1].key)
    }

    @Test func scalarsBeyondTheBasicPlaneAreTokensToo() {
        // emoji, flags and mathematical letters (outside the scalar table) once made it loop forever
        let t = english.tokenize("Biden 😀 met 𝐀𝐁 🇺🇸 today.")
        #expect(t.tokens.map { t.text($0) } == ["Biden", "😀", "met", "𝐀𝐁", "🇺", "🇸", "today", "."])
        #expect(t.tokens[3].kind == .word)
    }

    @Test func keysAndFlagsAreThoseOfEveryScalarOfTheToken() {
        // Random text over the characters that steer the scan: letters of several scripts,
        // combining marks, digits, apostrophes, dots, commas, colons, slashes, spaces, emoji.
        let alphabet = Array("aAbBzZđĐưƯếẾ́̀éÉßøØ0123456789'’.,:/- \n\tMrNoUSJ😀𝐀ᾱΩжЖ\u{2018}\u{2BC}")
            .map(String.init)
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        var text = ""
        for _ in 0..<20_000 {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            text += alphabet[Int(seed % UInt64(alphabet.count))]
        }
        let t = english.tokenize(text)
        var previousEnd = 0
        for token in t.tokens {
            let scalars = t.scalars[token.start..<token.end]
            #expect(token.start >= previousEnd)
            previousEnd = token.end
            #expect(token.key == TokenKey.of(scalars))
            let letters = scalars.filter { ScalarTable.flags($0).contains(.letter) && !ScalarTable.flags($0).contains(.mark) }
            let upper = letters.filter { ScalarTable.flags($0).contains(.upper) }
            #expect(token.flags.contains(.allCaps) == (letters.count >= 2 && upper.count == letters.count))
            #expect(token.flags.contains(.digit) == scalars.contains { ScalarTable.flags($0).contains(.digit) })
            #expect(token.flags.contains(.vietnamese) == scalars.contains { ScalarTable.flags($0).contains(.vietnamese) })
            #expect(token.flags.contains(.capitalized)
                    == (token.kind == .word && ScalarTable.flags(scalars.first!).contains(.upper)))
        }
    }
}
