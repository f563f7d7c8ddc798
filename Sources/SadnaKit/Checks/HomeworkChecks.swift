/// Followed-up homework: every name it gives (who it is for, who handed it in, who made a
/// persona, journey or page) must be someone on the list, and the meeting it is due at must
/// exist and come later. With a date to count from, where each assignment stands is reported as
/// notes, so that `sadna check` tells the facilitator before the next meeting.
public enum HomeworkChecks {
    public static func check(_ workshop: Workshop, today: CalendarDate?, worksheets: [WorksheetTemplate] = []) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let people = workshop.participants.map(\.name.value)
        let meetings = PrintRequest.meetings(in: workshop), findMeeting = PrintRequest.finder(meetings)
        func unknown(_ name: Located<String>, among names: [String], what: String) {
            guard !names.contains(name.value) else { return }
            let guess = Suggestion.closest(to: name.value, among: names).map { "did you mean `\($0)`? " } ?? ""
            found.append(
                .warning(
                    "\(name.value) is not \(what) in participants.yaml", at: name.location,
                    hint: guess + "write the name as participants.yaml has it, or add the person there",
                    rule: "homework.name"))
        }
        for (index, meeting) in workshop.meetings.enumerated() {
            for assignment in meeting.assignments {
                let perDepartment = assignment.assignees.value == .perDepartment
                if case let .people(names) = assignment.assignees.value {
                    names.forEach { unknown($0, among: people, what: "a participant") }
                } else if workshop.participants.isEmpty {
                    found.append(
                        .warning(
                            "this homework is given \(perDepartment ? "per department" : "per participant"), but participants.yaml lists nobody to follow up",
                            at: assignment.assignees.location,
                            hint: "list the team in participants.yaml (or `sadna import participants FILE.csv`)",
                            rule: "homework.assigned"))
                }
                let assignees = HomeworkProgress.assignees(assignment.assignees.value, in: workshop)
                if !workshop.participants.isEmpty {
                    assignment.done.forEach {
                        unknown($0, among: assignees, what: perDepartment ? "a department" : "given this homework")
                    }
                }
                if let makes = assignment.makes { found += unknownKind(makes, in: workshop, worksheets: worksheets) }
                if let due = assignment.due {
                    if let id = findMeeting(due.value),
                        let position = workshop.meetings.firstIndex(where: { $0.id == id })
                    {
                        if position <= index {
                            found.append(
                                .warning(
                                    "this homework is due at meeting `\(due.value)`, which is not after the meeting that sets it",
                                    at: due.location, hint: "name a later meeting, or leave `due` out for the next one",
                                    rule: "homework.due"))
                        }
                    } else {
                        let guess =
                            Suggestion.closest(to: due.value, among: meetings.map(\.id)).map { "did you mean `\($0)`? " } ?? ""
                        found.append(
                            .error(
                                "`due` names meeting `\(due.value)`, which the programme does not have", at: due.location,
                                hint: guess + "the meetings: " + meetings.map(\.id).joined(separator: ", "),
                                rule: "homework.due"))
                    }
                }
            }
        }
        if !workshop.participants.isEmpty {
            let made =
                workshop.personas.map(\.authorship) + workshop.journeys.map(\.authorship) + workshop.services.map(\.authorship)
            for authorship in made {
                if let author = authorship.author { unknown(author, among: people, what: "a participant") }
            }
        }
        if let today { found += progress(workshop, today: today) }
        return found
    }

    /// A deck or worksheet `makes:` names, which the programme must have.
    static func unknownKind(
        _ makes: Located<Assignment.Makes>, in workshop: Workshop, worksheets: [WorksheetTemplate]
    ) -> [Diagnostic] {
        let (kind, id, ids): (String, String, [String])
        switch makes.value {
        case let .cards(deck) where deck != Deck.fieldExercise:
            (kind, id, ids) = ("deck", deck, workshop.decks.map(\.id))
        case let .worksheet(sheet):
            // Sadna's own worksheets count too: a workshop may set one as homework.
            (kind, id, ids) = ("worksheet", sheet, workshop.worksheets(besides: worksheets).map(\.id))
        default: return []
        }
        guard !ids.contains(id) else { return [] }
        let guess = Suggestion.closest(to: id, among: ids).map { "did you mean `\($0)`? " } ?? ""
        return [
            .error(
                "`makes` names the \(kind) `\(id)`, which the programme does not have", at: makes.location,
                hint: guess + (ids.isEmpty ? "the programme has none yet" : "the \(kind)s: " + ids.joined(separator: ", ")),
                rule: "homework.makes")
        ]
    }

    /// A note per assignment someone has not finished: who is late, who it is still due from.
    static func progress(_ workshop: Workshop, today: CalendarDate) -> [Diagnostic] {
        HomeworkProgress(workshop, today: today).items.compactMap { item in
            let open = item.entries.filter { $0.state != .done }
            guard !open.isEmpty else { return nil }
            let late = open.filter { $0.state == .late }
            let due =
                item.dueMeeting.map { meeting in
                    "due at \(meeting.number.map { "meeting \($0.value)" } ?? meeting.title.value)"
                        + (meeting.date.map { " (\($0.value))" } ?? "")
                } ?? "due"
            func names(_ entries: [HomeworkProgress.Entry]) -> String {
                let shown = entries.prefix(8).map { entry in
                    entry.made.map { "\(entry.who) (\($0) of \(item.assignment.count.value))" } ?? entry.who
                }
                return shown.joined(separator: ", ") + (entries.count > 8 ? " and \(entries.count - 8) more" : "")
            }
            let title = item.assignment.title?.value ?? String(item.assignment.text.value.prefix(40))
            let message =
                late.isEmpty
                ? "homework “\(title)” is \(due); not done yet by \(open.count) of \(item.entries.count): \(names(open))"
                : "homework “\(title)” was \(due) and is late for \(late.count) of \(item.entries.count): \(names(late))"
            let hint =
                item.assignment.makes.map({ !$0.value.isCounted }) ?? true
                ? "list those who handed it in under `done:`; `sadna render homework` prints the table"
                : "give what they made `author:` (or `department:`), or list them under `done:`; `sadna render homework` prints the table"
            return .note(message, at: item.assignment.location, hint: hint, rule: "homework.progress")
        }
    }
}
