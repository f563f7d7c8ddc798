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
    public var location: SourceLocation?
    /// A stable name for the rule that found it (`agenda.time-order`), for `--format json` and tests.
    public var rule: String
    /// Which words say it (`yaml.type/list`): an entry of `Templates/messages.yaml`. Nil only for
    /// a diagnostic made with English words of its own (the older API, until it is converted).
    public var id: MessageID?
    /// The values its words take, by placeholder name.
    public var arguments: MessageArguments
    /// English words given directly (the older API).
    private var fixedMessage: String?
    private var fixedHint: String?

    /// A diagnostic whose words are the catalogue's entry `id`, filled with `arguments`.
    public init(_ severity: Severity, _ id: MessageID, _ arguments: MessageArguments = [:], at location: SourceLocation?) {
        self.severity = severity
        self.id = id
        self.arguments = arguments
        self.location = location
        self.rule = id.rule
    }

    /// A diagnostic in English words only: new code says its words in `Templates/messages.yaml`.
    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation?,
        hint: String? = nil, rule: String
    ) {
        self.severity = severity
        self.fixedMessage = message
        self.location = location
        self.fixedHint = hint
        self.rule = rule
        self.arguments = [:]
    }

    public static func error(_ id: MessageID, _ arguments: MessageArguments = [:], at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, id, arguments, at: location)
    }

    public static func warning(_ id: MessageID, _ arguments: MessageArguments = [:], at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, id, arguments, at: location)
    }

    public static func note(_ id: MessageID, _ arguments: MessageArguments = [:], at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, id, arguments, at: location)
    }

    /// What is wrong, in `language`, as `style` shows it.
    public func message(
        in language: Language, style: MessageStyle = .terminal, catalogue: MessageCatalogue = .shared
    ) -> String {
        guard let id else { return fixedMessage ?? "" }
        return catalogue.render(id, .message, arguments, in: language, style: style) ?? id.rawValue
    }

    /// What to do about it, in `language`; on a page, the entry's page hint where it has one.
    public func hint(
        in language: Language, style: MessageStyle = .terminal, catalogue: MessageCatalogue = .shared
    ) -> String? {
        guard let id else { return fixedHint }
        if style.isPage, let words = catalogue.render(id, .pageHint, arguments, in: language, style: style) {
            return words
        }
        return catalogue.render(id, .hint, arguments, in: language, style: style)
    }

    /// The words in English, as the command line shows them.
    public var message: String { message(in: .en) }
    /// What to do about it in English, as the command line shows it.
    public var hint: String? { hint(in: .en) }
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
