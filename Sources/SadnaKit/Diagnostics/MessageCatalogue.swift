import Foundation
import Yams

/// Every diagnostic's words in Hebrew, Arabic and English (`Templates/messages.yaml`), keyed by
/// the message's id: data a council may correct like any other template's words.
///
/// An entry has a `message` and, for a diagnostic, a `hint` (what to do), each in he, ar and en;
/// a `page-hint` replaces the hint on a workbench page where the command line's advice ("add
/// --force") would not help. Placeholders in braces (`{key}`) take the diagnostic's arguments.
public final class MessageCatalogue: Sendable {
    /// The words of one entry: part → language → text.
    struct Entry: Sendable {
        var message: [Language: String]
        var hint: [Language: String]
        var pageHint: [Language: String]
    }

    /// Which of an entry's texts.
    public enum Part: String, Sendable, CaseIterable {
        case message, hint
        case pageHint = "page-hint"
    }

    let entries: [String: Entry]

    init(entries: [String: Entry]) {
        self.entries = entries
    }

    /// The catalogue in `text` (the contents of `messages.yaml`), with the problems found in its
    /// form; an entry that cannot be read is left out.
    public static func parse(_ text: String) -> (catalogue: MessageCatalogue, problems: [String]) {
        var problems: [String] = []
        guard let root = try? Yams.compose(yaml: text), case let .mapping(top) = root else {
            return (MessageCatalogue(entries: [:]), ["the file is not a group of `id:` entries"])
        }
        var entries: [String: Entry] = [:]
        for (key, value) in top {
            guard let id = key.string, case let .mapping(parts) = value else {
                problems.append("\(key.string ?? "?"): not a group of `message:` and `hint:`")
                continue
            }
            var entry = Entry(message: [:], hint: [:], pageHint: [:])
            for (partKey, texts) in parts {
                guard let part = partKey.string.flatMap(Part.init(rawValue:)), case let .mapping(languages) = texts else {
                    problems.append("\(id): unknown part `\(partKey.string ?? "?")`")
                    continue
                }
                var words: [Language: String] = [:]
                for (code, text) in languages {
                    guard let language = code.string.flatMap(Language.init(rawValue:)), let text = text.string else {
                        problems.append("\(id).\(part.rawValue): unknown language `\(code.string ?? "?")`")
                        continue
                    }
                    // A trailing space is meant ("did you mean `x`? " before the hint's words); a block's last newline is not.
                    words[language] = text.hasSuffix("\n") ? String(text.dropLast()) : text
                }
                switch part {
                case .message: entry.message = words
                case .hint: entry.hint = words
                case .pageHint: entry.pageHint = words
                }
            }
            entries[id] = entry
        }
        return (MessageCatalogue(entries: entries), problems)
    }

    /// The catalogue in `folder` (Sadna's `Templates/`), or nil when its file cannot be read.
    public static func load(from folder: URL) -> MessageCatalogue? {
        let url = folder.appendingPathComponent(fileName)
        guard let data = try? Data(contentsOf: url) else { return nil }
        return parse(String(decoding: data, as: UTF8.self)).catalogue
    }

    /// The file's name in `Templates/`.
    public static let fileName = "messages.yaml"

    /// The raw text of `part` of `id` in `language`, placeholders unfilled.
    public func text(_ id: MessageID, _ part: Part, in language: Language) -> String? {
        guard let entry = entries[id.rawValue] else { return nil }
        switch part {
        case .message: return entry.message[language]
        case .hint: return entry.hint[language]
        case .pageHint: return entry.pageHint[language]
        }
    }

    /// `part` of `id` in `language` with `arguments` in its placeholders; nil when the entry has
    /// no such part. A catalogue without the entry (a damaged file) gives the id and arguments,
    /// so that nothing found is ever silently lost.
    public func render(
        _ id: MessageID, _ part: Part, _ arguments: MessageArguments, in language: Language, style: MessageStyle
    ) -> String? {
        guard entries[id.rawValue] != nil else {
            guard part == .message else { return nil }
            let values = arguments.sorted { $0.key < $1.key }.map { "\($0.key): \(show($0.value, language, style))" }
            return ([id.rawValue] + values).joined(separator: "; ")
        }
        guard let template = text(id, part, in: language) else { return nil }
        return fill(template, arguments, language, style)
    }

    /// `template` with each `{name}` replaced by its argument; a name without an argument stays.
    func fill(_ template: String, _ arguments: MessageArguments, _ language: Language, _ style: MessageStyle) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let argument = arguments[name] {
                out += show(argument, language, style)
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// One argument as it reads inside a sentence in `language`.
    func show(_ argument: MessageArgument, _ language: Language, _ style: MessageStyle) -> String {
        switch argument {
        case let .text(s): return s
        case let .number(n): return Self.isolate(String(n), language)
        case let .value(s), let .path(s), let .name(s): return Self.isolate(s, language)
        case let .key(key):
            if style.isPage {
                let label = style.fieldLabel(key, language) ?? entries["label.\(key)"]?.message[language]
                return label.map { Self.quote($0, language) } ?? Self.isolate(key, language)
            }
            return Self.isolate("`\(key)`", language)
        case let .code(s): return Self.isolate(style.isPage ? s : "`\(s)`", language)
        case let .quoted(s): return Self.quote(s, language)
        case let .language(named):
            return render(MessageID.languageName(named), .message, [:], in: language, style: style) ?? named.code
        case let .weekday(day): return language.name(of: day)
        case let .phrase(id, arguments): return render(id, .message, arguments, in: language, style: style) ?? id.rawValue
        case let .list(items):
            return items.map { show($0, language, style) }.joined(separator: language == .ar ? "، " : ", ")
        }
    }

    /// `text` set apart from the sentence around it (first-strong isolate … pop directional
    /// isolate), so that a number or a Latin path keeps its place in a right-to-left line.
    public static func isolate(_ text: String, _ language: Language) -> String {
        language.isRightToLeft ? "\u{2068}\(text)\u{2069}" : text
    }

    /// What a person wrote, between the language's quotation marks and isolated inside them.
    static func quote(_ text: String, _ language: Language) -> String {
        switch language {
        case .he: "\"\(isolate(text, language))\""
        case .ar: "«\(isolate(text, language))»"
        case .en: "\"\(text)\""
        }
    }

    // MARK: - The catalogue a run uses

    private final class Current: @unchecked Sendable {
        let lock = NSLock()
        var catalogue: MessageCatalogue?
    }
    private static let current = Current()

    /// The catalogue diagnostics are rendered from: the one a front-end gave with ``use(_:)``
    /// (from the Templates folder it found), else Sadna's own, found beside the program or its
    /// sources.
    public static var shared: MessageCatalogue {
        current.lock.withLock {
            if let catalogue = current.catalogue { return catalogue }
            let found = defaultFolders().lazy.compactMap(load(from:)).first ?? MessageCatalogue(entries: [:])
            current.catalogue = found
            return found
        }
    }

    /// Renders every diagnostic from now on with `catalogue`.
    public static func use(_ catalogue: MessageCatalogue) {
        current.lock.withLock { current.catalogue = catalogue }
    }

    /// Where Sadna's own `Templates/` may be: above the program (a build in the repository),
    /// `share/sadna` beside it (an installed one), and the repository these sources are in.
    private static func defaultFolders() -> [URL] {
        var folders: [URL] = []
        let program = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = program.deletingLastPathComponent()
        folders.append(folder.deletingLastPathComponent().appendingPathComponent("share/sadna/Templates"))
        for _ in 0..<6 {
            folders.append(folder.appendingPathComponent("Templates"))
            folder.deleteLastPathComponent()
        }
        let sources = URL(fileURLWithPath: #filePath)
        folders.append(
            sources.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Templates"))
        return folders
    }
}
