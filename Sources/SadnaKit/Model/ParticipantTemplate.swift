/// The words of name stickers, sign-in sheets and table tents, and the sheets of labels stickers
/// are printed on (`Templates/participants.yaml`).
public struct ParticipantTemplate: Sendable {
    /// The sheet stickers print on when a request names none.
    public var sheet: LabelSheet
    /// Every sheet a request may name, in the template's order.
    public var sheets: [LabelSheet]
    public var labels: LabelSet<ParticipantLabel>

    public init(sheet: LabelSheet, sheets: [LabelSheet], labels: LabelSet<ParticipantLabel>) {
        self.sheet = sheet
        self.sheets = sheets
        self.labels = labels
    }

    public func sheet(named name: String) -> LabelSheet? {
        sheets.first { $0.name.lowercased() == name.lowercased() }
    }
}

/// A sheet of self-adhesive labels as its maker measures it: how many, how big, and where the
/// first one starts. All lengths in millimetres on a portrait A4 sheet, from its top and its
/// left edge as it comes out of the printer (whatever the page's direction).
public struct LabelSheet: Sendable, Hashable {
    /// How a request names it ("3x8").
    public var name: String
    /// What a person buys ("24 labels of 70×37 mm, e.g. Avery 3474").
    public var description: String
    public var columns: Int
    public var rows: Int
    public var width: Double
    public var height: Double
    public var top: Double
    public var left: Double
    public var columnGap: Double
    public var rowGap: Double
    /// How far inside each label's edge text keeps: labels are die-cut slightly off, and a
    /// printer shifts the page by a millimetre or two.
    public var safe: Double

    public init(
        name: String, description: String, columns: Int, rows: Int, width: Double, height: Double, top: Double,
        left: Double, columnGap: Double = 0, rowGap: Double = 0, safe: Double
    ) {
        self.name = name
        self.description = description
        self.columns = columns
        self.rows = rows
        self.width = width
        self.height = height
        self.top = top
        self.left = left
        self.columnGap = columnGap
        self.rowGap = rowGap
        self.safe = safe
    }

    public var capacity: Int { columns * rows }

    /// Whether the labels, as measured, lie on an A4 sheet.
    public var fitsA4: Bool {
        left + Double(columns) * width + Double(columns - 1) * columnGap <= 210.01
            && top + Double(rows) * height + Double(rows - 1) * rowGap <= 297.01
    }
}
