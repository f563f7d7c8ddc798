import Foundation

/// Turns diagnostics into what a person (text) or another tool (JSON) reads, in the reader's
/// language. The severity stays `error:` / `warning:` / `note:` in every language, as compilers
/// write it, so that editors and scripts find it; the words after it are the reader's.
public enum DiagnosticFormatter {
    /// `path:line:col: error: message`, then `    hint: ...` when there is a hint, in English.
    public static func text(_ diagnostic: Diagnostic) -> String { text(diagnostic, in: .en) }

    /// `path:line:col: error: message`, then `    hint: ...` when there is a hint.
    public static func text(_ diagnostic: Diagnostic, in language: Language) -> String {
        var out = ""
        if let location = diagnostic.location {
            out += "\(location): "
        }
        out += "\(diagnostic.severity.rawValue): \(diagnostic.message(in: language))"
        if let hint = diagnostic.hint(in: language) {
            out += "\n    hint: \(hint)"
        }
        return out
    }

    /// A closing line such as "2 errors, 1 warning" (in `language`: "שתי שגיאות, אזהרה אחת"), or
    /// "no errors, no warnings". Each language's plural forms are entries of their own: Hebrew's
    /// two ("שתי"), Arabic's two (the dual), three to ten, and eleven and more.
    public static func summary(_ diagnostics: [Diagnostic], in language: Language = .en) -> String {
        let catalogue = MessageCatalogue.shared
        func count(_ n: Int, _ forms: [MessageID]) -> String {
            let form =
                switch n {
                case 0: forms[0]
                case 1: forms[1]
                case 2: forms[2]
                case 3...10: forms[3]
                default: forms[4]
                }
            return catalogue.render(form, .message, ["count": .number(n)], in: language, style: .terminal) ?? "\(n)"
        }
        let separator = language == .ar ? "، " : ", "
        return count(
            diagnostics.errorCount,
            [
                .phraseSummaryNoErrors, .phraseSummaryErrorOne, .phraseSummaryErrorsTwo, .phraseSummaryErrors,
                .phraseSummaryErrorsMany,
            ])
            + separator
            + count(
                diagnostics.warningCount,
                [
                    .phraseSummaryNoWarnings, .phraseSummaryWarningOne, .phraseSummaryWarningsTwo, .phraseSummaryWarnings,
                    .phraseSummaryWarningsMany,
                ])
    }

    /// The same diagnostics as JSON: `{"diagnostics": [...], "errors": n, "warnings": n}`, each
    /// with its rule, message id, place, arguments, and words in `language`.
    public static func json(_ diagnostics: [Diagnostic], in language: Language = .en) -> String {
        struct Entry: Encodable {
            var severity: String
            var file: String?
            var line: Int?
            var column: Int?
            var message: String
            var hint: String?
            var rule: String
            var id: String?
            var arguments: [String: MessageArgument.PlainValue]
            var language: String
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
                    column: $0.location?.column, message: $0.message(in: language), hint: $0.hint(in: language),
                    rule: $0.rule, id: $0.id?.rawValue, arguments: $0.arguments.mapValues(\.plainValue),
                    language: language.code)
            },
            errors: diagnostics.errorCount,
            warnings: diagnostics.warningCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
