/// The keys of one template's words: an enum per template file, so that a misspelt key does not
/// compile and the loader knows every key the file must give (``TemplateLoader``).
public protocol LabelKey: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// The printables the file names, keyed by their kind (`name-stickers: מדבקות שם`): a kind's
    /// one name, for the kit's print list and for the PDF's title.
    static var printables: [PrintableKind] { get }
}

/// The keys of a printable's own template, whose words come on top of the shared ones
/// (``SharedLabel``), so that its labels answer both.
public protocol TemplateLabelKey: LabelKey {}

extension LabelKey {
    /// Every key the file must give in every language.
    static var required: [String] {
        var keys = allCases.map(\.rawValue)
        for kind in printables where !keys.contains(kind.rawValue) { keys.append(kind.rawValue) }
        return keys
    }
}

/// The words a printable prints in one language ("שעה", "עמוד 1 מתוך 2"), read from `Templates/`.
///
/// The loader gives a template's labels only when every language has every key its ``LabelKey``
/// declares, so a page never shows a key in place of a word.
public struct Labels<Key: LabelKey>: Sendable {
    public var language: Language
    private var words: [String: String]

    init(language: Language, words: [String: String]) {
        self.language = language
        self.words = words
    }

    /// The label for `key` with `{name}` placeholders filled in from `values`.
    public func callAsFunction(_ key: Key, _ values: [String: String] = [:]) -> String {
        text(key.rawValue, values)
    }

    /// A shared word ("עמוד 1 מתוך 2") where the key type cannot say it (code for any template).
    public func shared(_ key: SharedLabel, _ values: [String: String] = [:]) -> String {
        text(key.rawValue, values)
    }

    /// The name of `kind`, one of the printables this file names.
    public func name(of kind: PrintableKind) -> String {
        assert(Key.printables.contains(kind), "\(Key.self) does not name \(kind)")
        return text(kind.rawValue)
    }

    fileprivate func text(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = words[key] ?? key
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// Whether the labels hold `key`.
    func has(_ key: String) -> Bool { words[key] != nil }

    /// These words with `other`'s on top (a printable's own words over the shared ones).
    func merging<Other>(_ other: Labels<Other>) -> Labels<Other> {
        Labels<Other>(language: language, words: words.merging(other.words) { _, new in new })
    }
}

extension Labels where Key: TemplateLabelKey {
    /// A word every printable shares ("עמוד {page} מתוך {pages}").
    public func callAsFunction(_ key: SharedLabel, _ values: [String: String] = [:]) -> String {
        shared(key, values)
    }
}

/// A template's labels in every language Sadna prints.
public struct LabelSet<Key: LabelKey>: Sendable {
    private var byLanguage: [Language: Labels<Key>]

    /// Only the loader makes one, from labels it checked hold every key in every language.
    init(_ byLanguage: [Language: Labels<Key>]) {
        self.byLanguage = byLanguage
    }

    /// The words in `language`.
    public func words(in language: Language) -> Labels<Key> {
        byLanguage[language] ?? Labels(language: language, words: [:])
    }

    /// `kind`'s name in `language`, when this file names it.
    func name(of kind: PrintableKind, in language: Language) -> String? {
        Key.printables.contains(kind) ? words(in: language).name(of: kind) : nil
    }

    /// Each language's `other` words over these (a template's own over the shared ones).
    func under<Other>(_ other: LabelSet<Other>) -> LabelSet<Other> {
        LabelSet<Other>(
            Dictionary(
                uniqueKeysWithValues: Language.allCases.map { language in
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
        self.language(language).flatMap { texts[$0] } ?? ""
    }

    /// The language ``callAsFunction(_:)`` takes the text in for `wanted`; nil when there is none.
    public func language(_ wanted: Language) -> Language? {
        texts[wanted] != nil ? wanted : texts[.he] != nil ? .he : Language.allCases.first { texts[$0] != nil }
    }
}

/// A key given as text: the workbench's own words (`web/labels.yaml`), which its page templates
/// name by key, and whose list of keys the workbench gives the loader.
public struct TextLabel: LabelKey, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    /// The keys are the caller's list, not a declaration.
    public static var allCases: [TextLabel] { [] }
    public static var printables: [PrintableKind] { [] }
}

extension Labels where Key == TextLabel {
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        text(key, values)
    }
}
