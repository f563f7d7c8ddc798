import Foundation

/// Attendance kept where Sadna reads it: each participant's `attended:` list in
/// participants.yaml names the meetings they came to. Marking a person present adds the
/// meeting's id to their list; unmarking removes every entry that names the meeting ("5" or
/// "05"); nobody else's entry is touched.
///
/// Only the marks a person changed are applied, to the people by name, onto the file as it is
/// now: a colleague who added someone, or marked another meeting, meanwhile loses nothing.
public enum AttendanceEdit {
    /// `text` (participants.yaml) with each named participant present at `meeting` or not.
    public static func apply(present: [String: Bool], meeting: Meeting, in workshop: Workshop, to text: String) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        guard let people = editor.value.items else { return text }
        for (index, person) in people.enumerated() {
            let name = person[.key("name")]?.formText ?? person.formText
            guard let wanted = present[name] else { continue }
            let written = person[.key("attended")]?.attendedTokens ?? []
            let names = { (token: String) in workshop.meeting(named: token)?.id == meeting.id }
            guard written.contains(where: names) != wanted else { continue }
            let kept = written.filter { !names($0) }.map(YAMLValue.attendedToken)
            let list = YAMLValue.sequence(wanted ? kept + [.attendedToken(meeting.id)] : kept)
            switch person {
            case .mapping:
                if person[.key("attended")] != nil {
                    try editor.set([.index(index), .key("attended")], to: list)
                } else {
                    try editor.insertKey("attended", value: list, in: [.index(index)])
                }
            default:
                // `- סמדר כהן`, a name alone, becomes a person with attendance.
                try editor.set([.index(index)], to: .mapping([.init("name", person), .init("attended", list)]))
            }
        }
        return editor.text
    }
}

extension YAMLValue {
    /// The meetings an `attended:` value names: a list, or one text ("1, 2, 4").
    public var attendedTokens: [String] {
        formLines.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == "،" || $0 == " " }).map(String.init) }
    }

    /// A meeting as an `attended:` list writes it: a number as a number (`[1, 2, 4]`), an id as text.
    public static func attendedToken(_ token: String) -> YAMLValue {
        if let number = Int(token), String(number) == token { return .int(number) }
        return .string(token)
    }
}
