/// A worksheet's table: columns side by side, the rows its file writes (a row may be labelled,
/// its label in the first column, and its cells filled or left to write in), then empty rows to
/// fill by hand. A row grows with its text; none is ever cut.
public struct WorksheetTable: Sendable {
    public struct Column: Sendable {
        public var label: Words
        /// A share of the table's width, against the other columns' shares.
        public var width: Double

        public init(label: Words, width: Double) {
            self.label = label
            self.width = width
        }
    }

    public struct Row: Sendable {
        /// The row's name, printed in the first column on a shaded ground; nil for a row of cells only.
        public var label: Located<Words>?
        /// Its cells in column order after the label, each written (and where) or left empty.
        public var cells: [Located<Words>?]
        /// At least this tall (mm), for room to write; the row grows taller with its text.
        public var height: Double?
        public var location: SourceLocation

        public init(label: Located<Words>?, cells: [Located<Words>?], height: Double?, location: SourceLocation) {
            self.label = label
            self.cells = cells
            self.height = height
            self.location = location
        }
    }

    public var columns: [Column]
    public var rows: [Row]
    /// Empty rows after the written ones.
    public var blankRows: Int
    /// Every row at least this tall (mm); nil lets empty rows share the room the page has left.
    public var rowHeight: Double?

    public init(columns: [Column], rows: [Row], blankRows: Int, rowHeight: Double?) {
        self.columns = columns
        self.rows = rows
        self.blankRows = blankRows
        self.rowHeight = rowHeight
    }

    /// A table of empty rows only, without a height of their own, fills what the page leaves (as
    /// the homework table of meeting 3 does).
    public var sharesThePage: Bool { rows.isEmpty && rowHeight == nil }
}

/// Questions a person answers by a mark: yes or no, or a point on a scale from 1 to 5. The
/// question takes most of the width, the answers narrow columns, as on a form a manager fills.
public struct Assessment: Sendable {
    public enum Answers: String, Sendable, CaseIterable {
        case yesNo = "yes-no"
        case scale
    }

    public var answers: Answers
    /// Over the questions' column ("הערכת מצב"); nil for Sadna's own word.
    public var heading: Words?
    public var questions: [Located<Words>]
    /// Empty rows after the questions, to write a question of one's own in and answer it.
    public var blankRows: Int
    /// What 1 and 5 mean on the scale ("not at all", "fully"), printed under the heading.
    public var low: Words?
    public var high: Words?
    /// A column for remarks beside the answers.
    public var notes: Bool
    /// Each question's row at least this tall (mm).
    public var rowHeight: Double?

    public init(
        answers: Answers, heading: Words?, questions: [Located<Words>], blankRows: Int = 0, low: Words?, high: Words?,
        notes: Bool,
        rowHeight: Double?
    ) {
        self.answers = answers
        self.heading = heading
        self.questions = questions
        self.blankRows = blankRows
        self.low = low
        self.high = high
        self.notes = notes
        self.rowHeight = rowHeight
    }
}
