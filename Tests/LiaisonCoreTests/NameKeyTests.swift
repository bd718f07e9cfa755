import Testing
@testable import LiaisonCore

@Suite struct NameKeyTests {
    @Test func foldsVietnameseAndCase() {
        #expect(NameKey.fold("Ngoại trưởng Mỹ") == "ngoai truong my")
        #expect(NameKey.fold("Đà  Nẵng!") == "da nang")
        #expect(NameKey.fold("O'Brien-Smith") == "obrien smith")
        #expect(Slug.make("Anthony Blinken") == "anthony-blinken")
        #expect(Slug.make("Liên minh châu Âu (EU)") == "lien-minh-chau-au-eu")
    }
}
