import Foundation
import SadnaKit

/// What the command line says, and where: results to stdout, diagnostics and progress to stderr.
enum Console {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func error(_ message: String) {
        write("error: \(message)")
    }

    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Prints diagnostics in compilers' form (or JSON) to stderr, followed by a count.
    static func report(_ diagnostics: [Diagnostic], format: DiagnosticFormat = .text, summary: Bool = false) {
        switch format {
        case .text:
            for diagnostic in diagnostics { write(DiagnosticFormatter.text(diagnostic)) }
            if summary || !diagnostics.isEmpty {
                write(DiagnosticFormatter.summary(diagnostics))
            }
        case .json:
            say(DiagnosticFormatter.json(diagnostics))
        }
    }

    /// Whether a terminal is watching stderr (for progress lines).
    static var isInteractive: Bool { isatty(STDERR_FILENO) != 0 }

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
