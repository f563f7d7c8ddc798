/// One problem found in a workshop's data or while laying out a printable.
///
/// Printed in compilers' form, `path:line:col: error: message`, followed by a hint line when a fix
/// is known, so that editors can jump to it and users can act on it.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// What to do about it, in plain words ("did you mean `stages`?").
    public var hint: String?
    /// A stable name for the rule that found it (`agenda.time-order`), for `--format json` and tests.
    public var rule: String

    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation?,
        hint: String? = nil, rule: String
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.hint = hint
        self.rule = rule
    }

    /// An error always says what to do about it: `hint` is required.
    public static func error(
        _ message: String, at location: SourceLocation?, hint: String,
        rule: String
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, hint: hint, rule: rule)
    }

    public static func warning(
        _ message: String, at location: SourceLocation?, hint: String,
        rule: String
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location, hint: hint, rule: rule)
    }

    public static func note(
        _ message: String, at location: SourceLocation?, hint: String? = nil,
        rule: String
    ) -> Diagnostic {
        Diagnostic(.note, message, at: location, hint: hint, rule: rule)
    }
}

/// A diagnostic can be the failure of a step that reads one value (see `PersonaValues`).
extension Diagnostic: Error {}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }

    /// In file order, then line and column, so a user can work down the list.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            switch (la, lb) {
            case let (x?, y?):
                if x.file != y.file { return x.file < y.file }
                if x.line != y.line { return x.line < y.line }
                if x.column != y.column { return x.column < y.column }
                return a.offset < b.offset
            case (nil, _?): return true
            case (_?, nil): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}
