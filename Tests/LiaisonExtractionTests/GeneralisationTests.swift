import Foundation
import LiaisonCore
import Testing
@testable import LiaisonExtraction

/// Articles written for these tests in the styles of Vietnamese agencies (VnExpress, VTV, Báo
/// Quốc tế, TTXVN: "Chiều 12/3, tại Trụ sở Chính phủ, Thủ tướng … đã tiếp …", "Đón … tại sân bay
/// có …", "điện đàm", "hội kiến", "lần lượt", "bên lề Hội nghị …", "họp báo chung") and English
/// wires (Reuters, AP, Xinhua datelines, "held talks with", "hosted … at the White House", "met
/// separately with", "a trilateral meeting", "is expected to meet", "will not meet", "told
/// reporters"), with what a reader finds in them under the evaluation's annotation rules: the
/// people, the meetings with their dates and the dated events (`Fixtures/Generalisation/*.json`,
/// the gold format of `../shared/eval`).
///
/// Each check compares sets as the evaluation does. A difference the extraction still makes is
/// listed with its reason under `known_issues` in the article's file: it is then a known issue,
/// and a known issue that no longer happens fails, so that the list stays true.
@Suite struct GeneralisationTests {
    static let names = GoldArticle.names

    @Test func sixArticlesOrMoreInEachLanguage() throws {
        let articles = try Self.names.map(GoldArticle.load)
        #expect(articles.filter { $0.lang == "vi" }.count >= 6)
        #expect(articles.filter { $0.lang == "en" }.count >= 6)
        for a in articles {
            #expect(a.published != nil)
            #expect(!a.meetings.isEmpty, "\(a.id) has no meeting")
        }
    }

    @Test(arguments: names) func people(_ name: String) throws {
        try check(name, "people") { $0.people }
    }

    @Test(arguments: names) func meetingPairs(_ name: String) throws {
        try check(name, "pairs") { $0.pairs }
    }

    @Test(arguments: names) func meetingPairsWithTheirDates(_ name: String) throws {
        try check(name, "pair+date") { $0.pairDates }
    }

    @Test(arguments: names) func datedEventsOfEveryActor(_ name: String) throws {
        try check(name, "dated") { $0.dated }
    }

    /// Extracts the article and expects no difference from the gold but its known issues.
    private func check(_ name: String, _ what: String, _ differences: (GoldComparison) -> [String]) throws {
        let gold = try GoldArticle.load(name)
        let extractor = gold.lang == "vi" ? Extractors.vi : Extractors.en
        let found = differences(GoldComparison(gold: gold, extraction: extractor.extract(gold.document)))
        let known = gold.known(what)
        let unexpected = found.filter { known[$0] == nil }
        #expect(unexpected.isEmpty, "\(name), \(what): \(unexpected.joined(separator: "; "))")
        for (item, reason) in known.sorted(by: { $0.key < $1.key }) {
            if found.contains(item) {
                withKnownIssue("\(name), \(what): \(item) (\(reason))") {
                    Issue.record("\(item)")
                }
            } else {
                Issue.record("\(name), \(what): the known issue “\(item)” no longer happens; remove it from the fixture")
            }
        }
    }
}
