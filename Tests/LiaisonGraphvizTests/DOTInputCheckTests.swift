@testable import LiaisonGraphviz
import Testing

@Suite("DOT input check")
struct DOTInputCheckTests {
    func check(_ text: String, limit: Int = 10) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { DOTInputCheck.firstLongToken(in: $0, limit: limit)?.line }
    }

    @Test("finds the first string, HTML-like string or name over the limit, and its line")
    func finds() {
        #expect(check("digraph {\n a [label=\"0123456789x\"] }") == 2)
        #expect(check("digraph {\n\n a [label=<<B>0123456</B>>] }") == 3)
        #expect(check("digraph { abcdefghijk }") == 1)
        #expect(check("digraph {\n a [label=\"unterminated") == 2)
    }

    @Test("short strings pass, whatever they hold")
    func passes() {
        #expect(check("digraph { a -> b [label=\"x\\\"y\"] }") == nil)
        #expect(check("digraph { \"a\\\\\" -> b }") == nil)
        #expect(check("digraph { a [label=<<I>x</I>>] }") == nil)
    }

    @Test("comments are skipped, and a quote inside a comment starts nothing")
    func comments() {
        #expect(check("// a \"comment that is long\nx", limit: 5) == nil)
        #expect(check("/* \"long comment text\n */ x", limit: 5) == nil)
        #expect(check("# 1 \"a long file name\"\nx", limit: 5) == nil)
        #expect(check("/* c */\n\"0123456789\"", limit: 5) == 2)
    }
}
