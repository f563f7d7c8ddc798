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
            if let id = plainWords(problem: problem) { return .error(id, at: at(mark)) }
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return .error(.yamlSyntaxDetail, ["problem": .text(detail)], at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(
                .yamlDuplicateKey, ["keys": .list(duplicates.map { .key("\($0)") })], at: at(context.mark))
        case let .reader(problem, offset, _, yaml):
            return .error(
                .fileEncodingReader, ["problem": .text(problem)], at: location(ofUTF8Offset: offset, in: yaml, path: path))
        case .memory:
            return .error(.yamlTooLargeMemory, at: .startOf(path))
        default:
            return .error(.yamlSyntax, ["command": .code("sadna new")], at: .startOf(path))
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

    /// The words for one of libyaml's problems, or nil for one never seen (said as libyaml says it).
    static func plainWords(problem: String) -> MessageID? {
        switch problem {
        case "mapping values are not allowed in this context": .yamlSyntaxColon
        case "did not find expected key": .yamlSyntaxIndent
        case "found character that cannot start any token": .yamlSyntaxBadStart
        case "found unexpected end of stream": .yamlSyntaxUnfinished
        case "did not find expected '-' indicator": .yamlSyntaxListIndent
        case "block sequence entries are not allowed in this context": .yamlSyntaxListHere
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            .yamlSyntaxTab
        case "could not find expected ':'": .yamlSyntaxNoColon
        case "did not find expected ',' or ']'": .yamlSyntaxBracket
        case "did not find expected ',' or '}'": .yamlSyntaxBrace
        case "did not find expected node content": .yamlSyntaxNoValue
        case "found unexpected document indicator", "did not find expected <document start>": .yamlSyntaxDocumentMarker
        case "expected a single document in the stream", "but found another document": .yamlSyntaxDocuments
        case "found undefined alias": .yamlSyntaxAlias
        case "did not find expected alphabetic or numeric character": .yamlSyntaxAnchorName
        case "found unknown escape character", "did not find expected hexdecimal number",
            "found invalid Unicode character escape code":
            .yamlSyntaxEscape
        case "found undefined tag handle", "did not find expected tag URI", "did not find URI escaped octet",
            "found an incorrect leading UTF-8 octet", "found an incorrect trailing UTF-8 octet":
            .yamlSyntaxTag
        case "did not find expected comment or line break": .yamlSyntaxTrailing
        case "found duplicate %YAML directive", "found incompatible YAML document", "found duplicate %TAG directive":
            .yamlSyntaxDirective
        default: problem.hasPrefix("Maximum nesting level reached") ? .yamlSyntaxNesting : nil
        }
    }
}
