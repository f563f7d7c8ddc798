import Foundation

/// A new meeting's file, written from `Templates/new/meeting.yaml` as `sadna new meeting` writes
/// it: the template's explaining comments kept, its placeholders filled, and whatever the
/// facilitator already knows (date, hours, place, goal) written in place of the commented
/// examples, so that the workbench and the command line make the same file.
public struct MeetingDraft: Sendable {
    public var number: Int?
    public var title: String?
    public var date: CalendarDate?
    public var starts: ClockTime?
    public var ends: ClockTime?
    public var venue: String?
    public var goal: String?

    public init(
        number: Int? = nil, title: String? = nil, date: CalendarDate? = nil, starts: ClockTime? = nil,
        ends: ClockTime? = nil, venue: String? = nil, goal: String? = nil
    ) {
        self.number = number
        self.title = title
        self.date = date
        self.starts = starts
        self.ends = ends
        self.venue = venue
        self.goal = goal
    }

    /// The title a meeting gets when none is given: "מפגש 5", or "מפגש חדש" (which `sadna check`
    /// then points out as the template's, left to be replaced).
    public var defaultTitle: String { number.map { "מפגש \($0)" } ?? TemplateLeftovers.meetingTitle }

    /// The file's text from the template's text.
    public func text(fromTemplate template: String) throws -> String {
        var text =
            template
            .replacingOccurrences(of: "{number_line}", with: number.map { "number: \($0)" } ?? "# number: 11")
            .replacingOccurrences(of: "{title}", with: "_")
        var values: [(key: String, value: String)] = [("title", title ?? defaultTitle)]
        if let date { values.append(("date", date.description)) }
        if let starts {
            values.append(("hours", ClockTime.span(from: starts, to: ends)!.replacingOccurrences(of: "\u{2013}", with: "-")))
        }
        if let venue, !venue.isEmpty { values.append(("venue", venue)) }
        if let goal, !goal.isEmpty { values.append(("goal", goal)) }
        // A commented example (`# date: 2020-03-15`) becomes the key itself, where the template explains it.
        for (key, _) in values {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if !lines.contains(where: { $0.hasPrefix("\(key):") }),
                let index = lines.firstIndex(where: { $0.hasPrefix("# \(key): ") })
            {
                var changed = lines
                changed[index] = "\(key): _"
                text = changed.joined(separator: "\n")
            }
        }
        var editor = try YAMLDocumentEditor(text: text)
        for (key, value) in values {
            if editor.value[[.key(key)]] != nil {
                try editor.set([.key(key)], to: .string(value))
            } else {
                try editor.insertKey(key, value: .string(value))
            }
        }
        // The example agenda starts when the meeting does.
        if let starts, case .string? = editor.value[[.key("agenda"), .index(0), .key("start")]] {
            try editor.set([.key("agenda"), .index(0), .key("start")], to: .string(starts.description))
        }
        return editor.text
    }
}
