/// A request for one printable: its kind, the things to print, and how. Typed and checked the
/// same way whether it comes from the command line, a meeting's `print:` plan or the workbench.
public struct PrintRequest: Sendable, Hashable {
    public var kind: PrintableKind
    /// Ids of the things to print, as written (`3` for card `3-resident-certificate-firearm`);
    /// empty for all of them.
    public var items: [String]
    /// The language of the page's own words; data keeps its own.
    public var language: Language
    public var paper: Paper?
    public var card: CardSize?
    public var backs: Backs?
    /// Millimetres a card's design runs past its cut.
    public var bleed: Double
    /// A blank journey canvas's lanes (ids or a set's name) and its number of stage columns.
    public var lanes: [String]
    public var stages: Int?
    /// The sheet of labels name stickers go on (`3x8`), or nil for the template's.
    public var sheet: String?
    /// For the programme: imposed as an A5 booklet (2-up on A4, saddle-stitch order).
    public var booklet = false
    /// For name stickers: the sheet's outlines and a ruler, to check a printer against a real sheet.
    public var testSheet = false
    /// The deck whose cards it prints (`solutions`); for `cards`, the programme's only deck when nil.
    public var deck: String?

    public init(
        _ kind: PrintableKind, items: [String] = [], language: Language = .he, paper: Paper? = nil,
        card: CardSize? = nil, backs: Backs? = nil, bleed: Double = 0, lanes: [String] = [], stages: Int? = nil,
        sheet: String? = nil, deck: String? = nil
    ) {
        self.kind = kind
        self.items = items
        self.language = language
        self.paper = paper
        self.card = card
        self.backs = backs
        self.bleed = bleed
        self.lanes = lanes
        self.stages = stages
        self.sheet = sheet
        self.deck = deck
    }

    /// A blank canvas's stage columns when a request gives none: the source's own template has six.
    public static let defaultStages = 6
    /// The most stage columns a canvas has.
    public static let stageRange = 1...40
    /// How far a card may bleed (mm).
    public static let bleedRange = 0.0...5.0

    /// What is wrong with a request, by the part of it concerned, so that each front-end can
    /// point at its own place: a plan's line, a command-line option, a form's field.
    public struct Problem: Sendable, Hashable {
        public enum Part: Sendable, Hashable {
            case item(Int), items, paper
            /// An option, and which of its values (a lane) when it has several.
            case option(PrintOption, Int)
        }

        public var part: Part
        /// Its words (`Templates/messages.yaml`) and their values.
        public var id: MessageID
        public var arguments: MessageArguments
        /// The rule it breaks (`print.lanes`): the id's, or the option's own.
        public var rule: String

        init(part: Part, _ id: MessageID, _ arguments: MessageArguments = [:], rule: String? = nil) {
            self.part = part
            self.id = id
            self.arguments = arguments
            self.rule = rule ?? id.rule
        }

        /// The problem as a diagnostic at `location`.
        public func diagnostic(at location: SourceLocation?) -> Diagnostic {
            var diagnostic = Diagnostic.error(id, arguments, at: location)
            diagnostic.rule = rule
            return diagnostic
        }

        /// What is wrong, in English (the command line's usage errors).
        public var message: String { diagnostic(at: nil).message }
        /// What to do about it, in English.
        public var hint: String { diagnostic(at: nil).hint ?? "" }
    }

    /// Whether the request says anything of `option`.
    public func asks(_ option: PrintOption) -> Bool {
        switch option {
        case .card: card != nil
        case .backs: backs != nil
        case .bleed: bleed != 0
        case .lanes: !lanes.isEmpty
        case .stages: stages != nil
        case .sheet: sheet != nil
        case .booklet: booklet
        case .testSheet: testSheet
        case .deck: deck != nil
        }
    }

    /// Everything `render`, `kit` and the workbench would refuse about this request.
    public func problems(in workshop: Workshop, templates: TemplateSet) -> [Problem] {
        var found: [Problem] = []
        let name = kind.rawValue
        // A test sheet prints the sheet's outlines, whoever the team is (none yet, say).
        if let what = kind.items, !testSheet {
            // Which cards there are depends on the deck: a deck that is not there is the one problem.
            if kind == .cards, let problem = deckProblem(in: workshop) { return [problem] }
            let catalogue = Self.catalogue(what, in: workshop, templates: templates, deck: deckID(in: workshop))
            // A deck of the programme's own has cards, the field exercise's task cards.
            let noun = kind == .cards ? "card" : what.what
            if catalogue.isEmpty {
                found.append(
                    Problem(part: .items, .printItemsNone, ["what": .text(noun), "start": .text(what.start)]))
            } else if items.isEmpty && kind.needsItems {
                found.append(
                    Problem(
                        part: .items, .printItemsNameOne,
                        ["what": .text(what.what), "ids": .list(catalogue.map { .value($0.id) })]))
            }
            let find = Self.finder(catalogue)
            for (index, item) in items.enumerated() where !catalogue.isEmpty && find(item) == nil {
                found.append(
                    Problem(
                        part: .item(index), .printItemsUnknown,
                        [
                            "what": .text(noun), "item": .code(item), "ids": .list(catalogue.map { .value($0.id) }),
                            "guess": Suggestion.didYouMean(item, among: catalogue.map(\.id)),
                        ]))
            }
        } else if !items.isEmpty {
            found.append(Problem(part: .item(0), .printItemsTakesNone, ["kind": .name(name), "key": .key("items")]))
        }
        if let paper {
            if kind.papers.isEmpty {
                found.append(Problem(part: .paper, .printPaperFixed, ["kind": .name(name), "key": .key("paper")]))
            } else if !kind.papers.contains(paper.format) {
                found.append(
                    Problem(
                        part: .paper, .printPaper,
                        ["kind": .name(name), "paper": .value("\(paper)"), "papers": .text(Paper.names(kind.papers))]))
            }
        }
        for option in PrintOption.allCases where asks(option) && !kind.options.contains(option) {
            found.append(
                Problem(
                    part: .option(option, 0), .printOption,
                    ["kind": .name(name), "what": .text(option.what), "key": .key(option.planKey)],
                    rule: option.rule))
        }
        if let card, kind.options.contains(.card), !kind.cardSizes.contains(card) {
            found.append(
                Problem(
                    part: .option(.card, 0), .printCard,
                    ["kind": .name(name), "card": .value("\(card)"), "sizes": .text(CardSize.names(kind.cardSizes))]))
        }
        if !Self.bleedRange.contains(bleed) {
            found.append(Problem(part: .option(.bleed, 0), .printBleed, ["bleed": .value("\(bleed)")]))
        }
        if let sheet, kind.options.contains(.sheet), templates.participants.sheet(named: sheet) == nil {
            let sheets = templates.participants.sheets.map(\.name)
            found.append(
                Problem(
                    part: .option(.sheet, 0), .printSheet,
                    [
                        "sheet": .code(sheet), "guess": Suggestion.didYouMean(sheet, among: sheets),
                        "sheets": .list(sheets.map(MessageArgument.value)),
                    ]))
        }
        if kind.options.contains(.lanes) {
            let (_, unknown) = templates.journey.lanes(lanes)
            for name in unknown {
                let index = lanes.firstIndex(of: name) ?? 0
                var arguments: MessageArguments = [
                    "name": .code(name), "lanes": .list(templates.journey.laneNames.map(MessageArgument.value)),
                ]
                let guess = Suggestion.closest(to: name, among: templates.journey.laneNames)
                if let guess { arguments["guess"] = .code(guess) }
                found.append(Problem(part: .option(.lanes, index), guess == nil ? .journeyLane : .journeyLaneGuess, arguments))
            }
        }
        if let stages, kind.options.contains(.stages), !Self.stageRange.contains(stages) {
            found.append(Problem(part: .option(.stages, 0), .printStages, ["stages": .number(stages)]))
        }
        return found
    }

    /// One thing a request may name: its id, the other names it answers to (a meeting's file
    /// number, a task card's place in the deck), and names it answers to when nothing else does
    /// (a meeting's own `number:`, which a file named `03` outranks).
    public struct Entry: Sendable {
        public var id: String
        public var aliases: [String]
        public var fallbacks: [String] = []
    }

    /// The deck this request prints from: the one it names, else (for `cards`) the programme's
    /// only deck, else the field exercise's.
    public func deckID(in workshop: Workshop) -> String {
        if kind == .taskCards { return Deck.fieldExercise }
        if let deck { return deck }
        let decks = workshop.allDecks
        return decks.count == 1 ? decks[0].id : Deck.fieldExercise
    }

    /// What is wrong with the deck a `cards` request names: none named among several, or one
    /// the programme does not have.
    func deckProblem(in workshop: Workshop) -> Problem? {
        let ids = workshop.allDecks.map(\.id)
        let decks = MessageArgument.list(ids.map(MessageArgument.code))
        guard let deck else {
            guard ids.count > 1 else {
                return ids.isEmpty ? Problem(part: .items, .printDeckNone, ["command": .code("sadna new deck ID")]) : nil
            }
            return Problem(part: .option(.deck, 0), .printDeckWhich, ["count": .number(ids.count), "decks": decks])
        }
        guard !ids.contains(deck) else { return nil }
        return Problem(
            part: .option(.deck, 0), ids.isEmpty ? .printDeckUnknownNone : .printDeckUnknown,
            [
                "deck": .code(deck), "decks": decks, "guess": Suggestion.didYouMean(deck, among: ids),
                "command": .code("sadna new deck \(deck)"),
            ])
    }

    /// The things of a kind the workshop has, in their order; cards are those of `deck` (the
    /// field exercise's when nil).
    public static func catalogue(
        _ items: PrintableKind.Items, in workshop: Workshop, templates: TemplateSet, deck: String? = nil
    ) -> [Entry] {
        switch items {
        case .meetings: return meetings(in: workshop)
        case .taskCards:
            // "3" names 3-resident-certificate-firearm: a card's place in the deck is its file's number.
            return workshop.cards(ofDeck: deck).map { card in
                Entry(id: card.id, aliases: card.id.split(separator: "-").first.flatMap { Int($0) }.map { [String($0)] } ?? [])
            }
        case .personas: return workshop.personas.map { Entry(id: $0.id, aliases: []) }
        case .participants: return workshop.everyone.map { Entry(id: $0.id, aliases: []) }
        case .journeys: return workshop.journeys.map { Entry(id: $0.id, aliases: []) }
        case .servicePages: return workshop.services.map { Entry(id: $0.id, aliases: []) }
        case .worksheets: return workshop.worksheets(besides: templates.worksheets).map { Entry(id: $0.id, aliases: []) }
        }
    }

    /// The workshop's meetings, each answering to its id ("03"), its file's number ("3"), and
    /// else to its own `number:`. Every front-end finds a meeting this one way
    /// (``Workshop/meeting(named:)`` too).
    public static func meetings(in workshop: Workshop) -> [Entry] {
        workshop.meetings.map { meeting in
            Entry(
                id: meeting.id, aliases: Int(meeting.id).map { [String($0)] } ?? [],
                fallbacks: meeting.number.map { [String($0.value)] } ?? [])
        }
    }

    /// The id `name` stands for: an exact id first, then an alias, then a fallback.
    public static func find(_ name: String, in catalogue: [Entry]) -> String? {
        finder(catalogue)(name)
    }

    /// ``find(_:in:)`` for many names: the catalogue indexed once, so that a deck of thousands
    /// of cards is not searched card by card.
    public static func finder(_ catalogue: [Entry]) -> (String) -> String? {
        var ids: [String: String] = [:], aliases: [String: String] = [:], fallbacks: [String: String] = [:]
        for entry in catalogue {
            if ids[entry.id] == nil { ids[entry.id] = entry.id }
            for alias in entry.aliases where aliases[alias] == nil { aliases[alias] = entry.id }
            for alias in entry.fallbacks where fallbacks[alias] == nil { fallbacks[alias] = entry.id }
        }
        return { ids[$0] ?? aliases[$0] ?? fallbacks[$0] }
    }

    /// The ids this request prints, in its order (or all, in the workshop's order); names that
    /// match nothing are left out (``problems(in:templates:)`` reports them).
    public func resolvedItems(in workshop: Workshop, templates: TemplateSet) -> [String] {
        guard let what = kind.items else { return [] }
        let catalogue = Self.catalogue(what, in: workshop, templates: templates, deck: deckID(in: workshop))
        if items.isEmpty { return kind.needsItems ? [] : catalogue.map(\.id) }
        return items.compactMap(Self.finder(catalogue))
    }
}
