import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

/// `sadna render cards DECK [ID ...]`: any deck of the programme, as its `deck.yaml` says to
/// print it (`render task-cards` is the field exercise's deck).
struct RenderCards: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "Print a deck of the programme's own (decks/DECK/) on sheets, ready to cut, with their backs.",
        discussion: """
            The deck's deck.yaml gives its card size, sheet, backs and bleed; the options below change them \
            for this print. `sadna render cards task-cards` is the field exercise's deck (task-cards/).
            """)

    @Argument(
        help: ArgumentHelp("The deck, by its folder's name under decks/ (default: the programme's only deck).", valueName: "deck")
    )
    var deck: String?

    @Argument(help: ArgumentHelp("Cards to print, by id or by their number (default: the whole deck).", valueName: "id"))
    var cards: [String] = []

    @Option(help: "Card size instead of the deck's: A6, A7 or poker.")
    var card: CardSize?

    @Option(help: "How the printer turns the sheet, or none for fronts only (default: the deck's).")
    var backs: Backs?

    @Option(help: ArgumentHelp("Millimetres a card's design may run past its cut.", valueName: "mm"))
    var bleed: Double = 0

    @OptionGroup var options: RenderOptions

    func run() throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        var request = PrintRequest(
            .cards, language: options.language.language, paper: options.paper, card: card, backs: backs,
            bleed: bleed, deck: deck)
        try Publisher.validate(request, in: session)
        let deckID = request.deckID(in: session.workshop)
        request.items = try Selection.pick(cards, .taskCards, in: session, deck: deckID)
        try publisher.write(request, to: options.output ?? "\(deckID).pdf")
    }
}
