import ArgumentParser
import Foundation
import SadnaKit

extension ExportServicePage.Format: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write data in a form other tools take.",
        subcommands: [ExportServicePage.self])
}

struct ExportServicePage: ParsableCommand {
    enum Format: String, CaseIterable {
        case md, html
    }

    static let configuration = CommandConfiguration(
        commandName: "service-page",
        abstract: "Write a service page as Markdown, or as standalone HTML ready for the website's editor.",
        discussion: """
            HTML pages are `lang="he" dir="rtl"`, with one h1, headings in order, lists, links and \
            accessible contrast. The writing workshop's findings on the page are printed as warnings.
            """)

    @Argument(help: ArgumentHelp("The service page, by id (services/ID.yaml) or by its file.", valueName: "id|file"))
    var page: String

    @Option(help: "md (Markdown) or html.")
    var format: Format

    @OptionGroup var location: WorkshopOption

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Where to write it (default: ID.md or ID.html here; - for standard output).",
            valueName: "file"))
    var output: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        var workshopPath = location.workshop
        var id = page
        if page.hasSuffix(".yaml") {
            let url = Paths.url(page)
            id = url.deletingPathExtension().lastPathComponent
            if workshopPath == nil { workshopPath = url.deletingLastPathComponent().deletingLastPathComponent().path }
        }
        let session = try Session(workshop: workshopPath, strict: false, review: true, language: language.language)
        let chosen = try Selection.pick([id], .servicePages, in: session)[0]
        guard let service = session.workshop.service(named: chosen) else { return }
        let warnings = session.diagnostics.filter { $0.location?.file == service.location.file && $0.severity != .note }
        if !warnings.isEmpty { Console.report(warnings) }
        let labels = session.templates.servicePage.labels.words(in: language.language)
        let export = ServicePageExport(page: service, labels: labels)
        let text = format == .md ? export.markdown : export.html
        if output == "-" {
            Console.raw(text)
            return
        }
        let target = Paths.url(output ?? "\(service.id).\(format.rawValue)")
        try OutputGuard.check(target, kind: format == .md ? .markdown : .html, workshop: session.folder)
        do {
            try AtomicFile.write(Data(text.utf8), to: target)
        } catch {
            throw InputFailure(error)
        }
        Console.say(.phraseRunWrote, ["path": .path(DisplayPath.of(target))])
    }
}
