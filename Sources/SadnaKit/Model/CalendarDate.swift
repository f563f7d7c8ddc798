import Foundation

/// A day in the Gregorian calendar, with no time and no time zone.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Today, in the local calendar.
    public static var today: CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// ISO form, `2019-05-29`, as written in the YAML files.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The Israeli way of writing it on a page: `29.5.2019`.
    public var dotted: String { "\(day).\(month).\(year)" }

    /// `20190529`, as iCalendar wants it.
    public var compact: String { String(format: "%04d%02d%02d", year, month, day) }

    public var weekday: Weekday {
        // Zeller-style computation (Sakamoto's method): 0 = Sunday.
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let index = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
        return Weekday.allCases[index]
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Reads `2019-05-29` or `29.5.2019`.
    public static func parse(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.split(separator: "-")
        if iso.count == 3, iso[0].count == 4, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            return CalendarDate(year: y, month: m, day: d)
        }
        let dotted = trimmed.split(separator: ".")
        if dotted.count == 3, dotted[2].count == 4, let d = Int(dotted[0]), let m = Int(dotted[1]),
            let y = Int(dotted[2])
        {
            return CalendarDate(year: y, month: m, day: d)
        }
        return nil
    }
}

/// A day of the week, named as the source names them ("יום רביעי").
public enum Weekday: Int, CaseIterable, Sendable {
    case sunday, monday, tuesday, wednesday, thursday, friday, saturday

    /// The Hebrew name without "יום": "רביעי".
    public var hebrew: String {
        ["ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת"][rawValue]
    }

    public var english: String {
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][rawValue]
    }

    public var arabic: String {
        ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"][rawValue]
    }

    /// "יום רביעי" as written on an Israeli agenda ("שבת" stands alone).
    public var hebrewWithDay: String { self == .saturday ? "שבת" : "יום \(hebrew)" }

    /// Accepts "רביעי", "יום רביעי", "יום ד'", "Wednesday", "wed".
    public static func parse(_ text: String) -> Weekday? {
        var t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        if t.hasPrefix("יום ") { t = String(t.dropFirst(4)).trimmingCharacters(in: .whitespaces) }
        if let day = allCases.first(where: { $0.hebrew == t }) { return day }
        let letters = ["א", "ב", "ג", "ד", "ה", "ו", "ש"]
        let bare = t.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "׳", with: "")
        if let index = letters.firstIndex(of: bare), t.count <= 2 { return allCases[index] }
        let lower = t.lowercased()
        return allCases.first { $0.english.lowercased() == lower || $0.english.lowercased().prefix(3) == lower }
    }
}
