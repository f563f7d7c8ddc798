import SadnaKit

/// How a meeting's facts are written on a page, in the page's language.
struct MeetingFacts {
    let meeting: Meeting
    let labels: Labels
    /// How the data sits on the page, to isolate the venue's words in their direction.
    var data: DataOnPage? = nil

    /// "יום רביעי, 26.6.2019", or nil when the plan has no date.
    var date: String? {
        guard let date = meeting.date?.value else { return nil }
        return "\(labels.language.name(of: date.weekday)), \(date.dotted)"
    }

    /// "08:30-14:00" as plans write it (a hyphen keeps the span one left-to-right run inside
    /// Hebrew text), or only the start when that is all the plan states.
    var hours: String? {
        switch (meeting.starts?.value, meeting.ends?.value) {
        case let (start?, end?): "\(start)-\(end)"
        case let (start?, nil): "\(start)"
        default: nil
        }
    }

    /// "מפגש 3", or the meeting's title when it has no number.
    var shortName: String {
        if let number = meeting.number?.value { return "\(labels("meeting")) \(number)" }
        return meeting.title.value
    }

    /// ``shortName`` inside a line of the page's words: a title, which is data, isolated.
    func shortNameOnPage(_ data: DataOnPage) -> String {
        meeting.number == nil ? data.isolated(meeting.title.value) : shortName
    }

    /// "45 דק'" or "2:30 ש'".
    static func duration(_ minutes: Int, labels: Labels) -> String {
        if minutes <= 90 { return labels("minutes", ["n": String(minutes)]) }
        let mm = minutes % 60
        return labels("hours", ["h": String(minutes / 60), "mm": mm < 10 ? "0\(mm)" : String(mm)])
    }

    /// Date, hours and venue as "label: value" runs, for a header line.
    func factsLine(colour: Colour) -> RichText {
        var runs: [RichText.Run] = []
        let venue = meeting.venue.map { data?.isolated($0.value) ?? $0.value }
        let facts: [(String, String?)] = [("date", date), ("hours_label", hours), ("venue", venue)]
        for (key, value) in facts {
            guard let value else { continue }
            if !runs.isEmpty { runs.append(RichText.Run("    ·    ", colour: .rule)) }
            runs.append(RichText.Run("\(labels(key)): ", bold: true, colour: colour))
            runs.append(RichText.Run(value))
        }
        return RichText(runs)
    }
}
