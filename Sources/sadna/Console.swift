import Foundation
import SadnaKit

/// What the command line says, and where: results to stdout, diagnostics and progress to stderr
/// (or, for a run inside the test suite, to the buffers the test gives).
enum Console {
    /// Captured output of a run in the test suite.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var out = "", err = ""

        func write(_ text: String, error: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if error { err += text } else { out += text }
        }

        var stdout: String { lock.withLock { out } }
        var stderr: String { lock.withLock { err } }
    }

    @TaskLocal static var capture: Capture?

    /// The language diagnostics are said in (``MessageLanguage``).
    @TaskLocal static var language: Language = .en

    /// The environment a run in the test suite stands in for the process's (`LANG`).
    @TaskLocal static var environment: [String: String]?

    /// The language a run in the test suite reads, whatever the command line and workshop say
    /// (most tests read English words); nil lets ``MessageLanguage`` choose as for a person.
    @TaskLocal static var fixedLanguage: Language?

    private static func emit(_ text: String, error: Bool) {
        if let capture {
            capture.write(text, error: error)
        } else {
            (error ? FileHandle.standardError : FileHandle.standardOutput).write(Data(text.utf8))
        }
    }

    static func write(_ text: String) {
        emit(text + "\n", error: true)
    }

    static func error(_ message: String) {
        write("error: \(message)")
    }

    static func say(_ text: String) {
        emit(text + "\n", error: false)
    }

    /// A line of what the run did, in the reader's language (`indented` under the line before).
    static func say(_ id: MessageID, _ arguments: MessageArguments = [:], indented: Bool = false) {
        say((indented ? "  " : "") + words(id, arguments))
    }

    /// The catalogue's words for `id` in the run's language, as a terminal shows them.
    static func words(_ id: MessageID, _ arguments: MessageArguments = [:]) -> String {
        MessageCatalogue.shared.render(id, .message, arguments, in: language, style: .terminal) ?? id.rawValue
    }

    /// Parts of a line that hold commas of their own, joined by the language's semicolon.
    static func joined(_ parts: [MessageArgument]) -> String {
        let shown = parts.map { part in
            switch part {
            case let .phrase(id, arguments): words(id, arguments)
            case let .path(path): MessageCatalogue.isolate(path, language)
            case let .text(text): text
            default: "\(part.plainValue)"
            }
        }
        return shown.joined(separator: language == .ar ? "؛ " : "; ")
    }

    /// Bytes for standard output as they are (`--output -`).
    static func raw(_ text: String) {
        emit(text, error: false)
    }

    /// Prints diagnostics in compilers' form (or JSON) to stderr, followed by a count.
    static func report(_ diagnostics: [Diagnostic], format: DiagnosticFormat = .text, summary: Bool = false) {
        switch format {
        case .text:
            for diagnostic in diagnostics { write(DiagnosticFormatter.text(diagnostic, in: language)) }
            if summary || !diagnostics.isEmpty {
                write(DiagnosticFormatter.summary(diagnostics, in: language))
            }
        case .json:
            say(DiagnosticFormatter.json(diagnostics, in: language))
        }
    }

    /// Whether a terminal is watching stderr (for progress lines).
    static var isInteractive: Bool { capture == nil && isatty(STDERR_FILENO) != 0 }

    /// A line that replaces itself, for long runs on a terminal; nothing when stderr is a file or
    /// a pipe, so logs stay clean.
    static func progress(_ text: String) {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    /// Clears the progress line before anything else is printed.
    static func endProgress() {
        guard isInteractive else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, json
}
