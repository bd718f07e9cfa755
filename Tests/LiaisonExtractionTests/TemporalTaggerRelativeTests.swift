import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// Relative expressions, resolved against Thursday 13 March 2025 (its week runs 10–16 March).
@Suite struct TemporalTaggerRelativeTests {
    static let published = "2025-03-13"

    static let vietnamese: [Expect] = [
        Expect("Hôm qua, Thủ tướng tiếp Đại sứ.", "Hôm qua", "2025-03-12"),
        Expect("Bộ trưởng phát biểu hôm kia tại Hà Nội.", "hôm kia", "2025-03-11"),
        Expect("Hội nghị bế mạc hôm nay.", "hôm nay", "2025-03-13"),
        Expect("Sáng nay, đoàn đến Huế.", "Sáng nay", "2025-03-13"),
        Expect("Tối qua hai bên ăn tối cùng nhau.", "Tối qua", "2025-03-12"),
        Expect("Ngày mai phái đoàn sẽ về nước.", "Ngày mai", "2025-03-14"),
        Expect("Hai ngoại trưởng điện đàm tuần trước.", "tuần trước", "2025-03-03", "2025-03-09"),
        Expect("Hai bên sẽ gặp trong tuần này.", "tuần này", "2025-03-10", "2025-03-16"),
        Expect("Đoàn sẽ sang Nhật tuần tới.", "tuần tới", "2025-03-17", "2025-03-23"),
        Expect("Đoàn sẽ sang Nhật tuần sau.", "tuần sau", "2025-03-17", "2025-03-23"),
        Expect("Ông sẽ đến Lima vào cuối tuần này.", "vào cuối tuần này", "2025-03-15", "2025-03-16"),
        Expect("Cuối tuần qua, hai nước tập trận.", "Cuối tuần qua", "2025-03-08", "2025-03-09"),
        Expect("Hai nước tập trận cuối tuần trước.", "cuối tuần trước", "2025-03-08", "2025-03-09"),
        Expect("Giá dầu tăng từ đầu tháng.", "từ đầu tháng", "2025-03-01", "2025-03-10"),
        Expect("Đầu tháng này, Quốc hội họp phiên bất thường.", "Đầu tháng này", "2025-03-01", "2025-03-10"),
        Expect("Hiệp định sẽ được ký cuối tháng.", "cuối tháng", "2025-03-21", "2025-03-31"),
        Expect("Chủ tịch nước thăm Pháp tháng trước.", "tháng trước", "2025-02-01", "2025-02-28"),
        Expect("Hai bên sẽ gặp lại vào tháng tới.", "vào tháng tới", "2025-04-01", "2025-04-30"),
        Expect("Xuất khẩu tăng mạnh năm ngoái.", "năm ngoái", "2024-01-01", "2024-12-31"),
        Expect("Tăng trưởng năm nay dự kiến đạt 7%.", "năm nay", "2025-01-01", "2025-12-31"),
        Expect("Dự án khởi công năm tới.", "năm tới", "2026-01-01", "2026-12-31"),
        Expect("Cuộc gặp diễn ra 3 ngày trước ở Hà Nội.", "3 ngày trước", "2025-03-10"),
        Expect("Cách đây hai tuần, ông đến Berlin.", "Cách đây hai tuần", "2025-02-24", "2025-03-02"),
        Expect("Giá vàng giảm cuối năm ngoái.", "cuối năm ngoái", "2024-09-01", "2024-12-31"),
    ]

    static let english: [Expect] = [
        Expect("The minister resigned yesterday.", "yesterday", "2025-03-12"),
        Expect("Today the council votes.", "Today", "2025-03-13"),
        Expect("The delegation leaves tomorrow.", "tomorrow", "2025-03-14"),
        Expect("The envoys met last week in Oslo.", "last week", "2025-03-03", "2025-03-09"),
        Expect("A deal could come this week.", "this week", "2025-03-10", "2025-03-16"),
        Expect("Talks resume next week.", "next week", "2025-03-17", "2025-03-23"),
        Expect("Protests are planned this weekend.", "this weekend", "2025-03-15", "2025-03-16"),
        Expect("Crowds gathered last weekend.", "last weekend", "2025-03-08", "2025-03-09"),
        Expect("Over the weekend, the army pulled back.", "Over the weekend", "2025-03-08", "2025-03-09"),
        Expect("He had visited Kyiv earlier this week.", "earlier this week", "2025-03-10", "2025-03-12"),
        Expect("The fund was announced earlier this month.", "earlier this month", "2025-03-01", "2025-03-12"),
        Expect("Prices fell earlier this year.", "earlier this year", "2025-01-01", "2025-03-12"),
        Expect("A summit is expected later this week.", "later this week", "2025-03-14", "2025-03-16"),
        Expect("Results come later this month.", "later this month", "2025-03-14", "2025-03-31"),
        Expect("Elections are due later this year.", "later this year", "2025-03-14", "2025-12-31"),
        Expect("Exports rose last month.", "last month", "2025-02-01", "2025-02-28"),
        Expect("The law takes effect next month.", "next month", "2025-04-01", "2025-04-30"),
        Expect("Inflation peaked last year.", "last year", "2024-01-01", "2024-12-31"),
        Expect("Growth slowed this year.", "this year", "2025-01-01", "2025-12-31"),
        Expect("The games open next year.", "next year", "2026-01-01", "2026-12-31"),
        Expect("The ship sank three days ago.", "three days ago", "2025-03-10"),
        Expect("They met two weeks ago in Rome.", "two weeks ago", "2025-02-24", "2025-03-02"),
        Expect("A ruling is due in two weeks.", "in two weeks", "2025-03-24", "2025-03-30"),
        Expect("Two years ago the border reopened.", "Two years ago", "2023-01-01", "2023-12-31"),
        Expect("The plant closed a month ago.", "a month ago", "2025-02-01", "2025-02-28"),
        Expect("Work resumes in early next year.", "in early next year", "2026-01-01", "2026-04-30"),
        Expect("She called yesterday afternoon.", "yesterday afternoon", "2025-03-12"),
    ]

    @Test(arguments: vietnamese)
    func vietnameseRelatives(_ e: Expect) {
        let result = check(e, language: "vi", published: Self.published)
        #expect(result.ok, "found \(result.found)")
    }

    @Test(arguments: english)
    func englishRelatives(_ e: Expect) {
        let result = check(e, language: "en", published: Self.published)
        #expect(result.ok, "found \(result.found)")
    }

    @Test func earlierThisWeekOnAMondayIsJustThatMonday() {
        let m = Taggers.en.mentions(in: "Aid arrived earlier this week.", published: day("2025-03-10"))
        #expect(m.first?.date == day("2025-03-10"))
        #expect(m.first?.end == day("2025-03-10"))
    }

    @Test func relativeToTheStoryWithoutAnEarlierDayIsReportedButNotResolved() {
        let vi = Taggers.vi.mentions(in: "Ông đến Hà Nội, hôm sau ông gặp Thủ tướng.", published: day("2025-03-13"))
        #expect(vi.map(\.text) == ["hôm sau"])
        #expect(vi.first?.date == nil)
        let en = Taggers.en.mentions(in: "He landed, and the next day he met the king.", published: day("2025-03-13"))
        #expect(en.map(\.text) == ["the next day"])
        #expect(en.first?.date == nil)
        let same = Taggers.vi.mentions(in: "Chiều cùng ngày, ông gặp Thủ tướng.", published: day("2025-03-13"))
        #expect(same.map(\.text) == ["Chiều cùng ngày"])
        #expect(same.first?.date == nil)
        let before = Taggers.vi.mentions(in: "Thương mại tăng so với năm trước khi hiệp định có hiệu lực.", published: day("2025-03-13"))
        #expect(before.first?.date == nil)
    }

    @Test func relativeToTheStoryFollowsTheLastDayTheTextGave() {
        let vi = Taggers.vi.mentions(
            in: "Chiều 12/3, Thủ tướng tiếp Đại sứ. Trước đó, sáng cùng ngày, ông gặp Bộ trưởng. Hôm sau, ông về Hà Nội.",
            published: day("2025-03-14"))
        #expect(vi.map(\.text) == ["Chiều 12/3", "sáng cùng ngày", "Hôm sau"])
        #expect(vi.map(\.date) == [day("2025-03-12"), day("2025-03-12"), day("2025-03-13")])
        // a range is not a story day: "cùng ngày" goes back to the last single day
        let range = Taggers.vi.mentions(
            in: "Ngày 15/8, ông tiếp Đại sứ. Ông sẽ thăm Trung Quốc từ ngày 18 đến 20/8. Chiều cùng ngày, ông tiếp đoàn Campuchia.",
            published: day("2024-08-16"))
        #expect(range.last?.date == day("2024-08-15"))
        let en = Taggers.en.mentions(
            in: "Xi held talks with Putin on Thursday. Li Qiang met Putin later in the day. They spoke again the next day.",
            published: day("2024-05-17"))
        #expect(en.map(\.date) == [day("2024-05-16"), day("2024-05-16"), day("2024-05-17")])
    }
}
