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

    public var paper: Paper
    public var margin: Double
    public var columns: [ColumnSpec]
    public var labels: LabelSet<AgendaLabel>

    public init(paper: Paper, margin: Double, columns: [ColumnSpec], labels: LabelSet<AgendaLabel>) {
        self.paper = paper
        self.margin = margin
        self.columns = columns
        self.labels = labels
    }
}

/// What a task card shows and how the deck is printed by default (`Templates/task-cards.yaml`).
public struct TaskCardTemplate: Sendable {
    public var card: CardSize
    public var sheet: Paper
    public var backs: Backs
    public var labels: LabelSet<TaskCardLabel>

    public init(card: CardSize, sheet: Paper, backs: Backs, labels: LabelSet<TaskCardLabel>) {
        self.card = card
        self.sheet = sheet
        self.backs = backs
        self.labels = labels
    }

    /// The sizes task cards come in.
    public static let cardSizes: [CardSize] = [.a6, .a7, .poker]

}
