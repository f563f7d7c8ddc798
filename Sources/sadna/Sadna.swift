import ArgumentParser
import Foundation
import SadnaKit

/// `sadna`: check a workshop programme's data and print its materials.
@main
struct Sadna: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sadna",
        abstract: "Keep a workshop programme as plain data, check it, and print its materials as PDF.",
        discussion: """
            WORKSHOP is a folder holding workshop.yaml and meetings/. It defaults to the current \
            folder when that holds workshop.yaml, else to the Emek HaMaayanot programme that ships \
            with Sadna.

            Exit status: 0 success, 1 the input has errors (diagnostics are printed), 2 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, RenderCommand.self, KitCommand.self, ImportCommand.self, ExportCommand.self, CalendarCommand.self,
            NewCommand.self, ServeCommand.self, ScanCommand.self,
        ])

    static func main() {
        Interruption.install()
        // The words of diagnostics from the Templates folder this run uses (SADNA_HOME's too).
        if let folder = Resources.templates, let catalogue = MessageCatalogue.load(from: folder) {
            MessageCatalogue.use(catalogue)
        }
        Foundation.exit(run(CommandLine.arguments.dropFirst().map { $0 }))
    }

    /// Runs one command line and returns its exit status. Exit statuses are part of the
    /// command-line contract: usage errors are 2, not ArgumentParser's 64, and input errors are 1.
    /// Errors are said in the language of `--lang`, else the workshop's, else `LANG`'s.
    static func run(_ arguments: [String]) -> Int32 {
        let environment = Console.environment ?? ProcessInfo.processInfo.environment
        var language =
            Console.fixedLanguage ?? MessageLanguage.of(nil, arguments: arguments, environment: environment)
        do {
            var command = try parseAsRoot(arguments)
            language = Console.fixedLanguage ?? MessageLanguage.of(command, arguments: arguments, environment: environment)
            if Console.capture == nil { Interruption.language = language }
            try Console.$language.withValue(language) { try command.run() }
            return 0
        } catch let failure as InputFailure {
            Console.$language.withValue(language) { failure.say() }
            return 1
        } catch let usage as UsageFailure {
            Console.write(DiagnosticFormatter.text(usage.diagnostic, in: language))
            return 2
        } catch {
            // Sadna's own usage errors thrown while the command line is read (`validate()`).
            if let usage = UsageFailure.inside(error) {
                Console.write(DiagnosticFormatter.text(usage.diagnostic, in: language))
                return 2
            }
            let code = exitCode(for: error)
            if code == .validationFailure {
                let usage = UsageFailure(parsing: error, message: message(for: error), fullMessage: fullMessage(for: error))
                Console.write(DiagnosticFormatter.text(usage.diagnostic, in: language))
                return 2
            }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Console.say(message) } else { Console.write(message) }
            }
            return code.rawValue
        }
    }
}

/// The run stops because of the user's input; diagnostics were already printed, or the failure
/// says what stopped it.
struct InputFailure: Error {
    var message: String?
    var diagnostic: Diagnostic?

    init(_ message: String? = nil) {
        self.message = message
    }

    /// A failure said in the reader's language, from the catalogue's words.
    init(_ id: MessageID, _ arguments: MessageArguments) {
        diagnostic = .error(id, arguments, at: nil)
    }

    /// A failure said by a diagnostic made elsewhere (the catalog's refusal).
    init(diagnostic: Diagnostic?) {
        self.diagnostic = diagnostic
    }

    /// A file that could not be written, in the reader's language.
    init(_ failure: OutputError) {
        diagnostic = failure.failure
    }

    func say() {
        if let diagnostic { Console.write(DiagnosticFormatter.text(diagnostic, in: Console.language)) }
        if let message { Console.error(message) }
    }
}
