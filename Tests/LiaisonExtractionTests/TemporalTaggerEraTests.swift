import Foundation
import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// Without a published day: years inferred from the office holders a text names, and relative
/// expressions resolved against an estimated reference day. With a published day, neither.
@Suite struct TemporalTaggerEraTests {
    func mention(_ mentions: [DateMention], _ text: String) -> DateMention? {
        mentions.first { $0.text == text }
    }

    @Test func titledOfficeHoldersMakeTheYearOfADayCertain() throws {
        let en = Taggers.en.mentions(
            in: "Secretary-General Mark Rutte welcomed Secretary of State Antony Blinken on 13 November.", published: nil)
        let m = try #require(mention(en, "on 13 November"))
        #expect(m.date == day("2024-11-13") && m.end == day("2024-11-13"))
        #expect(m.isYearInferred && !m.isRelative && !m.isReferenceEstimated)

        let vi = Taggers.vi.mentions(
            in: "Tổng thư ký NATO Mark Rutte đã tiếp Ngoại trưởng Mỹ Antony Blinken tại Brussels ngày 13/11.", published: nil)
        let v = try #require(mention(vi, "ngày 13/11"))
        #expect(v.date == day("2024-11-13"))
        #expect(v.isYearInferred)
    }

    @Test func rangesAndMonthsResolveLikewise() throws {
        let vi = Taggers.vi.mentions(
            in: "Thủ tướng Đức Olaf Scholz và Tổng thống đắc cử Donald Trump dự hội nghị từ ngày 12 đến 16-11.",
            published: nil)
        let range = try #require(vi.first)
        #expect(range.date == day("2024-11-12") && range.end == day("2024-11-16"))
        #expect(range.isYearInferred && range.precision == .range)

        let en = Taggers.en.mentions(
            in: "President-elect Donald Trump and President Joe Biden met at the White House in November.", published: nil)
        let month = try #require(mention(en, "in November"))
        #expect(month.date == day("2024-11-01") && month.end == day("2024-11-30"))
        #expect(month.isYearInferred)
    }

    @Test func aDayThatOccursTwiceInTheEraStaysUnresolved() throws {
        // Blinken alone: 2021-01-26…2025-01-20 holds four 13 Novembers.
        let m = try #require(Taggers.en.mentions(in: "Secretary of State Antony Blinken arrived on 13 November.", published: nil).first)
        #expect(m.date == nil && m.monthDay == "--11-13" && !m.isYearInferred)
    }

    @Test func contradictoryOfficeHoldersLeaveTheDateUnresolved() throws {
        let en = Taggers.en.mentions(
            in: "Secretary of State John Kerry and Secretary-General Mark Rutte spoke on 13 November.", published: nil)
        #expect(try #require(en.first).date == nil)
        let vi = Taggers.vi.mentions(
            in: "Ngoại trưởng Mỹ John Kerry và Tổng thư ký NATO Mark Rutte đã điện đàm ngày 13/11.", published: nil)
        #expect(try #require(vi.first).date == nil)
        #expect(vi.first?.monthDay == "--11-13")
    }

    @Test func namesWithoutTheirOfficesGiveNoCertainty() throws {
        let en = Taggers.en.mentions(in: "Mark Rutte and Antony Blinken met in Brussels on 13 November.", published: nil)
        #expect(try #require(en.first).date == nil)
        let vi = Taggers.vi.mentions(in: "Ông Mark Rutte và ông Antony Blinken gặp nhau tại Brussels ngày 13/11.", published: nil)
        #expect(try #require(vi.first).date == nil)
    }

    @Test func aTextWithNoKnownOfficeStaysUnresolved() throws {
        let en = Taggers.en.mentions(in: "The two ministers met in Brussels on 13 November.", published: nil)
        #expect(try #require(en.first).date == nil)
        let vi = Taggers.vi.mentions(in: "Hai bộ trưởng gặp nhau tại Brussels ngày 13/11.", published: nil)
        #expect(try #require(vi.first).date == nil)
    }

    @Test func relativeExpressionsResolveAgainstTheLatestDayReportedAsPast() throws {
        let vi = Taggers.vi.mentions(
            in: "Tổng thư ký NATO Mark Rutte và Ngoại trưởng Mỹ Antony Blinken đã gặp nhau ngày 13/11. "
                + "Ông Blinken sẽ tới Lima vào cuối tuần này.",
            published: nil)
        let weekend = try #require(mention(vi, "vào cuối tuần này"))
        #expect(weekend.date == day("2024-11-16") && weekend.end == day("2024-11-17"))
        #expect(weekend.isReferenceEstimated && weekend.isRelative && !weekend.isYearInferred)

        let en = Taggers.en.mentions(
            in: "Secretary of State Antony Blinken met NATO Secretary General Mark Rutte on 13 November. "
                + "He will fly to Lima this weekend and return on Tuesday.",
            published: nil)
        let thisWeekend = try #require(mention(en, "this weekend"))
        #expect(thisWeekend.date == day("2024-11-16") && thisWeekend.end == day("2024-11-17"))
        #expect(thisWeekend.isReferenceEstimated)
        // "will … on Tuesday" after Wednesday 13 November: the coming Tuesday.
        let tuesday = try #require(mention(en, "on Tuesday"))
        #expect(tuesday.date == day("2024-11-19") && tuesday.isReferenceEstimated)
    }

    @Test func theReferenceIsTheLatestPastDateWrittenWithItsYearToo() throws {
        let en = Taggers.en.mentions(
            in: "The ministers met in Hanoi on 3 March 2025. They signed the accord on 12 March 2025. "
                + "Next week they will meet again.",
            published: nil)
        let next = try #require(mention(en, "Next week"))
        #expect(next.date == day("2025-03-17") && next.end == day("2025-03-23"))
        #expect(next.isReferenceEstimated)

        let vi = Taggers.vi.mentions(
            in: "Hôm 10/3/2025 hai bên ký hiệp định; tuần tới hai bộ trưởng sẽ gặp lại.", published: nil)
        let week = try #require(mention(vi, "tuần tới"))
        #expect(week.date == day("2025-03-17") && week.end == day("2025-03-23"))
    }

    @Test func withoutADayReportedAsPastRelativeExpressionsStayUnresolved() throws {
        // The only full date lies in the future.
        let en = Taggers.en.mentions(
            in: "Blinken will meet Rutte on 13 November 2024 and fly to Lima this weekend.", published: nil)
        #expect(try #require(mention(en, "this weekend")).date == nil)
        let vi = Taggers.vi.mentions(
            in: "Ông Blinken dự kiến gặp ông Rutte ngày 13/11/2024 và sẽ tới Lima vào cuối tuần này.", published: nil)
        #expect(try #require(mention(vi, "vào cuối tuần này")).date == nil)
        // No full date at all.
        let none = Taggers.vi.mentions(in: "Hai bên đã gặp nhau và sẽ gặp lại vào cuối tuần này.", published: nil)
        #expect(try #require(none.first).date == nil)
    }

    @Test func aPublishedDayDecidesAndNothingIsMarkedEstimated() throws {
        let text =
            "Tổng thư ký NATO Mark Rutte và Ngoại trưởng Mỹ Antony Blinken đã gặp nhau ngày 13/11. "
            + "Ông Blinken sẽ tới Lima vào cuối tuần này."
        let published = Taggers.vi.mentions(in: text, published: day("2023-11-15"))
        #expect(published.map(\.date) == [day("2023-11-13"), day("2023-11-18")])
        #expect(published.allSatisfy { !$0.isYearInferred && !$0.isReferenceEstimated })
    }

    @Test func theEraCanBeGivenOrTurnedOff() throws {
        let text = "Tổng thư ký NATO Mark Rutte đã tiếp Ngoại trưởng Mỹ Antony Blinken ngày 13/11."
        let era = Era(intervals: [DayInterval(first: day("2019-11-01"), last: day("2019-12-31"))])
        #expect(Taggers.vi.mentions(in: text, published: nil, era: era).first?.date == day("2019-11-13"))
        #expect(Taggers.vi.mentions(in: text, published: nil, era: nil).first?.date == nil)
        var off = Taggers.vi
        off.eraEstimator = nil
        #expect(off.mentions(in: text, published: nil).first?.date == nil)
    }

    @Test func theFlagsAreWrittenToJSONOnlyWhenSet() throws {
        let vi = Taggers.vi.mentions(
            in: "Tổng thư ký NATO Mark Rutte và Ngoại trưởng Mỹ Antony Blinken đã gặp nhau ngày 13/11. "
                + "Ông Blinken sẽ tới Lima vào cuối tuần này.",
            published: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try vi.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        #expect(json[0].contains("\"year_inferred\":true") && !json[0].contains("reference_estimated"))
        #expect(json[1].contains("\"reference_estimated\":true") && !json[1].contains("year_inferred"))
        let back = try vi.map { try JSONDecoder().decode(DateMention.self, from: encoder.encode($0)) }
        #expect(back == vi)
    }
}
