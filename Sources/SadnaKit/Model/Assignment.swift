/// A homework item that is followed up (`homework:` in a meeting, written as a group): who must
/// do it, how many of what it asks for, by which meeting, and who has handed it in.
///
///     homework:
///       - text: כל משתתפ.ת מביא.ה 3 פרסונות המקבלות שירות במחלקה שלו.ה
///         assigned: per-participant
///         makes: personas
///         count: 3
///         due: 3
public struct Assignment: Sendable {
    /// Who it is given to.
    public enum Assignees: Sendable, Equatable {
        case perParticipant
        case perDepartment
        /// Named participants.
        case people([Located<String>])

        public static func == (a: Assignees, b: Assignees) -> Bool {
            switch (a, b) {
            case (.perParticipant, .perParticipant), (.perDepartment, .perDepartment): true
            case let (.people(x), .people(y)): x.map(\.value) == y.map(\.value)
            default: false
            }
        }
    }

    /// What doing it leaves in the workshop's files, to be counted by author or department.
    public enum Makes: String, CaseIterable, Sendable {
        case personas, journeys
        case servicePages = "service-pages"
    }

    /// The homework as it reads on the run-sheet.
    public var text: Located<String>
    /// A short name for the homework table's column; the text's start when not given.
    public var title: Located<String>?
    public var assignees: Located<Assignees>
    public var makes: Located<Makes>?
    /// How many each assignee owes (of what it makes).
    public var count: Located<Int>
    /// The meeting it is due at, as written (`3`); the next meeting when not given.
    public var due: Located<String>?
    /// Who handed it in, by name (or by department, when it is per department): for homework
    /// that leaves nothing in the files, or made outside them.
    public var done: [Located<String>]
    public var location: SourceLocation

    public init(
        text: Located<String>, title: Located<String>? = nil, assignees: Located<Assignees>, makes: Located<Makes>? = nil,
        count: Located<Int>, due: Located<String>? = nil, done: [Located<String>] = [], location: SourceLocation
    ) {
        self.text = text
        self.title = title
        self.assignees = assignees
        self.makes = makes
        self.count = count
        self.due = due
        self.done = done
        self.location = location
    }
}
