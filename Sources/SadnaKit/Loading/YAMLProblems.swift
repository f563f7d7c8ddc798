import Yams

/// libyaml's messages in plain words, each with the fix a person can make. Every problem libyaml
/// reports is named here; one it has never been seen to report still gets a located message
/// and a general hint.
enum YAMLProblems {
    static func diagnostic(for error: YamlError, text: String, path: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: path, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let (message, hint) = plainWords(problem: problem, context: context?.text)
            return .error(message, at: at(mark), hint: hint, rule: "yaml.syntax")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return .error(
                "the key \(keys) is given twice in the same group", at: at(context.mark),
                hint: "keep one of them; a second value would silently replace the first",
                rule: "yaml.duplicate-key")
        case let .reader(problem, offset, _, yaml):
            return .error(
                "the file could not be read: \(problem)", at: location(ofUTF8Offset: offset, in: yaml, path: path),
                hint: "save it again as UTF-8 text, and delete any invisible character at this place",
                rule: "file.encoding")
        case .memory:
            return .error(
                "the file is too large to read", at: .startOf(path), hint: "split it into smaller files", rule: "yaml.too-large")
        default:
            return .error(
                "the file could not be read as YAML", at: .startOf(path),
                hint: "check the file's indentation and quotes, or start again from `sadna new`", rule: "yaml.syntax")
        }
    }

    /// The line and column of a byte offset into `text`.
    static func location(ofUTF8Offset offset: Int?, in text: String, path: String) -> SourceLocation {
        guard let offset else { return .startOf(path) }
        var line = 1, column = 1, bytes = 0
        for scalar in text.unicodeScalars {
            if bytes >= offset { break }
            bytes += String(scalar).utf8.count
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: path, line: line, column: column)
    }

    static let quoting =
        "put a text that holds `:`, `#`, `[`, `{` or starts with `*`, `&`, `!`, `%`, `@` or a backquote in quotes, e.g. content: \"שעה: 9:00\""

    static func plainWords(problem: String, context: String?) -> (String, String) {
        switch problem {
        case "mapping values are not allowed in this context":
            return ("a `:` where YAML does not expect one", quoting)
        case "did not find expected key":
            return (
                "this line is not indented like the keys around it",
                "keys of the same group start in the same column; use spaces, not tabs"
            )
        case "found character that cannot start any token":
            return (
                "a character that cannot start a YAML value (often a tab used for indentation)",
                "indent with spaces; " + quoting
            )
        case "found unexpected end of stream":
            return ("the file ends inside an unfinished value", "check for a quote that was opened and never closed")
        case "did not find expected '-' indicator":
            return (
                "a list item is not indented like the items before it", "start every item of a list with `- ` in the same column"
            )
        case "block sequence entries are not allowed in this context":
            return (
                "a list item `- ` where YAML does not expect one",
                "put the list on the lines after its key, indented, e.g.\n      needs:\n        - טושים"
            )
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return ("a tab is used for indentation", "indent with spaces only")
        case "could not find expected ':'":
            return ("a key without its `:`", "write `key: value`, with a space after the colon; " + quoting)
        case "did not find expected ',' or ']'":
            return (
                "a list in brackets `[…]` is not closed, or an item in it needs quotes",
                "close it with `]` on the same line, and put an item holding `,`, `:` or `#` in quotes: [\"א, ב\", ג]"
            )
        case "did not find expected ',' or '}'":
            return (
                "a group in braces `{…}` is not closed, or a value in it needs quotes",
                "close it with `}`, and put a value holding `,` or `:` in quotes: { word: \"שמח, מאוד\" }"
            )
        case "did not find expected node content":
            return ("a value is missing here", "write the value after the `:` or the `- `, or remove the empty line's marker")
        case "found unexpected document indicator", "did not find expected <document start>":
            return ("a `---` or `...` line in the middle of the file", "remove it: a Sadna file holds one document")
        case "expected a single document in the stream", "but found another document":
            return (
                "the file holds more than one document (`---` divides it)",
                "keep one document per file; remove the `---` line and what follows, or move it to a file of its own"
            )
        case "found undefined alias":
            return (
                "a `*name` reference to a value no `&name` anchor gives",
                "write the value itself instead of `*name`, or put `&name` on the value it should repeat (before it)"
            )
        case "did not find expected alphabetic or numeric character":
            return ("a `*` or `&` that starts no valid name", quoting)
        case "found unknown escape character", "did not find expected hexdecimal number",
            "found invalid Unicode character escape code":
            return (
                "a `\\` in double quotes starts an escape YAML does not know",
                "write `\\\\` for a backslash, or use single quotes: 'C:\\folder'"
            )
        case "found undefined tag handle", "did not find expected tag URI", "did not find URI escaped octet",
            "found an incorrect leading UTF-8 octet", "found an incorrect trailing UTF-8 octet":
            return ("a `!` starts a YAML tag Sadna does not use", quoting)
        case "did not find expected comment or line break":
            return (
                "something follows a value on its line that YAML cannot read",
                "start a comment with ` #` (a space before it), or put the whole value in quotes"
            )
        case "found duplicate %YAML directive", "found incompatible YAML document", "found duplicate %TAG directive":
            return ("a `%` directive line Sadna does not use", "remove the line starting with `%`")
        default:
            if problem.hasPrefix("Maximum nesting level reached") {
                return (
                    "the values are nested deeper than any Sadna file needs",
                    "a meeting, persona or journey nests a few levels at most: look for brackets `[` or `{` that never close"
                )
            }
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context))" }
            return (message, "check this line's indentation, quotes and brackets; " + quoting)
        }
    }
}
