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
        Console.report(outcome.diagnostics, format: format, summary: true)
        if outcome.diagnostics.hasErrors || (strictness.strict && !outcome.diagnostics.isEmpty) {
            throw InputFailure()
        }
        if format == .text, let w = outcome.workshop {
            Console.write("checked \(DisplayPath.of(url)): \(w.meetings.count) meetings, \(w.taskCards.count) task cards, \(w.personas.count) personas, \(w.journeys.count) journeys")
        }
    }
}
