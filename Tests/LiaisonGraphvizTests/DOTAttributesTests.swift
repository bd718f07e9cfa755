import LiaisonGraphviz
import Testing

@Suite("DOT attributes")
struct DOTAttributesTests {
    @Test("keep the order of a literal and of later settings")
    func order() {
        var attributes: DOTAttributes = ["b": "1", "a": "2"]
        attributes["c"] = "3"
        #expect(attributes.map(\.name) == ["b", "a", "c"])
    }

    @Test("setting an existing name replaces the value in place")
    func replace() {
        var attributes: DOTAttributes = ["b": "1", "a": "2"]
        attributes["b"] = .html("<I>x</I>")
        #expect(attributes.map(\.name) == ["b", "a"])
        #expect(attributes["b"] == .html("<I>x</I>"))
    }

    @Test("setting nil removes; a repeated name in a literal keeps the last value at the first place")
    func removeAndRepeat() {
        var attributes: DOTAttributes = ["x": "1", "y": "2", "x": "3"]
        #expect(attributes.entries == [DOTAttribute("x", "3"), DOTAttribute("y", "2")])
        attributes["x"] = nil
        #expect(attributes.count == 1)
        #expect(attributes["x"] == nil)
        attributes["missing"] = nil
        #expect(attributes.count == 1)
    }
}
