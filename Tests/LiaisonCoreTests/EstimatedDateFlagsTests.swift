import Foundation
import LiaisonCore
import Testing

/// The flags that mark dates resolved without a published day: `year_inferred` and
/// `reference_estimated`, written only when set and optional when read.
@Suite struct EstimatedDateFlagsTests {
    func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func flagsAreWrittenOnlyWhenSet() throws {
        let plain = TimeSpan.day(Day(2024, 11, 13)!, text: "ngày 13/11")
        #expect(try !json(plain).contains("inferred") && !json(plain).contains("estimated"))
        var inferred = plain
        inferred.isYearInferred = true
        #expect(try json(inferred).contains("\"year_inferred\":true"))
        let weekend = TimeSpan(
            start: Day(2024, 11, 16), end: Day(2024, 11, 17), precision: .weekend, text: "cuối tuần này",
            isRelative: true, isReferenceEstimated: true)
        #expect(try json(weekend).contains("\"reference_estimated\":true"))
        #expect(try JSONDecoder().decode(TimeSpan.self, from: Data(json(weekend).utf8)) == weekend)
        #expect(try JSONDecoder().decode(TimeSpan.self, from: Data(json(inferred).utf8)) == inferred)
    }

    @Test func olderJSONWithoutTheFlagsStillReads() throws {
        let span = try JSONDecoder().decode(
            TimeSpan.self, from: Data(#"{"start":"2024-11-13","end":"2024-11-13","precision":"day","text":"x"}"#.utf8))
        #expect(!span.isYearInferred && !span.isReferenceEstimated)
        let mention = try JSONDecoder().decode(
            DateMention.self, from: Data(#"{"text":"ngày 13/11","date":"2024-11-13","end":"2024-11-13"}"#.utf8))
        #expect(!mention.isYearInferred && !mention.isReferenceEstimated)
    }

    @Test func aMentionKeepsItsFlagsThroughItsSpan() {
        var span = TimeSpan.day(Day(2024, 11, 13)!, text: "ngày 13/11")
        span.isYearInferred = true
        let mention = DateMention(text: "ngày 13/11", span: span, start: 10, stop: 20)
        #expect(mention.isYearInferred && !mention.isReferenceEstimated)
        #expect(mention.span.isYearInferred)
    }
}
