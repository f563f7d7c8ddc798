/// The words a printable prints in one language ("שעה", "עמוד 1 מתוך 2"), read from `Templates/`.
///
/// The loader gives a template's labels only when every language has every key the template
/// declares, so a page never shows a key in place of a word. Asking for a key no template
/// declares is a mistake in Sadna's code, caught by the tests that print every printable in
/// every language.
public struct Labels: Sendable {
    public var language: Language
    private var words: [String: String]

    public init(language: Language, words: [String: String]) {
        self.language = language
        self.words = words
    }

    /// The label for `key` with `{name}` placeholders filled in from `values`.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        assert(words[key] != nil, "no template declares the label `\(key)`")
        var text = words[key] ?? key
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// Whether the labels hold `key`.
    public func has(_ key: String) -> Bool { words[key] != nil }

    /// These labels with `other`'s added on top (a printable's own words over the shared ones).
    public func merging(_ other: Labels) -> Labels {
        Labels(language: language, words: words.merging(other.words) { _, new in new })
    }
}

/// A template's labels in every language Sadna prints.
public struct LabelSet: Sendable {
    private var byLanguage: [Language: Labels]

    /// Only the loader makes one, from labels it checked hold every key in every language.
    init(_ byLanguage: [Language: Labels]) {
        self.byLanguage = byLanguage
    }

    /// The words in `language`.
    public func words(in language: Language) -> Labels {
        byLanguage[language] ?? Labels(language: language, words: [:])
    }

    /// Each language's words with `other`'s on top.
    func merging(_ other: LabelSet) -> LabelSet {
        LabelSet(Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            (language, words(in: language).merging(other.words(in: language)))
        }))
    }
}

/// A text in each language Sadna prints (a worksheet's title, a persona field's name); a
/// template may give one language only.
public struct Words: Sendable, Hashable {
    public var texts: [Language: String]

    public init(_ texts: [Language: String]) {
        self.texts = texts
    }

    /// The same text in every language.
    public init(_ text: String) {
        self.texts = [.he: text]
    }

    /// The text in `language`, else Hebrew, else any.
    public func callAsFunction(_ language: Language) -> String {
        texts[language] ?? texts[.he] ?? Language.allCases.lazy.compactMap { texts[$0] }.first ?? ""
    }
}
