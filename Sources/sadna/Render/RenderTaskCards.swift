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

    @Argument(
        help: ArgumentHelp(
            "Cards to print, by id or by their number (default: the whole deck).",
            valueName: "id"))
    var cards: [String] = []

    @Option(help: "Card size (default: the template's, A6); task cards come in A6, A7 and poker.")
    var card: CardSize?

    @Option(help: "How the printer turns the sheet, or none for fronts only.")
    var backs: Backs?

    @Option(
        help: ArgumentHelp(
            "Millimetres a card's design may run past its cut, for cutting that is a little off.",
            valueName: "mm"))
    var bleed: Double = 0

    @Flag(help: "Print a one-sheet duplex check instead of the cards (to calibration.pdf).")
    var calibration = false

    @OptionGroup var options: RenderOptions

    func validate() throws {
        if calibration && !cards.isEmpty {
            throw UsageFailure.alone("--calibration", .taskCards)
        }
        if calibration && bleed != 0 {
            throw UsageFailure(.usageNotWith, ["option": .code("--calibration"), "other": .code("--bleed")])
        }
    }

    func run() throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        var request = PrintRequest(
            calibration ? .calibration : .taskCards, language: options.language.language,
            paper: options.paper, card: card, backs: backs, bleed: bleed)
        if calibration {
            try publisher.write(request, to: options.output ?? "calibration.pdf")
            return
        }
        request.items = try Selection.pick(cards, .taskCards, in: session)
        try publisher.write(request, to: options.output ?? "task-cards.pdf")
    }
}
