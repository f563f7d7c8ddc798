/// What a meeting kept of itself (`minutes:` in its file), in the form a steering committee's
/// minutes take: who came, who did not, who was invited, and numbered items, each with its
/// discussion and its decisions; a decision may carry an action, with who does it and by when.
public struct Minutes: Sendable {
    /// Who came, as written; nil when the minutes leave it to attendance (`attended:` in
    /// participants.yaml).
    public var present: [Located<String>]?
    public var absent: [Located<String>]
    /// Guests: invited for an item, not members.
    public var invited: [Located<String>]
    public var items: [Item]
    public var location: SourceLocation

    public init(
        present: [Located<String>]?, absent: [Located<String>], invited: [Located<String>], items: [Item],
        location: SourceLocation
    ) {
        self.present = present
        self.absent = absent
        self.invited = invited
        self.items = items
        self.location = location
    }

    /// One numbered item: its title, what was said, and what was decided.
    public struct Item: Sendable {
        public var title: Located<String>
        public var discussion: [Located<String>]
        public var decisions: [Decision]

        public init(title: Located<String>, discussion: [Located<String>], decisions: [Decision]) {
            self.title = title
            self.discussion = discussion
            self.decisions = decisions
        }
    }

    /// What the meeting decided, and the action that follows from it, if any.
    public struct Decision: Sendable {
        public var text: Located<String>
        public var action: Action?

        public init(text: Located<String>, action: Action? = nil) {
            self.text = text
            self.action = action
        }
    }

    /// Who does what a decision asks, and by when: a date, or a later meeting (its id or number).
    public struct Action: Sendable {
        public var owner: Located<String>
        public var due: Located<CalendarDate>?
        public var dueMeeting: Located<String>?
        public var done: Bool

        public init(
            owner: Located<String>, due: Located<CalendarDate>? = nil, dueMeeting: Located<String>? = nil,
            done: Bool = false
        ) {
            self.owner = owner
            self.due = due
            self.dueMeeting = dueMeeting
            self.done = done
        }
    }
}

/// An action with the decision and meeting it came from: what the open-actions table lists.
public struct FollowedAction: Sendable {
    public var meeting: Meeting
    public var item: Int
    public var decision: Minutes.Decision
    public var action: Minutes.Action

    /// The day it is due: its date, or the date of the meeting it is due by.
    public func dueDate(in workshop: Workshop) -> CalendarDate? {
        action.due?.value ?? action.dueMeeting.flatMap { workshop.meeting(named: $0.value)?.date?.value }
    }

    /// Open, and its day has passed.
    public func isOverdue(in workshop: Workshop, today: CalendarDate) -> Bool {
        guard !action.done, let due = dueDate(in: workshop) else { return false }
        return due < today
    }
}

extension Workshop {
    /// Every action of every meeting's minutes, in the meetings' order; open ones only unless `done`.
    public func actions(includingDone done: Bool = false) -> [FollowedAction] {
        meetings.flatMap { meeting in
            (meeting.minutes?.items ?? []).enumerated().flatMap { index, item in
                item.decisions.compactMap { decision in
                    decision.action.flatMap { action in
                        done || !action.done
                            ? FollowedAction(meeting: meeting, item: index + 1, decision: decision, action: action) : nil
                    }
                }
            }
        }
    }

    /// Who came to `meeting`: its minutes' list, else the participants whose attendance names it.
    public func present(at meeting: Meeting) -> [String] {
        if let present = meeting.minutes?.present { return present.map(\.value) }
        // The meetings indexed once for the whole team, not once for every meeting each person names.
        let find = PrintRequest.finder(PrintRequest.meetings(in: self))
        return participants.filter { person in
            (person.attended ?? []).contains { find($0.value) == meeting.id }
        }.map(\.name.value)
    }
}
