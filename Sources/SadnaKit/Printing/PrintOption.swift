/// What a request may ask of a printable beyond its items, language and paper, each declared
/// once: the key a meeting's `print:` item gives it, the command line's option, and the words
/// for it in a message. Which kinds take which is ``PrintableKind/options``; the values are
/// ``PrintRequest``'s and ``PrintItem``'s fields of the same name, checked in
/// ``PrintRequest/problems(in:templates:)``.
public enum PrintOption: String, CaseIterable, Sendable, Hashable {
    /// A card size (A6, A7, poker).
    case card
    /// How the sheet turns for the backs, or none.
    case backs
    /// Millimetres a card's design runs past its cut.
    case bleed
    /// A blank canvas's lanes, by id or a set's name.
    case lanes
    /// A blank canvas's number of stage columns.
    case stages
    /// The sheet of labels stickers go on (`3x8`).
    case sheet
    /// The booklet imposed as an A5 booklet: 2-up on A4, in saddle-stitch order.
    case booklet
    /// The label sheet's outlines and a ruler instead of the stickers, to hold against a real sheet.
    case testSheet = "test-sheet"
    /// Which of the programme's decks (`solutions`).
    case deck

    /// The rule a print plan's problem with it is reported under (`print.bleed`).
    public var rule: String { "print.\(rawValue)" }

    /// Its key in a `print:` item.
    public var planKey: String { self == .testSheet ? "test_sheet" : rawValue }

    /// Its option on the command line.
    public var flag: String { "--\(rawValue)" }

    /// What it is, in a message ("certificate takes no card size").
    public var what: String {
        switch self {
        case .card: "card size"
        case .backs: "backs"
        case .bleed: "bleed"
        case .lanes: "lanes"
        case .stages: "stage columns"
        case .sheet: "sheet of labels"
        case .booklet: "A5 booklet"
        case .testSheet: "test sheet"
        case .deck: "deck"
        }
    }
}
