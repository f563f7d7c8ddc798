import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

extension PrintableKind: ExpressibleByArgument {
    public static var allValueStrings: [String] { plannable.map(\.rawValue) }
}

/// Any printable a plan can name, by its kind's name: `sadna render certificate`. The commands
/// with their own words (`render agenda --participant`, `render task-cards --calibration`) are
/// shortcuts over the same catalog; this one makes every kind printable from the command line
/// the day it joins ``PrintableKind``, with the options the kind declares.
struct RenderKind: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kind",
        abstract: "Print any kind of material by its name, as a meeting's print plan names it.",
        discussion: """
            `sadna render KIND [ID ...]` works for every kind a print plan can name, e.g. \
            `sadna render certificate` or `sadna render handout 3`. Things named by id (or a \
            meeting's number) print into KIND.pdf, or each meeting into KIND-ID.pdf; --output \
            puts everything into one file. Options a kind does not take are refused.
            """,
        shouldDisplay: false)

    @Argument(help: ArgumentHelp("What to print, as a print plan names it.", valueName: "kind"))
    var kind: PrintableKind

    @Argument(help: ArgumentHelp("The things to print, by id (default: all, or none for a blank form).", valueName: "id"))
    var items: [String] = []

    @Option(help: "For cards: the card size.")
    var card: CardSize?

    @Option(help: "For cards with backs: how the printer turns the sheet, or none.")
    var backs: Backs?

    @Option(help: ArgumentHelp("For cards: millimetres the design runs past its cut.", valueName: "mm"))
    var bleed: Double = 0

    @Option(help: ArgumentHelp("For a blank canvas: its lanes, by id or a set's name.", valueName: "lane"))
    var lanes: [String] = []

    @Option(help: ArgumentHelp("For a blank canvas: how many stage columns.", valueName: "n"))
    var stages: Int?

    @Option(help: ArgumentHelp("For name stickers: the sheet of labels, e.g. 3x8.", valueName: "sheet"))
    var sheet: String?

    @OptionGroup var options: RenderOptions

    func run() throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        var request = PrintRequest(
            kind, language: options.language.language, paper: options.paper, card: card, backs: backs,
            bleed: bleed, lanes: lanes, stages: stages, sheet: sheet)
        if let what = kind.items {
            request.items = try Selection.pick(items, what, in: session)
            if items.isEmpty && kind.needsItems { request.items = [] }
        } else {
            request.items = items
        }
        if kind.items == .meetings {
            try publisher.write(request) { "\(kind.rawValue)-\($0).pdf" }
        } else {
            try publisher.write(request, to: options.output ?? "\(kind.rawValue).pdf")
        }
    }
}
