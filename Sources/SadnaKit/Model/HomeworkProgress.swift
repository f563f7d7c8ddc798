/// Where the followed-up homework stands: for every assignment, each person or department it is
/// given to, what they made and whether it is done, still due, or late (its meeting is past).
/// What `sadna check` reports and the homework table prints, so a facilitator opens the next
/// meeting knowing.
public struct HomeworkProgress: Sendable {
    public enum State: String, Sendable {
        case done, due, late
    }

    /// One person's (or department's) part of an assignment.
    public struct Entry: Sendable {
        /// A participant's name, or a department.
        public var who: String
        /// How many of what the assignment makes are theirs; nil when it makes nothing counted.
        public var made: Int?
        public var state: State
    }

    /// One assignment, where it was set, when it is due, and everyone's part.
    public struct Item: Sendable {
        public var meeting: Meeting
        public var assignment: Assignment
        /// The meeting it is due at; nil when it was set at the last meeting and names none.
        public var dueMeeting: Meeting?
        public var entries: [Entry]

        public func entry(for who: String) -> Entry? { entries.first { $0.who == who } }
    }

    public var items: [Item]

    /// The homework of `workshop` as of `today`.
    public init(_ workshop: Workshop, today: CalendarDate) {
        let findMeeting = PrintRequest.finder(PrintRequest.meetings(in: workshop))
        items = workshop.meetings.enumerated().flatMap { index, meeting in
            meeting.assignments.map { assignment in
                let due =
                    assignment.due.flatMap { findMeeting($0.value) }.flatMap(workshop.meeting(named:))
                    ?? (assignment.due == nil && index + 1 < workshop.meetings.count ? workshop.meetings[index + 1] : nil)
                let isPast = due?.date.map { $0.value < today } ?? false
                let entries = Self.assignees(assignment.assignees.value, in: workshop).map { who -> Entry in
                    let made = assignment.makes.flatMap { $0.value.isCounted ? $0 : nil }.map {
                        Self.made(
                            $0.value, by: who, perDepartment: assignment.assignees.value == .perDepartment,
                            in: workshop)
                    }
                    let done = made.map { $0 >= assignment.count.value } ?? false || assignment.done.contains { $0.value == who }
                    return Entry(who: who, made: made, state: done ? .done : isPast ? .late : .due)
                }
                return Item(meeting: meeting, assignment: assignment, dueMeeting: due, entries: entries)
            }
        }
    }

    /// Everyone an assignment is given to: the participants, their departments, or the people named.
    public static func assignees(_ assignees: Assignment.Assignees, in workshop: Workshop) -> [String] {
        switch assignees {
        case .perParticipant: workshop.participants.map(\.name.value)
        case .perDepartment: workshop.departments.isEmpty ? (workshop.team?.departments.map(\.value) ?? []) : workshop.departments
        case let .people(names): names.map(\.value)
        }
    }

    /// How many of `what` (examples aside) `who` made: by author, or, for a department, its own.
    static func made(_ what: Assignment.Makes, by who: String, perDepartment: Bool, in workshop: Workshop) -> Int {
        let made: [(Authorship, Bool)] =
            switch what {
            case .personas: workshop.personas.map { ($0.authorship, $0.isExample) }
            case .journeys: workshop.journeys.map { ($0.authorship, $0.isExample) }
            case .servicePages: workshop.services.map { ($0.authorship, false) }
            case let .cards(deck):
                workshop.cards(ofDeck: deck).map {
                    (Authorship(author: $0.author, department: $0.value(of: "department")), $0.isExample)
                }
            case .worksheet: []
            }
        return made.filter { authorship, isExample in
            !isExample && (perDepartment ? authorship.isFrom(who, in: workshop) : authorship.isBy(who))
        }.count
    }
}
