import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// The time packs: their format, their errors, and what a setting changes.
@Suite struct TimeLexiconTests {
    @Test func bothBundledPacksLoad() throws {
        for language in ["vi", "en"] {
            let lexicon = try TimeLexicon(pack: PackFile.load(language: language, name: "time"))
            #expect(lexicon.entries.count > 100)
        }
    }

    @Test func aBadLineIsReportedWithItsFileAndLine() {
        let text = "# header\nhôm qua | relative | day:-1\nngày mai | relatif | day:1\n"
        #expect {
            _ = try TemporalTagger(language: "xx", packText: text, path: "xx/time.txt")
        } throws: { error in
            guard let e = error as? PackFile.LoadError else { return false }
            return e.line == 3 && e.description.hasPrefix("xx/time.txt:3:") && e.message.contains("relatif")
        }
        #expect(throws: PackFile.LoadError.self) {
            _ = try TemporalTagger(language: "xx", packText: "tomorrow | relative | day:soon")
        }
        #expect(throws: PackFile.LoadError.self) {
            _ = try TemporalTagger(language: "xx", packText: "smarch | month | 13")
        }
    }

    @Test func theNumericOrderSettingDecidesHowSlashDatesRead() throws {
        let base = "on | prep\n"
        let dmy = try TemporalTagger(language: "xx", packText: base + "numeric-order | setting | dmy")
        let mdy = try TemporalTagger(language: "xx", packText: base + "numeric-order | setting | mdy")
        #expect(dmy.mentions(in: "on 3/11/2025", published: nil).first?.date == day("2025-11-03"))
        #expect(mdy.mentions(in: "on 3/11/2025", published: nil).first?.date == day("2025-03-11"))
        // A first number above 12 cannot be a month.
        #expect(mdy.mentions(in: "on 13/11/2025", published: nil).first?.date == day("2025-11-13"))
    }

    @Test func aPackPhraseIsMatchedOnWholeWordsOnly() throws {
        let tagger = try TemporalTagger(language: "xx", packText: "today | relative | day:0")
        #expect(tagger.mentions(in: "todays todayx today", published: day("2025-01-01")).map(\.text) == ["today"])
    }
}
