import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// The office-holder and title packs: their format, their errors, and the consistency of the
/// bundled facts.
@Suite struct OfficeFactsTests {
    static let titles = "title | us.president | President"

    func loadError(holders: String, titles: String = OfficeFactsTests.titles) -> PackFile.LoadError? {
        do {
            _ = try EraEstimator(holdersText: holders, titlesText: titles)
            return nil
        } catch {
            return error as? PackFile.LoadError
        }
    }

    @Test func theBundledPacksLoad() throws {
        let holders = try PackFile.load(language: "common", name: "officeholders")
        let titles = try PackFile.load(language: "common", name: "officetitles")
        let facts = try OfficeFacts(holders: holders, titles: titles)
        #expect(holders.records.count > 250)
        #expect(facts.titleOffices.count > 20)
    }

    @Test func badHolderLinesAreReportedWithTheirLine() {
        let ok = "Joe Biden; Biden | us.president | 2021-01-20 | 2025-01-20\n"
        #expect(loadError(holders: ok) == nil)
        let badDay = loadError(holders: ok + "Donald Trump | us.president | 2025-13-20 |")
        #expect(badDay?.line == 2)
        #expect(badDay?.description.hasPrefix("officeholders.txt:2:") == true)
        #expect(badDay?.message.contains("2025-13-20") == true)
        #expect(loadError(holders: "Joe Biden | us.president | 2025-01-20 | 2021-01-20")?.message.contains("before") == true)
        #expect(loadError(holders: "Joe Biden | US President | 2021-01-20 | 2025-01-20")?.message.contains("office key") == true)
        #expect(loadError(holders: "Joe Biden | us.president | 2021-01-20 | 2025-01-20 | extra")?.line == 1)
    }

    @Test func badTitleLinesAreReportedWithTheirLine() {
        let holders = "Joe Biden | us.president | 2021-01-20 | 2025-01-20"
        let unknown = loadError(holders: holders, titles: "# titles\ntitle | us.king | King")
        #expect(unknown?.line == 2)
        #expect(unknown?.description.hasPrefix("officetitles.txt:2:") == true)
        #expect(unknown?.message.contains("us.king") == true)
        #expect(loadError(holders: holders, titles: "title | *.emperor | Emperor") != nil)
        #expect(loadError(holders: holders, titles: "titel | us.president | President")?.message.contains("titel") == true)
        #expect(loadError(holders: holders, titles: "filler | of the")?.message.contains("one word") == true)
        // One phrase for two sets of offices is a contradiction; two spellings in one record are not.
        let twice = "title | us.president | President\ntitle | *.president | President"
        #expect(loadError(holders: holders, titles: twice)?.line == 2)
        #expect(loadError(holders: holders, titles: "title | us.president | Vice-President; Vice President") == nil)
    }

    /// Successive holders of one office may share a hand-over day, and tenures known only to the
    /// month overlap by up to a month; more than that is a typo. The one real overlap: Michel Temer
    /// acted as Brazil's president while Dilma Rousseff was suspended (2016-05-12 to 2016-08-31).
    @Test func holdersOfOneOfficeDoNotOverlapByMoreThanAMonth() throws {
        let facts = try OfficeFacts(
            holders: PackFile.load(language: "common", name: "officeholders"),
            titles: PackFile.load(language: "common", name: "officetitles"))
        var overlaps: [String] = []
        for office in facts.offices.indices {
            let holders = facts.persons.filter { $0.tenures[office] != nil }
            for (i, a) in holders.enumerated() {
                for b in holders[(i + 1)...] {
                    for x in a.tenures[office]! {
                        for y in b.tenures[office]! {
                            let first = max(x.first, y.first)
                            let last = [x.last, y.last].compactMap { $0 }.min() ?? Day(2100, 1, 1)!
                            if first.distance(to: last) > 31 {
                                overlaps.append("\(facts.offices[office]): \(a.name) / \(b.name)")
                            }
                        }
                    }
                }
            }
        }
        #expect(overlaps == ["br.president: Dilma Rousseff / Michel Temer"])
    }

    @Test func everyTitleOfficeHasHolders() throws {
        let facts = try OfficeFacts(
            holders: PackFile.load(language: "common", name: "officeholders"),
            titles: PackFile.load(language: "common", name: "officetitles"))
        for offices in facts.titleOffices {
            #expect(!offices.isEmpty)
            for o in offices { #expect(facts.persons.contains { $0.tenures[o] != nil }) }
        }
    }
}
