/// A deck of cards a programme keeps (`decks/ID/`): its `deck.yaml` says what the deck is called,
/// how it prints, which fields its cards give and where each goes on the card; every other
/// `.yaml` file of the folder is one card.
///
/// The field exercise's deck of the first programme (`task-cards/`) is a deck too, whose
/// definition is Sadna's own (`Templates/task-cards.yaml`): ``definition`` is nil for it.
public struct Deck: Sendable {
    /// The folder's name (`solutions`), or `task-cards` for the field exercise.
    public var id: String
    /// Where `deck.yaml` starts (the folder, for the field exercise).
    public var location: SourceLocation
    /// What the programme wrote in `deck.yaml`; nil for the field exercise's deck.
    public var definition: DeckDefinition?
    /// The cards in deck order.
    public var cards: [TaskCard]

    /// The id of the field exercise's deck, kept in `task-cards/`.
    public static let fieldExercise = "task-cards"

    public init(id: String, location: SourceLocation, definition: DeckDefinition?, cards: [TaskCard]) {
        self.id = id
        self.location = location
        self.definition = definition
        self.cards = cards
    }

    /// The folder its cards are in.
    public var folder: String { definition == nil ? Self.fieldExercise : "decks/\(id)" }
}

/// What `decks/ID/deck.yaml` says.
///
///     name: {he: כרטיסי פתרונות, en: Solution cards}
///     card_name: {he: כרטיס פתרון, en: Solution card}
///     card: A6
///     sheet: A4
///     backs: long-edge
///     fields:
///       - key: solution
///         label: {he: הפתרון, en: The solution}
///         required: true
///     front:
///       headline: name
///       body: solution
///       box: need
///       foot: [category]
///     back:
///       text: {he: …, en: …}
public struct DeckDefinition: Sendable {
    /// The deck's name, on its backs, in lists and in the PDF's title.
    public var name: Words
    /// What one card is called, in the band across its top; the deck's name when not given.
    public var cardName: Words?
    public var card: CardSize
    public var sheet: Paper
    public var backs: Backs
    /// Millimetres the design runs past the cut, unless a request says otherwise.
    public var bleed: Double
    /// Whether a card whose `service:` names a service page with a link carries it as a QR code.
    public var qr: Bool
    /// The fields a card file gives, in the form's order.
    public var fields: [Field]
    public var front: Front
    public var back: Back

    public init(
        name: Words, cardName: Words? = nil, card: CardSize = .a6, sheet: Paper = .a4, backs: Backs = .longEdge,
        bleed: Double = 0, qr: Bool = true, fields: [Field], front: Front, back: Back = .none
    ) {
        self.name = name
        self.cardName = cardName
        self.card = card
        self.sheet = sheet
        self.backs = backs
        self.bleed = bleed
        self.qr = qr
        self.fields = fields
        self.front = front
        self.back = back
    }

    /// One field a card gives: its key in the card's file, the words printed before it (none
    /// when nil), and whether every card must give it.
    public struct Field: Sendable {
        public var key: String
        public var label: Words?
        public var required: Bool
        /// Written over several lines (a story), not one.
        public var long: Bool
        public var location: SourceLocation

        public init(key: String, label: Words? = nil, required: Bool = false, long: Bool = false, location: SourceLocation) {
            self.key = key
            self.label = label
            self.required = required
            self.long = long
            self.location = location
        }
    }

    /// Which field goes where on a card's front: a headline above, the body in the middle, one
    /// field set apart in a box under it, and short ones at the foot.
    public struct Front: Sendable {
        public var headline: String?
        public var body: String
        public var box: String?
        public var foot: [String]

        public init(headline: String? = nil, body: String, box: String? = nil, foot: [String] = []) {
            self.headline = headline
            self.body = body
            self.box = box
            self.foot = foot
        }
    }

    /// What a card's back shows.
    public enum Back: Sendable {
        /// The same text on every card, under the programme's title and the deck's name.
        case text(Words)
        /// Each card's own text, from this field.
        case field(String)
        /// The programme's logo (``Workshop/logo``) with its name under it.
        case logo
        /// Nothing: the deck prints fronts only.
        case none
    }

    /// Keys a card file may give in every deck, besides the deck's own fields.
    public static let cardKeys = ["order", "example", "service", "journey", "author"]

    /// The field of `key`.
    public func field(_ key: String) -> Field? { fields.first { $0.key == key } }
}

extension Workshop {
    /// Every deck of the programme: the field exercise's (when `task-cards/` holds cards), then its
    /// own decks in their folders' order.
    public var allDecks: [Deck] {
        let fieldExercise =
            !(fileIDs[Deck.fieldExercise] ?? []).isEmpty || !taskCards.isEmpty
            ? [Deck(id: Deck.fieldExercise, location: location, definition: nil, cards: taskCards)] : []
        return fieldExercise + decks
    }

    /// The deck of `id`; the field exercise's for `task-cards`.
    public func deck(named id: String) -> Deck? {
        if id == Deck.fieldExercise, !decks.contains(where: { $0.id == id }) {
            return Deck(id: id, location: location, definition: nil, cards: taskCards)
        }
        return decks.first { $0.id == id }
    }

    /// The cards of the deck `id` (the field exercise's when nil).
    public func cards(ofDeck id: String?) -> [TaskCard] {
        deck(named: id ?? Deck.fieldExercise)?.cards ?? []
    }
}
