import Testing
@testable import LiaisonInput

/// The line-keeping trees under the JSON and YAML readers.
@Suite struct SourceTreeTests {
    func json(_ text: String) throws -> SourceNode {
        try JSONTree.parse(Array(text.utf8))
    }

    @Test func jsonValuesKeepTheirTextAndLine() throws {
        let tree = try json("{\n \"name\": \"Kaja \\u004Ballas \\ud83d\\ude00\",\n \"n\": [1, -2.5e3, true, null],\n \"e\": {}\n}")
        #expect(tree.line == 1)
        #expect(tree["name"]?.scalar == "Kaja Kallas 😀")
        #expect(tree["name"]?.line == 2)
        #expect(tree["n"]?.items?.map(\.scalar) == ["1", "-2.5e3", "true", nil])
        #expect(tree["n"]?.items?[3].isNull == true)
        #expect(tree["n"]?.line == 3)
        #expect(tree["e"]?.entries?.isEmpty == true)
        // A byte-order mark is skipped.
        #expect(try JSONTree.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8)).items?.isEmpty == true)
    }

    @Test func brokenJSONSaysWhereAndWhy() {
        func failure(_ text: String) -> JSONTree.SyntaxError? {
            do { _ = try json(text); return nil } catch { return error as? JSONTree.SyntaxError }
        }
        #expect(failure("{\"a\": \"\\ud83d\"}")?.message == "a lone surrogate in a \\u escape")
        #expect(failure("[\"tab\tinside\"]")?.message == "a control character inside a string must be escaped")
        #expect(failure("[1,\n2,\n]")?.line == 3)
        #expect(failure("[01x]")?.message == "expected ',' or ']' in a list")
        #expect(failure("{} {}")?.message == "unexpected text after the JSON value")
        #expect(failure(String(repeating: "[", count: 1000))?.message == "the JSON is nested too deeply")
        #expect(failure("")?.message == "the JSON ends too early")
    }

    @Test func yamlNodesKeepTheirLinesAndRefuseRepeatedKeys() throws {
        let tree = try YAMLTree.parse("a: 1\nb:\n  - x\n  - ~\nc: 'null'\n")
        #expect(tree["b"]?.items?.map(\.line) == [3, 4])
        #expect(tree["b"]?.items?[1].isNull == true)
        #expect(tree["c"]?.scalar == "null")  // quoted: text, not null
        let error = #expect(throws: YAMLTree.SyntaxError.self) { try YAMLTree.parse("a: 1\nb: 2\na: 3\n") }
        #expect(error?.line == 3 && error?.message == "the key 'a' is given twice")
    }
}
