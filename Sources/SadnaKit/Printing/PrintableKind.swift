/// Every kind of page Sadna prints, and what a request for it may say: which things it prints
/// (meetings, cards, personas…), the papers and card sizes it comes on, whether it has backs,
/// lanes or stage columns. Layout lives in SadnaPrint's catalog; this is what checking needs to
/// know, so that `sadna check` refuses exactly what `render` and `kit` would.
public enum PrintableKind: String, CaseIterable, Sendable, Hashable {
    case agenda, handout
    case agendaBlank = "agenda-blank"
    case taskCards = "task-cards"
    /// The cards of any of the programme's decks (`deck:` names which).
    case cards
    case calibration
    case personaCards = "persona-cards"
    case personaPage = "persona-page"
    case personaForm = "persona-form"
    case journey
    case journeyCanvas = "journey-canvas"
    case servicePage = "service-page"
    case serviceReview = "service-review"
    case serviceSketch = "service-sketch"
    case prioritisation
    case worksheet
    case nameStickers = "name-stickers"
    case signIn = "sign-in"
    case tableTents = "table-tents"
    case homework
    case programme
    case kitCover = "kit-cover"
    case certificate
    case minutes
    case minutesBlank = "minutes-blank"
    case actions

    /// What a request's `items` name.
    public enum Items: Sendable {
        case meetings, taskCards, personas, journeys, servicePages, worksheets, participants

        /// How a person names one ("task card").
        public var what: String {
            switch self {
            case .meetings: "meeting"
            case .taskCards: "task card"
            case .personas: "persona"
            case .journeys: "journey"
            case .servicePages: "service page"
            case .worksheets: "worksheet"
            case .participants: "participant"
            }
        }

        /// The command that starts one, for "the workshop has none yet".
        public var start: String {
            switch self {
            case .meetings: "`sadna new meeting 1`"
            case .taskCards: "`sadna new task-card ID`"
            case .personas: "`sadna new persona ID` (or `sadna import personas FILE.csv`)"
            case .journeys: "`sadna new journey ID`"
            case .servicePages: "`sadna new service-page ID`"
            case .worksheets: "a file in the workshop's worksheets/ folder"
            case .participants: "`sadna import participants FILE.csv` (or write participants.yaml)"
            }
        }
    }

    /// What its items are, or nil when it prints no particular thing (a blank form).
    public var items: Items? {
        switch self {
        case .agenda, .handout, .kitCover, .signIn, .homework, .minutes: .meetings
        case .nameStickers, .tableTents, .certificate: .participants
        case .taskCards, .cards: .taskCards
        case .personaCards, .personaPage: .personas
        case .journey: .journeys
        case .servicePage, .serviceReview: .servicePages
        case .worksheet: .worksheets
        case .agendaBlank, .calibration, .personaForm, .journeyCanvas, .serviceSketch, .prioritisation, .programme, .minutesBlank,
            .actions:
            nil
        }
    }

    /// Whether a request must name at least one item (a worksheet is printed by its name).
    public var needsItems: Bool { self == .worksheet }

    /// The papers a request may ask for; empty when the layout fixes its paper. Cards are set on
    /// the sheet asked for; worksheets print on any paper. Journey maps and canvases are A3, or
    /// A4 as four sheets to glue into one A3 at full size (as are A3 worksheets asked for on A4).
    public var papers: [Paper.Format] {
        switch self {
        case .agenda, .handout, .agendaBlank, .taskCards, .cards, .calibration, .personaCards: [.a4, .a3]
        case .journey, .journeyCanvas: [.a3, .a4]
        case .worksheet: Paper.Format.allCases
        case .personaPage, .personaForm, .servicePage, .serviceReview, .serviceSketch, .prioritisation, .kitCover,
            .nameStickers, .signIn, .tableTents, .homework, .programme, .certificate, .minutes, .minutesBlank, .actions:
            []
        }
    }

    /// The card sizes a request may ask for; empty for kinds that are not cards.
    public var cardSizes: [CardSize] {
        switch self {
        case .taskCards, .cards, .calibration: TaskCardTemplate.cardSizes
        case .personaCards: PersonaTemplate.cardSizes
        default: []
        }
    }

    /// What a request for it may ask besides items and paper.
    public var options: Set<PrintOption> {
        switch self {
        case .taskCards: [.card, .backs, .bleed]
        case .cards: [.deck, .card, .backs, .bleed]
        case .calibration: [.card, .backs]
        case .personaCards: [.card]
        case .journeyCanvas: [.lanes, .stages]
        case .nameStickers: [.sheet, .testSheet]
        case .programme: [.booklet]
        case .agenda, .handout, .agendaBlank, .personaPage, .personaForm, .journey, .servicePage, .serviceReview, .serviceSketch,
            .prioritisation, .worksheet, .signIn, .tableTents, .homework, .kitCover, .certificate, .minutes,
            .minutesBlank, .actions:
            []
        }
    }

    /// Whether a meeting's `print:` plan may name it (the kit's cover is the kit's own).
    public var isPlannable: Bool { self != .kitCover }

    /// The kinds a plan may name, for messages.
    public static var plannable: [PrintableKind] { allCases.filter(\.isPlannable) }
}
