import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// Numbers and words that look like dates but are not.
@Suite struct TemporalTaggerNegativeTests {
    static let vietnamese: [String] = [
        "Đề xuất nhận được 3/4 số phiếu tán thành.",
        "Số ca COVID-19 giảm mạnh.",
        "Hội nghị G20 bàn về khí hậu.",
        "Tỷ lệ 1/2 cử tri ủng hộ.",
        "Đội nhà thắng 2-1 trên sân khách.",
        "Dự án cần từ 5-10 năm để hoàn thành.",
        "Giá xăng tăng 15% so với trước.",
        "Đàm phán kéo dài 3 tháng mới xong.",
        "Hai nước đã hợp tác tốt trong 4 năm qua.",
        "Đây là lần thứ hai hai bên gặp nhau.",
        "Ông bước vào nhiệm kỳ thứ hai đầy thử thách.",
        "Thứ hai, cần tăng cường hợp tác kinh tế.",
        "Vấn đề quan trọng thứ hai là thương mại.",
        "Hai bên sẽ cần thêm vài tháng tới để đàm phán.",
        "Chúng tôi làm mọi thứ hai bên đã cam kết.",
        "Đường dây nóng hoạt động 24/7.",
        "Nghị định 13/2024/NĐ-CP có hiệu lực.",
        "Cuộc họp bắt đầu lúc 10:30.",
        "Hơn 2000 người tham dự lễ hội.",
        "Mỗi ngày, hàng nghìn người đi qua cửa khẩu.",
        "Ngày nay, thương mại điện tử phát triển mạnh.",
        "Đường hai chiều qua cầu bị tắc.",
    ]

    static let english: [String] = [
        "You may go now, the judge said.",
        "Workers march on the capital.",
        "The Sun reported the story first.",
        "Nearly 3/4 of voters agreed.",
        "COVID-19 cases fell sharply.",
        "The G20 leaders issued a statement.",
        "The team won 2-1 at home.",
        "The project needs 5-10 years.",
        "Support rose to 50% in the poll.",
        "They have talked over the past two weeks.",
        "About 2000 troops crossed the border.",
        "May I ask a question?",
        "He could settle the war in a day, he said.",
        "The president served for four years.",
        "Firms with 1/2 of the market merged.",
        "Jan Novak leads the party.",
    ]

    @Test(arguments: vietnamese)
    func vietnameseNonDates(_ sentence: String) {
        let m = Taggers.vi.mentions(in: sentence, published: day("2025-03-13"))
        #expect(m.isEmpty, "found \(m.map(\.text))")
    }

    @Test(arguments: english)
    func englishNonDates(_ sentence: String) {
        let m = Taggers.en.mentions(in: sentence, published: day("2025-03-13"))
        #expect(m.isEmpty, "found \(m.map(\.text))")
    }

    @Test func emptyAndOddTextGivesNothing() {
        for text in ["", " ", "\n\n", "/", "-", "13", "ngày", "thứ", "tháng", "🇻🇳🇺🇸", "\u{0}"] {
            #expect(Taggers.vi.mentions(in: text, published: day("2025-03-13")).isEmpty, "\(text)")
            #expect(Taggers.en.mentions(in: text, published: nil).isEmpty, "\(text)")
        }
    }

    @Test func impossibleDaysAreNotDates() {
        #expect(Taggers.vi.mentions(in: "ngày 31/2 và ngày 30/2/2023", published: day("2025-03-13")).isEmpty)
        #expect(Taggers.en.mentions(in: "on February 30", published: day("2025-03-13")).isEmpty)
    }
}
