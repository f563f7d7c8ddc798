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
        abstract: "Print a worksheet: `prioritisation` (the backlog as a reach × complexity chart, or with --blank meeting 3's homework table).")

    @Argument(help: ArgumentHelp("The worksheet: prioritisation.", valueName: "name"))
    var name: String

    @Flag(help: "The worksheet empty, for filling by hand.")
    var blank = false

    @OptionGroup var options: RenderOptions

    static let names = ["prioritisation"]

    func validate() throws {
        guard Self.names.contains(name) else {
            let guess = Suggestion.closest(to: name, among: Self.names).map { " Did you mean `\($0)`?" } ?? ""
            throw ValidationError("no worksheet `\(name)`.\(guess) The worksheets: \(Self.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        try Fonts.verify(language: options.language.language)
        let (workshop, checkDiagnostics) = try WorkshopLocation.load(try WorkshopLocation.resolve(options.workshop),
                                                                     strict: options.strictness.strict)
        let template = try TemplateLocation.servicePage()
        let typesetter = Typesetter()
        let layout = PrioritisationLayout(workshop: workshop, template: template, language: options.language.language)
        let document = blank ? layout.homework(typesetter: typesetter) : layout.chart(typesetter: typesetter)
        try Publisher.review(checkDiagnostics + typesetter.diagnostics, strict: options.strictness.strict)
        try Publisher.write(document, to: URL(fileURLWithPath: options.output ?? "worksheet-\(name)\(blank ? "-blank" : "").pdf"),
                            png: options.png)
    }
}
