/// Decisions' actions followed like homework: each names a meeting that exists (when it is due by
/// one), and, with a date to count from, an open action is a note at its line, per owner, and
/// one whose day has passed is a warning, so that `sadna check` opens the next meeting with them.
public enum ActionChecks {
    public static func check(_ workshop: Workshop, today: CalendarDate?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let meetings = PrintRequest.meetings(in: workshop)
        for followed in workshop.actions(includingDone: true) {
            if let due = followed.action.dueMeeting, workshop.meeting(named: due.value) == nil {
                let guess = Suggestion.closest(to: due.value, among: meetings.map(\.id)).map { "did you mean `\($0)`? " } ?? ""
                found.append(
                    .error(
                        "`due_meeting` names meeting `\(due.value)`, which the programme does not have",
                        at: due.location, hint: guess + "the meetings: " + meetings.map(\.id).joined(separator: ", "),
                        rule: "minutes.due"))
            }
        }
        guard let today else { return found }
        let open = workshop.actions()
        let owners = open.reduce(into: [String: [FollowedAction]]()) { $0[$1.action.owner.value, default: []].append($1) }
        for followed in open {
            let action = followed.action
            let count = owners[action.owner.value]?.count ?? 1
            let due = followed.dueDate(in: workshop).map { " (due \($0))" } ?? ""
            let what = "“\(String(followed.decision.text.value.prefix(60)))”"
            let theirs = count > 1 ? "; \(action.owner.value) has \(count) open actions" : ""
            if followed.isOverdue(in: workshop, today: today) {
                found.append(
                    .warning(
                        "the action \(what) by \(action.owner.value) is overdue\(due)\(theirs)",
                        at: action.owner.location,
                        hint: "add `done: true` when it is done, or give it a new `due`; `sadna render actions` prints the table",
                        rule: "minutes.action-overdue"))
            } else {
                found.append(
                    .note(
                        "the action \(what) by \(action.owner.value) is open\(due)\(theirs)", at: action.owner.location,
                        hint: "add `done: true` when it is done; `sadna render actions` prints the table",
                        rule: "minutes.action-open"))
            }
        }
        return found
    }
}
