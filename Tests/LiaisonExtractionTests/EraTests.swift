import LiaisonCore
import Testing

@testable import LiaisonExtraction

/// Era: intervals of days, their intersection, and the only occurrence of a day or a month in them.
@Suite struct EraTests {
    func interval(_ a: String, _ b: String?) -> DayInterval { DayInterval(first: day(a), last: b.map(day)) }

    @Test func intersectionKeepsTheSharedDays() {
        let a = [interval("2016-11-09", "2017-01-20"), interval("2024-11-06", "2025-01-20")]
        let b = [interval("2021-01-26", "2025-01-20")]
        #expect(Era.intersect(a, b) == [interval("2024-11-06", "2025-01-20")])
        #expect(Era.intersect(b, [interval("2024-10-01", nil)]) == [interval("2024-10-01", "2025-01-20")])
        #expect(Era.intersect([interval("2024-10-01", nil)], [interval("2019-05-20", nil)]) == [interval("2024-10-01", nil)])
        #expect(Era.intersect([interval("2013-02-01", "2017-01-20")], [interval("2025-01-21", nil)]).isEmpty)
        // A hand-over day belongs to both.
        #expect(Era.intersect([interval("2020-01-01", "2021-01-20")], [interval("2021-01-20", nil)]) == [interval("2021-01-20", "2021-01-20")])
    }

    @Test func unionMergesTouchingAndOverlappingIntervals() {
        let merged = Era.union([
            interval("2021-11-04", "2021-11-10"), interval("2012-12-26", "2017-08-03"), interval("2017-08-04", "2018-01-01"),
            interval("2025-01-01", nil), interval("2026-01-01", "2026-02-01"),
        ])
        #expect(merged == [interval("2012-12-26", "2018-01-01"), interval("2021-11-04", "2021-11-10"), interval("2025-01-01", nil)])
    }

    @Test func aDayOrAMonthResolvesOnlyWhenItOccursOnce() {
        let era = Era(intervals: [interval("2024-11-06", "2025-01-20")])
        #expect(era.onlyOccurrence(month: 11, day: 13) == day("2024-11-13"))
        #expect(era.onlyOccurrence(month: 1, day: 5) == day("2025-01-05"))
        #expect(era.onlyOccurrence(month: 11, day: 1) == nil)  // before the era
        #expect(era.onlyYear(ofMonth: 11) == 2024)
        #expect(era.onlyYear(ofMonth: 1) == 2025)
        #expect(era.onlyYear(ofMonth: 6) == nil)
        let long = Era(intervals: [interval("2021-01-26", "2025-01-20")])
        #expect(long.onlyOccurrence(month: 11, day: 13) == nil)
        #expect(long.onlyOccurrence(month: 2, day: 29) == day("2024-02-29"))
        let open = Era(intervals: [interval("2024-10-01", nil)])
        #expect(open.onlyOccurrence(month: 11, day: 13) == nil)
        #expect(open.onlyYear(ofMonth: 11) == nil)
        #expect(open.contains(day("2030-01-01")) && !open.contains(day("2024-09-30")))
        let two = Era(intervals: [interval("2016-11-09", "2017-01-20"), interval("2024-11-06", "2025-01-20")])
        #expect(two.onlyOccurrence(month: 11, day: 13) == nil)
        #expect(two.first == day("2016-11-09") && two.last == day("2025-01-20"))
    }
}
