import LiaisonCore
import Testing
@testable import LiaisonExtraction

/// Event rules, Vietnamese.
@Suite struct EventRulesVietnameseTests {
    @Test func separateMeetingsWithAList() {
        let x = extract("Bộ trưởng Ngoại giao Ý Antonio Tajani đã có các cuộc gặp riêng rẽ với Ngoại trưởng Ai Cập Badr Abdelatty, "
                        + "Ngoại trưởng Jordan Ayman Safadi và bà Kaja Kallas.", language: "vi")
        #expect(x.meetingPairs == [["Antonio Tajani", "Badr Abdelatty"], ["Antonio Tajani", "Ayman Safadi"],
                                   ["Antonio Tajani", "Kaja Kallas"]])
        #expect(x.events.allSatisfy { $0.evidence.first?.rule == "vi.meeting.cuoc-gap-voi" })
    }

    @Test func aTrilateralMeetingIsOneEventOfAll() {
        let x = extract("Thủ tướng Nhật Bản Ishiba Shigeru đã có cuộc gặp ba bên với Tổng thống Hàn Quốc Lee Jae-myung "
                        + "và Tổng thống Mỹ Joe Biden.", language: "vi")
        #expect(x.meetingPairs == [["Ishiba Shigeru", "Lee Jae-myung", "Joe Biden"]])
    }

    @Test func hostingAndTheWordsThatOnlyLookLikeIt() throws {
        let x = extract("Chủ tịch nước Lương Cường đã tiếp Đại sứ Pháp Olivier Brochet. Hai bên tiếp tục trao đổi. "
                        + "Thủ tướng Phạm Minh Chính tiếp cận vấn đề một cách trực tiếp.", language: "vi")
        let meeting = try #require(x.events.first)
        #expect(x.events.count == 1)
        #expect(x.names(meeting) == ["Lương Cường", "Olivier Brochet"])
        #expect(meeting.host == x.person("Lương Cường")?.id)
        #expect(meeting.evidence.first?.rule == "vi.meeting.tiep")
    }

    @Test func negationAndCoOccurrenceMakeNoMeeting() {
        let x = extract("Thủ tướng Anh Keir Starmer không gặp Tổng thống Pháp Emmanuel Macron. "
                        + "Ngoại trưởng Mỹ Antony Blinken chưa gặp Ngoại trưởng Nga Sergei Lavrov. "
                        + "Ông Starmer và ông Macron đều phát biểu về kinh tế châu Âu.", language: "vi")
        #expect(x.events.filter(\.kind.isMeetingLike).isEmpty)
        #expect(x.people.count == 4)
    }

    @Test func aPressConferenceIsNotAMeeting() {
        let x = extract("Ngoại trưởng Úc Penny Wong và Ngoại trưởng New Zealand Winston Peters đã họp báo chung tại Canberra.",
                        language: "vi")
        #expect(x.events.filter(\.kind.isMeetingLike).isEmpty)
    }

    @Test func invitationsAreNotVisits() {
        let x = extract("Thủ tướng Phạm Minh Chính đã mời Thủ tướng Singapore Lawrence Wong sang thăm Việt Nam.", language: "vi")
        #expect(x.events.filter { $0.kind.isMeetingLike || $0.kind == .trip }.isEmpty)
    }

    @Test func plannedTalksWithPlaceAndDate() throws {
        let text = "Thủ tướng Phạm Minh Chính sẽ hội đàm với Thủ tướng Lào Sonexay Siphandone tại Viêng Chăn ngày 9/10."
        let x = extract(text, language: "vi", published: Day(2024, 10, 1),
                        dates: [dateMention("ngày 9/10", in: text, Day(2024, 10, 9)!)])
        let talks = try #require(x.events(.talks).first)
        #expect(x.names(talks) == ["Phạm Minh Chính", "Sonexay Siphandone"])
        #expect(talks.status == .planned)
        #expect(talks.place == "vientiane")
        #expect(talks.time?.start == Day(2024, 10, 9))
        #expect(talks.evidence.first?.rule == "vi.talks.hoi-dam-voi")
    }

    @Test func theDateOfAnotherClauseIsNotTaken() throws {
        let text = "Ngày 3/6, Quốc hội thông qua luật mới, còn Bộ trưởng Quốc phòng Phan Văn Giang đã hội kiến "
            + "Bộ trưởng Quốc phòng Mỹ Lloyd Austin tại Singapore, sau khi hội nghị kết thúc vào ngày 1/6."
        let x = extract(text, language: "vi", published: Day(2024, 6, 5),
                        dates: [dateMention("Ngày 3/6", in: text, Day(2024, 6, 3)!),
                                dateMention("ngày 1/6", in: text, Day(2024, 6, 1)!)])
        let meeting = try #require(x.events.first { $0.kind.isMeetingLike })
        #expect(x.names(meeting) == ["Phan Văn Giang", "Lloyd Austin"])
        #expect(meeting.time == nil)
    }

    @Test func aSentenceOpeningDateGovernsTheSentence() throws {
        let text = "Ngày 20/9, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Ishiba Shigeru."
        let x = extract(text, language: "vi", published: Day(2024, 9, 21),
                        dates: [dateMention("Ngày 20/9", in: text, Day(2024, 9, 20)!)])
        let call = try #require(x.events(.call).first)
        #expect(call.time?.start == Day(2024, 9, 20))
        #expect(call.status == .happened)
    }

    @Test func theSubjectOfAnOpeningPhraseComesAfterIt() throws {
        let x = extract("Trong cuộc gặp với Tổng thống Indonesia Prabowo Subianto, Thủ tướng Úc Anthony Albanese khẳng định "
                        + "hai nước là đối tác quan trọng.", language: "vi")
        #expect(x.meetingPairs == [["Prabowo Subianto", "Anthony Albanese"]])
        let y = extract("Tiếp xúc với Tổng thư ký NATO Mark Rutte, Thủ tướng Ba Lan Donald Tusk bày tỏ cảm ơn.", language: "vi")
        #expect(y.meetingPairs == [["Mark Rutte", "Donald Tusk"]])
    }

    @Test func aClauseWithoutSubjectBelongsToTheProtagonist() {
        let x = extract("Thủ tướng Phạm Minh Chính đến Rio de Janeiro để dự Hội nghị G20. Thủ tướng Phạm Minh Chính phát biểu tại phiên họp. "
                        + "Sau đó, gặp Thủ tướng Ấn Độ Narendra Modi bên lề hội nghị.", language: "vi")
        #expect(x.meetingPairs.contains(["Phạm Minh Chính", "Narendra Modi"]))
    }

    @Test func tripsHaveTheTravellerAndTheDestinations() throws {
        let text = "Tổng thống Pháp Emmanuel Macron sẽ có chuyến công du tới Ấn Độ và Indonesia vào tuần tới."
        let x = extract(text, language: "vi", published: Day(2025, 5, 20),
                        dates: [dateMention("vào tuần tới", in: text, Day(2025, 5, 26)!, Day(2025, 6, 1)!, precision: .week)])
        let trip = try #require(x.events(.trip).first)
        #expect(Set(trip.participants) == ["emmanuel-macron", "india", "indonesia"])
        #expect(trip.status == .planned)
        #expect(trip.time?.start == Day(2025, 5, 26))
    }

    @Test func visitsNeedSomewhereOrSomeoneVisited() {
        let x = extract("Ngoại trưởng Đức Annalena Baerbock và Ngoại trưởng Pháp Catherine Colonna bàn về các chuyến thăm cấp cao sắp tới.",
                        language: "vi")
        #expect(x.events.filter { $0.kind == .visit || $0.kind == .trip }.isEmpty)
    }

    @Test func anOfficialVisitIsHostedByTheCountryVisited() throws {
        let x = extract("Chủ tịch nước Lương Cường sẽ thăm chính thức Chile.", language: "vi")
        let visit = try #require(x.events(.visit).first)
        #expect(Set(visit.participants) == ["luong-cuong", "chile"])
        #expect(visit.host == "chile")
        #expect(visit.status == .planned)
    }

    @Test func jointSubjectsMeetEachOther() {
        let x = extract("Thủ tướng Phạm Minh Chính cũng cùng Thủ tướng Canada Justin Trudeau trao đổi về hợp tác.", language: "vi")
        #expect(x.meetingPairs == [["Phạm Minh Chính", "Justin Trudeau"]])
    }
}

/// Event rules, English.
@Suite struct EventRulesEnglishTests {
    @Test func metWithAndDateInTheClause() throws {
        let text = "Secretary of State Marco Rubio met on Tuesday with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington."
        let x = extract(text, language: "en", published: Day(2025, 1, 23),
                        dates: [dateMention("on Tuesday", in: text, Day(2025, 1, 21)!)])
        let meeting = try #require(x.events(.meeting).first)
        #expect(x.names(meeting) == ["Marco Rubio", "Subrahmanyam Jaishankar"])
        #expect(meeting.time?.start == Day(2025, 1, 21))
        #expect(meeting.place == "washington")
        #expect(meeting.evidence.first?.rule == "en.meeting.met-with")
    }

    @Test func negatedMeetingsAreNoEvents() {
        let x = extract("President Emmanuel Macron did not meet Chancellor Olaf Scholz. Prime Minister Keir Starmer won't meet "
                        + "President Xi Jinping this year. Prime Minister Narendra Modi never met President Vladimir Putin there.",
                        language: "en")
        #expect(x.events.filter(\.kind.isMeetingLike).isEmpty)
    }

    @Test func aPressConferenceOrASpeechIsNoMeeting() {
        let x = extract("Foreign Minister Penny Wong and Foreign Minister Winston Peters held a joint press conference in Canberra. "
                        + "Prime Minister Mark Carney gave a speech with Premier Doug Ford in attendance.", language: "en")
        #expect(x.events.filter(\.kind.isMeetingLike).isEmpty)
    }

    @Test func namesTogetherWithoutAnEventWordMakeNoMeeting() {
        let x = extract("President Joe Biden and President Xi Jinping both face pressure at home.", language: "en")
        #expect(x.events.filter(\.kind.isMeetingLike).isEmpty)
    }

    @Test func separateMeetingsAndTrilateralTalks() {
        let x = extract("Prime Minister Anthony Albanese met separately with President Joe Biden and Prime Minister Narendra Modi.",
                        language: "en")
        #expect(x.meetingPairs == [["Anthony Albanese", "Joe Biden"], ["Anthony Albanese", "Narendra Modi"]])
        let y = extract("President Joe Biden held trilateral talks with Prime Minister Fumio Kishida and President Yoon Suk Yeol.",
                        language: "en")
        #expect(y.meetingPairs == [["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"]])
    }

    @Test func hostingAndExpectedMeetings() throws {
        let text = "Prime Minister Keir Starmer hosted President Volodymyr Zelensky at Downing Street. "
            + "Chancellor Friedrich Merz is expected to meet with President Emmanuel Macron on Friday."
        let x = extract(text, language: "en", published: Day(2025, 5, 6),
                        dates: [dateMention("on Friday", in: text, Day(2025, 5, 9)!)])
        let hosted = try #require(x.events.first { x.names($0).contains("Keir Starmer") })
        #expect(hosted.host == "keir-starmer")
        #expect(hosted.status == .happened)
        let expected = try #require(x.events.first { x.names($0).contains("Friedrich Merz") })
        #expect(expected.status == .planned)
        #expect(expected.time?.start == Day(2025, 5, 9))
    }

    @Test func invitationsAreNoVisits() {
        let x = extract("President Xi Jinping invited President Lula da Silva to visit Beijing.", language: "en")
        #expect(x.events.filter { $0.kind.isMeetingLike || $0.kind == .trip }.isEmpty)
    }

    @Test func phoneCallsAndQuotedEventWords() throws {
        let text = "Former President Donald Trump said he “had a very good phone call” with President Javier Milei on Friday."
        let x = extract(text, language: "en", published: Day(2024, 7, 20),
                        dates: [dateMention("on Friday", in: text, Day(2024, 7, 19)!)])
        let call = try #require(x.events(.call).first)
        #expect(x.names(call) == ["Donald Trump", "Javier Milei"])
        #expect(call.time?.start == Day(2024, 7, 19))
        let received = extract("Prime Minister Kristen Michal received a phone call from President Alar Karis.", language: "en")
        #expect(received.meetingPairs == [["Kristen Michal", "Alar Karis"]])
    }

    @Test func theTwoLeadersAreTheLastTwoPeople() throws {
        let x = extract("President Gustavo Petro criticised President Nayib Bukele. An aide said the two leaders will meet next month.",
                        language: "en")
        #expect(x.meetingPairs == [["Gustavo Petro", "Nayib Bukele"]])
        #expect(x.events.first { $0.kind.isMeetingLike }?.status == .planned)
    }

    @Test func aDefiniteMeetingAddsItsDateToTheLastOne() throws {
        let text = "Foreign Secretary David Lammy met Foreign Minister Wang Yi in Beijing. The meeting took place on 18 October 2024."
        let x = extract(text, language: "en", published: Day(2024, 10, 19),
                        dates: [dateMention("on 18 October 2024", in: text, Day(2024, 10, 18)!)])
        #expect(x.events.filter(\.kind.isMeetingLike).count == 1)
        #expect(x.events.first?.time?.start == Day(2024, 10, 18))
        #expect(x.events.first?.evidence.count == 2)
    }

    @Test func coordinatedSubjectsHoldTalksAndSpokesmenAreNotLeaders() throws {
        let x = extract("Xi and Putin held informal talks at the Kremlin, Kremlin spokesman Dmitry Peskov said. "
                        + "The two leaders are expected to meet again soon. There was no sign of a call between Xi and Zelensky.",
                        language: "en")
        #expect(x.meetingPairs == [["Xi", "Putin"]])
        #expect(x.events.filter(\.kind.isMeetingLike).allSatisfy { !$0.participants.contains("dmitry-peskov") })
    }
}
