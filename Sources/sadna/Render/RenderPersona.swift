import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct RenderPersona: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "persona",
        abstract: "Print persona cards (A5 2-up or A6 4-up, with cut marks), whole pages, or the blank persona form.",
        discussion: """
            Without ids, every persona of the workshop is printed. Cards go to personas.pdf, --full \
            pages to personas-full.pdf, the --blank form to persona-form.pdf (or --output).
            """)

    @Argument(help: ArgumentHelp("Personas to print, by id (default: all).", valueName: "id"))
    var personas: [String] = []

    @Option(help: "Card size: A5 (2-up on A4) or A6 (4-up).")
    var card: CardSize = .a5

    @Flag(help: "One A4 page per persona, for the wall, instead of cards.")
    var full = false

    @Flag(help: "The empty persona form, for filling in by hand (A4).")
    var blank = false

    @OptionGroup var options: RenderOptions

    func validate() throws {
        if blank && (full || !personas.isEmpty) {
            throw UsageFailure.alone("--blank", .personas, also: full ? "--full" : nil)
        }
    }

    func run() throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        let language = options.language.language
        if blank {
            try publisher.write(PrintRequest(.personaForm, language: language), to: options.output ?? "persona-form.pdf")
            return
        }
        let ids = try Selection.pick(personas, .personas, in: session)
        if full {
            try publisher.write(
                PrintRequest(.personaPage, items: ids, language: language, paper: options.paper),
                to: options.output ?? "personas-full.pdf")
            return
        }
        try publisher.write(
            PrintRequest(.personaCards, items: ids, language: language, paper: options.paper, card: card),
            to: options.output ?? "personas.pdf")
    }
}
