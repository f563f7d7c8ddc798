import Foundation
import Yams

/// One YAML file of a workshop, parsed into a tree of nodes that remember their line and column.
///
/// Parsing never throws at the caller: problems (an unreadable file, bad UTF-8, YAML syntax,
/// a key given twice) become located diagnostics.
public struct YAMLFile {
    /// The path shown in diagnostics.
    public let path: String
    /// The document's root, or nil when the file is empty or could not be parsed.
    public let root: Node?

    /// The file's text as read (for pointing a finding at a word inside a value).
    public var text: String = ""

    /// Reads and parses `path` of `source`; problems become diagnostics at the file's display path.
    public static func load(_ path: String, from source: any FileSource, into diagnostics: inout [Diagnostic]) -> YAMLFile? {
        let displayPath = source.displayPath(path)
        let data: Data
        do {
            data = try source.read(path, limit: Limits.yamlFileBytes)
        } catch {
            diagnostics.append(.error("cannot read the file: \(error)", at: .startOf(displayPath), hint: error.hint,
                                      rule: "file.unreadable"))
            return nil
        }
        guard let text = Self.decodeUTF8(data) else {
            diagnostics.append(.error("the file is not UTF-8 text", at: .startOf(displayPath),
                                      hint: "save it again as UTF-8 (in most editors: Save As… → Encoding: UTF-8)",
                                      rule: "file.encoding"))
            return nil
        }
        return parse(text, path: displayPath, into: &diagnostics)
    }

    /// Reads and parses the file at `url`, naming it `displayPath` in diagnostics.
    public static func load(_ url: URL, displayPath: String, into diagnostics: inout [Diagnostic]) -> YAMLFile? {
        let folder = FolderSource(url.deletingLastPathComponent())
        return load(url.lastPathComponent, from: folder, into: &diagnostics)
    }

    /// Parses YAML text that came from `path`.
    public static func parse(_ text: String, path: String, into diagnostics: inout [Diagnostic]) -> YAMLFile? {
        do {
            let root = try Yams.compose(yaml: text)
            return YAMLFile(path: path, root: root, text: text)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, path: path))
            return nil
        } catch {
            diagnostics.append(.error("the file could not be read as YAML", at: .startOf(path), rule: "yaml.syntax"))
            return nil
        }
    }

    /// UTF-8 with or without a byte-order mark.
    private static func decodeUTF8(_ data: Data) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return String(data: bytes, encoding: .utf8)
    }

    /// libyaml's problems, said in plain words where we know a common cause.
    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: path, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let (message, hint) = plainWords(problem: problem, context: context?.text)
            return .error(message, at: at(mark), hint: hint, rule: "yaml.syntax")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return .error("the key \(keys) is given twice in the same group", at: at(context.mark),
                          hint: "keep one of them; a second value would silently replace the first",
                          rule: "yaml.duplicate-key")
        case let .reader(problem, _, _, _):
            return .error("the file could not be read: \(problem)", at: .startOf(path),
                          hint: "save it again as UTF-8 text", rule: "file.encoding")
        default:
            return .error("the file could not be read as YAML", at: .startOf(path), rule: "yaml.syntax")
        }
    }

    private static func plainWords(problem: String, context: String?) -> (String, String?) {
        switch problem {
        case "mapping values are not allowed in this context":
            return ("a `:` where YAML does not expect one",
                    "a text that contains `: ` must be put in quotes, e.g. content: \"שעה: 9:00\"")
        case "did not find expected key":
            return ("this line is not indented like the keys around it",
                    "keys of the same group start in the same column; use spaces, not tabs")
        case "found character that cannot start any token":
            return ("a character that cannot start a YAML value (often a tab used for indentation)",
                    "indent with spaces, and put texts starting with `@`, `%` or a backquote in quotes")
        case "found unexpected end of stream":
            return ("the file ends inside an unfinished value",
                    "check for a quote that was opened and never closed")
        case "did not find expected '-' indicator":
            return ("a list item is not indented like the items before it",
                    "start every item of a list with `- ` in the same column")
        case "block sequence entries are not allowed in this context":
            return ("a list item `- ` where YAML does not expect one",
                    "put the list on the lines after its key, indented, e.g.\n      needs:\n        - טושים")
        case "found a tab character that violates indentation":
            return ("a tab is used for indentation", "indent with spaces only")
        default:
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context))" }
            return (message, nil)
        }
    }
}
