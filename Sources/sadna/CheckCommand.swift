import ArgumentParser
import Foundation
import SadnaKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a workshop's data and report every problem with its file, line and column.")

    @Argument(help: "The workshop folder (default: the current folder, else the programme shipped with Sadna).")
    var workshop: String?

    @OptionGroup var strictness: StrictOption

    @Option(help: "How to print the diagnostics: text (compilers' form) or json.")
    var format: DiagnosticFormat = .text

    func run() throws {
        let url = try WorkshopLocation.resolve(workshop)
        let outcome = WorkshopCheck.run(url, templates: Resources.templates)
        var diagnostics = outcome.diagnostics
        if let workshop = outcome.workshop {
            diagnostics = (diagnostics + (try ServiceReview.lint(workshop))).sortedByLocation()
        }
        Console.report(diagnostics, format: format, summary: true)
        let counted = diagnostics.filter { $0.severity != .note }
        if counted.hasErrors || (strictness.strict && !counted.isEmpty) {
            throw InputFailure()
        }
        if format == .text, let w = outcome.workshop {
            Console.write("checked \(DisplayPath.of(url)): \(w.meetings.count) meetings, \(w.taskCards.count) task cards, \(w.personas.count) personas, \(w.journeys.count) journeys")
        }
    }
}
