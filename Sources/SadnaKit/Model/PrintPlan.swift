/// What a meeting prints for its kit (`print:` in `meetings/ID.yaml`): each item a kind of
/// printable, what of it, how many copies and for which agenda row.
public struct PrintItem: Sendable {
    /// How many copies: a number, or so many per group or per participant.
    public enum Copies: Sendable, Equatable {
        case exactly(Int)
        case perGroup(Int)
        case perParticipant(Int)
    }

    public var kind: Located<PrintableKind>
    /// Ids of the things to print (cards, personas, journeys, pages, worksheets); empty for all or none.
    public var items: [Located<String>]
    /// Personas picked from the pool for the meeting's groups, instead of named `items`.
    public var pool: PersonaPool?
    public var copies: Located<Copies>
    /// The agenda row this serves (its `id`).
    public var forRow: Located<String>?
    public var paper: Located<Paper>?
    /// Card size for cards (A5, A6, A7, poker).
    public var card: Located<CardSize>?
    /// For task cards: long-edge, short-edge or none.
    public var backs: Located<Backs>?
    /// For task cards: millimetres the design runs past the cut.
    public var bleed: Located<Double>?
    /// For a journey canvas: how many stage columns, and which lanes.
    public var stages: Located<Int>?
    public var lanes: [Located<String>]
    /// For name stickers: the sheet of labels (`3x8`).
    public var sheet: Located<String>?
    /// For the programme: imposed as an A5 booklet.
    public var booklet: Located<Bool>?
    /// For name stickers: the test sheet instead of the stickers.
    public var testSheet: Located<Bool>?
    /// For cards: which of the programme's decks.
    public var deck: Located<String>?
    /// A remark for the print list ("to cut", "for the wall").
    public var note: Located<String>?
    public var location: SourceLocation

    public init(
        kind: Located<PrintableKind>, items: [Located<String>] = [], copies: Located<Copies>, forRow: Located<String>? = nil,
        paper: Located<Paper>? = nil, card: Located<CardSize>? = nil, backs: Located<Backs>? = nil,
        bleed: Located<Double>? = nil, stages: Located<Int>? = nil, lanes: [Located<String>] = [], sheet: Located<String>? = nil,
        note: Located<String>? = nil,
        location: SourceLocation
    ) {
        self.kind = kind
        self.items = items
        self.copies = copies
        self.forRow = forRow
        self.paper = paper
        self.card = card
        self.backs = backs
        self.bleed = bleed
        self.stages = stages
        self.lanes = lanes
        self.sheet = sheet
        self.note = note
        self.location = location
    }
}

extension PrintItem {
    /// Where the item gives `option` (its `index`-th value, for lanes), or nil when it does not.
    public func location(of option: PrintOption, _ index: Int = 0) -> SourceLocation? {
        switch option {
        case .card: card?.location
        case .backs: backs?.location
        case .bleed: bleed?.location
        case .lanes: index < lanes.count ? lanes[index].location : lanes.first?.location
        case .stages: stages?.location
        case .sheet: sheet?.location
        case .booklet: booklet?.location
        case .testSheet: testSheet?.location
        case .deck: deck?.location
        }
    }

    /// What this item asks the catalog to print, in `language`; a meeting's own agenda or
    /// handout when it names no meeting; the personas dealt to the meeting's groups, in group
    /// order, when it picks from the pool.
    public func request(for meeting: Meeting, in workshop: Workshop, language: Language) -> PrintRequest {
        var names = items.map(\.value)
        if let pool, let hands = pool.hands(for: meeting, in: workshop) { names = hands.flatMap { $0.map(\.id) } }
        if names.isEmpty && kind.value.items == .meetings { names = [meeting.id] }
        // A meeting for some prints its stickers, tents and certificates for them only.
        if names.isEmpty && kind.value.items == .participants, meeting.invitees != nil {
            names = workshop.invitees(of: meeting).map(\.id)
        }
        var request = PrintRequest(
            kind.value, items: names, language: language, paper: paper?.value, card: card?.value,
            backs: backs?.value, bleed: bleed?.value ?? 0, lanes: lanes.map(\.value), stages: stages?.value,
            sheet: sheet?.value, deck: deck?.value)
        request.booklet = booklet?.value ?? false
        request.testSheet = testSheet?.value ?? false
        return request
    }
}

extension Meeting {
    /// The number of copies an item asks for, given the meeting's (or the programme's) counts;
    /// nil when it asks per group or participant and the count is not known.
    public func count(_ copies: PrintItem.Copies, headCount: Int?) -> Int? {
        switch copies {
        case let .exactly(n): n
        case let .perGroup(n): groups.map { $0.value * n }
        case let .perParticipant(n): (participants?.value ?? headCount).map { $0 * n }
        }
    }
}
