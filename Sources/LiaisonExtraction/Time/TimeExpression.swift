import LiaisonCore

/// What a time expression says, before it is resolved against a published day.
enum TimeExpression: Sendable {
    /// The year of a date, as the text gives it.
    enum YearRef: Hashable, Sendable {
        /// Not given: "ngày 13/11", "November 13".
        case none
        /// Written out: "13/11/2024".
        case explicit(Int)
        /// Relative to the published year: "tháng 10 năm ngoái" (-1).
        case relative(Int)
    }

    /// A day of a month, with or without its year.
    struct DayRef: Hashable, Sendable {
        var year: YearRef
        var month: Int
        var day: Int
    }

    typealias Unit = TimeLexicon.Unit
    typealias Part = TimeLexicon.Part
    typealias WeekShift = TimeLexicon.WeekShift
    typealias RelativeCode = TimeLexicon.RelativeCode

    /// One day: "ngày 13/11", "Nov. 13, 2024".
    case day(DayRef)
    /// Consecutive days: "19-20/6", "June 19 to 21".
    case dayRange(DayRef, DayRef)
    /// A month or a part of it: "tháng 11/2024", "mid-November", "last November" (`shift`).
    case month(YearRef, Int, Part?, shift: WeekShift?)
    /// Months from one to another: "từ tháng 1 đến tháng 3".
    case monthRange(YearRef, Int, Int)
    /// Years from the first to the last (equal for one year), or a part of one: "năm 2024",
    /// "2021-2025", "cuối năm 2024".
    case years(Int, Int, Part?)
    /// A phrase resolved against the published day: "hôm qua", "cuối tuần này", "đầu tháng này".
    case relative(RelativeCode, Part?)
    /// A weekday: "thứ Tư", "last Tuesday", "thứ Sáu tuần trước" (`weekOffset` -1).
    case weekday(Int, WeekShift?, weekOffset: Int?)
    /// A count of units before (sign -1: "3 ngày trước", "two weeks ago") or after (+1: "in two
    /// weeks") the published day.
    case count(Int, Unit, sign: Int)

    /// The explicit year of a date that names its day or month, if any: the year later
    /// year-less dates of the same text take when no published day is known.
    var contextYear: Int? {
        switch self {
        case .day(let d):
            if case .explicit(let y) = d.year { return y }
        case .dayRange(_, let d):
            if case .explicit(let y) = d.year { return y }
        case .month(let y, _, _, _), .monthRange(let y, _, _):
            if case .explicit(let y) = y { return y }
        default:
            break
        }
        return nil
    }
}
