extension Language {
    /// The comma this language writes between a weekday and its date, or between list items:
    /// Arabic has its own ("،"); a Latin comma in Arabic text reads as a typing slip.
    public var comma: String { self == .ar ? "،" : "," }

    /// A meeting's day as a page or the workbench writes it: "יום רביעי, 26.6.2019",
    /// "الأربعاء، 26.6.2019", "Wednesday, 26.6.2019". One place, so that every printable and
    /// every page of the workbench agree.
    public func dateLine(_ date: CalendarDate) -> String {
        "\(name(of: date.weekday))\(comma) \(date.dotted)"
    }
}
