import Foundation
import Yams

/// One YAML file of a workshop, parsed into a tree of nodes that remember their line and column.
///
/// Parsing never throws at the caller: problems (an unreadable file, bad UTF-8, YAML syntax,
/// a key given twice, a tree too large) become located diagnostics, each with a way forward.
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
            diagnostics.append(error.diagnostic(at: .startOf(displayPath)))
            return nil
        }
        guard let text = decode(data, path: displayPath, into: &diagnostics) else { return nil }
        return parse(text, path: displayPath, into: &diagnostics)
    }

    /// Parses YAML text that came from `path`.
    public static func parse(_ text: String, path: String, into diagnostics: inout [Diagnostic]) -> YAMLFile? {
        if let control = YAMLText.firstControlCharacter(in: text) {
            diagnostics.append(YAMLText.controlCharacter(control, path: path))
            return nil
        }
        let root: Node?
        do {
            // Plain scalars stay strings: the readers decide what a value means (a number, a
            // date, "~" for nothing), so Yams' regular-expression tag rules, run on every key
            // it compares for duplicates, are work without use. UTF-8 is said outright, or
            // Yams reads the process's environment to choose, once per file.
            root = try Yams.compose(yaml: text, .basic, constructor, .utf8)
        } catch let error as YamlError {
            diagnostics.append(YAMLProblems.diagnostic(for: error, text: text, path: path))
            return nil
        } catch {
            diagnostics.append(.error(.yamlSyntax, ["command": .code("sadna new")], at: .startOf(path)))
            return nil
        }
        if let root, YAMLText.mayExceedNodeLimit(text), let overflow = YAMLText.exceedsNodeLimit(root) {
            diagnostics.append(
                .error(
                    .yamlTooLargeAliases, ["limit": .number(Limits.yamlNodes)],
                    at: YAMLText.firstAlias(in: text, path: path) ?? overflow.location(in: path)))
            return nil
        }
        return YAMLFile(path: path, root: root, text: text)
    }

    /// Yams' default constructor, made once rather than for every file (a deck is a thousand
    /// files). It is never changed after it is made, so every thread may read it.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// UTF-8 with or without a byte-order mark; anything else is reported where it goes wrong.
    private static func decode(_ data: Data, path: String, into diagnostics: inout [Diagnostic]) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return text }
        let location = YAMLText.firstInvalidUTF8(Array(bytes), path: path)
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        diagnostics.append(.error(utf16 ? .fileEncodingUtf16 : .fileEncodingNotUtf8, at: utf16 ? .startOf(path) : location))
        return nil
    }
}

/// Plain checks of a YAML file's text and tree that libyaml does not make, or makes without a
/// place: where a text stops being UTF-8, a control character, a tree that aliases blow up.
enum YAMLText {
    /// The line and column of the first byte that is not UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars.first != "\u{FFFD}"
                    || bytes[index..<(index + length)] == [0xEF, 0xBF, 0xBD][...]
            else {
                return SourceLocation(file: path, line: line, column: column)
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return SourceLocation(file: path, line: line, column: column)
    }

    /// A character YAML does not allow in a file (C0 controls but tab and line breaks, DEL, C1
    /// controls, U+FFFE and U+FFFF), with its place.
    static func firstControlCharacter(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        guard mayHoldControlCharacter(text) else { return nil }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let forbidden =
                (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0x7F || (0x80...0x9F).contains(v)
                || v == 0xFFFE || v == 0xFFFF
            if forbidden { return (scalar, line, column) }
            if v == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    /// One pass over the bytes, since nearly every file holds none: C0 controls but tab and
    /// line ends, DEL, C1 controls (UTF-8 C2 80…C2 9F) and U+FFFE, U+FFFF (EF BF BE, EF BF BF).
    /// Over the string's own storage when it has one (a file read is always native UTF-8):
    /// a byte at a time through the string's view costs ten times as much.
    private static func mayHoldControlCharacter(_ text: String) -> Bool {
        func scan<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            for byte in bytes {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return true }
                if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F { return true }
                if beforePrevious == 0xEF && previous == 0xBF && byte >= 0xBE { return true }
                beforePrevious = previous
                previous = byte
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(text.utf8)
    }

    static func controlCharacter(_ found: (scalar: Unicode.Scalar, line: Int, column: Int), path: String) -> Diagnostic {
        .error(
            .yamlControlCharacter, ["code": .value(found.scalar.codePoint)],
            at: SourceLocation(file: path, line: found.line, column: found.column))
    }

    /// Whether the tree could pass ``Limits/yamlNodes`` values: only through an alias (`*name`),
    /// or in a text long enough to hold that many without one. Without aliases libyaml makes at
    /// most about a value a byte (`{a,b}`, the densest form, is five values in five bytes), so a
    /// text under a quarter of the limit in bytes cannot. A card's file is neither, and its tree
    /// is not walked.
    static func mayExceedNodeLimit(_ text: String) -> Bool {
        let star = UInt8(ascii: "*")
        return text.utf8.count * 4 >= Limits.yamlNodes
            || (text.utf8.withContiguousStorageIfAvailable { $0.contains(star) } ?? text.utf8.contains(star))
    }

    /// Where the tree passes ``Limits/yamlNodes`` values when aliases are followed, or nil.
    /// Following aliases is what makes a short file expand without bound, so the walk stops at
    /// the limit and never takes longer than that.
    static func exceedsNodeLimit(_ root: Node) -> Mark? {
        var budget = Limits.yamlNodes
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            budget -= 1
            if budget < 0 { return node.mark }
            switch node {
            case let .mapping(mapping):
                for pair in mapping {
                    stack.append(pair.key)
                    stack.append(pair.value)
                }
            case let .sequence(sequence): stack.append(contentsOf: sequence)
            case .scalar, .alias: continue
            }
        }
        return nil
    }

    /// The first `*name` reference in the text, where a person would start to look.
    static func firstAlias(in text: String, path: String) -> SourceLocation? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            var previous: Character = " "
            var column = 1
            for character in content {
                if character == "*" && [" ", "[", ",", "{", ":", "-"].contains(previous) {
                    return SourceLocation(file: path, line: index + 1, column: column)
                }
                previous = character
                column += character.unicodeScalars.count
            }
        }
        return nil
    }
}

extension Mark {
    func location(in path: String) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }
}
