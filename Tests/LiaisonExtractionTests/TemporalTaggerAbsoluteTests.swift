import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// Dates written out: numbers, month names, months and years (published Thursday 13 March 2025).
@Suite struct TemporalTaggerAbsoluteTests {
    static let published = "2025-03-13"

    static let vietnamese: [Expect] = [
        Expect("Hai bộ trưởng đã gặp nhau ngày 10/3 tại Hà Nội.", "ngày 10/3", "2025-03-10"),
        Expect("Văn bản được ký 20/12/2024 ở Huế.", "20/12/2024", "2024-12-20"),
        Expect("Hiệp định ký ngày 20-12-2024 tại Huế.", "ngày 20-12-2024", "2024-12-20"),
        Expect("Hiệp định ký 20.12.2024 tại Huế.", "20.12.2024", "2024-12-20"),
        Expect("Hội nghị khai mạc 5 tháng 3 năm 2025 ở Đà Nẵng.", "5 tháng 3 năm 2025", "2025-03-05"),
        Expect("Hội nghị khai mạc ngày 5 tháng 3 ở Đà Nẵng.", "ngày 5 tháng 3", "2025-03-05"),
        Expect("Quan hệ được nâng cấp vào tháng 9/2023.", "vào tháng 9/2023", "2023-09-01", "2023-09-30"),
        Expect("Quan hệ được nâng cấp tháng 9 năm 2023.", "tháng 9 năm 2023", "2023-09-01", "2023-09-30"),
        Expect("Hai nước lập quan hệ ngoại giao năm 1995.", "năm 1995", "1995-01-01", "1995-12-31"),
        Expect("Đoàn đại biểu đến sân bay tối 27/2 và được đón tiếp.", "tối 27/2", "2025-02-27"),
        Expect("Phiên họp bắt đầu sáng 5/3 theo giờ địa phương.", "sáng 5/3", "2025-03-05"),
        Expect("Cuộc điện đàm diễn ra trưa 11/3.", "trưa 11/3", "2025-03-11"),
        Expect("Hai bên ra tuyên bố chung chiều 12-3.", "chiều 12-3", "2025-03-12"),
        Expect("Máy bay hạ cánh đêm 8/3 xuống sân bay.", "đêm 8/3", "2025-03-08"),
        Expect("Thỏa thuận được ký hôm 2/3 ở Hà Nội.", "hôm 2/3", "2025-03-02"),
        Expect("Lễ khai mạc vào hồi tháng 1 đã thu hút nhiều khách.", "vào hồi tháng 1", "2025-01-01", "2025-01-31"),
        Expect("Cuộc gặp thượng đỉnh dự kiến diễn ra giữa tháng 4.", "giữa tháng 4", "2025-04-11", "2025-04-20"),
        Expect("Dự án sẽ hoàn tất cuối tháng 6/2025.", "cuối tháng 6/2025", "2025-06-21", "2025-06-30"),
        Expect("Kế hoạch được công bố đầu năm 2024.", "đầu năm 2024", "2024-01-01", "2024-04-30"),
        Expect("Việt Nam đăng cai Năm ASEAN 2020 rất thành công.", "2020", "2020-01-01", "2020-12-31"),
        Expect("Chuyến bay cất cánh ngày 2025-03-01 lúc sáng sớm.", "ngày 2025-03-01", "2025-03-01"),
        Expect("Hội chợ diễn ra tháng 10 năm ngoái ở Hà Nội.", "tháng 10 năm ngoái", "2024-10-01", "2024-10-31"),
        Expect("Vụ cháy xảy ra đêm 11 rạng sáng 12/3 ở Hà Nội.", "rạng sáng 12/3", "2025-03-12"),
        Expect("Buổi lễ tổ chức hôm 2/3 (chủ nhật) tại Huế.", "hôm 2/3 (chủ nhật)", "2025-03-02"),
    ]

    static let english: [Expect] = [
        Expect("The two ministers met on March 10 in Hanoi.", "on March 10", "2025-03-10"),
        Expect("The accord was signed Nov. 13, 2024, in Lima.", "Nov. 13, 2024", "2024-11-13"),
        Expect("The accord was signed on 13 Nov 2024 in Lima.", "on 13 Nov 2024", "2024-11-13"),
        Expect("They spoke by phone on 2 March.", "on 2 March", "2025-03-02"),
        Expect("Talks resumed on the 4th of March after a pause.", "on the 4th of March", "2025-03-04"),
        Expect("The summit took place in November 2024 in Rio.", "in November 2024", "2024-11-01", "2024-11-30"),
        Expect("The treaty entered into force in 2019 after ratification.", "in 2019", "2019-01-01", "2019-12-31"),
        Expect("Elections are expected in mid-April, officials said.", "in mid-April", "2025-04-11", "2025-04-20"),
        Expect("Relations soured in early February.", "in early February", "2025-02-01", "2025-02-10"),
        Expect("The envoy retired in late November of last year.", "in late November of last year", "2024-11-21", "2024-11-30"),
        Expect("The envoy arrived on March 3rd with a delegation.", "on March 3rd", "2025-03-03"),
        Expect("The leaders spoke on the morning of March 11.", "on the morning of March 11", "2025-03-11"),
        Expect("The ceasefire began 2025-03-01 at noon.", "2025-03-01", "2025-03-01"),
        Expect("Her visit on 3/11/2025 drew crowds.", "on 3/11/2025", "2025-03-11"),
        Expect("Talks are planned in May in Oslo.", "in May", "2025-05-01", "2025-05-31"),
        Expect("The envoy left in October, aides said.", "in October", "2024-10-01", "2024-10-31"),
        Expect("The two met in Geneva on Wednesday, March 12.", "on Wednesday, March 12", "2025-03-12"),
        Expect("The vote is set for June 2026.", "June 2026", "2026-06-01", "2026-06-30"),
    ]

    @Test(arguments: vietnamese)
    func vietnameseDates(_ e: Expect) {
        let result = check(e, language: "vi", published: Self.published)
        #expect(result.ok, "found \(result.found)")
    }

    @Test(arguments: english)
    func englishDates(_ e: Expect) {
        let result = check(e, language: "en", published: Self.published)
        #expect(result.ok, "found \(result.found)")
    }

    @Test func offsetsCountUnicodeScalarsOfTheText() {
        let text = "Tin nóng 🇻🇳: Thủ tướng tiếp Đại sứ hôm 12/3, rồi sáng nay gặp doanh nghiệp."
        let mentions = Taggers.vi.mentions(in: text, published: day("2025-03-13"))
        #expect(mentions.map(\.text) == ["hôm 12/3", "sáng nay"])
        for m in mentions {
            #expect(scalars(text, m.start, m.stop) == m.text)
        }
        #expect(mentions.map(\.date) == [day("2025-03-12"), day("2025-03-13")])
    }

    @Test func decomposedTextIsReadLikeComposedTextWithItsOwnOffsets() {
        let composed = "Hai bên gặp nhau hôm thứ Tư và sẽ họp lại vào tháng tới."
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > composed.unicodeScalars.count)
        let a = Taggers.vi.mentions(in: composed, published: day("2025-03-13"))
        let b = Taggers.vi.mentions(in: decomposed, published: day("2025-03-13"))
        #expect(a.map(\.date) == b.map(\.date))
        #expect(b.map(\.text) == a.map { $0.text.decomposedStringWithCanonicalMapping })
        for m in b {
            #expect(scalars(decomposed, m.start, m.stop) == m.text)
        }
    }

    @Test func anExpressionNeverSpansALineBreak() {
        let m = Taggers.en.mentions(in: "The vote is in November\n\n2024 was a hard year.", published: day("2025-03-13"))
        #expect(m.map(\.text) == ["in November", "2024"])
    }

    @Test func aDocumentIsReadAgainstItsOwnPublishedDay() {
        let doc = Document(id: "d", published: day("2024-11-14"), language: "vi", text: "Hai bên gặp nhau hôm qua.")
        #expect(Taggers.vi.mentions(in: doc).map(\.date) == [day("2024-11-13")])
    }

    @Test func matchesWhateverTheCase() {
        let upper = Taggers.vi.mentions(in: "NGÀY 10/3 HAI BÊN KÝ KẾT; HÔM QUA CŨNG VẬY.", published: day("2025-03-13"))
        #expect(upper.map(\.text) == ["NGÀY 10/3", "HÔM QUA"])
        #expect(upper.map(\.date) == [day("2025-03-10"), day("2025-03-12")])
    }

    @Test func mentionsAreSortedAndDoNotOverlap() {
        let text = "Ngày 10/3, hôm 11/3 và tối 12/3 (thứ Tư), cùng tuần này, năm 2025."
        let mentions = Taggers.vi.mentions(in: text, published: day("2025-03-13"))
        #expect(mentions.map(\.text) == ["Ngày 10/3", "hôm 11/3", "tối 12/3 (thứ Tư)", "tuần này", "năm 2025"])
        for (a, b) in zip(mentions, mentions.dropFirst()) {
            #expect(a.stop <= b.start)
        }
    }

    @Test func precisionFollowsTheWords() {
        let mentions = Taggers.vi.mentions(
            in: "Ngày 10/3, tháng 3/2025, năm 2025, cuối tuần này, tuần trước, từ 3 đến 5/3.",
            published: day("2025-03-13"))
        #expect(mentions.map(\.precision) == [.day, .month, .year, .weekend, .week, .range])
    }
}
