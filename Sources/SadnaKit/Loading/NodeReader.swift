import Foundation
import Yams

/// Reads values out of a YAML tree and reports, in plain words and at their place, what is wrong.
///
/// A reader collects diagnostics instead of throwing, so that one run reports every problem in a
/// file, not only the first.
public final class NodeReader {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) {
        self.file = file
    }

    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return .startOf(file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// A group of `key: value` fields, checked against the keys it may hold.
    ///
    /// - Parameters:
    ///   - what: how a person names this group in a message ("a meeting", "an agenda row").
    ///   - keys: every key this group may have; anything else is reported with "did you mean".
    public func mapping(_ node: Node, what: String, keys: [String]) -> MappingReader? {
        guard case let .mapping(mapping) = node else {
            let id: MessageID = if case .sequence = node { .yamlTypeGroupNotList } else { .yamlTypeGroup }
            report(.error(id, ["what": .text(what), "found": NodeReader.describe(node)], at: location(of: node)))
            return nil
        }
        let reader = MappingReader(reader: self, node: node, mapping: mapping, what: what)
        reader.checkKeys(allowed: keys)
        return reader
    }

    /// A group whose keys are names the file chooses (a template's label sheets by name).
    public func namedGroups(_ node: Node, what: String) -> [(name: Located<String>, value: Node)]? {
        guard case let .mapping(mapping) = node else {
            report(
                .error(.yamlTypeNamedGroups, ["what": .text(what), "found": NodeReader.describe(node)], at: location(of: node)))
            return nil
        }
        return mapping.map { pair in (Located(pair.key.string ?? "", at: location(of: pair.key)), pair.value) }
    }

    /// A text value, or nil with a diagnostic when the node is a list or a group.
    public func text(_ node: Node, what: String) -> Located<String>? {
        if case let .mapping(mapping) = node, ContentLanguage.isTranslations(mapping) {
            return translated(mapping, at: node, what: what)
        }
        guard case let .scalar(scalar) = node else {
            report(.error(.yamlTypeText, ["what": .text(what), "found": NodeReader.describe(node)], at: location(of: node)))
            return nil
        }
        if scalar.style == .plain && NodeReader.isNullLiteral(scalar.string) {
            return nil
        }
        return Located(NodeReader.tidy(scalar.string), at: location(of: node))
    }

    /// A text written in several languages (`{he: …, ar: …}`): the run's language, or the main
    /// one with a warning where the run's is missing.
    private func translated(_ mapping: Node.Mapping, at node: Node, what: String) -> Located<String>? {
        if let kept = ContentLanguage.current?.kept {
            for pair in mapping {
                guard let language = pair.key.string.flatMap(Language.init(rawValue:)), !kept.contains(language) else { continue }
                report(ContentLanguage.undeclared(language, at: location(of: pair.key)))
            }
        }
        guard let (chosen, language) = ContentLanguage.pick(mapping) else { return nil }
        if let wanted = ContentLanguage.current?.wanted, language != wanted {
            report(ContentLanguage.missing(wanted, shown: language, what: what, at: location(of: node)))
        }
        return text(chosen, what: what)
    }

    /// How a value looks, in words a non-programmer recognises.
    static func describe(_ node: Node) -> MessageArgument {
        switch node {
        case let .scalar(scalar):
            if isNullLiteral(scalar.string) && scalar.style == .plain { return .phrase(.phraseShapeEmpty) }
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return .phrase(.phraseShapeText, ["text": .quoted(text)])
        case .mapping: return .phrase(.phraseShapeGroup)
        case .sequence: return .phrase(.phraseShapeList)
        case .alias: return .phrase(.phraseShapeAlias)
        }
    }

    static func isNullLiteral(_ string: String) -> Bool {
        // By length first: comparing a Hebrew text with "null" would compare it as Unicode.
        string.utf8.count <= 4 && (string.isEmpty || string == "~" || string == "null" || string == "Null" || string == "NULL")
    }

    /// Block texts (`|`) end with a newline that nobody means as content.
    static func tidy(_ string: String) -> String {
        guard let last = string.utf8.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: " ") else { return string }
        var s = string
        while s.last == "\n" || s.last == " " { s.removeLast() }
        return s
    }
}

/// The fields of one `key: value` group.
public final class MappingReader {
    public let reader: NodeReader
    public let node: Node
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    /// The pairs' keys alone, in their order: a key is looked up among strings, without copying
    /// the pairs' nodes out one by one.
    private let keys: [String]
    /// How a person names this group ("a meeting").
    public let what: String

    init(reader: NodeReader, node: Node, mapping: Node.Mapping, what: String) {
        self.reader = reader
        self.node = node
        self.what = what
        self.pairs = mapping.map { pair in (pair.key.string ?? "", pair.key, pair.value) }
        self.keys = pairs.map(\.key)
    }

    /// Where the group starts.
    public var location: SourceLocation { reader.location(of: node) }

    func checkKeys(allowed: [String]) {
        for pair in pairs where !allowed.contains(pair.key) {
            var arguments: MessageArguments = [
                "key": .key(pair.key), "what": .text(what), "allowed": .list(allowed.map(MessageArgument.key)),
            ]
            let guess = Suggestion.closest(to: pair.key, among: allowed)
            if let guess { arguments["guess"] = .key(guess) }
            reader.report(
                .error(guess == nil ? .yamlUnknownKey : .yamlUnknownKeyGuess, arguments, at: reader.location(of: pair.keyNode)))
        }
    }

    /// The value node under `key`, if present and not empty.
    public func value(_ key: String) -> Node? {
        guard let index = keys.firstIndex(of: key) else { return nil }
        let value = pairs[index].value
        if case let .scalar(scalar) = value, scalar.style == .plain, NodeReader.isNullLiteral(scalar.string) {
            return nil
        }
        return value
    }

    /// Where `key` is written, or the group's start when it is missing.
    public func location(of key: String) -> SourceLocation {
        guard let index = keys.firstIndex(of: key) else { return location }
        return reader.location(of: pairs[index].value)
    }

    public func has(_ key: String) -> Bool { value(key) != nil }

    private func reportMissing(_ key: String, example: String?) {
        reader.report(
            .error(
                .fieldRequiredMissing, ["what": .text(what), "key": .key(key), "line": .code("\(key): \(example ?? "…")")],
                at: location))
    }

    /// A text. When `required`, a missing or empty value is reported.
    public func text(_ key: String, required: Bool = false, example: String? = nil) -> Located<String>? {
        guard let node = value(key) else {
            if required { reportMissing(key, example: example) }
            return nil
        }
        guard let text = reader.text(node, what: "`\(key)`") else { return nil }
        // Looked over, not trimmed: Foundation's trimming cost more than the rest of reading a field.
        let blank = text.value.unicodeScalars.allSatisfy(\.properties.isWhitespace)
        if blank && !required { return nil }
        if required && blank {
            reader.report(
                .error(
                    .fieldRequiredEmpty, ["what": .text(what), "key": .key(key), "line": .code("\(key): \(example ?? "…")")],
                    at: text.location))
            return nil
        }
        return text
    }

    /// A whole number within `range`.
    public func integer(
        _ key: String, range: ClosedRange<Int>? = nil, required: Bool = false,
        example: String? = nil
    ) -> Located<Int>? {
        // A list or a group where a number belongs is said as such, not as a missing text.
        if let node = value(key), !isScalar(node) {
            reader.report(
                .error(
                    .yamlTypeNumber,
                    [
                        "key": .key(key), "example": .value(example ?? "3"), "line": .code("\(key): \(example ?? "3")"),
                        "found": NodeReader.describe(node),
                    ],
                    at: reader.location(of: node)))
            return nil
        }
        guard let text = text(key, required: required, example: example) else { return nil }
        let digits = text.value.replacingOccurrences(of: ",", with: "")
        guard let number = Int(digits) else {
            reader.report(
                .error(
                    .yamlTypeNumber,
                    [
                        "key": .key(key), "example": .value(example ?? "3"), "line": .code("\(key): \(example ?? "3")"),
                        "found": .phrase(.phraseShapeText, ["text": .quoted(text.value)]),
                    ],
                    at: text.location))
            return nil
        }
        if let range, !range.contains(number) {
            reader.report(
                .error(
                    .fieldRange,
                    [
                        "key": .key(key), "number": .number(number), "low": .number(range.lowerBound),
                        "high": .number(range.upperBound),
                    ],
                    at: text.location))
            return nil
        }
        return Located(number, at: text.location)
    }

    private func isScalar(_ node: Node) -> Bool {
        if case .scalar = node { return true }
        return false
    }

    /// `true` or `false` (also yes/no).
    public func flag(_ key: String) -> Located<Bool>? {
        guard let text = text(key) else { return nil }
        switch text.value.lowercased() {
        case "true", "yes", "on", "כן": return Located(true, at: text.location)
        case "false", "no", "off", "לא": return Located(false, at: text.location)
        default:
            reader.report(.error(.yamlTypeFlag, ["key": .key(key), "value": .quoted(text.value)], at: text.location))
            return nil
        }
    }

    /// One text or a list of texts; either way a list comes back.
    public func texts(_ key: String) -> [Located<String>] {
        guard let node = value(key) else { return [] }
        if case let .sequence(sequence) = node {
            return sequence.compactMap { reader.text($0, what: "an item of `\(key)`") }
        }
        return reader.text(node, what: "`\(key)`").map { [$0] } ?? []
    }

    /// The items of a list. A single group where a list was expected is taken as a list of one.
    public func list(_ key: String, required: Bool = false) -> [Node] {
        guard let node = value(key) else {
            if required { reportMissing(key, example: nil) }
            return []
        }
        switch node {
        case let .sequence(sequence):
            return Array(sequence)
        case .mapping:
            return [node]
        default:
            reader.report(
                .error(.yamlTypeList, ["key": .key(key), "found": NodeReader.describe(node)], at: reader.location(of: node)))
            return []
        }
    }

    /// A nested group of fields.
    public func group(_ key: String, what: String, keys: [String], required: Bool = false) -> MappingReader? {
        guard let node = value(key) else {
            if required { reportMissing(key, example: nil) }
            return nil
        }
        return reader.mapping(node, what: what, keys: keys)
    }
}
