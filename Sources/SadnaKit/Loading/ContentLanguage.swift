import Yams

/// Content kept in more than one language: any text value may be written
/// `{he: …, ar: …, en: …}`, and a workshop that keeps its content so lists the languages in
/// `workshop.yaml` (`languages: [he, ar]`, its main language first). Loading picks one language
/// for the whole run — the one a command prints in (`--lang`) when the workshop keeps it, else
/// the main one — and a text missing in it falls back to the main language, visibly: a warning
/// at the text, which `sadna check --lang ar` lists before anything is printed.
public struct ContentLanguage: Sendable {
    /// The language texts are taken in.
    public var wanted: Language
    /// The language a text missing in `wanted` is taken in (the workshop's main one).
    public var fallback: Language
    /// The languages the workshop declares (`language` and `languages`); a text in another is
    /// reported, since nothing would ever print it. Nil when the run does not know them.
    public var kept: [Language]?

    public init(wanted: Language, fallback: Language, kept: [Language]? = nil) {
        self.wanted = wanted
        self.fallback = fallback
        self.kept = kept
    }

    /// A text kept in several languages lacks the one printed: its `shown` words are printed.
    static func missing(_ wanted: Language, shown: Language, what: String, at location: SourceLocation) -> Diagnostic {
        .warning(
            .contentTranslation,
            [
                "what": .text(what), "wanted": .language(wanted), "code": .code(wanted.code + ":"),
                "shown": .language(shown), "add": .code(wanted.code + ": …"), "beside": .code(shown.code + ": …"),
            ],
            at: location)
    }

    /// A text in `language`, which the workshop does not declare.
    static func undeclared(_ language: Language, at location: SourceLocation) -> Diagnostic {
        .warning(
            .contentUndeclaredLanguage,
            ["language": .language(language), "code": .code(language.code), "languages": .key("languages")],
            at: location)
    }

    /// The choice for the load under way; nil takes a bilingual text's main language, silently.
    @TaskLocal public static var current: ContentLanguage?

    /// Whether every key of `mapping` is a language code: a text in several languages.
    static func isTranslations(_ mapping: Node.Mapping) -> Bool {
        !mapping.isEmpty && mapping.allSatisfy { pair in pair.key.string.flatMap(Language.init(rawValue:)) != nil }
    }

    /// The text of a `{he: …, ar: …}` value for this run, and the language it was taken in.
    static func pick(_ mapping: Node.Mapping) -> (node: Node, language: Language)? {
        let texts = mapping.compactMap { pair -> (Language, Node)? in
            guard let language = pair.key.string.flatMap(Language.init(rawValue:)) else { return nil }
            if case let .scalar(scalar) = pair.value, scalar.style == .plain, NodeReader.isNullLiteral(scalar.string) {
                return nil
            }
            return (language, pair.value)
        }
        let choice = current
        for language in [choice?.wanted, choice?.fallback].compactMap({ $0 }) {
            if let found = texts.first(where: { $0.0 == language }) { return (found.1, found.0) }
        }
        return texts.first.map { ($0.1, $0.0) }
    }

    /// The content language of a workshop whose `workshop.yaml` root is `root`, for a run that
    /// prints in `page`: `page` when the workshop keeps its content in it, else its main language.
    public static func choice(for root: Node?, printingIn page: Language) -> ContentLanguage? {
        guard case let .mapping(mapping)? = root else { return nil }
        func scalar(_ key: String) -> String? { mapping.first { $0.key.string == key }?.value.string }
        let main = scalar("language").flatMap(Language.init(rawValue:)) ?? .he
        var kept: [Language] = [main]
        if case let .sequence(list)? = mapping.first(where: { $0.key.string == "languages" })?.value {
            kept += list.compactMap { $0.string.flatMap(Language.init(rawValue:)) }
        }
        return ContentLanguage(wanted: kept.contains(page) ? page : main, fallback: main, kept: kept)
    }
}
