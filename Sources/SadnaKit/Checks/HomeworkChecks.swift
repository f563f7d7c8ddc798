/// Followed-up homework: every name it gives (who it is for, who handed it in, who made a
/// persona, journey or page) must be someone on the list, and the meeting it is due at must
/// exist and come later. With a date to count from, where each assignment stands is reported as
/// notes, so that `sadna check` tells the facilitator before the next meeting.
public enum HomeworkChecks {
    public static func check(_ workshop: Workshop, today: CalendarDate?, worksheets: [WorksheetTemplate] = []) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let people = workshop.participants.map(\.name.value)
        let meetings = PrintRequest.meetings(in: workshop), findMeeting = PrintRequest.finder(meetings)
        func unknown(_ name: Located<String>, among names: [String], what: MessageID) {
            guard !names.contains(name.value) else { return }
            var arguments: MessageArguments = ["name": .name(name.value), "what": .phrase(what)]
            let guess = Suggestion.closest(to: name.value, among: names)
            if let guess { arguments["guess"] = .code(guess) }
            found.append(.warning(guess == nil ? .homeworkName : .homeworkNameGuess, arguments, at: name.location))
        }
        for (index, meeting) in workshop.meetings.enumerated() {
            for assignment in meeting.assignments {
                let perDepartment = assignment.assignees.value == .perDepartment
                if case let .people(names) = assignment.assignees.value {
                    names.forEach { unknown($0, among: people, what: .phraseHomeworkParticipant) }
                } else if workshop.participants.isEmpty {
                    found.append(
                        .warning(
                            .homeworkAssignedNobody,
                            [
                                "how": .phrase(perDepartment ? .phraseHomeworkPerDepartment : .phraseHomeworkPerParticipant),
                                "command": .code("sadna import participants FILE.csv"),
                            ],
                            at: assignment.assignees.location))
                }
                let assignees = HomeworkProgress.assignees(assignment.assignees.value, in: workshop)
                if !workshop.participants.isEmpty {
                    assignment.done.forEach {
                        unknown($0, among: assignees, what: perDepartment ? .phraseHomeworkDepartment : .phraseHomeworkGiven)
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
                                    .homeworkDueNotAfter, ["meeting": .code(due.value), "key": .key("due")], at: due.location))
                        }
                    } else {
                        found.append(
                            unknownMeeting(
                                due, key: "due", among: meetings.map(\.id), ids: (.homeworkDueUnknown, .homeworkDueGuess)))
                    }
                }
            }
        }
        if !workshop.participants.isEmpty {
            let made =
                workshop.personas.map(\.authorship) + workshop.journeys.map(\.authorship) + workshop.services.map(\.authorship)
            for authorship in made {
                if let author = authorship.author { unknown(author, among: people, what: .phraseHomeworkParticipant) }
            }
        }
        if let today { found += progress(workshop, today: today) }
        return found
    }

    /// A deck or worksheet `makes:` names, which the programme must have.
    static func unknownKind(
        _ makes: Located<Assignment.Makes>, in workshop: Workshop, worksheets: [WorksheetTemplate]
    ) -> [Diagnostic] {
        let (id, ids, messages): (String, [String], (none: MessageID, some: MessageID))
        switch makes.value {
        case let .cards(deck) where deck != Deck.fieldExercise:
            (id, ids, messages) = (deck, workshop.decks.map(\.id), (.homeworkMakesDeckNone, .homeworkMakesDeck))
        case let .worksheet(sheet):
            // Sadna's own worksheets count too: a workshop may set one as homework.
            (id, ids, messages) = (
                sheet, workshop.worksheets(besides: worksheets).map(\.id), (.homeworkMakesWorksheetNone, .homeworkMakesWorksheet)
            )
        default: return []
        }
        guard !ids.contains(id) else { return [] }
        return [
            .error(
                ids.isEmpty ? messages.none : messages.some,
                [
                    "key": .key("makes"), "id": .code(id), "ids": .list(ids.map(MessageArgument.code)),
                    "guess": Suggestion.didYouMean(id, among: ids),
                ], at: makes.location)
        ]
    }

    /// An error at `name`, a meeting the programme does not have, with the closest there is.
    static func unknownMeeting(
        _ name: Located<String>, key: String, among ids: [String], ids messages: (plain: MessageID, guess: MessageID)
    ) -> Diagnostic {
        var arguments: MessageArguments = [
            "key": .key(key), "meeting": .code(name.value), "meetings": .list(ids.map(MessageArgument.code)),
        ]
        let guess = Suggestion.closest(to: name.value, among: ids)
        if let guess { arguments["guess"] = .code(guess) }
        return .error(guess == nil ? messages.plain : messages.guess, arguments, at: name.location)
    }

    /// A note per assignment someone has not finished: who is late, who it is still due from.
    static func progress(_ workshop: Workshop, today: CalendarDate) -> [Diagnostic] {
        HomeworkProgress(workshop, today: today).items.compactMap { item in
            let open = item.entries.filter { $0.state != .done }
            guard !open.isEmpty else { return nil }
            let late = open.filter { $0.state == .late }
            let due: MessageArgument =
                item.dueMeeting.map { meeting in
                    let which: MessageArgument = meeting.number.map { .number($0.value) } ?? .quoted(meeting.title.value)
                    guard let date = meeting.date else { return .phrase(.phraseHomeworkDueMeeting, ["meeting": which]) }
                    return .phrase(.phraseHomeworkDueMeetingDate, ["meeting": which, "date": .value("\(date.value)")])
                } ?? .phrase(.phraseHomeworkDue)
            func names(_ entries: [HomeworkProgress.Entry]) -> MessageArgument {
                var shown: [MessageArgument] = entries.prefix(8).map { entry in
                    entry.made.map {
                        .phrase(
                            .phraseHomeworkMade,
                            ["who": .name(entry.who), "made": .number($0), "count": .number(item.assignment.count.value)])
                    } ?? .name(entry.who)
                }
                if entries.count > 8 { shown.append(.phrase(.phraseHomeworkMore, ["count": .number(entries.count - 8)])) }
                return .list(shown)
            }
            let title = item.assignment.title?.value ?? String(item.assignment.text.value.prefix(40))
            // Counted by what they made (a persona's `author:`), not by a list of those done.
            let makes = item.assignment.makes?.value.isCounted == true
            let id: MessageID =
                late.isEmpty
                ? (makes ? .homeworkProgressOpenMakes : .homeworkProgressOpen)
                : (makes ? .homeworkProgressLateMakes : .homeworkProgressLate)
            let arguments: MessageArguments = [
                "title": .quoted(title), "due": due, "open": .number(open.count), "late": .number(late.count),
                "all": .number(item.entries.count), "names": names(late.isEmpty ? open : late),
                "done": .key("done"), "author": .key("author"), "department": .key("department"),
                "command": .code("sadna render homework"),
            ]
            return .note(id, arguments, at: item.assignment.location)
        }
    }
}
