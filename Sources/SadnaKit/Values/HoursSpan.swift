extension ClockTime {
    /// A meeting's hours: "08:30–14:00" with an en dash, start first; or only the start when
    /// that is all the plan states; nil without a start.
    ///
    /// Printed, the span is one left-to-right run (``LeftToRightRuns``), so it reads 08:30
    /// before 14:00 on Hebrew, Arabic and English pages alike — left to itself, the bidi
    /// algorithm turns it round on an Arabic page.
    public static func span(from start: ClockTime?, to end: ClockTime?) -> String? {
        switch (start, end) {
        case let (start?, end?): "\(start)\u{2013}\(end)"
        case let (start?, nil): "\(start)"
        default: nil
        }
    }
}
