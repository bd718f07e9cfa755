import Foundation
import LiaisonCore
import LiaisonExtraction

/// Temporal-tagger throughput: MB of article-like text per second on one core, for Vietnamese and
/// English. The text is generated from sentences written for this benchmark (news-like, about one
/// time expression every three sentences), repeated to a few megabytes.
func runTimeBenchmark() {
    let vietnamese = [
        "Thủ tướng Chính phủ đã tiếp Đại sứ đặc mệnh toàn quyền của Nhật Bản tại trụ sở Chính phủ.",
        "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại, đầu tư và giáo dục.",
        "Ngày 13/11, Bộ trưởng Ngoại giao hội đàm với người đồng cấp tại Brussels.",
        "Theo thông cáo của Bộ Ngoại giao, Chủ tịch nước sẽ thăm chính thức Chile từ ngày 9 đến 12-11.",
        "Kim ngạch thương mại song phương đạt 2,15 tỷ USD năm 2022, tăng 12% so với năm trước đó.",
        "Phát biểu tại cuộc họp báo, người phát ngôn cho biết lập trường của Việt Nam là nhất quán.",
        "Đoàn đại biểu sẽ lên đường vào cuối tuần này để dự hội nghị thượng đỉnh.",
        "Các doanh nghiệp bày tỏ mong muốn mở rộng thị trường xuất khẩu sang khu vực Mỹ Latinh.",
        "Hôm qua, hai nước đã ký kết bản ghi nhớ về hợp tác năng lượng tái tạo.",
        "Lãnh đạo hai nước đánh giá cao kết quả đạt được trong thời gian qua và nhất trí duy trì trao đổi đoàn.",
        "Hội nghị lần thứ hai của ủy ban hỗn hợp dự kiến diễn ra vào thứ Sáu tuần tới.",
        "Người dân địa phương cho biết giá cả hàng hóa tăng nhẹ trong những ngày gần đây.",
    ]
    let english = [
        "The foreign minister met his counterpart in Brussels on Wednesday to discuss military aid.",
        "Officials from both countries agreed to expand cooperation on trade, energy and education.",
        "The two leaders spoke by phone earlier this week, according to a statement from the ministry.",
        "Trade between the two countries reached $2.15 billion in 2022, up 12 percent from a year earlier.",
        "Speaking at a press conference, the spokesperson said the position of the government was unchanged.",
        "The delegation will travel to Lima later this week for the summit of regional leaders.",
        "Business groups expressed interest in opening new export markets in Latin America and Africa.",
        "Last month, the two sides signed a memorandum of understanding on renewable energy.",
        "Both governments praised the results achieved so far and agreed to keep exchanging delegations.",
        "A second round of talks is scheduled for Nov. 18-19, 2024, in Geneva, officials said.",
        "Residents said the prices of everyday goods had risen slightly over recent weeks.",
        "The summit, first held in 2008, brings together leaders of the twenty largest economies.",
    ]
    func corpus(_ sentences: [String], bytes: Int) -> String {
        var out = ""
        out.reserveCapacity(bytes + 1000)
        var i = 0
        while out.utf8.count < bytes {
            out += sentences[i % sentences.count]
            out += i % 5 == 4 ? "\n\n" : " "
            i += 1
        }
        return out
    }
    let size = 4 << 20
    for (language, sentences) in [("vi", vietnamese), ("en", english)] {
        guard let tagger = try? TemporalTagger(language: language) else {
            print("time/\(language): cannot load the pack")
            continue
        }
        let text = corpus(sentences, bytes: size)
        let published = Day(2024, 11, 14)
        var best = Double.infinity
        var count = 0
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            count = tagger.mentions(in: text, published: published).count
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
        }
        let megabytes = Double(text.utf8.count) / 1_048_576
        print(
            String(
                format: "time/%@: %.1f MB in %.3f s = %.1f MB/s, %d mentions", language, megabytes, best,
                megabytes / best, count))
    }
}
