import SadnaKit

/// How a meeting's facts are written on a page, in the page's language.
struct MeetingFacts {
    let meeting: Meeting
    let labels: Labels<AgendaLabel>
    /// How the data sits on the page, to isolate the venue's words in their direction.
    var data: DataOnPage? = nil

    /// "יום רביעי, 26.6.2019" ("الأربعاء، 26.6.2019"), or nil when the plan has no date.
    var date: String? {
        meeting.date.map { labels.language.dateLine($0.value) }
    }

    /// "08:30–14:00", set as one left-to-right run by the engine, or only the start when that
    /// is all the plan states.
    var hours: String? {
        ClockTime.span(from: meeting.starts?.value, to: meeting.ends?.value)
    }

    /// "מפגש 3", or the meeting's title when it has no number.
    var shortName: String {
        if let number = meeting.number?.value { return "\(labels(.meeting)) \(number)" }
        return meeting.title.value
    }

    /// ``shortName`` inside a line of the page's words: a title, which is data, isolated.
    func shortNameOnPage(_ data: DataOnPage) -> String {
        meeting.number == nil ? data.isolated(meeting.title.value) : shortName
    }

    /// Date, hours and venue as "label: value" runs, for a header line.
    func factsLine(colour: Colour) -> RichText {
        var runs: [RichText.Run] = []
        let venue = meeting.venue.map { data?.isolated($0.value) ?? $0.value }
        let facts: [(SharedLabel, String?)] = [(.date, date), (.hoursLabel, hours), (.venue, venue)]
        for (key, value) in facts {
            guard let value else { continue }
            if !runs.isEmpty { runs.append(RichText.Run("    ·    ", colour: .rule)) }
            runs.append(RichText.Run("\(labels(key)): ", bold: true, colour: colour))
            runs.append(RichText.Run(value))
        }
        return RichText(runs)
    }
}
