import LiaisonCore
import Testing

@testable import LiaisonInput

@Suite struct FrontMatterTests {
    @Test func splitsTheYAMLFromTheBody() throws {
        let split = try #require(FrontMatter.split("---\ntitle: A\n---\nBody line\n"))
        #expect(split.yaml == "title: A")
        #expect(split.firstLine == 2)
        #expect(split.body == "Body line\n")
        #expect(split.bodyLine == 4)
        #expect(FrontMatter.split("No front matter\n---\n") == nil)
        #expect(FrontMatter.split("---\nnever closed\n") == nil)
    }

    @Test func readsKnownKeysAndAcceptsSynonyms() throws {
        let fm = try FrontMatter(yaml: "id: x-1\ntitle: \"Talks\"\ndate: 2024-11-13\nurl: https://e.org\nlanguage: en\nauthor: someone", file: "f.md", firstLine: 2)
        #expect(fm == FrontMatter(id: "x-1", title: "Talks", published: Day(2024, 11, 13), source: "https://e.org", language: "en"))
    }

    @Test func emptyOrNullValuesAreAbsent() throws {
        let fm = try FrontMatter(yaml: "title:\npublished: null", file: "f.md", firstLine: 2)
        #expect(fm == FrontMatter())
        #expect(try FrontMatter(yaml: "  \n", file: "f.md", firstLine: 2) == FrontMatter())
    }

    @Test func aListIsNotAFrontMatter() {
        #expect {
            _ = try FrontMatter(yaml: "- a\n- b", file: "f.md", firstLine: 2)
        } throws: { error in
            (error as? InputError)?.kind == .badFrontMatter
        }
    }
}
