import LiaisonCore
import Testing
@testable import LiaisonExtraction

@Suite struct LanguagePackTests {
    let vi = Extractors.vi.pack
    let en = Extractors.en.pack

    func country(_ pack: LanguagePack, _ text: String) -> String? {
        let analysis = TextAnalysis(pack: pack, text: text, dates: [])
        return analysis.longest(.country, at: 0).map { pack.countries[Int($0.entry.ref)].id }
    }

    @Test func countriesComeFromCLDRAndEverydayFormsFromTheHandList() {
        // CLDR's own names
        #expect(country(vi, "Hoa Kỳ") == "united-states")
        #expect(country(vi, "Ukraina") == "ukraine")
        #expect(country(vi, "Campuchia") == "cambodia")
        #expect(country(en, "Cambodia") == "cambodia")
        // everyday and short forms added by hand
        #expect(country(vi, "Mỹ") == "united-states")
        #expect(country(vi, "Ucraina") == "ukraine")
        #expect(country(vi, "Trung Quốc") == "china")
        #expect(country(en, "U.S.") == "united-states")
        #expect(country(en, "US") == "united-states")
        #expect(country(en, "Britain") == "united-kingdom")
    }

    @Test func acronymsMatchOnlyInCapitals() {
        #expect(country(en, "us") == nil)
        let analysis = TextAnalysis(pack: en, text: "WHO said who", dates: [])
        #expect(analysis.longest(.organization, at: 0) != nil)
        #expect(analysis.longest(.organization, at: 2) == nil)
    }

    @Test func demonymsGiveAffiliationsButAreNoCountryNames() {
        let analysis = TextAnalysis(pack: en, text: "Chinese", dates: [])
        let demonym = analysis.longest(.demonym, at: 0)
        #expect(demonym.map { en.demonyms[Int($0.entry.ref)] } == "china")
        #expect(analysis.longest(.country, at: 0) == nil)
    }

    @Test func theLongestTitleWins() {
        let analysis = TextAnalysis(pack: vi, text: "Phó Thủ tướng Thường trực", dates: [])
        let title = analysis.longest(.title, at: 0)
        #expect(title?.length == 5)
        #expect(title.map { vi.titles[Int($0.entry.ref)].office } == "deputy-prime-minister")
    }

    @Test func everyOfficeOfATitleIsKnownAndOrganizationsShareIDsAcrossLanguages() {
        for pack in [vi, en] {
            for t in pack.titles { #expect(pack.officeGroups[t.office] != nil) }
        }
        let viIDs = Set(vi.organizations.map(\.id)), enIDs = Set(en.organizations.map(\.id))
        for id in ["nato", "european-union", "united-nations", "asean", "apec", "g20"] {
            #expect(viIDs.contains(id) && enIDs.contains(id))
        }
    }

    @Test func unknownLanguagesAreRefused() {
        #expect(throws: Extractor.Failure.self) { try Extractor(language: "fr") }
    }
}
