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
            throw ValidationError("--blank prints the empty sketch: name no page and leave out --review")
        }
        if options.paper != nil { throw ValidationError("service pages are printed on A4; leave out --paper") }
    }

    func run() throws {
        try Fonts.verify(language: options.language.language)
        let (workshop, checkDiagnostics) = try WorkshopLocation.load(try WorkshopLocation.resolve(options.workshop),
                                                                     strict: options.strictness.strict)
        let template = try TemplateLocation.servicePage()
        let language = options.language.language
        let typesetter = Typesetter()
        if blank {
            let document = ServiceSketchLayout(workshop: workshop, template: template, language: language)
                .document(typesetter: typesetter)
            try Publisher.review(checkDiagnostics + typesetter.diagnostics, strict: options.strictness.strict)
            try Publisher.write(document, to: URL(fileURLWithPath: options.output ?? "service-sketch.pdf"), png: options.png)
            return
        }
        let selected = try Selection.pick(pages, from: workshop.services, kind: "service page",
                                          start: "`sadna new service-page ID`", in: workshop, id: \.id,
                                          find: workshop.service(named:))
        let lint = ServiceLint(rules: try ServiceReview.rules(), today: .today)
        var findings: [Diagnostic] = []
        let documents = selected.map { page -> PrintDocument in
            let pageFindings = lint.findings(page)
            findings += pageFindings.map(\.diagnostic)
            return ServicePageLayout(workshop: workshop, page: page, template: template, language: language,
                                     review: review ? pageFindings : nil).document(typesetter: typesetter)
        }
        try Publisher.review(checkDiagnostics + findings + typesetter.diagnostics, strict: options.strictness.strict)
        if let output = options.output {
            try Publisher.write(PrintDocument(combining: documents, titles: selected.map(\.name.value)),
                                to: URL(fileURLWithPath: output), png: options.png)
        } else {
            for (page, document) in zip(selected, documents) {
                try Publisher.write(document, to: URL(fileURLWithPath: "service-\(page.id)\(review ? "-review" : "").pdf"),
                                    png: options.png)
            }
        }
    }
}

struct RenderWorksheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worksheet",
        abstract: "Print a worksheet: a form from Templates/worksheets (or the workshop's worksheets/), or the prioritisation chart.",
        discussion: """
            `prioritisation` is the backlog as a reach × complexity chart; with --blank, meeting 3's \
            homework table (the worksheet `prioritisation-homework`). The other worksheets are forms \
            to fill by hand: think-feel-do (A5), mind-map (A3), challenge-map (A3), \
            prioritisation-homework, and any in the workshop's worksheets/ folder.
            """)

    @Argument(help: ArgumentHelp("The worksheet's id.", valueName: "name"))
    var name: String

    @Flag(help: "For prioritisation: the empty homework table instead of the chart.")
    var blank = false

    @OptionGroup var options: RenderOptions

    func run() throws {
        try Fonts.verify(language: options.language.language)
        let (workshop, checkDiagnostics) = try WorkshopLocation.load(try WorkshopLocation.resolve(options.workshop),
                                                                     strict: options.strictness.strict)
        let typesetter = Typesetter()
        let language = options.language.language
        let document: PrintDocument
        if name == "prioritisation" && !blank {
            document = PrioritisationLayout(workshop: workshop, template: try TemplateLocation.servicePage(), language: language)
                .chart(typesetter: typesetter)
        } else {
            let id = name == "prioritisation" ? "prioritisation-homework" : name
            document = WorksheetLayout(template: try Worksheets.find(id, in: workshop), workshop: workshop, language: language)
                .document(typesetter: typesetter)
        }
        try Publisher.review(checkDiagnostics + typesetter.diagnostics, strict: options.strictness.strict)
        try Publisher.write(document, to: URL(fileURLWithPath: options.output ?? "worksheet-\(name)\(blank ? "-blank" : "").pdf"),
                            png: options.png)
    }
}

/// The worksheets a workshop can print: its own, then Sadna's.
enum Worksheets {
    static func all(for workshop: Workshop) throws -> [WorksheetTemplate] {
        workshop.worksheets(besides: try templates())
    }

    /// Sadna's own, from `Templates/worksheets/`, or their problems printed and a stop.
    static func templates() throws -> [WorksheetTemplate] {
        let (templates, diagnostics) = WorksheetLoader.templates(in: try TemplateLocation.resolve())
        if diagnostics.hasErrors {
            Console.report(diagnostics, summary: true)
            throw InputFailure()
        }
        return templates
    }

    static func find(_ id: String, in workshop: Workshop) throws -> WorksheetTemplate {
        let sheets = try all(for: workshop)
        if let sheet = sheets.first(where: { $0.id == id }) { return sheet }
        let names = ["prioritisation"] + sheets.map(\.id)
        let guess = Suggestion.closest(to: id, among: names).map { " Did you mean `\($0)`?" } ?? ""
        throw ValidationError("no worksheet `\(id)`.\(guess) The worksheets: \(names.joined(separator: ", "))")
    }
}
