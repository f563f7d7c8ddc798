import Foundation

/// Turns diagnostics into what a person (text) or another tool (JSON) reads.
public enum DiagnosticFormatter {
    /// `path:line:col: error: message`, then `    hint: ...` when there is a hint.
    public static func text(_ diagnostic: Diagnostic) -> String {
        var out = ""
        if let location = diagnostic.location {
            out += "\(location): "
        }
        out += "\(diagnostic.severity.rawValue): \(diagnostic.message)"
        if let hint = diagnostic.hint {
            out += "\n    hint: \(hint)"
        }
        return out
    }

    /// A closing line such as "2 errors, 1 warning".
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(count(errors, "error")), \(count(warnings, "warning"))"
    }

    /// The same diagnostics as JSON: `{"diagnostics": [...], "errors": n, "warnings": n}`.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Entry: Encodable {
            var severity: String
            var file: String?
            var line: Int?
            var column: Int?
            var message: String
            var hint: String?
            var rule: String
        }
        struct Report: Encodable {
            var diagnostics: [Entry]
            var errors: Int
            var warnings: Int
        }
        let report = Report(
            diagnostics: diagnostics.map {
                Entry(
                    severity: $0.severity.rawValue, file: $0.location?.file, line: $0.location?.line,
                    column: $0.location?.column, message: $0.message, hint: $0.hint, rule: $0.rule)
            },
            errors: diagnostics.errorCount,
            warnings: diagnostics.warningCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
