import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct RenderJourney: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journey",
        abstract: "Print customer-journey maps on A3 landscape, or a blank canvas for a group to fill.",
        discussion: """
            Each journey goes to journey-ID.pdf (or all into --output). A future journey shows its \
            current journey's emotion curve faintly behind its own. --blank prints the empty canvas: \
            labelled lanes, stage columns wide enough for 76 mm sticky notes (four to a sheet), and \
            the emotion lane as an empty -2…+2 grid.
            """)

    @Argument(help: ArgumentHelp("Journeys to print, by id (default: all).", valueName: "id"))
    var journeys: [String] = []

    @Flag(help: "The empty canvas, for a group to fill with sticky notes.")
    var blank = false

    @Option(help: ArgumentHelp("With --blank: how many stage columns (four to a sheet).", valueName: "n"))
    var stages: Int = 6

    @Option(help: ArgumentHelp("With --blank: the lanes, by id or a set's name (source, meeting-3, full).",
                               valueName: "lane"))
    var lanes: [String] = []

    @OptionGroup var options: RenderOptions

    func validate() throws {
        if blank && !journeys.isEmpty { throw ValidationError("--blank prints the empty canvas: name no journey") }
        guard (1...40).contains(stages) else { throw ValidationError("--stages must be between 1 and 40") }
        if options.paper != nil { throw ValidationError("journey maps are printed on A3 landscape; leave out --paper") }
    }

    func run() throws {
        try Fonts.verify(language: options.language.language)
        let (workshop, checkDiagnostics) = try WorkshopLocation.load(try WorkshopLocation.resolve(options.workshop),
                                                                     strict: options.strictness.strict)
        let template = try TemplateLocation.journey()
        let language = options.language.language
        let typesetter = Typesetter()
        if blank {
            let (picked, unknown) = template.lanes(lanes)
            if let name = unknown.first {
                let guess = Suggestion.closest(to: name, among: template.laneNames).map { " Did you mean `\($0)`?" } ?? ""
                throw ValidationError("no lane or lane set `\(name)`.\(guess) The lanes: \(template.laneNames.joined(separator: ", "))")
            }
            let document = JourneyBlankLayout(workshop: workshop, template: template, language: language,
                                              lanes: picked, stages: stages).document(typesetter: typesetter)
            try Publisher.review(checkDiagnostics + typesetter.diagnostics, strict: options.strictness.strict)
            try Publisher.write(document, to: URL(fileURLWithPath: options.output ?? "journey-blank.pdf"), png: options.png)
            return
        }
        let selected = try Selection.pick(journeys, from: workshop.journeys, kind: "journey",
                                          start: "`sadna render journey --blank` prints a canvas to map one;", in: workshop,
                                          id: \.id, find: workshop.journey(named:))
        let documents = selected.map {
            JourneyMapLayout(workshop: workshop, journey: $0, template: template, language: language)
                .document(typesetter: typesetter)
        }
        try Publisher.review(checkDiagnostics + typesetter.diagnostics, strict: options.strictness.strict)
        if let output = options.output {
            try Publisher.write(PrintDocument(combining: documents, titles: selected.map(\.title.value)),
                                to: URL(fileURLWithPath: output), png: options.png)
        } else {
            for (journey, document) in zip(selected, documents) {
                try Publisher.write(document, to: URL(fileURLWithPath: "journey-\(journey.id).pdf"), png: options.png)
            }
        }
    }
}
