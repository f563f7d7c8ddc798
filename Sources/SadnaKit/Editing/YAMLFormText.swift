/// A YAML value as the text a person reads and types: a form's input, a list's lines.
extension YAMLValue {
    /// A scalar as the text a form's input shows; nothing for a list or a mapping.
    public var formText: String {
        switch self {
        case let .string(text): text
        case let .int(number): String(number)
        case let .double(number): String(number)
        case let .bool(flag): flag ? "true" : "false"
        case let .mapping(entries): Self.isTranslations(entries) ? entries[0].value.formText : ""
        case .null, .sequence: ""
        }
    }

    /// `{he: …, ar: …}`: a text kept in several languages, its main one first.
    public static func isTranslations(_ entries: [Entry]) -> Bool {
        !entries.isEmpty && entries.allSatisfy { Language(rawValue: $0.key) != nil }
    }

    /// A list as its texts, one per item; a lone scalar as a list of one.
    public var formLines: [String] {
        switch self {
        case let .sequence(items): items.map(\.formText).filter { !$0.isEmpty }
        case .null: []
        default: formText.isEmpty ? [] : [formText]
        }
    }
}
