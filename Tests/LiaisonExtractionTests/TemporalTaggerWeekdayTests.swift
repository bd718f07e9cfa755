import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// Weekdays resolve inside the published day's Monday–Sunday week, unless the words or the
/// sentence's tense place them in another week (published Thursday 13 March 2025).
@Suite struct TemporalTaggerWeekdayTests {
    static let published = "2025-03-13"

    static let vietnamese: [Expect] = [
        Expect("Bộ trưởng tiếp đoàn doanh nghiệp vào thứ Hai.", "vào thứ Hai", "2025-03-10"),
        Expect("Hôm thứ Ba, hai bên ký bản ghi nhớ.", "Hôm thứ Ba", "2025-03-11"),
        Expect("Thủ tướng sẽ thăm Lào vào thứ Bảy.", "vào thứ Bảy", "2025-03-15"),
        Expect("Cuộc họp diễn ra chiều thứ 4 tại trụ sở.", "chiều thứ 4", "2025-03-12"),
        Expect("Chủ nhật, đoàn về nước.", "Chủ nhật", "2025-03-16"),
        Expect("Ông đến Paris (thứ Tư) và gặp báo chí.", "thứ Tư", "2025-03-12"),
        Expect("Cuộc họp thứ Sáu tuần trước kéo dài hai giờ.", "thứ Sáu tuần trước", "2025-03-07"),
        Expect("Hội nghị khai mạc thứ Hai tuần tới ở Huế.", "thứ Hai tuần tới", "2025-03-17"),
        Expect("Đoàn lên đường thứ Sáu tới.", "thứ Sáu tới", "2025-03-14"),
        Expect("Hai bên hội đàm thứ Hai vừa qua.", "thứ Hai vừa qua", "2025-03-10"),
        Expect("Thứ Ba (11/3), Chủ tịch nước tiếp Đại sứ.", "Thứ Ba (11/3)", "2025-03-11"),
        Expect("Thứ Tư, ngày 12/3/2025, hai bên ký kết.", "Thứ Tư, ngày 12/3/2025", "2025-03-12"),
        // Tense: a Monday already past becomes next week's when the sentence says "sẽ" (will)…
        Expect("Bộ trưởng sẽ gặp người đồng cấp vào thứ Hai.", "vào thứ Hai", "2025-03-17"),
        // …and a Saturday still to come becomes last week's when it says "đã" (did).
        Expect("Ông đã gặp người đồng cấp vào thứ Bảy.", "vào thứ Bảy", "2025-03-08"),
    ]

    static let english: [Expect] = [
        Expect("The ministers talked in Paris on Monday.", "on Monday", "2025-03-10"),
        Expect("She is to travel to Tokyo on Saturday.", "on Saturday", "2025-03-15"),
        Expect("He will return to the capital on Monday.", "on Monday", "2025-03-17"),
        Expect("They met on Saturday to discuss trade.", "on Saturday", "2025-03-08"),
        Expect("On Tuesday, the two leaders met for an hour.", "On Tuesday", "2025-03-11"),
        Expect("Officials held talks last Tuesday.", "last Tuesday", "2025-03-11"),
        Expect("The talks resume next Friday.", "next Friday", "2025-03-21"),
        Expect("The vote is this Friday.", "this Friday", "2025-03-14"),
        Expect("Aides spoke on Tuesday morning.", "on Tuesday morning", "2025-03-11"),
        Expect("A call is planned for this coming Monday.", "this coming Monday", "2025-03-17"),
        Expect("Wednesday, the prime minister flew home.", "Wednesday", "2025-03-12"),
    ]

    @Test(arguments: vietnamese)
    func vietnameseWeekdays(_ e: Expect) {
        let result = check(e, language: "vi", published: Self.published)
        #expect(result.ok, "found \(result.found)")
    }

    @Test(arguments: english)
    func englishWeekdays(_ e: Expect) {
        let result = check(e, language: "en", published: Self.published)
        #expect(result.ok, "found \(result.found)")
    }

    @Test func weekStartsOnMondayWhateverTheEdge() {
        // Published on a Sunday: Monday is six days back in the same week.
        let sunday = Taggers.en.mentions(in: "The envoy arrived on Monday.", published: day("2025-03-16"))
        #expect(sunday.first?.date == day("2025-03-10"))
        // Published on a Monday: Friday is four days ahead in the same week.
        let monday = Taggers.vi.mentions(in: "Hội nghị bế mạc vào thứ Sáu.", published: day("2025-03-10"))
        #expect(monday.first?.date == day("2025-03-14"))
    }

    @Test func weekdaysAreRelativeToThePublishedDay() {
        let m = Taggers.vi.mentions(in: "Hai bên gặp nhau vào thứ Năm.", published: day("2025-03-13"))
        #expect(m.first?.isRelative == true)
        #expect(m.first?.date == day("2025-03-13"))
    }
}
