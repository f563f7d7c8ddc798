/// One row of a meeting's run-sheet: when, what, and what it needs.
public struct AgendaRow: Sendable {
    /// An optional name for the row, so that printed material can say which row it serves.
    public var id: Located<String>?
    /// When the row starts, if the plan says.
    public var start: Located<ClockTime>?
    /// When the row ends, if the plan says ("8:00-8:30").
    public var end: Located<ClockTime>?
    /// A length in minutes, for rows the plan times by duration ("7 דק'") rather than by clock.
    public var duration: Located<Int>?
    /// The plan deliberately gives this row no time (a remark between rows such as "נפרדים מהמנהלים").
    public var untimed: Bool
    /// What happens: the row's title.
    public var content: Located<String>
    /// How it happens, at length.
    public var detail: Located<String>?
    /// What must be ready for it: materials, equipment, people. Rolled up into the checklist.
    public var needs: [Located<String>]
    public var notes: Located<String>?
    /// Who runs it.
    public var owner: Located<String>?
    /// Where the row starts in its file.
    public var location: SourceLocation

    public init(
        id: Located<String>? = nil, start: Located<ClockTime>? = nil, end: Located<ClockTime>? = nil,
        duration: Located<Int>? = nil, untimed: Bool = false, content: Located<String>,
        detail: Located<String>? = nil, needs: [Located<String>] = [], notes: Located<String>? = nil,
        owner: Located<String>? = nil, location: SourceLocation
    ) {
        self.id = id
        self.start = start
        self.end = end
        self.duration = duration
        self.untimed = untimed
        self.content = content
        self.detail = detail
        self.needs = needs
        self.notes = notes
        self.owner = owner
        self.location = location
    }
}
