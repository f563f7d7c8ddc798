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
                        .participantsDuplicate, ["name": .name(name), "line": .number(first.line)], at: person.name.location))
            } else {
                seen[name] = person.name.location
            }
            for meeting in person.attended ?? [] where findMeeting(meeting.value) == nil {
                var arguments: MessageArguments = [
                    "name": .name(name), "meeting": .code(meeting.value), "meetings": .list(meetings.map { .code($0.id) }),
                ]
                let guess = Suggestion.closest(to: meeting.value, among: meetings.map(\.id))
                if let guess { arguments["guess"] = .code(guess) }
                found.append(
                    .error(guess == nil ? .participantsMeeting : .participantsMeetingGuess, arguments, at: meeting.location))
            }
            if let email = person.email, !looksLikeEmail(email.value) {
                found.append(
                    .warning(
                        .participantsEmail, ["name": .name(name), "email": .quoted(email.value), "key": .key("email")],
                        at: email.location))
            }
        }
        return found
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
    }
}
