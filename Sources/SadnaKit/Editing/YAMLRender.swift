import Foundation
import Yams

/// How the file lays out nested blocks, learnt from the file itself so new lines look like old ones.
struct YAMLLayout: Sendable {
    var newline = "\n"
    /// Indentation of a nested block mapping relative to its parent key.
    var mappingIndent = 2
    /// Indentation of a block sequence's `-` relative to its parent key (0 = "indentless" style).
    var sequenceIndent = 2
    /// A flow list `[a, b]` is kept or written only if its line stays this short
    /// (or no longer than the line it replaces).
    var maxWidth = 100
}

/// Where a scalar is written; each place has its own rules for what may stay unquoted.
enum YAMLSlot: Sendable {
    case mapValue, seqItem, flowSeqItem, flowMapValue, root

    var isFlow: Bool { self == .flowSeqItem || self == .flowMapValue }
}

/// A rendered value: `head` goes right after `key:` / `-` (after one space), `lines` are whole,
/// already indented lines that follow it.
struct YAMLRendered {
    var head: String
    var lines: [String] = []
}

struct YAMLRenderer {
    let layout: YAMLLayout
    /// False when the value being written ends the file with no line break after it: a `|` block
    /// would then lose its final newline, so such text is double-quoted instead.
    var lineBreakFollows = true

    // MARK: Scalars

    /// Text for a scalar in `slot`. Every candidate is parsed back with Yams in a one-line document
    /// of the same shape and used only if it yields exactly `value`, so quoting never guesses.
    /// `prefer` is the style the old value had, tried first so an edit keeps the file's quoting.
    func scalar(_ value: YAMLValue, slot: YAMLSlot, contentIndent: Int, prefer: YAMLSpan.Kind? = nil) throws -> YAMLRendered {
        // Candidates carry block-scalar lines unindented; they get `contentIndent` once chosen.
        var candidates: [YAMLRendered] = []
        switch value {
        case let .string(s):
            let wantsBlock = s.contains("\n") || prefer == .literal || prefer == .folded
            if !slot.isFlow && slot != .root && wantsBlock, let block = literalBlock(s) {
                candidates.append(YAMLRendered(head: block.header, lines: block.lines))
            }
            if prefer == .singleQuoted, let single = singleQuoted(s) { candidates.append(YAMLRendered(head: single)) }
            if prefer == .doubleQuoted { candidates.append(YAMLRendered(head: Self.doubleQuoted(s))) }
            if isPlainCandidate(s) { candidates.append(YAMLRendered(head: s)) }
            candidates.append(YAMLRendered(head: Self.doubleQuoted(s)))
        case let .int(n):
            candidates.append(YAMLRendered(head: String(n)))
        case let .double(d):
            candidates.append(YAMLRendered(head: YAMLRenderer.format(d)))
        case let .bool(b):
            candidates.append(YAMLRendered(head: b ? "true" : "false"))
        case .null:
            candidates.append(YAMLRendered(head: "null"))
        case .sequence, .mapping:
            throw YAMLEditError.wrongKind("expected a scalar")
        }
        let pad = String(repeating: " ", count: contentIndent)
        for candidate in candidates where parsesBack(candidate, slot: slot, to: value) {
            return YAMLRendered(head: candidate.head, lines: candidate.lines.map { $0.isEmpty ? "" : pad + $0 })
        }
        throw YAMLEditError.unsupported("cannot write \(value) as YAML")
    }

    /// Plain text for a scalar if it is safe unquoted in `slot`, else nil.
    func plain(_ value: YAMLValue, slot: YAMLSlot) -> String? {
        guard let rendered = try? scalar(value, slot: slot, contentIndent: 2), rendered.lines.isEmpty else { return nil }
        if case .string = value, rendered.head.first == "\"" || rendered.head.first == "'" { return nil }
        return rendered.head
    }

    /// A mapping key: plain when safe, else double-quoted.
    func key(_ key: String, flow: Bool) throws -> String {
        for candidate in [key, Self.doubleQuoted(key)] where !candidate.isEmpty {
            let doc = flow ? "{\(candidate): x}" : "\(candidate): x"
            if case let .mapping(entries)? = try? YAMLValue.parse(doc), entries.count == 1, entries[0].key == key,
                entries[0].value == .string("x")
            {
                return candidate
            }
        }
        throw YAMLEditError.unsupported("cannot write key \(key.debugDescription)")
    }

    static func format(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        return "\(d)"
    }

    private func parsesBack(_ r: YAMLRendered, slot: YAMLSlot, to value: YAMLValue) -> Bool {
        // Block scalars sit in the test document at indentation 2 whatever their real indentation:
        // only their shape matters, and the whole-document check after the edit covers the rest.
        let body =
            ([r.head] + r.lines.map { $0.isEmpty ? "" : "  " + $0 }).joined(separator: "\n")
            + (r.lines.isEmpty ? "" : "\n")
        let doc: String
        switch slot {
        case .mapValue: doc = "k: " + body
        case .seqItem: doc = "- " + body
        case .flowSeqItem: doc = "[" + body + "]"
        case .flowMapValue: doc = "{k: " + body + "}"
        case .root: doc = body
        }
        guard let parsed = try? YAMLValue.parse(doc) else { return false }
        switch (slot, parsed) {
        case let (.mapValue, .mapping(e)), let (.flowMapValue, .mapping(e)):
            return e.count == 1 && e[0].key == "k" && e[0].value == value
        case let (.seqItem, .sequence(items)), let (.flowSeqItem, .sequence(items)):
            return items == [value]
        case (.root, _):
            return parsed == value
        default:
            return false
        }
    }

    /// Characters that only a double-quoted scalar can carry (as escapes).
    static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09, 0x20...0x7E: return false
        case 0x2028, 0x2029, 0xFEFF: return true  // line/paragraph separators break lines; a BOM is dropped
        case 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...: return false
        default: return true  // C0/C1 controls (including line breaks), DEL, non-characters
        }
    }

    private func isPlainCandidate(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        return first != " " && first != "\t" && last != " " && last != "\t"
            && !s.unicodeScalars.contains(where: YAMLRenderer.needsEscape)
    }

    private func singleQuoted(_ s: String) -> String? {
        guard !s.unicodeScalars.contains(where: YAMLRenderer.needsEscape) else { return nil }
        return "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A double-quoted YAML scalar that reads back as exactly `s`: every character YAML does not
    /// allow raw is escaped. Also what `import` writes persona values with.
    static func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if YAMLRenderer.needsEscape(c) {
                    out += c.value <= 0xFF ? String(format: "\\x%02X", c.value) : String(format: "\\u%04X", c.value)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    /// `|-` / `|` block for multi-line text, or nil when a literal block cannot carry it exactly
    /// (leading spaces would be taken as indentation, several trailing newlines, escapes needed).
    private func literalBlock(_ s: String) -> (header: String, lines: [String])? {
        guard !s.unicodeScalars.contains(where: { $0 != "\n" && YAMLRenderer.needsEscape($0) }) else { return nil }
        var body = s
        var header = "|-"
        if body.hasSuffix("\n") {
            guard lineBreakFollows else { return nil }
            body.removeLast()
            header = "|"
        }
        let lines = body.components(separatedBy: "\n")
        guard body.hasSuffix("\n") == false, let first = lines.first, let c = first.unicodeScalars.first,
            c != " "
        else { return nil }
        return (header, lines)
    }

    // MARK: Collections

    /// A collection in flow style, or nil if an item cannot be written that way.
    /// With `plainOnly` every scalar must be a safe plain scalar (the rule for keeping `[a, b]` lists).
    func flow(_ value: YAMLValue, plainOnly: Bool) throws -> String? {
        switch value {
        case let .sequence(items):
            var parts: [String] = []
            for item in items {
                if item.isScalar {
                    if let p = plain(item, slot: .flowSeqItem) {
                        parts.append(p)
                    } else if plainOnly {
                        return nil
                    } else {
                        parts.append(try scalar(item, slot: .flowSeqItem, contentIndent: 0).head)
                    }
                } else {
                    guard let nested = try flow(item, plainOnly: plainOnly) else { return nil }
                    parts.append(nested)
                }
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case let .mapping(entries):
            var parts: [String] = []
            for entry in entries {
                let k = try key(entry.key, flow: true)
                if entry.value.isScalar {
                    if let p = plain(entry.value, slot: .flowMapValue) {
                        parts.append(k + ": " + p)
                    } else if plainOnly {
                        return nil
                    } else {
                        parts.append(k + ": " + (try scalar(entry.value, slot: .flowMapValue, contentIndent: 0).head))
                    }
                } else {
                    guard let nested = try flow(entry.value, plainOnly: plainOnly) else { return nil }
                    parts.append(k + ": " + nested)
                }
            }
            return "{" + parts.joined(separator: ", ") + "}"
        default:
            return try scalar(value, slot: .flowSeqItem, contentIndent: 0).head
        }
    }

    /// Renders `value` as the value of a `key:` (slot .mapValue, `indent` = key column) or of a
    /// `-` item (slot .seqItem, `indent` = dash column). `template` is an existing node of the same
    /// role (the old value, or a sibling's) whose flow/block choice new collections copy;
    /// without one, lists of plain scalars go flow (`[a, b]`) and everything else block.
    func value(
        _ value: YAMLValue, slot: YAMLSlot, indent: Int, lead: Int, template: YAMLSpan?,
        oldWidth: Int = 0
    ) throws -> YAMLRendered {
        let contentIndent = indent + (slot == .seqItem ? 2 : layout.mappingIndent)
        if value.isScalar {
            let prefer = template.flatMap { $0.isScalar ? $0.kind : nil }
            return try scalar(value, slot: slot, contentIndent: contentIndent, prefer: prefer)
        }
        switch value {
        case .sequence([]): return YAMLRendered(head: "[]")
        case .mapping([]): return YAMLRendered(head: "{}")
        default: break
        }
        let isScalarList = value.items?.allSatisfy(\.isScalar) ?? false
        let wantsFlow = template.map { $0.isScalar ? isScalarList : $0.isFlow } ?? isScalarList
        if wantsFlow, let text = try flow(value, plainOnly: isScalarList),
            lead + text.count <= max(layout.maxWidth, oldWidth)
        {
            return YAMLRendered(head: text)
        }
        if slot == .seqItem {
            // `- first: line` then the rest indented under it.
            let lines = try block(value, indent: indent + 2, template: template)
            return YAMLRendered(head: String(lines[0].drop(while: { $0 == " " })), lines: Array(lines.dropFirst()))
        }
        let childIndent = indent + (value.items != nil ? layout.sequenceIndent : layout.mappingIndent)
        return YAMLRendered(head: "", lines: try block(value, indent: childIndent, template: template))
    }

    /// Whole indented lines of a non-empty block collection whose keys / dashes sit at `indent`.
    func block(_ value: YAMLValue, indent: Int, template: YAMLSpan?) throws -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        switch value {
        case let .mapping(entries):
            for entry in entries {
                let k = try key(entry.key, flow: false)
                let childTemplate = template?.isBlockCollection == true ? template?.child(.key(entry.key))?.layoutOnly : nil
                let r = try self.value(
                    entry.value, slot: .mapValue, indent: indent,
                    lead: indent + k.count + 2, template: childTemplate)
                lines.append(pad + k + ":" + (r.head.isEmpty ? "" : " " + r.head))
                lines += r.lines
            }
        case let .sequence(items):
            for (i, item) in items.enumerated() {
                let childTemplate = template.flatMap { t in
                    t.kind == .sequence ? (t.children.indices.contains(i) ? t.children[i] : t.children.first) : nil
                }?.layoutOnly
                let r = try self.value(item, slot: .seqItem, indent: indent, lead: indent + 2, template: childTemplate)
                lines.append(pad + "-" + (r.head.isEmpty ? "" : " " + r.head))
                lines += r.lines
            }
        default:
            throw YAMLEditError.wrongKind("expected a collection")
        }
        return lines
    }
}
