/// What an agenda shows: its paper, margin, columns and words (`Templates/agenda.yaml`).
public struct AgendaTemplate: Sendable {
    public enum Column: String, CaseIterable, Sendable {
        case time, duration, content, detail, needs, notes, owner
    }

    public struct ColumnSpec: Sendable {
        public var column: Column
        /// Millimetres, or nil for the column that takes the remaining width.
        public var width: Double?

        public init(column: Column, width: Double?) {
            self.column = column
            self.width = width
        }
    }

    public var paper: String
    public var margin: Double
    public var columns: [ColumnSpec]
    public var labels: [String: Labels]

    public init(paper: String, margin: Double, columns: [ColumnSpec], labels: [String: Labels]) {
        self.paper = paper
        self.margin = margin
        self.columns = columns
        self.labels = labels
    }

    /// Every word an agenda prints; each language must have them all.
    public static let labelKeys = ["document", "handout", "time", "duration", "content", "detail", "needs",
                                   "notes", "owner", "materials", "for_row", "for_untimed_row", "homework",
                                   "topics", "meeting_notes", "no_agenda", "planning", "my_notes"]
}
