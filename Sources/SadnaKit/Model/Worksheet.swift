/// A worksheet for groups to fill by hand, as data (`Templates/worksheets/ID.yaml`): a title,
/// instructions, and blocks from a small set of form parts.
public struct WorksheetTemplate: Sendable {
    /// One block of the worksheet's layout language; each is written at a line of the file,
    /// where what does not fit it is reported.
    public indirect enum Block: Sendable {
        /// A labelled box to write in; `height` in millimetres, or nil to share what is left.
        case box(label: Words, hint: Words?, height: Double?)
        /// Blocks side by side, sharing the width.
        case row([Located<Block>])
        /// A label and writing lines.
        case lines(label: Words, count: Int)
        /// A table: columns, rows written in the file (labelled or not, their cells filled or
        /// empty), and empty rows to fill by hand.
        case table(WorksheetTable)
        /// Questions answered yes or no, or on a scale from 1 to 5, each on its own row.
        case assessment(Assessment)
        /// Items to tick, each growing with its text.
        case checklist([Located<Words>])
        /// A topic in the middle with branches to write on (a mind map).
        case mindMap(centre: Words, branches: Int)
        /// Small print: rules or a quote.
        case text(Words, size: Double)
        /// A legend of marks (the challenge map's stickers): a letter in a circle (in each language,
        /// the first letter of its meaning there), a colour, a meaning.
        case legend([(mark: Words, colour: UInt32, meaning: Words)])
        /// The programme's projects with their leads, each with room for stickers.
        case projects(rows: Int)
    }

    public var id: String
    public var title: Words
    public var instructions: Words?
    public var paper: Paper
    public var blocks: [Located<Block>]
    public var location: SourceLocation

    public init(id: String, title: Words, instructions: Words?, paper: Paper, blocks: [Located<Block>], location: SourceLocation)
    {
        self.id = id
        self.title = title
        self.instructions = instructions
        self.paper = paper
        self.blocks = blocks
        self.location = location
    }
}

/// A project of the programme and who leads it (meeting 2's presenters; the challenge map).
public struct Project: Sendable {
    public var name: Located<String>
    public var lead: Located<String>?

    public init(name: Located<String>, lead: Located<String>?) {
        self.name = name
        self.lead = lead
    }
}

extension Workshop {
    /// The worksheets this workshop can print: its own, then Sadna's templates it does not
    /// replace with one of the same id.
    public func worksheets(besides templates: [WorksheetTemplate]) -> [WorksheetTemplate] {
        worksheets + templates.filter { sheet in !worksheets.contains { $0.id == sheet.id } }
    }
}
