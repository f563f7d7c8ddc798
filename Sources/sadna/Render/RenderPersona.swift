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

    @Option(help: ArgumentHelp("Card size: A5 (2-up on A4) or A6 (4-up).", valueName: "size"))
    var card: String = "A5"

    @Flag(help: "One A4 page per persona, for the wall, instead of cards.")
    var full = false

    @Flag(help: "The empty persona form, for filling in by hand (A4).")
    var blank = false

    @OptionGroup var options: RenderOptions

    func validate() throws {
        guard ["a5", "a6"].contains(card.lowercased()) else {
            throw ValidationError("--card must be A5 or A6 (got \"\(card)\")")
        }
        if blank && (full || !personas.isEmpty) {
            throw ValidationError("--blank prints the empty form: name no persona and leave out --full")
        }
    }

    func run() throws {
        try Fonts.verify(language: options.language.language)
        let (workshop, checkDiagnostics) = try WorkshopLocation.load(try WorkshopLocation.resolve(options.workshop),
                                                                     strict: options.strictness.strict)
        let template = try TemplateLocation.persona()
        let language = options.language.language
        let typesetter = Typesetter()
        let review = { try Publisher.review(checkDiagnostics + typesetter.diagnostics, strict: options.strictness.strict) }

        if blank {
            let document = PersonaFormLayout(workshop: workshop, template: template, language: language)
                .document(typesetter: typesetter)
            try review()
            try Publisher.write(document, to: URL(fileURLWithPath: options.output ?? "persona-form.pdf"), png: options.png)
            return
        }
        let selected = try select(in: workshop)
        let labels = template.labels.words(in: language)
        let info = DocumentInfo(title: "\(labels("personas")) — \(workshop.title.value)",
                                author: workshop.organisation?.value ?? workshop.title.value,
                                subject: labels("personas"), keywords: workshop.title.value)
        if full {
            let layout = PersonaLayout(workshop: workshop, personas: selected, template: template, language: language,
                                       size: Paper.a4.size)
            let pages = selected.indices.lazy.map { layout.page($0, typesetter: typesetter) }
            try Publisher.write(pages, info: info, to: URL(fileURLWithPath: options.output ?? "personas-full.pdf"),
                                png: options.png, review: review)
            return
        }
        let size = card.lowercased() == "a6" ? CardSize.a6 : CardSize(name: "A5", size: Paper.Format.a5.portrait)
        let format = options.paper.flatMap(Paper.init)?.format ?? .a4
        guard let sheet = CardSheet(card: size.size, sheet: format, direction: TextLanguage(language).direction) else {
            throw InputFailure("an \(size) card does not fit on \(format.rawValue)")
        }
        let layout = PersonaLayout(workshop: workshop, personas: selected, template: template, language: language,
                                   size: size.size)
        let deck = CardDeck(sheet: sheet, count: selected.count, flip: nil,
                            front: { layout.page($0, typesetter: typesetter) }, back: { _ in Page(size: size.size) })
        try Publisher.write(deck.pages, info: info, to: URL(fileURLWithPath: options.output ?? "personas.pdf"),
                            png: options.png, review: review)
    }

    private func select(in workshop: Workshop) throws -> [Persona] {
        try Selection.pick(personas, from: workshop.personas, kind: "persona",
                           start: "`sadna new persona ID` (or `sadna import personas FILE.csv`)", in: workshop,
                           id: \.id, find: workshop.persona(named:))
    }
}
