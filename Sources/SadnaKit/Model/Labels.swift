/// The words a printable prints in one language ("שעה", "עמוד 1 מתוך 2"), read from `Templates/`.
public struct Labels: Sendable {
    public var language: String
    private var words: [String: String]

    public init(language: String, words: [String: String]) {
        self.language = language
        self.words = words
    }

    /// The label for `key` with `{name}` placeholders filled in from `values`.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = words[key] ?? key
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// These labels with `other`'s added on top (a printable's own words over the shared ones).
    public func merging(_ other: Labels) -> Labels {
        Labels(language: language, words: words.merging(other.words) { _, new in new })
    }

    /// The languages Sadna prints.
    public static let languages = ["he", "ar", "en"]
}

extension Dictionary where Key == String, Value == Labels {
    /// A template's words in `language`, else in Hebrew, which every template has (the loader
    /// requires every language Sadna prints).
    public func words(in language: String) -> Labels {
        self[language] ?? self["he"]!
    }
}
