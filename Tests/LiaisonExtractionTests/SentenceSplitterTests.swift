import Testing
@testable import LiaisonExtraction

@Suite struct SentenceSplitterTests {
    let tokenizer = Tokenizer(abbreviations: ["Mr", "Dr", "No"])
    let splitter = SentenceSplitter(sentenceOpeners: ["The", "He", "She"])

    func sentences(_ text: String) -> [String] {
        let t = tokenizer.tokenize(text)
        return splitter.split(t).map { t.text(from: $0.start, to: $0.end) }
    }

    @Test func endsAtStopsFollowedByACapital() {
        #expect(sentences("Hai bên đã hội đàm. Sau đó họ họp báo! Có gì mới? Không.")
            == ["Hai bên đã hội đàm.", "Sau đó họ họp báo!", "Có gì mới?", "Không."])
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(sentences("Mr. Lee met Antony J. Blinken at No. 10 Downing Street. They talked.")
            == ["Mr. Lee met Antony J. Blinken at No. 10 Downing Street.", "They talked."])
    }

    @Test func initialismEndsASentenceOnlyBeforeAnOpener() {
        #expect(sentences("He flew to the U.S. The trip was short.")
            == ["He flew to the U.S.", "The trip was short."])
        #expect(sentences("The U.S. Secretary of State arrived.") == ["The U.S. Secretary of State arrived."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(sentences("Bà nói: \"Chúng tôi sẵn sàng.\" Ông gật đầu.")
            == ["Bà nói: \"Chúng tôi sẵn sàng.\"", "Ông gật đầu."])
        #expect(sentences("He said “it is over”. Then he left.") == ["He said “it is over”.", "Then he left."])
        #expect(sentences("“We agree,” she said. “Good.”") == ["“We agree,” she said.", "“Good.”"])
    }

    @Test func numbersEllipsesAndLowerCaseContinuations() {
        #expect(sentences("Giá tăng 3.5% ngày 13.11.2024 so với... năm ngoái. Xong.")
            == ["Giá tăng 3.5% ngày 13.11.2024 so với... năm ngoái.", "Xong."])
    }

    @Test func lineBreaksEndSentencesAndOffsetsPointIntoTheText() {
        let text = "Tiêu đề không có dấu chấm\nCâu thứ hai. Câu ba."
        let t = tokenizer.tokenize(text)
        let split = splitter.split(t)
        #expect(split.count == 3)
        let scalars = Array(text.unicodeScalars)
        let second = String(String.UnicodeScalarView(scalars[split[1].start..<split[1].end]))
        #expect(second == "Câu thứ hai.")
    }

    @Test func aDatelineOpeningAParagraphIsASentenceOfItsOwn() {
        for (text, dateline) in [
            ("HANOI, March 12 (Reuters) - Vietnam and Singapore agreed to deepen ties.", "HANOI, March 12 (Reuters) -"),
            ("WASHINGTON \u{2014} President Biden hosted the prime minister.", "WASHINGTON \u{2014}"),
            ("BEIJING, May 16 (Xinhua) -- Xi held talks with Putin.", "BEIJING, May 16 (Xinhua) --"),
            ("VIÊNG CHĂN - Ngày 10/10, Thủ tướng đã có các cuộc gặp.", "VIÊNG CHĂN -"),
            ("Hà Nội (TTXVN) - Chiều 12/3, Thủ tướng tiếp Đại sứ.", "Hà Nội (TTXVN) -"),
        ] {
            let t = tokenizer.tokenize(text)
            let split = splitter.split(t)
            #expect(split.count == 2, "\(text)")
            #expect(split.first.map { t.text(from: $0.start, to: $0.end) } == dateline)
            #expect(split.first?.isDateline == true)
            #expect(split.last?.isDateline == false)
        }
    }

    @Test func capitalisedWordsBeforeADashAreNoDatelineWithoutCapitalsOrASource() {
        // a caption and a title with a dash are sentences of the story
        for text in ["Thủ tướng Phạm Minh Chính và Thủ tướng Đức Olaf Scholz - Ảnh: TTXVN",
                     "Vietnam Airlines - the national carrier - grew.",
                     "The talks - held in Geneva - ended."] {
            let t = tokenizer.tokenize(text)
            #expect(!splitter.split(t).contains { $0.isDateline }, "\(text)")
        }
    }
}
