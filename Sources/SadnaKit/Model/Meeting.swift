/// One meeting of a programme, as its plan was written: date, hours, venue, goal and run-sheet.
public struct Meeting: Sendable {
    /// The file's name without `.yaml` (`03`, `staff-2019-09-19`).
    public var id: String
    /// Where the meeting's file starts.
    public var location: SourceLocation
    /// Its number in the series ("מפגש 3"), when it has one.
    public var number: Located<Int>?
    public var title: Located<String>
    /// A second title line: the guest, the route of a tour, the audience.
    public var subtitle: Located<String>?
    /// Empty when the source gives no date: nothing is invented.
    public var date: Located<CalendarDate>?
    /// The weekday as the source writes it, kept to be checked against the date.
    public var weekday: Located<Weekday>?
    public var starts: Located<ClockTime>?
    public var ends: Located<ClockTime>?
    public var venue: Located<String>?
    public var goal: Located<String>?
    public var agenda: [AgendaRow]
    /// Content the meeting teaches that is not a timed row (meeting 7's writing principles).
    public var topics: [Topic]
    public var homework: [Located<String>]
    /// The homework items that are followed up: who must do them, by when (a part of `homework`).
    public var assignments: [Assignment] = []
    /// Remarks about the meeting as a whole (thanks, follow-ups).
    public var notes: [Located<String>]
    /// How many take part and in how many groups, when the plan says; copies "per group" or "per
    /// participant" are counted from them.
    public var participants: Located<Int>?
    public var groups: Located<Int>?
    /// What the kit prints for this meeting.
    public var print: [PrintItem] = []
    /// Who the meeting is for, when not the whole team (a steering committee's members, who need
    /// not be on participants.yaml); nil for everyone on participants.yaml.
    public var invitees: [Participant]?
    /// What the meeting kept of itself: attendance, items, decisions and actions.
    public var minutes: Minutes?
    /// Forms filled by hand at the meeting and photographed (the minutes form, a service-page
    /// sketch, a worksheet): their written fields' crops, under `scanned:`.
    public var scanned: [MeetingScan] = []

    public init(
        id: String, location: SourceLocation, number: Located<Int>? = nil, title: Located<String>,
        subtitle: Located<String>? = nil, date: Located<CalendarDate>? = nil,
        weekday: Located<Weekday>? = nil, starts: Located<ClockTime>? = nil,
        ends: Located<ClockTime>? = nil, venue: Located<String>? = nil, goal: Located<String>? = nil,
        agenda: [AgendaRow] = [], topics: [Topic] = [], homework: [Located<String>] = [],
        notes: [Located<String>] = []
    ) {
        self.id = id
        self.location = location
        self.number = number
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.weekday = weekday
        self.starts = starts
        self.ends = ends
        self.venue = venue
        self.goal = goal
        self.agenda = agenda
        self.topics = topics
        self.homework = homework
        self.notes = notes
    }

    /// Every need of every row, in agenda order, each with the row it serves.
    public var materials: [(need: Located<String>, row: AgendaRow)] {
        agenda.flatMap { row in row.needs.map { (need: $0, row: row) } }
    }
}

/// A titled list of points a meeting covers.
public struct Topic: Sendable {
    public var title: Located<String>
    public var items: [Located<String>]

    public init(title: Located<String>, items: [Located<String>]) {
        self.title = title
        self.items = items
    }
}
