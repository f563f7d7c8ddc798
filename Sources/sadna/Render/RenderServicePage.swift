import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct RenderServicePage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service-page",
        abstract: "Print a service page for a review meeting (A4), with the findings in the margin, or the empty sketch.",
        discussion: "Each page goes to service-ID.pdf (or all into --output); --blank to service-sketch.pdf.")

    @Argument(help: ArgumentHelp("Service pages, by id (default: all).", valueName: "id"))
    var pages: [String] = []

    @Flag(help: "Put the writing workshop's findings in the margin beside the text they are about.")
    var review = false

    @Flag(help: "The programme's empty service-page sketch, for drafting by hand.")
    var blank = false

    @OptionGroup var options: RenderOptions

    func validate() throws {
        if blank && (review || !pages.isEmpty) {
            throw UsageFailure.alone("--blank", .servicePages, also: "--review")
        }
    }

    func run() throws {
        let session = try Session(
            workshop: options.workshop, strict: options.strict, review: !blank, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        let language = options.language.language
        if blank {
            try publisher.write(
                PrintRequest(.serviceSketch, language: language, paper: options.paper),
                to: options.output ?? "service-sketch.pdf")
            return
        }
        let ids = try Selection.pick(pages, .servicePages, in: session)
        try publisher.write(
            PrintRequest(review ? .serviceReview : .servicePage, items: ids, language: language, paper: options.paper)
        ) {
            "service-\($0)\(review ? "-review" : "").pdf"
        }
    }
}

struct RenderWorksheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worksheet",
        abstract:
            "Print a worksheet: a form from Templates/worksheets (or the workshop's worksheets/), or the prioritisation chart.",
        discussion: """
            `prioritisation` is the backlog as a reach × complexity chart; with --blank, meeting 3's \
            homework table (the worksheet `prioritisation-homework`). The other worksheets are forms \
            to fill by hand: think-feel-do (A5), mind-map (A3), challenge-map (A3), \
            prioritisation-homework, and any in the workshop's worksheets/ folder. --paper sets a \
            worksheet on another paper, except that an A3 one on A4 prints at full size as 4 sheets \
            to glue together.
            """)

    @Argument(help: ArgumentHelp("The worksheet's id.", valueName: "name"))
    var name: String

    @Flag(help: "For prioritisation: the empty homework table instead of the chart.")
    var blank = false

    @OptionGroup var options: RenderOptions

    func run() throws {
        let session = try Session(workshop: options.workshop, strict: options.strict, language: options.language.language)
        var publisher = try Publisher(session: session, options: options)
        let language = options.language.language
        let file = options.output ?? "worksheet-\(name)\(blank ? "-blank" : "").pdf"
        if name == "prioritisation" && !blank {
            try publisher.write(PrintRequest(.prioritisation, language: language, paper: options.paper), to: file)
            return
        }
        let id = name == "prioritisation" ? "prioritisation-homework" : name
        let sheets = PrintRequest.catalogue(.worksheets, in: session.workshop, templates: session.templates).map(\.id)
        guard sheets.contains(id) else {
            let names = ["prioritisation"] + sheets
            throw UsageFailure(
                .selectUnknown,
                [
                    "what": .phrase(.phraseItemWorksheet), "name": .quoted(id), "folder": .path(session.folderName),
                    "guess": Suggestion.didYouMean(id, among: names), "ids": .list(names.map(MessageArgument.code)),
                ])
        }
        try publisher.write(PrintRequest(.worksheet, items: [id], language: language, paper: options.paper), to: file)
    }
}
