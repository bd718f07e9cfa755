import LiaisonCore
import Testing
@testable import LiaisonExtraction

@Suite struct CoreferenceTests {
    @Test func surnamesAndHonorificsJoinTheFullName() throws {
        let x = extract("Ngoại trưởng Anh David Lammy đến Hà Nội. Ông Lammy cho biết chuyến đi rất quan trọng. Lammy cũng gặp sinh viên.",
                        language: "vi")
        #expect(x.people.count == 1)
        let lammy = try #require(x.person("David Lammy"))
        #expect(lammy.id == "david-lammy")
        for alias in ["Ngoại trưởng Anh David Lammy", "Ông Lammy", "Lammy"] { #expect(lammy.aliases.contains(alias)) }
        #expect(lammy.roles == [Role(title: "Ngoại trưởng", affiliation: "united-kingdom")])
    }

    @Test func firstNameAloneWhenNoOneElseHasIt() {
        let x = extract("Ngoại trưởng Mỹ Marco Rubio gặp Thủ tướng Ấn Độ Narendra Modi. Ngoại trưởng Mỹ Marco nói thêm về thương mại.",
                        language: "vi")
        #expect(x.people.count == 2)
        #expect(x.person("Marco Rubio")?.aliases.contains("Ngoại trưởng Mỹ Marco") == true)
    }

    @Test func spellingVariantsOfOneLetterJoin() {
        let x = extract("President Volodymyr Zelensky spoke in Kyiv. Later, Zelenskyy thanked the partners.", language: "en")
        #expect(x.people.count == 1)
        #expect(x.person("Volodymyr Zelensky")?.aliases.contains("Zelenskyy") == true)
    }

    @Test func relativesWithTheSameSurnameStayApart() {
        let x = extract("Joe Biden and Hunter Biden arrived. Later Joe Biden spoke.", language: "en")
        #expect(x.personNames == ["Joe Biden", "Hunter Biden"])
    }

    @Test func aTitleAloneIsItsHolderBeforeOrAfter() throws {
        let x = extract("The Foreign Secretary opened the talks. Foreign Secretary James Cleverly then met Prime Minister Fumio Kishida. "
                        + "The Foreign Secretary thanked him.", language: "en")
        #expect(x.personNames == ["James Cleverly", "Fumio Kishida"])
        let cleverly = try #require(x.person("James Cleverly"))
        #expect(cleverly.aliases.contains("Foreign Secretary"))
        #expect(cleverly.roles.contains(Role(title: "Foreign Secretary", affiliation: "united-kingdom")))
    }

    @Test func vietnameseTitleAloneAndDescriptions() throws {
        let x = extract("Ngoại trưởng Pháp Jean-Noël Barrot đến Hà Nội. Nhà ngoại giao hàng đầu của Pháp cho biết hai bên sẽ hợp tác. "
                        + "Ngoại trưởng Pháp cũng gặp sinh viên.", language: "vi")
        #expect(x.people.count == 1)
        let barrot = try #require(x.person("Jean-Noël Barrot"))
        #expect(barrot.aliases.contains("Nhà ngoại giao hàng đầu của Pháp"))
        #expect(barrot.aliases.contains("Ngoại trưởng Pháp"))
    }

    @Test func counterpartsTakeTheOtherPartysOffice() throws {
        let vi = extract("Ngoại trưởng Đức Annalena Baerbock hội đàm với người đồng cấp Ba Lan Radosław Sikorski.", language: "vi")
        #expect(vi.person("Radosław Sikorski")?.roles.contains(Role(title: "Ngoại trưởng", affiliation: "poland")) == true)
        let en = extract("Defense Minister Boris Pistorius met his French counterpart in Paris. "
                         + "French Defense Minister Sébastien Lecornu later spoke.", language: "en")
        let meeting = try #require(en.events(.meeting).first)
        #expect(en.names(meeting) == ["Boris Pistorius", "Sébastien Lecornu"])
    }

    @Test func aTitleWhoseHolderIsNeverNamedIsItsOwnEntity() throws {
        let x = extract("The Foreign Secretary met Secretary of State Marco Rubio in London.", language: "en")
        let secretary = try #require(x.people.first { $0.name == "Foreign Secretary" })
        #expect(secretary.roles == [Role(title: "Foreign Secretary", affiliation: "united-kingdom")])
        #expect(x.meetingPairs == [["Foreign Secretary", "Marco Rubio"]])
    }

    @Test func pronounsStandForTheLastSubject() throws {
        let x = extract("Thủ tướng Thái Lan Paetongtarn Shinawatra đến Hà Nội hôm nay. Bà đã hội kiến Chủ tịch Quốc hội Trần Thanh Mẫn.",
                        language: "vi")
        let meeting = try #require(x.events(.meeting).first)
        #expect(x.names(meeting) == ["Paetongtarn Shinawatra", "Trần Thanh Mẫn"])
    }

    @Test func firstPersonInAQuotationIsItsSpeaker() throws {
        let x = extract("Foreign Minister Penny Wong said: “We met Foreign Minister Wang Yi in Beijing and had frank talks.”", language: "en")
        #expect(x.meetingPairs == [["Penny Wong", "Wang Yi"]])
    }

    @Test func wellKnownPeopleNamedByTheirSurnameAlone() throws {
        let x = extract("Putin said the offer stood. Later, Russian President Vladimir Putin met Lukashenko in Minsk.", language: "en")
        #expect(x.personNames == ["Vladimir Putin", "Lukashenko"])
        #expect(x.person("Vladimir Putin")?.aliases.contains("Putin") == true)
    }

    @Test func titlesHeldInAPlace() {
        let vi = extract("Đại sứ Mỹ tại Việt Nam Marc Knapper đã gặp sinh viên.", language: "vi")
        #expect(vi.person("Marc Knapper")?.roles == [Role(title: "Đại sứ", affiliation: "united-states")])
        let en = extract("Ambassador to Japan Rahm Emanuel spoke.", language: "en")
        #expect(en.person("Rahm Emanuel")?.roles == [Role(title: "Ambassador", affiliation: "japan")])
    }
}
