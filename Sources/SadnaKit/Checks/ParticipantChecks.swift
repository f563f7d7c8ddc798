/// The team list: a person listed twice would get two stickers and two lines on the sign-in
/// sheet; attendance must name meetings the programme has; an email should look like one.
public enum ParticipantChecks {
    public static func check(_ workshop: Workshop) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        let meetings = PrintRequest.meetings(in: workshop), findMeeting = PrintRequest.finder(meetings)
        for person in workshop.participants {
            let name = person.name.value
            if let first = seen[name] {
                found.append(
                    .warning(
                        "\(name) is listed twice (first at line \(first.line))", at: person.name.location,
                        hint: "delete one of the two entries, or tell the two people apart (add a middle initial)",
                        rule: "participants.duplicate"))
            } else {
                seen[name] = person.name.location
            }
            for meeting in person.attended ?? [] where findMeeting(meeting.value) == nil {
                let guess =
                    Suggestion.closest(to: meeting.value, among: meetings.map(\.id)).map { "did you mean `\($0)`? " } ?? ""
                found.append(
                    .error(
                        "\(name) attended meeting `\(meeting.value)`, which the programme does not have", at: meeting.location,
                        hint: guess + "the meetings: " + meetings.map(\.id).joined(separator: ", "),
                        rule: "participants.meeting"))
            }
            if let email = person.email, !looksLikeEmail(email.value) {
                found.append(
                    .warning(
                        "\(name)'s email \"\(email.value)\" does not look like an address", at: email.location,
                        hint: "write it as name@council.org.il, or leave `email` out", rule: "participants.email"))
            }
        }
        return found
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
    }
}
