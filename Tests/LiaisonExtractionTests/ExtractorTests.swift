import Foundation
import LiaisonCore
import Testing
@testable import LiaisonExtraction

@Suite struct ExtractorTests {
    let text = "Ngày 13/11, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Singapore Lawrence Wong tại Hà Nội. "
        + "Hai nhà lãnh đạo nhất trí tăng cường hợp tác."

    @Test func theSameInputGivesTheSameExtraction() throws {
        let document = Document(id: "d", published: Day(2024, 11, 14), language: "vi", text: text)
        let a = Extractors.vi.extract(document)
        let b = (try! Extractor(language: "vi")).extract(document)
        #expect(a == b)
        #expect(try OrderedJSONEncoder().encode(a) == OrderedJSONEncoder().encode(b))
    }

    @Test func datesComeFromTheTemporalTagger() throws {
        let x = Extractors.vi.extract(Document(id: "d", published: Day(2024, 11, 14), language: "vi", text: text))
        #expect(x.dateMentions.map(\.text) == ["Ngày 13/11"])
        let talks = try #require(x.events(.talks).first)
        #expect(talks.time?.start == Day(2024, 11, 13))
        #expect(talks.place == "hanoi")
    }

    @Test func anExtractorIsSharedSafelyBetweenTasks() async {
        let extractor = Extractors.en
        let texts = (0..<16).map { "Prime Minister Jane Roe\($0 % 3) met President John Doe in Paris." }
        let counts = await withTaskGroup(of: Int.self) { group in
            for t in texts {
                group.addTask { extractor.extract(Document(id: "t", language: "en", text: t)).events.count }
            }
            var all: [Int] = []
            for await c in group { all.append(c) }
            return all
        }
        #expect(counts.count == 16)
        #expect(Set(counts) == [1])
    }

    @Test func theDocumentKeepsItsMetadataAndGetsItsLanguage() {
        let x = Extractors.en.extract(Document(id: "doc-7", title: "T", source: "a.txt", text: "Nothing happened."))
        #expect(x.document.id == "doc-7")
        #expect(x.document.language == "en")
        #expect(x.document.source == "a.txt")
        #expect(x.events.isEmpty)
    }

    @Test func theJSONFollowsTheAgreedFieldOrderWithoutTheText() throws {
        let x = Extractors.vi.extract(Document(id: "d", published: Day(2024, 11, 14), language: "vi", text: text))
        let json = String(decoding: try OrderedJSONEncoder().encode(x), as: UTF8.self)
        let order = ["\"document\"", "\"entities\"", "\"events\"", "\"date_mentions\""].map { json.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        #expect(!json.contains("\"text\": \"Ngày 13/11, Thủ tướng"))
        #expect(json.contains("\"rule\": \"vi.talks.hoi-dam-voi\""))
        // and it reads back
        let back = try JSONDecoder().decode(Extraction.self, from: Data(json.utf8))
        #expect(back.events == x.events)
        #expect(back.entities == x.entities)
    }

    @Test func emptyAndOddTextsDoNotFail() {
        for t in ["", " \n\n ", "...", "“”", "A", "Ông", "(((", "1.2.3", String(repeating: "Mỹ ", count: 500)] {
            let x = Extractors.vi.extract(Document(id: "x", language: "vi", text: t))
            #expect(x.events.allSatisfy { !$0.participants.isEmpty })
        }
    }
}
