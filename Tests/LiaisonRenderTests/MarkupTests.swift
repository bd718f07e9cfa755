@testable import LiaisonRender
import LiaisonGraphviz
import Testing

@Suite("Label markup")
struct MarkupTests {
    @Test("wrapping breaks at spaces, keeps line breaks, cuts only words too long to fit")
    func wrap() {
        #expect(Markup.wrap("Đại diện cấp cao về chính sách an ninh", width: 20) == ["Đại diện cấp cao về", "chính sách an ninh"])
        #expect(Markup.wrap("one\ntwo three", width: 20) == ["one", "two three"])
        #expect(Markup.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(Markup.wrap("", width: 4) == [""])
    }

    @Test("wrapped label text written on bytes is the wrapped lines, escaped and joined by <BR/>")
    func wrappedHTMLMatchesTheLines() {
        // Texts of every kind: markup characters, line breaks (LF, CR LF, CR), runs of spaces,
        // long words, Vietnamese, emoji, C1 controls, empty lines at the end.
        let pieces = ["Đại", "diện", "<b>", "&", "\"q\"", "it's", "a]b", "back\\slash", "\n", "\r\n", "\r", "   ",
                      "\t", "supercalifragilistic", "🇻🇳", "\u{85}", "x", "\n\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "")
            for width in [4, 12, 28] {
                var buffer = TextBuffer()
                buffer.appendWrappedHTML(text, width: width)
                let expected = text.utf8.count <= width && !text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                    ? HTMLLabel.escape(text)
                    : Markup.wrap(text, width: width).map(HTMLLabel.escape).joined(separator: "<BR/>")
                #expect(buffer.string == expected, "\(text.debugDescription) at width \(width)")
            }
        }
    }

    @Test("text is escaped; empty font tags are never written")
    func escaping() {
        #expect(Markup.text("<b>&") == "&lt;b&gt;&amp;")
        #expect(Markup.font("", size: 9) == "")
        #expect(Markup.bold("") == "")
        #expect(Markup.font("x", size: 9, color: "#111111") == "<FONT POINT-SIZE=\"9\" COLOR=\"#111111\">x</FONT>")
    }

    @Test("numbers as DOT wants them")
    func numbers() {
        #expect(Markup.number(9) == "9")
        #expect(Markup.number(8.5) == "8.5")
        #expect(Markup.number(1.23456) == "1.235")
    }
}
