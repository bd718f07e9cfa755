import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// Without a published day: explicit years resolve, year-less dates borrow the year of the
/// closest preceding date of the text that writes one, or keep their month and day only;
/// relative expressions and weekdays are reported unresolved.
@Suite struct TemporalTaggerUnpublishedTests {
    @Test func explicitYearsResolve() {
        let m = Taggers.vi.mentions(in: "Hiệp định ký ngày 13/11/2024 và có hiệu lực năm 2025.", published: nil)
        #expect(m.map(\.text) == ["ngày 13/11/2024", "năm 2025"])
        #expect(m.map(\.date) == [day("2024-11-13"), day("2025-01-01")])
    }

    @Test func yearlessDatesTakeTheYearOfTheClosestPrecedingFullDate() {
        let text = "Ngày 13/11/2024 hai bên ký hiệp định. Ngày 14/11 họ gặp lại. Tháng 3/2025 có phiên họp mới; ngày 5/4 kết thúc."
        let m = Taggers.vi.mentions(in: text, published: nil)
        #expect(m.map(\.text) == ["Ngày 13/11/2024", "Ngày 14/11", "Tháng 3/2025", "ngày 5/4"])
        #expect(m.map(\.date) == [day("2024-11-13"), day("2024-11-14"), day("2025-03-01"), day("2025-04-05")])
        let en = Taggers.en.mentions(in: "Talks began on November 12, 2024. On November 14 they ended.", published: nil)
        #expect(en.map(\.date) == [day("2024-11-12"), day("2024-11-14")])
    }

    @Test func aYearlessDateBeforeAnyFullDateStaysUnresolvedButKeepsItsMonthAndDay() {
        let m = Taggers.vi.mentions(in: "Hai bên gặp ngày 14/11. Ngày 20/11/2024 họ ký.", published: nil)
        #expect(m.first?.text == "ngày 14/11")
        #expect(m.first?.date == nil)
        #expect(m.first?.monthDay == "--11-14")
        let range = Taggers.vi.mentions(in: "Diễn đàn họp 19 và 20-6.", published: nil)
        #expect(range.first?.date == nil)
        #expect(range.first?.monthDay == "--06-19/--06-20")
    }

    @Test func relativeExpressionsAndWeekdaysAreReportedWithoutADate() {
        let m = Taggers.vi.mentions(in: "Hôm qua ông gặp Đại sứ; vào thứ Hai ông sẽ sang Lào vào cuối tuần này.", published: nil)
        #expect(m.map(\.text) == ["Hôm qua", "vào thứ Hai", "vào cuối tuần này"])
        #expect(m.allSatisfy { $0.date == nil && $0.end == nil })
        #expect(m.last?.precision == .weekend)
        let en = Taggers.en.mentions(in: "They met last week and will meet again on Friday.", published: nil)
        #expect(en.map(\.text) == ["last week", "on Friday"])
        #expect(en.allSatisfy { $0.date == nil })
    }
}
