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

    /// What doing it leaves in the workshop's files, to be counted by author or department: any
    /// kind the programme keeps — personas, journeys, service pages, a deck's cards
    /// (`decks/ID`), or a worksheet filled by hand (`worksheets/ID`, followed up under `done:`).
    public enum Makes: Sendable, Hashable {
        case personas, journeys, servicePages
        /// Cards of the deck of this id (`task-cards` is the field exercise's).
        case cards(deck: String)
        /// A worksheet of this id, filled on paper.
        case worksheet(String)

        /// How a meeting file names it.
        public var name: String {
            switch self {
            case .personas: "personas"
            case .journeys: "journeys"
            case .servicePages: "service-pages"
            case let .cards(deck): deck == Deck.fieldExercise ? "task-cards" : "decks/\(deck)"
            case let .worksheet(id): "worksheets/\(id)"
            }
        }

        /// What a meeting file writes: `personas`, `journeys`, `service-pages`, `task-cards`,
        /// `decks/ID` or `worksheets/ID`; nil for anything else.
        public init?(_ text: String) {
            switch text {
            case "personas": self = .personas
            case "journeys": self = .journeys
            case "service-pages": self = .servicePages
            case "task-cards": self = .cards(deck: Deck.fieldExercise)
            default:
                let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2, !parts[1].isEmpty else { return nil }
                switch parts[0] {
                case "decks": self = .cards(deck: parts[1])
                case "worksheets": self = .worksheet(parts[1])
                default: return nil
                }
            }
        }

        /// Whether Sadna counts what was made in the files (a worksheet is filled on paper).
        public var isCounted: Bool {
            if case .worksheet = self { return false }
            return true
        }
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
