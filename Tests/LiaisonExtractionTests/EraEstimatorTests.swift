import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// EraEstimator: which mentions tie a name to an office, and the window of days they leave.
@Suite struct EraEstimatorTests {
    static let estimator = try! EraEstimator.bundled()

    func era(_ text: String) -> [String]? {
        Self.estimator.era(in: text)?.intervals.map(\.description)
    }

    @Test func titledHoldersIntersectTheirTenures() {
        let en = "Secretary-General Mark Rutte welcomed Secretary of State Antony Blinken to the alliance's headquarters."
        #expect(era(en) == ["2024-10-01…2025-01-20"])
        let vi = "Tổng thư ký NATO Mark Rutte đã tiếp Ngoại trưởng Mỹ Antony Blinken tại Brussels."
        #expect(era(vi) == ["2024-10-01…2025-01-20"])
        let mentions = Self.estimator.officeMentions(in: vi)
        #expect(mentions.map(\.title) == ["Tổng thư ký", "Ngoại trưởng Mỹ"])
        #expect(mentions.map(\.names) == [["Mark Rutte"], ["Antony Blinken"]])
        #expect(mentions.map(\.offices) == [["nato.secretary-general"], ["us.secretary-of-state"]])
        #expect(mentions.map(\.name) == ["Mark Rutte", "Antony Blinken"])
        #expect(scalars(vi, mentions[1].nameRange.lowerBound, mentions[1].nameRange.upperBound) == "Antony Blinken")
    }

    @Test func anOfficeHeldTwiceGivesTwoIntervalsAndOtherHoldersPickOne() {
        #expect(era("President-elect Donald Trump spoke to reporters.") == ["2016-11-09…2017-01-20", "2024-11-06…2025-01-20"])
        #expect(era("Tổng thống đắc cử Donald Trump gặp Tổng thống Joe Biden tại Nhà Trắng.") == ["2024-11-06…2025-01-20"])
    }

    @Test func contradictoryHoldersGiveNoEra() {
        #expect(era("Secretary of State John Kerry and Secretary of State Marco Rubio both spoke.") == nil)
        #expect(era("Ngoại trưởng Mỹ John Kerry và Tổng thư ký NATO Mark Rutte đã điện đàm.") == nil)
    }

    @Test func namesWithoutATitleGiveNoEra() {
        #expect(era("Mark Rutte and Antony Blinken met in Brussels.") == nil)
        #expect(era("Ông Mark Rutte và ông Antony Blinken gặp nhau tại Brussels.") == nil)
        // A title that the named person never held ties nothing.
        #expect(era("Foreign Minister Mark Rutte arrived in Kyiv.") == nil)
    }

    @Test func aTextWithoutKnownOfficeHoldersGivesNoEra() {
        #expect(era("The two ministers met in Brussels and agreed to meet again.") == nil)
        #expect(era("Bộ trưởng Nguyễn Văn An gặp Đại sứ tại Hà Nội.") == nil)
        #expect(era("") == nil)
    }

    @Test func formerNomineesAndCandidatesDoNotHoldTheOffice() {
        #expect(era("Former President Donald Trump spoke to reporters.") == nil)
        #expect(era("Cựu Tổng thống Donald Trump phát biểu trước báo giới.") == nil)
        #expect(era("Nguyên Thủ tướng Nguyễn Tấn Dũng dự lễ.") == nil)
        #expect(era("Secretary of State nominee Marco Rubio faced the senators.") == nil)
        #expect(era("Marco Rubio, the secretary of state nominee, faced the senators.") == nil)
        #expect(era("Marco Rubio, the secretary of state, met the press.") == ["2025-01-21…"])
        #expect(era("The Republican nominee for President Donald Trump held a rally.") == nil)
        // "Phó" makes a deputy: the title after it is not the office.
        #expect(era("Phó Thủ tướng Nguyễn Xuân Phúc chủ trì cuộc họp.") == nil)
    }

    @Test func quotedSpeechIsNotEvidence() {
        // Courtesy titles for former office holders are common in quotes.
        #expect(era("He said: \"I thank President Trump for his call.\"") == nil)
        #expect(era("Ông nói: “Tôi đã gặp Tổng thống Trump.”") == nil)
        // A closing quote separates a title from the name after it.
        #expect(era("“We will support the next President of the United States,” Donald Trump said.") == nil)
    }

    @Test func aTitleTiesToTheNameAfterItAcrossCountriesAndHonorificsButNotAcrossVerbs() {
        #expect(
            era("Đại diện cấp cao về chính sách an ninh và đối ngoại của Liên minh châu Âu (EU) - ông Josep Borrell phát biểu.")
                == ["2019-12-01…2024-11-30"])
        #expect(era("Ngoại trưởng Ukraine Andrii Sybiha cảm ơn các đối tác.") == ["2024-09-05…"])
        #expect(era("Ngoại trưởng cho biết đã gặp Sergey Lavrov.") == nil)
        #expect(era("The Secretary of State. Antony Blinken arrived later.") == nil)
    }

    @Test func aNameWithACommaBeforeATitleTiesToIt() {
        #expect(era("Mark Rutte, NATO's secretary general, arrived in Kyiv.") == ["2024-10-01…"])
        #expect(era("Antony Blinken, the U.S. secretary of state, left Brussels.") == ["2021-01-26…2025-01-20"])
    }

    @Test func titlesJoinedByACommaOrKiemTieToOneName() {
        #expect(era("Tổng Bí thư, Chủ tịch nước Tô Lâm tiếp Đại sứ.") == ["2024-08-03…2024-10-21"])
        #expect(Self.estimator.officeMentions(in: "Tổng Bí thư, Chủ tịch nước Tô Lâm tiếp Đại sứ.").count == 2)
    }

    @Test func matchingIgnoresCaseAndDiacriticsButWantsTheNamesCapitals() throws {
        #expect(era("NGOẠI TRƯỞNG MỸ ANTONY BLINKEN ĐẾN BRUSSELS.") == ["2021-01-26…2025-01-20"])
        #expect(era("Ngoai truong My Antony Blinken den Brussels.") == ["2021-01-26…2025-01-20"])
        let decomposed = "Ngoại trưởng Mỹ Antony Blinken đến Brussels.".decomposedStringWithCanonicalMapping
        #expect(era(decomposed) == ["2021-01-26…2025-01-20"])
        let mention = try #require(Self.estimator.officeMentions(in: decomposed).first)
        #expect(scalars(decomposed, mention.nameRange.lowerBound, mention.nameRange.upperBound) == "Antony Blinken")

        let facts = try EraEstimator(
            holdersText: "Theresa May; May | gb.prime-minister | 2016-07-13 | 2019-07-24",
            titlesText: "title | gb.prime-minister | Prime Minister")
        #expect(facts.era(in: "Prime Minister May spoke in Parliament.")?.intervals.count == 1)
        #expect(facts.era(in: "The prime minister may resign.") == nil)
    }

    @Test func theBundledFactsKnowTheTenures() {
        let e = Self.estimator
        #expect(e.tenures(of: "Antony Blinken", in: "us.secretary-of-state").map(\.description) == ["2021-01-26…2025-01-20"])
        #expect(e.tenures(of: "Mark Rutte", in: "nato.secretary-general").map(\.description) == ["2024-10-01…"])
        #expect(
            e.tenures(of: "Donald Trump", in: "us.president").map(\.description)
                == ["2017-01-20…2021-01-20", "2025-01-20…"])
        #expect(e.tenures(of: "Xi Jinping", in: "cn.president").first?.first == Day(2013, 3, 14))
        #expect(e.personCount > 200 && e.officeCount > 50)
    }
}
