@testable import LiaisonRender
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
