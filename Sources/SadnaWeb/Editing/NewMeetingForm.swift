import Foundation
import SadnaKit

/// What the "new meeting" form posted, read and checked: a draft of the meeting's file and its
/// file's name, or, for each field that cannot be saved as typed, the words that say why.
struct NewMeetingForm {
    /// The form's inputs, in the order the page shows them.
    static let keys = ["number", "title", "date", "hours", "venue", "goal"]

    var values: [String: String]
    /// The workbench's word (a key of `labels.yaml`) for each field's problem, with its placeholders.
    var problems: [String: (word: String, fill: [String: String])] = [:]

    init(values: [String: String]) {
        self.values = values
    }

    init(_ form: PostedForm) {
        values = Dictionary(uniqueKeysWithValues: Self.keys.map { ($0, formText(form[$0])) })
    }

    subscript(key: String) -> String { values[key] ?? "" }

    /// The draft of the file and the meeting's id; nil, with `problems` said, when a field is wrong.
    mutating func checked(against workshop: Workshop, existingIDs: [String]) -> (draft: MeetingDraft, id: String)? {
        problems = [:]
        var draft = MeetingDraft(title: self["title"], venue: self["venue"], goal: self["goal"])
        if !self["number"].isEmpty {
            if let number = Int(self["number"]), (0...999).contains(number) {
                draft.number = number
                let id = MeetingFileName.id(for: number, among: existingIDs)
                if existingIDs.contains(id) || workshop.meetings.contains(where: { $0.number?.value == number }) {
                    problems["number"] = ("error_number_taken", ["n": String(number)])
                }
            } else {
                problems["number"] = ("error_number_not_number", [:])
            }
        }
        if self["title"].isEmpty { problems["title"] = ("error_title_missing", [:]) }
        if !self["date"].isEmpty {
            if let date = Self.date(self["date"]) { draft.date = date } else { problems["date"] = ("error_date_wrong", [:]) }
        }
        if !self["hours"].isEmpty {
            switch Self.hours(self["hours"]) {
            case let (starts?, ends) where ends.map({ $0 > starts }) ?? true:
                draft.starts = starts
                draft.ends = ends
            case (_?, _?): problems["hours"] = ("error_hours_order", [:])
            default: problems["hours"] = ("error_hours_wrong", [:])
            }
        }
        guard problems.isEmpty else { return nil }
        let id =
            draft.number.map { MeetingFileName.id(for: $0, among: existingIDs) }
            ?? WorkshopFiles.newID(from: self["title"], taken: existingIDs, fallback: "meeting")
        return (draft, id)
    }

    /// A date as people in a council type it: 15.3.2026, 15/3/2026, or 2026-03-15.
    static func date(_ text: String) -> CalendarDate? {
        let text = text.replacingOccurrences(of: "/", with: ".")
        guard let date = CalendarDate.parse(text), (1...12).contains(date.month), (1...31).contains(date.day),
            (1900...2999).contains(date.year)
        else { return nil }
        return date
    }

    /// "09:00-12:00" (or with an en dash), or a start alone.
    static func hours(_ text: String) -> (ClockTime?, ClockTime?) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), case let .success(starts) = ClockTime.parse(parts[0]) else { return (nil, nil) }
        guard parts.count == 2 else { return (starts, nil) }
        guard case let .success(ends) = ClockTime.parse(parts[1]) else { return (nil, nil) }
        return (starts, ends)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
