/// Decisions' actions followed like homework: each names a meeting that exists (when it is due by
/// one), and, with a date to count from, an open action is a note at its line, per owner, and
/// one whose day has passed is a warning, so that `sadna check` opens the next meeting with them.
public enum ActionChecks {
    public static func check(_ workshop: Workshop, today: CalendarDate?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let meetings = PrintRequest.meetings(in: workshop)
        for followed in workshop.actions(includingDone: true) {
            if let due = followed.action.dueMeeting, workshop.meeting(named: due.value) == nil {
                found.append(
                    HomeworkChecks.unknownMeeting(
                        due, key: "due_meeting", among: meetings.map(\.id), ids: (.minutesDueUnknown, .minutesDueGuess)))
            }
        }
        guard let today else { return found }
        let open = workshop.actions()
        let owners = open.reduce(into: [String: [FollowedAction]]()) { $0[$1.action.owner.value, default: []].append($1) }
        for followed in open {
            let action = followed.action
            let count = owners[action.owner.value]?.count ?? 1
            let arguments: MessageArguments = [
                "action": .quoted(String(followed.decision.text.value.prefix(60))), "owner": .name(action.owner.value),
                "due": followed.dueDate(in: workshop).map { .phrase(.phraseActionDue, ["date": .value("\($0)")]) } ?? .text(""),
                "theirs": count > 1
                    ? .phrase(.phraseActionTheirs, ["owner": .name(action.owner.value), "count": .number(count)]) : .text(""),
                "done": .code("done: true"), "key": .key("due"), "command": .code("sadna render actions"),
            ]
            let overdue = followed.isOverdue(in: workshop, today: today)
            found.append(
                Diagnostic(
                    overdue ? .warning : .note, overdue ? .minutesActionOverdue : .minutesActionOpen, arguments,
                    at: action.owner.location))
        }
        return found
    }
}
