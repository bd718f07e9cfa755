import Testing
@testable import LiaisonCore

@Suite struct DayTests {
    @Test func ordinalRoundTripsAcrossCenturies() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(ordinal: ordinal).ordinal == ordinal)
        }
    }

    @Test func knownWeekdays() {
        #expect(Day(2024, 11, 13)!.weekday == 3)  // a Wednesday
        #expect(Day(1970, 1, 1)!.weekday == 4)
        #expect(Day(2000, 2, 29)!.weekday == 2)
        #expect(Day(2024, 11, 13)!.startOfWeek == Day(2024, 11, 11))
    }

    @Test func rejectsImpossibleDays() {
        #expect(Day(2023, 2, 29) == nil)
        #expect(Day(2024, 2, 29) != nil)
        #expect(Day(iso: "2024-13-01") == nil)
        #expect(Day(iso: "2024-1-01") == nil)
        #expect(Day(iso: "2024-11-13") == Day(2024, 11, 13))
    }
}
