import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct RenderTaskCards: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task-cards",
        abstract: "Print the field exercise's task cards on sheets, ready to cut, with their backs.",
        discussion: """
            Cards are imposed n-up: A6 4-up and A7 8-up on A4, poker (63×88 mm) 9-up, with cut marks \
            outside the cards. With backs, each front page is followed by its back page, placed so \
            that every back lands behind its front when the sheet is printed double-sided with the \
            flip you name. Print a --calibration sheet first to check your printer.
            """)

    @Argument(help: ArgumentHelp("Cards to print, by id or by their number (default: the whole deck).",
                                 valueName: "id"))
    var cards: [String] = []

    @Option(help: ArgumentHelp("Card size: A6, A7 or poker (default: the template's, A6).", valueName: "size"))
    var card: String?

    @Option(help: ArgumentHelp("How the printer turns the sheet: long-edge, short-edge, or none for fronts only.",
                               valueName: "flip"))
    var backs: String?

    @Option(help: ArgumentHelp("Millimetres a card's design may run past its cut, for cutting that is a little off.",
                               valueName: "mm"))
    var bleed: Double = 0

    @Flag(help: "Print a one-sheet duplex check instead of the cards (to calibration.pdf).")
    var calibration = false

    @OptionGroup var options: RenderOptions

    func validate() throws {
        if let card, CardSize(card) == nil {
            throw ValidationError("--card must be A6, A7 or poker (got \"\(card)\")")
        }
        if let backs, backs != "none", DuplexFlip(rawValue: backs) == nil {
            throw ValidationError("--backs must be long-edge, short-edge or none (got \"\(backs)\")")
        }
        if let paper = options.paper.flatMap(Paper.init), ![.a4, .a3].contains(paper.format) {
            throw ValidationError("cards are imposed on A4 or A3 sheets (got \(paper))")
        }
        guard (0...5).contains(bleed) else { throw ValidationError("--bleed is between 0 and 5 mm") }
    }

    func run() throws {
        try Fonts.verify(language: options.language.language)
        let (workshop, checkDiagnostics) = try WorkshopLocation.load(try WorkshopLocation.resolve(options.workshop),
                                                                     strict: options.strictness.strict)
        let template = try TemplateLocation.taskCards()
        guard let size = CardSize(card ?? template.card) else {
            throw InputFailure("Templates/task-cards.yaml: `card` must be A6, A7 or poker")
        }
        let flipName = backs ?? template.backs
        let flip = flipName == "none" ? nil : DuplexFlip(rawValue: flipName)
        if flipName != "none" && flip == nil {
            throw InputFailure("Templates/task-cards.yaml: `backs` must be long-edge, short-edge or none")
        }
        let format = (options.paper.flatMap(Paper.init) ?? Paper(template.sheet))?.format ?? .a4
        let language = options.language.language
        guard let sheet = CardSheet(card: size.size, sheet: format, direction: TextLanguage(language).direction,
                                    bleed: bleed) else {
            throw InputFailure("a \(size) card does not fit on \(format.rawValue)")
        }
        let typesetter = Typesetter()
        let labels = template.labels.words(in: language)

        if calibration {
            let document = DuplexCalibrationLayout(sheet: sheet, flip: flip ?? .longEdge, labels: labels)
                .document(typesetter: typesetter)
            try Publisher.review(checkDiagnostics + typesetter.diagnostics, strict: options.strictness.strict)
            try Publisher.write(document, to: URL(fileURLWithPath: options.output ?? "calibration.pdf"), png: options.png)
            return
        }

        let selected = try select(in: workshop)
        let layout = TaskCardLayout(workshop: workshop, cards: selected, template: template, language: language,
                                    card: size, fullBleed: bleed > 0)
        let parts = layout.backParts(typesetter: typesetter)
        let deck = CardDeck(sheet: sheet, count: selected.count, flip: flip,
                            front: { layout.front($0, typesetter: typesetter) },
                            back: { layout.back($0, parts: parts, typesetter: typesetter) })
        let info = DocumentInfo(title: "\(labels("deck")) — \(workshop.title.value)",
                                author: workshop.organisation?.value ?? workshop.title.value,
                                subject: "\(labels("deck")): \(size) \(sheet.capacity)-up, \(flipName)",
                                keywords: workshop.title.value)
        try Publisher.write(deck.pages, info: info, to: URL(fileURLWithPath: options.output ?? "task-cards.pdf"),
                            png: options.png) {
            try Publisher.review(checkDiagnostics + typesetter.diagnostics, strict: options.strictness.strict)
        }
    }

    /// The cards named, by id or by the number their file name starts with ("3" for
    /// 3-resident-certificate-firearm), or the whole deck.
    private func select(in workshop: Workshop) throws -> [TaskCard] {
        try Selection.pick(cards, from: workshop.taskCards, kind: "task card", start: "`sadna new task-card ID`",
                           in: workshop, id: \.id) { name in
            workshop.taskCard(named: name)
                ?? (Int(name) != nil ? workshop.taskCards.first { $0.id.hasPrefix("\(name)-") } : nil)
        }
    }
}
