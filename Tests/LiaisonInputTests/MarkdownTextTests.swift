import Testing

@testable import LiaisonInput

@Suite struct MarkdownTextTests {
    @Test func removesBlockMarkup() {
        let md = MarkdownText(markdown: "# Title #\n\n> Quoted line\n\n1. first\n2) second\n* star\n\n---\n\nEnd")
        #expect(md.title == "Title")
        #expect(md.text == "Title\n\nQuoted line\n\nfirst\nsecond\nstar\n\nEnd")
    }

    @Test func keepsTheWordsOfInlineMarkup() {
        let md = MarkdownText(markdown: "A **bold** and _soft_ word, `code`, ![a map](m.png), [a link][ref] and <https://e.org>.\n\n[ref]: https://e.org")
        #expect(md.text == "A bold and soft word, code, a map, a link and https://e.org.")
    }

    @Test func leavesWhatIsNotMarkupAlone() {
        let md = MarkdownText(markdown: "snake_case_name, 5 * 3 = 15, and a \\*literal\\* star")
        #expect(md.text == "snake_case_name, 5 * 3 = 15, and a *literal* star")
    }

    @Test func dropsCodeBlocks() {
        let md = MarkdownText(markdown: "Before\n\n```swift\nlet x = 1\n```\n\nAfter")
        #expect(md.text == "Before\n\nAfter")
    }
}
