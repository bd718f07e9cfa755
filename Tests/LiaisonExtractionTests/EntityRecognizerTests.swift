import LiaisonCore
import Testing
@testable import LiaisonExtraction

@Suite struct EntityRecognizerTests {
    // MARK: Vietnamese

    @Test func titledNamesWithTheirAffiliation() throws {
        let x = extract("Thủ tướng Nhật Bản Ishiba Shigeru đã tiếp Bộ trưởng Ngoại giao Hàn Quốc Cho Tae-yul tại Tokyo.",
                        language: "vi")
        #expect(x.personNames == ["Ishiba Shigeru", "Cho Tae-yul"])
        #expect(x.person("Ishiba Shigeru")?.roles == [Role(title: "Thủ tướng", affiliation: "japan")])
        #expect(x.person("Cho Tae-yul")?.roles == [Role(title: "Bộ trưởng Ngoại giao", affiliation: "south-korea")])
        #expect(x.entity("tokyo")?.type == .place)
    }

    @Test func organizationAffiliationsAndChainedTitles() throws {
        let x = extract(
            "Tổng thư ký Liên Hợp Quốc Nguyễn Văn Nam và Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith đã gặp nhau.",
            language: "vi")
        #expect(x.person("Nguyễn Văn Nam")?.roles == [Role(title: "Tổng thư ký", affiliation: "united-nations")])
        let roles = try #require(x.person("Thongloun Sisoulith")?.roles)
        #expect(roles.contains(Role(title: "Tổng Bí thư", affiliation: "laos")))
        #expect(roles.contains(Role(title: "Chủ tịch nước", affiliation: "laos")))
    }

    @Test func honorificsAndVietnameseNameShapes() {
        let x = extract("Bà Maria Lopez cho biết ông Novak sẽ đến Hà Nội. Trần Thị Mai và Lê Văn Hùng dự lễ tại Lâm Đồng.",
                        language: "vi")
        #expect(x.personNames == ["Maria Lopez", "Novak", "Trần Thị Mai", "Lê Văn Hùng"])
        #expect(x.entity("hanoi")?.type == .place)
    }

    @Test func chineseNamesWrittenTheVietnameseWay() {
        let x = extract("Ông Vương Nghị hội đàm với Ngoại trưởng Pháp. Tập Cận Bình phát biểu tại Bắc Kinh.", language: "vi")
        #expect(x.personNames.contains("Vương Nghị"))
        #expect(x.personNames.contains("Tập Cận Bình"))
        #expect(x.entity("beijing") != nil)
    }

    @Test func noPeopleInPlacesInstitutionsMonthsOrGenericTitles() {
        let x = extract(
            "Trong tháng Mười, Nhà Trắng và Điện Kremlin đều im lặng. Các bộ trưởng ngoại giao châu Âu họp tại Hà Lan. "
                + "Theo Reuters, Hà Nội và Thái Bình Dương được nhắc đến.", language: "vi")
        #expect(x.people.isEmpty)
        #expect(x.entity("white-house")?.type == .organization)
        #expect(x.entity("kremlin")?.type == .organization)
        #expect(x.entity("netherlands")?.type == .country)
    }

    @Test func acronymsIntroducedInBrackets() {
        let x = extract(
            "Hội đồng Hợp tác Biển Đông Á (HĐBĐA) đã nhóm họp. Sau đó HĐBĐA ra tuyên bố chung.", language: "vi")
        let org = x.entities.first { $0.aliases.contains("HĐBĐA") }
        #expect(org?.type == .organization)
        #expect(org?.name == "Hội đồng Hợp tác Biển Đông Á")
        let nato = extract("Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) họp tại Brussels.", language: "vi").entity("nato")
        #expect(nato?.aliases.contains("Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)") == true)
    }

    // MARK: English

    @Test func englishTitlesTakeTheirAffiliationBefore() {
        let x = extract("Ukraine's Foreign Minister Andrii Sybiha met U.S. Secretary of State Antony J. Blinken and Chinese President Xi Jinping.",
                        language: "en")
        #expect(x.personNames == ["Andrii Sybiha", "Antony J. Blinken", "Xi Jinping"])
        #expect(x.person("Andrii Sybiha")?.roles == [Role(title: "Foreign Minister", affiliation: "ukraine")])
        #expect(x.person("Antony J. Blinken")?.roles == [Role(title: "Secretary of State", affiliation: "united-states")])
        #expect(x.person("Xi Jinping")?.roles == [Role(title: "President", affiliation: "china")])
    }

    @Test func englishTitleWithOfAndModifiers() {
        let x = extract("Former President Jane Doe praised President Ruto of Kenya.", language: "en")
        #expect(x.personNames == ["Jane Doe", "Ruto"])
        #expect(x.person("Ruto")?.roles == [Role(title: "President", affiliation: "kenya")])
    }

    @Test func englishHonorificsAndGivenNames() {
        let x = extract("Mr. Lammy told reporters that Paul Whelan and Grand Boule had met at Capitol Hill.", language: "en")
        #expect(x.personNames == ["Lammy", "Paul Whelan"])
    }

    @Test func noPeopleInSentenceOpenersInstitutionsOrBareTitles() {
        let x = extract("On Monday, the White House said the Senate would vote. The president did not comment.", language: "en")
        #expect(x.people.isEmpty)
        #expect(x.entity("white-house") != nil)
    }
}
