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
            labelled lanes, stage columns wide enough for 76 mm sticky notes, and the emotion lane as \
            an empty -2…+2 grid.

            Without an A3 printer, --paper A4 prints each A3 sheet at full size on 4 A4 sheets \
            (numbered from the top right, or top left with --lang en): each sheet but the last \
            carries a tinted "glue here" strip that the next sheet covers, cut marks show where to \
            cut, and a small map says where the sheet goes.
            """)

    @Argument(help: ArgumentHelp("Journeys to print, by id (default: all).", valueName: "id"))
    var journeys: [String] = []

    @Flag(help: "The empty canvas, for a group to fill with sticky notes.")
    var blank = false

    @Option(help: ArgumentHelp("With --blank: how many stage columns.", valueName: "n"))
    var stages: Int = PrintRequest.defaultStages

    @Option(
        help: ArgumentHelp(
            "With --blank: the lanes, by id or a set's name (source, meeting-3, full).",
            valueName: "lane"))
    var lanes: [String] = []

    @OptionGroup var options: RenderOptions

    func validate() throws {
        if blank && !journeys.isEmpty { throw UsageFailure.alone("--blank", .journeys) }
        if !blank && !lanes.isEmpty {
            throw UsageFailure(.usageOnlyWith, ["option": .code("--lanes"), "with": .code("--blank")])
        }
    }

    func run() throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        let language = options.language.language
        if blank {
            try publisher.write(
                PrintRequest(.journeyCanvas, language: language, paper: options.paper, lanes: lanes, stages: stages),
                to: options.output ?? "journey-blank.pdf")
            return
        }
        let ids = try Selection.pick(journeys, .journeys, in: session)
        try publisher.write(PrintRequest(.journey, items: ids, language: language, paper: options.paper)) { "journey-\($0).pdf" }
    }
}
