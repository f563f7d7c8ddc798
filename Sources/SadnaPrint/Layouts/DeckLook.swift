import SadnaKit

/// A deck's own words and choices in the page's language, as its cards print them: what a card
/// is called in its band, the deck's name on its backs, the words before the boxed field and the
/// foot's fields, and what its backs show. The field exercise's come from Sadna's
/// `Templates/task-cards.yaml`; a programme's own deck's from its `deck.yaml`.
public struct DeckLook {
    public var cardName: String
    public var deckName: String
    /// The words before the boxed field ("המשימה:"); nil prints the field alone.
    public var boxLabel: String?
    /// The words before each foot field, by its key; a field without prints alone.
    public var footLabels: [String: String]
    /// The mark of a card written for practice.
    public var example: String
    public var back: Back
    /// Whether a card's service page becomes a QR code on it.
    public var qr: Bool
    /// How the deck prints unless a request says otherwise.
    public var card: CardSize
    public var sheet: Paper
    public var backs: Backs
    public var bleed: Double

    /// What the backs show under the programme's title and the deck's name.
    public enum Back {
        /// The same text on every card (under the service concept, when the programme has one).
        case text(String)
        /// Each card's own text (``TaskCard/back``).
        case own
        /// The programme's logo, with its name under it (``Workshop/logo``).
        case logo
    }

    /// How `deck` looks in `context`'s language.
    public init(_ deck: Deck, in context: LayoutContext) {
        self.init(deck, templates: context.templates, language: context.language)
    }

    /// How `deck` looks in `language` (the workbench's pages say its words too).
    public init(_ deck: Deck, templates: TemplateSet, language: Language) {
        let template = templates.taskCards
        let labels = template.labels.words(in: language)
        example = labels(.example)
        guard let definition = deck.definition else {
            cardName = labels(.card)
            deckName = labels(.taskCards)
            boxLabel = labels(.mission)
            footLabels = ["department": labels(.department), "owner": labels(.owner)]
            back = .text(labels(.backInvitation))
            qr = true
            (card, sheet, backs, bleed) = (template.card, template.sheet, template.backs, 0)
            return
        }
        deckName = definition.name(language)
        cardName = definition.cardName?(language) ?? deckName
        boxLabel = definition.front.box.flatMap { definition.field($0)?.label?(language) }
        var foot: [String: String] = [:]
        for key in definition.front.foot {
            if let label = definition.field(key)?.label?(language) { foot[key] = label }
        }
        footLabels = foot
        switch definition.back {
        case let .text(words): back = .text(words(language))
        case .field: back = .own
        case .logo: back = .logo
        case .none: back = .text("")
        }
        qr = definition.qr
        (card, sheet, bleed) = (definition.card, definition.sheet, definition.bleed)
        if case .none = definition.back { backs = .none } else { backs = definition.backs }
    }

    /// The field exercise's look, for layouts that are given cards without their deck.
    public static func fieldExercise(_ context: LayoutContext) -> DeckLook {
        DeckLook(Deck(id: Deck.fieldExercise, location: context.workshop.location, definition: nil, cards: []), in: context)
    }
}
