/// One value a diagnostic's words take (`{key}`, `{value}`), typed so that each is shown as it
/// should be in every language: a number, a path or a person's words isolated from the sentence
/// around it (so a Hebrew line keeps "3" and "meetings/03.yaml" in place), a key as a command
/// line names it or as a page labels it, a language by its name in the reader's language.
public indirect enum MessageArgument: Hashable, Sendable, Codable {
    /// Words that read in any language as they are (a name Sadna chose, an id).
    case text(String)
    /// A whole number.
    case number(Int)
    /// A number-like value: a time ("09:30"), a date, a size ("3.5").
    case value(String)
    /// A file or folder's path.
    case path(String)
    /// A field of a file (`title`): a YAML key on the command line, its label on a page.
    case key(String)
    /// What a person wrote, shown between quotes.
    case quoted(String)
    /// A person's or a column's name, as it is written, without quotes.
    case name(String)
    /// Something to type as it is (`#2E7D32`, `per-participant`, a command).
    case code(String)
    /// A language, named in the reader's language ("עברית", "Arabic").
    case language(Language)
    /// A day of the week, named in the reader's language ("יום רביעי", "Wednesday").
    case weekday(Weekday)
    /// Words of the catalogue's own (a `phrase.…` entry), in the reader's language.
    case phrase(MessageID, [String: MessageArgument] = [:])
    /// Several values, joined as the language joins a list.
    case list([MessageArgument])

    /// The value as `--format json` gives it: numbers as numbers, lists as lists, the rest as text.
    public var plainValue: PlainValue {
        switch self {
        case let .number(n): .number(n)
        case let .list(items): .list(items.map(\.plainValue))
        case let .language(language): .text(language.code)
        case let .weekday(day): .text(Language.en.name(of: day))
        case let .phrase(id, _): .text(id.rawValue)
        case let .text(s), let .value(s), let .path(s), let .key(s), let .quoted(s), let .name(s), let .code(s): .text(s)
        }
    }

    /// An argument's value as plain data.
    public enum PlainValue: Hashable, Sendable, Encodable {
        case text(String)
        case number(Int)
        case list([PlainValue])

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .text(s): try container.encode(s)
            case let .number(n): try container.encode(n)
            case let .list(items): try container.encode(items)
            }
        }
    }
}

extension Weekday: Codable {}

/// A diagnostic's arguments by name, as its catalogue entry's placeholders name them.
public typealias MessageArguments = [String: MessageArgument]
