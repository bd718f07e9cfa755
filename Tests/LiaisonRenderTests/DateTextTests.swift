import LiaisonCore
import LiaisonRender
import Testing

@Suite("Dates in labels")
struct DateTextTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(y, m, d)! }

    @Test("axis ticks name the weekday")
    func tick() {
        #expect(DateText.tick(day(2024, 11, 13)) == "Wed 13 Nov 2024")
        #expect(DateText.tick(day(2024, 11, 17)) == "Sun 17 Nov 2024")
    }

    @Test("spans say exactly as much as is known", arguments: [
        (TimeSpan.day(Day(2024, 11, 13)!), "13 Nov 2024"),
        (TimeSpan(start: Day(2024, 11, 16)!, end: Day(2024, 11, 17)!, precision: .weekend), "16–17 Nov 2024 (weekend)"),
        (TimeSpan(start: Day(2024, 11, 1)!, end: Day(2024, 11, 30)!, precision: .month), "Nov 2024 (day not stated)"),
        (TimeSpan(start: Day(2024, 1, 1)!, end: Day(2024, 12, 31)!, precision: .year), "2024 (month not stated)"),
        (TimeSpan(start: Day(2024, 11, 11)!, end: Day(2024, 11, 17)!, precision: .week), "11–17 Nov 2024 (week, day not stated)"),
        (TimeSpan(start: Day(2024, 11, 30)!, end: Day(2024, 12, 2)!, precision: .range), "30 Nov – 2 Dec 2024"),
        (TimeSpan(start: Day(2024, 12, 30)!, end: Day(2025, 1, 2)!, precision: .range), "30 Dec 2024 – 2 Jan 2025"),
        (TimeSpan(start: nil, monthDay: "--11-13"), "13 Nov (year not stated)"),
        (TimeSpan(start: Day(2024, 11, 13)!, isYearInferred: true), "13 Nov 2024 (year inferred)"),
    ])
    func span(span: TimeSpan, text: String) {
        #expect(DateText.span(span) == text)
    }

    @Test("no date at all")
    func none() {
        #expect(DateText.span(nil) == "date not stated")
        #expect(DateText.span(TimeSpan(start: nil)) == "date not stated")
    }

    @Test("breaks in the axis are rounded to a readable unit", arguments: [
        (1, "1 day"), (9, "9 days"), (21, "3 weeks"), (25, "4 weeks"), (90, "3 months"), (800, "2 years"),
    ])
    func duration(days: Int, text: String) {
        #expect(DateText.duration(days: days) == text)
    }

    @Test("short forms for line labels drop the notes")
    func short() {
        #expect(DateText.short(TimeSpan(start: Day(2024, 11, 1)!, end: Day(2024, 11, 30)!, precision: .month)) == "Nov 2024")
        #expect(DateText.short(TimeSpan(start: Day(2024, 11, 16)!, end: Day(2024, 11, 17)!, precision: .weekend)) == "16–17 Nov 2024")
    }
}
