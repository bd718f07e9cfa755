import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// Ranges of days, months and years (published Wednesday 25 June 2025).
@Suite struct TemporalTaggerRangeTests {
    static let published = "2025-06-25"

    static let vietnamese: [Expect] = [
        Expect("Diễn đàn họp 19 và 20-6 tại Hà Nội.", "19 và 20-6", "2025-06-19", "2025-06-20"),
        Expect("Diễn đàn họp ngày 19-20/6 tại Hà Nội.", "ngày 19-20/6", "2025-06-19", "2025-06-20"),
        Expect("Triển lãm mở cửa từ 19 đến 21/6.", "từ 19 đến 21/6", "2025-06-19", "2025-06-21"),
        Expect("Đoàn thăm Nhật từ ngày 19/6 đến ngày 21/6.", "từ ngày 19/6 đến ngày 21/6", "2025-06-19", "2025-06-21"),
        Expect("Đoàn sẽ thăm Chile từ ngày 30/6 đến 2/7.", "từ ngày 30/6 đến 2/7", "2025-06-30", "2025-07-02"),
        Expect("Hội nghị diễn ra từ ngày 14 đến 17-4-2026 ở Huế.", "từ ngày 14 đến 17-4-2026", "2026-04-14", "2026-04-17"),
        Expect("Lạm phát giảm từ tháng 1 đến tháng 3.", "từ tháng 1 đến tháng 3", "2025-01-01", "2025-03-31"),
        Expect("Kế hoạch giai đoạn 2021-2025 đã hoàn thành.", "2021-2025", "2021-01-01", "2025-12-31"),
        Expect("Dự án kéo dài từ năm 2019 đến năm 2022.", "từ năm 2019 đến năm 2022", "2019-01-01", "2022-12-31"),
    ]

    static let english: [Expect] = [
        Expect("The forum meets June 19-20 in Hanoi.", "June 19-20", "2025-06-19", "2025-06-20"),
        Expect("The forum meets June 19–20 in Hanoi.", "June 19–20", "2025-06-19", "2025-06-20"),
        Expect("The fair runs June 19 to 21.", "June 19 to 21", "2025-06-19", "2025-06-21"),
        Expect("Talks were held between June 19 and 21.", "between June 19 and 21", "2025-06-19", "2025-06-21"),
        Expect("The visit ran from 19 to 21 June.", "from 19 to 21 June", "2025-06-19", "2025-06-21"),
        Expect("The visit runs from June 30 to July 2.", "from June 30 to July 2", "2025-06-30", "2025-07-02"),
        Expect("The summit took place 19-21 June 2024.", "19-21 June 2024", "2024-06-19", "2024-06-21"),
        Expect("Spending rose in 2023-24 as planned.", "in 2023-24", "2023-01-01", "2024-12-31"),
        Expect("Growth slowed between 2019 and 2021.", "between 2019 and 2021", "2019-01-01", "2021-12-31"),
        Expect("The games run July 24 through 28, 2026.", "July 24 through 28, 2026", "2026-07-24", "2026-07-28"),
    ]

    @Test(arguments: vietnamese)
    func vietnameseRanges(_ e: Expect) {
        let result = check(e, language: "vi", published: Self.published)
        #expect(result.ok, "found \(result.found)")
    }

    @Test(arguments: english)
    func englishRanges(_ e: Expect) {
        let result = check(e, language: "en", published: Self.published)
        #expect(result.ok, "found \(result.found)")
    }

    @Test func twoSeparateDatesJoinedByAndStayTwo() {
        let m = Taggers.vi.mentions(in: "Hai bên gặp ngày 10/6 và ngày 20/6.", published: day("2025-06-25"))
        #expect(m.map(\.text) == ["ngày 10/6", "ngày 20/6"])
    }

    @Test func aRangeAcrossNewYearEndsInTheNextYear() {
        let m = Taggers.vi.mentions(in: "Lễ hội kéo dài từ 30/12 đến 2/1.", published: day("2025-01-10"))
        #expect(m.first?.date == day("2024-12-30"))
        #expect(m.first?.end == day("2025-01-02"))
    }
}
