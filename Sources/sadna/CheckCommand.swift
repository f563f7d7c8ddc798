import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a workshop's data and report every problem with its file, line and column.",
        discussion: """
            Everything `render` and `kit` would refuse is reported: the files' syntax and fields, \
            times and dates, references between files, each meeting's print plan, the service pages' \
            plain-language review, Sadna's own templates, and the programme's worksheets laid out as \
            printed (what does not fit is said at its line).
            """)

    @OptionGroup var location: WorkshopArgument

    @OptionGroup var strictness: StrictOption

    @Option(
        name: .customLong("lang"),
        help: "Check as printing in this language: every text kept in several languages but missing in it is reported.")
    var language: Language?

    @Option(help: "How to print the diagnostics: text (compilers' form) or json.")
    var format: DiagnosticFormat = .text

    /// "1 deck (solutions: 17 cards), " — the programme's own decks, when it has any.
    static func decks(_ workshop: Workshop) -> String {
        guard !workshop.decks.isEmpty else { return "" }
        let each = workshop.decks.map { "\($0.id): \($0.cards.count) card\($0.cards.count == 1 ? "" : "s")" }
        return "\(workshop.decks.count) deck\(workshop.decks.count == 1 ? "" : "s") (\(each.joined(separator: ", "))), "
    }

    func run() throws {
        let folder = try Session.folder(location.workshop)
        guard let templatesFolder = Resources.templates else {
            _ = try Session.templates()
            return
        }
        let (templates, templateDiagnostics) = TemplateLoader.load(FolderSource(templatesFolder))
        var diagnostics = templateDiagnostics
        var summary: String?
        if let templates {
            let outcome = WorkshopCheck.run(
                FolderSource(folder), templates: templates, review: Session.review,
                printingIn: language)
            diagnostics += outcome.diagnostics
            if let w = outcome.workshop {
                diagnostics += WorksheetFit.check(w, templates: templates, in: language.map { [$0] } ?? Language.allCases)
                diagnostics += Logo.check(w)
                summary =
                    "checked \(DisplayPath.of(folder)): \(w.meetings.count) meetings, \(w.taskCards.count) task cards, \(Self.decks(w))\(w.personas.count) personas, \(w.journeys.count) journeys, \(w.services.count) service pages, \(w.worksheets.count) worksheets (and \(w.worksheets(besides: templates.worksheets).count - w.worksheets.count) of Sadna's), \(w.participants.count) participants"
            }
        }
        Console.report(diagnostics, format: format, summary: true)
        let counted = diagnostics.filter { $0.severity != .note }
        if counted.hasErrors || templates == nil || (strictness.strict && !counted.isEmpty) {
            throw InputFailure()
        }
        if format == .text, let summary { Console.write(summary) }
    }
}
