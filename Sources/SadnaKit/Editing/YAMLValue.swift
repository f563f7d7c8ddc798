import Foundation
import Yams

/// A plain value tree for a YAML document: what the file *means*, independent of how it is written.
///
/// Mappings keep their key order, so two trees are equal only when keys appear in the same order;
/// the editor never reorders keys, so this stricter comparison is what the safety net wants.
public indirect enum YAMLValue: Equatable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case sequence([YAMLValue])
    case mapping([Entry])

    /// One `key: value` pair of a mapping.
    public struct Entry: Equatable, Sendable {
        public var key: String
        public var value: YAMLValue
        public init(_ key: String, _ value: YAMLValue) {
            self.key = key
            self.value = value
        }

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.key.unicodeScalars.elementsEqual(rhs.key.unicodeScalars) && lhs.value == rhs.value
        }
    }

    /// The value at `path`, or nil when the path does not exist.
    public subscript(path: YAMLPath) -> YAMLValue? {
        var current = self
        for element in path {
            switch (element, current) {
            case let (.key(key), .mapping(entries)):
                guard let entry = entries.first(where: { $0.key == key }) else { return nil }
                current = entry.value
            case let (.index(index), .sequence(items)):
                guard items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }

    /// Exact comparison: strings by Unicode scalars (not Swift's canonical equivalence, which would
    /// call a changed byte sequence "equal"), and NaN equal to NaN so such files still verify.
    public static func == (lhs: YAMLValue, rhs: YAMLValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b || (a.isNaN && b.isNaN)
        case let (.bool(a), .bool(b)): return a == b
        case (.null, .null): return true
        case let (.sequence(a), .sequence(b)): return a == b
        case let (.mapping(a), .mapping(b)): return a == b
        default: return false
        }
    }

    /// `value["stages", 2, "title"]`: the same lookup written inline.
    public subscript(_ first: YAMLPathElement, _ rest: YAMLPathElement...) -> YAMLValue? {
        self[[first] + rest]
    }

    var isScalar: Bool {
        switch self {
        case .sequence, .mapping: return false
        default: return true
        }
    }

    /// A mapping's entries; nil for anything else.
    public var entries: [Entry]? {
        if case let .mapping(entries) = self { return entries }
        return nil
    }

    /// A sequence's items; nil for anything else.
    public var items: [YAMLValue]? {
        if case let .sequence(items) = self { return items }
        return nil
    }
}

extension YAMLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: YAMLValue...) { self = .sequence(elements) }
    // Dictionary literals keep their written order, which is what a mapping needs.
    public init(dictionaryLiteral elements: (String, YAMLValue)...) {
        self = .mapping(elements.map { Entry($0.0, $0.1) })
    }
}

/// One step of a path: a mapping key or a sequence index.
public enum YAMLPathElement: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    CustomStringConvertible
{
    case key(String)
    case index(Int)

    public init(stringLiteral value: String) { self = .key(value) }
    public init(integerLiteral value: Int) { self = .index(value) }

    public var description: String {
        switch self {
        case let .key(key): return key
        case let .index(index): return "[\(index)]"
        }
    }
}

/// A path from the document root, e.g. `["stages", 2, "pains", 0, "text"]`.
public typealias YAMLPath = [YAMLPathElement]

func describe(_ path: YAMLPath) -> String {
    path.isEmpty ? "<root>" : path.map(\.description).joined(separator: ".")
}

// MARK: - Building the tree from Yams

extension YAMLValue {
    /// Converts a composed Yams node. Types follow Yams's default resolver (the one `YAMLDecoder` uses),
    /// so `27` is an int, `"27"` a string, and `yes` a bool.
    init(node: Node) throws {
        switch node {
        case let .scalar(scalar):
            self = YAMLValue(scalar: scalar)
        case let .sequence(sequence):
            self = .sequence(try sequence.map(YAMLValue.init(node:)))
        case let .mapping(mapping):
            self = .mapping(
                try mapping.map { pair in
                    guard case let .scalar(key) = pair.key else {
                        throw YAMLEditError.unsupported("a mapping key that is not a scalar")
                    }
                    return Entry(key.string, try YAMLValue(node: pair.value))
                })
        case .alias:
            throw YAMLEditError.unsupported("aliases")
        }
    }

    init(scalar: Node.Scalar) {
        switch Resolver.default.resolveTag(of: .scalar(scalar)) {
        case .int: self = Int.construct(from: scalar).map(YAMLValue.int) ?? .string(scalar.string)
        case .float: self = Double.construct(from: scalar).map(YAMLValue.double) ?? .string(scalar.string)
        case .bool: self = Bool.construct(from: scalar).map(YAMLValue.bool) ?? .string(scalar.string)
        case .null: self = .null
        // Strings, and anything else (timestamps, custom tags), are kept as their text.
        default: self = .string(scalar.string)
        }
    }

    /// Parses YAML text (without BOM) to a value tree; an empty document is `.null`.
    static func parse(_ text: String) throws -> YAMLValue {
        guard let node = try Yams.compose(yaml: text) else { return .null }
        return try YAMLValue(node: node)
    }
}

// MARK: - Applying an edit to the tree (the "intended" result the text must parse back to)

extension YAMLValue {
    /// Runs `change` on the value at `path`.
    mutating func modify(_ path: YAMLPath, _ change: (inout YAMLValue) throws -> Void) throws {
        guard let first = path.first else {
            try change(&self)
            return
        }
        let rest = Array(path.dropFirst())
        switch (first, self) {
        case let (.key(key), .mapping(entries)):
            guard let at = entries.firstIndex(where: { $0.key == key }) else {
                throw YAMLEditError.pathNotFound(describe(path))
            }
            var copy = entries
            try copy[at].value.modify(rest, change)
            self = .mapping(copy)
        case let (.index(index), .sequence(items)):
            guard items.indices.contains(index) else { throw YAMLEditError.pathNotFound(describe(path)) }
            var copy = items
            try copy[index].modify(rest, change)
            self = .sequence(copy)
        default:
            throw YAMLEditError.pathNotFound(describe(path))
        }
    }
}

// MARK: - Describing the first difference, for error messages

func firstDifference(_ a: YAMLValue, _ b: YAMLValue, path: YAMLPath = []) -> String? {
    if a == b { return nil }
    switch (a, b) {
    case let (.mapping(x), .mapping(y)) where x.map(\.key) == y.map(\.key):
        for (ex, ey) in zip(x, y) {
            if let d = firstDifference(ex.value, ey.value, path: path + [.key(ex.key)]) { return d }
        }
    case let (.mapping(x), .mapping(y)):
        return "\(describe(path)): keys \(x.map(\.key)) vs \(y.map(\.key))"
    case let (.sequence(x), .sequence(y)) where x.count == y.count:
        for (i, pair) in zip(x, y).enumerated() {
            if let d = firstDifference(pair.0, pair.1, path: path + [.index(i)]) { return d }
        }
    default:
        break
    }
    return "\(describe(path)): expected \(a), got \(b)"
}
