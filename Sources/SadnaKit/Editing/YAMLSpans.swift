import Yams

/// Where one node of the document is written: `start..<end` in scalar offsets of the text.
///
/// Yams gives only each node's start mark, so the end is found here, one node kind at a time:
/// - quoted scalars: scan to the closing quote (honouring escapes),
/// - block scalars (`|`, `>`): the header plus every following line indented at least as much as
///   the first content line (libyaml's own rule for where the scalar stops),
/// - plain scalars: up to a comment (` #`), `: `, a flow indicator in flow context, or the end of the
///   line, continuing over following lines only when they hold more text before the next node starts,
/// - block collections: where their last child ends; flow collections: their closing bracket.
/// Every scan is bounded by the start of the next node in document order, which Yams does give.
struct YAMLSpan: Sendable {
    enum Kind: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
        case sequence, mapping
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// Written as `[...]` / `{...}`.
    var isFlow = false
    /// Lives inside a flow collection.
    var inFlow = false
    /// Sequence items, or mapping values.
    var children: [YAMLSpan] = []
    /// Mapping keys (parallel to `children`).
    var keys: [YAMLSpan] = []
    var keyStrings: [String] = []

    var isScalar: Bool { kind != .sequence && kind != .mapping }
    var isBlockScalar: Bool { kind == .literal || kind == .folded }
    var isBlockCollection: Bool { !isScalar && !isFlow }
    /// As a model for *new* content only a collection's flow/block layout is copied; a sibling
    /// scalar's quoting is not (new text is plain when safe).
    var layoutOnly: YAMLSpan? { isScalar ? nil : self }

    func child(_ element: YAMLPathElement) -> YAMLSpan? {
        switch (element, kind) {
        case let (.key(key), .mapping):
            return keyStrings.firstIndex(of: key).map { children[$0] }
        case let (.index(index), .sequence):
            return children.indices.contains(index) ? children[index] : nil
        default:
            return nil
        }
    }

    func node(at path: YAMLPath) -> YAMLSpan? {
        var current = self
        for element in path {
            guard let next = current.child(element) else { return nil }
            current = next
        }
        return current
    }
}

extension YAMLSpan {
    /// Builds spans for a composed node. `limit` is where the next node in document order starts.
    static func build(_ node: Node, in source: YAMLSourceText, limit: Int, inFlow: Bool) -> YAMLSpan {
        switch node {
        case let .scalar(scalar):
            let start = source.offset(of: scalar.mark)
            let kind: Kind
            switch scalar.style {
            case .singleQuoted: kind = .singleQuoted
            case .doubleQuoted: kind = .doubleQuoted
            case .literal: kind = .literal
            case .folded: kind = .folded
            default: kind = .plain
            }
            let end = scalarEnd(
                kind: kind, start: start, limit: limit, inFlow: inFlow,
                isEmpty: scalar.string.isEmpty, in: source)
            return YAMLSpan(kind: kind, start: start, end: end, inFlow: inFlow)

        case let .sequence(sequence):
            let start = source.offset(of: sequence.mark)
            let isFlow = source[skipProperties(start, in: source)] == "["
            let items = Array(sequence)
            var span = YAMLSpan(kind: .sequence, start: start, end: start, isFlow: isFlow, inFlow: inFlow)
            for (i, item) in items.enumerated() {
                let next = i + 1 < items.count ? startOffset(items[i + 1], in: source) : limit
                span.children.append(build(item, in: source, limit: next, inFlow: isFlow || inFlow))
            }
            span.end = collectionEnd(span, closing: "]", in: source)
            return span

        case let .mapping(mapping):
            let start = source.offset(of: mapping.mark)
            let isFlow = source[skipProperties(start, in: source)] == "{"
            let pairs = Array(mapping)
            var span = YAMLSpan(kind: .mapping, start: start, end: start, isFlow: isFlow, inFlow: inFlow)
            for (i, pair) in pairs.enumerated() {
                let valueStart = startOffset(pair.value, in: source)
                let next = i + 1 < pairs.count ? startOffset(pairs[i + 1].key, in: source) : limit
                span.keys.append(build(pair.key, in: source, limit: valueStart, inFlow: isFlow || inFlow))
                span.keyStrings.append(pair.key.scalar?.string ?? "")
                span.children.append(build(pair.value, in: source, limit: next, inFlow: isFlow || inFlow))
            }
            span.end = collectionEnd(span, closing: "}", in: source)
            return span

        case .alias:
            // Not reached: the editor refuses documents with anchors before building spans.
            return YAMLSpan(kind: .plain, start: 0, end: 0)
        }
    }

    static func startOffset(_ node: Node, in source: YAMLSourceText) -> Int {
        source.offset(of: node.mark)
    }

    /// Skips a tag (`!!str`) or anchor (`&a`) written before a node.
    static func skipProperties(_ start: Int, in source: YAMLSourceText) -> Int {
        var i = start
        while source[i] == "!" || source[i] == "&" {
            while !source.isBlankOrEnd(i) { i += 1 }
            i = source.skipBlanks(i)
        }
        return i
    }

    static func collectionEnd(_ span: YAMLSpan, closing: Unicode.Scalar, in source: YAMLSourceText) -> Int {
        guard span.isFlow else { return span.children.last?.end ?? span.start }
        // After the last child (or the opening bracket) only blanks, breaks, comments and a
        // trailing comma can stand before the closing bracket.
        var i = span.children.last?.end ?? (skipProperties(span.start, in: source) + 1)
        while i < source.count {
            if source[i] == closing { return i + 1 }
            if source[i] == "#" {
                i = source.lineEnd(of: i)
            } else if source.isBlank(i) || source.isBreak(i) || source[i] == "," {
                i += 1
            } else {
                break
            }
        }
        return span.children.last?.end ?? span.start
    }

    static func scalarEnd(
        kind: Kind, start: Int, limit: Int, inFlow: Bool, isEmpty: Bool,
        in source: YAMLSourceText
    ) -> Int {
        let p = skipProperties(start, in: source)
        switch kind {
        case .doubleQuoted:
            var i = p + 1
            while i < source.count {
                if source[i] == "\\" {
                    i += 2
                } else if source[i] == "\"" {
                    return i + 1
                } else {
                    i += 1
                }
            }
            return limit
        case .singleQuoted:
            var i = p + 1
            while i < source.count {
                if source[i] == "'" {
                    if source[i + 1] == "'" { i += 2 } else { return i + 1 }
                } else {
                    i += 1
                }
            }
            return limit
        case .literal, .folded:
            return blockScalarEnd(header: p, in: source)
        case .plain:
            // An empty plain scalar is the implicit null of `key:`; its mark is where it would be.
            // (Only that scalar is empty: any written plain text has at least one character.)
            if isEmpty { return p }
            return plainEnd(start: p, limit: limit, inFlow: inFlow, in: source)
        case .sequence, .mapping:
            return start
        }
    }

    /// End of the header token (`|-`, `>+2`, ...) of a block scalar starting at `header`.
    static func blockHeaderEnd(_ header: Int, in source: YAMLSourceText) -> Int {
        var i = header
        while !source.isBlankOrEnd(i) { i += 1 }
        return i
    }

    static func blockScalarEnd(header: Int, in source: YAMLSourceText) -> Int {
        let headerEnd = blockHeaderEnd(header, in: source)
        // An explicit indentation digit counts from the indentation of the header's line.
        let digits = source.text(header..<headerEnd).unicodeScalars.compactMap { Int(String($0)) }
        var contentIndent: Int? = digits.first.map { source.indent(ofLineAt: source.lineStart(of: header)) + $0 }
        var end = headerEnd
        var line = source.nextLineStart(of: header)
        while line < source.count {
            if source.isBlankLine(line) {
                line = source.nextLineStart(of: line)
                continue
            }
            let indent = source.indent(ofLineAt: line)
            if contentIndent == nil { contentIndent = indent }
            // The first content line must be indented further than the header's line.
            if indent < contentIndent! || indent <= source.indent(ofLineAt: source.lineStart(of: header)) { break }
            end = source.lineEnd(of: line)
            line = source.nextLineStart(of: line)
        }
        return end
    }

    /// End (exclusive, trailing blanks trimmed) of plain text on one line, from `from`.
    /// `stoppedAtBreak` tells whether the scalar may continue on the next line.
    static func plainLineEnd(
        from: Int, limit: Int, inFlow: Bool,
        in source: YAMLSourceText
    ) -> (end: Int, stoppedAtBreak: Bool) {
        var i = from
        var last = from
        while i < limit && !source.isBreak(i) {
            let c = source[i]!
            if c == "#" && i > from && source.isBlank(i - 1) { return (last, false) }
            if c == ":" {
                let next = source[i + 1]
                if source.isBlankOrEnd(i + 1) || (inFlow && next.map { ",[]{}".unicodeScalars.contains($0) } == true) {
                    return (last, false)
                }
            }
            if inFlow && ",[]{}".unicodeScalars.contains(c) { return (last, false) }
            if !source.isBlank(i) { last = i + 1 }
            i += 1
        }
        return (last, i < limit)
    }

    static func plainEnd(start: Int, limit: Int, inFlow: Bool, in source: YAMLSourceText) -> Int {
        var (end, more) = plainLineEnd(from: start, limit: limit, inFlow: inFlow, in: source)
        var line = source.nextLineStart(of: end)
        // Continuation lines: only text that is not a comment, an indicator (`- `, `? `, `,`, `]`...)
        // or a document marker, and that lies before the next node, belongs to this scalar.
        while more && line < limit {
            let first = source.skipBlanks(line)
            if source.isBlankLine(line) {
                line = source.nextLineStart(of: line)
                continue
            }
            if first >= limit || source[first] == "#" { break }
            let head = source.text(first..<min(limit, source.lineEnd(of: first)))
            if head.unicodeScalars.allSatisfy({ "-?:,]} \t".unicodeScalars.contains($0) }) { break }
            if first == line && (head.hasPrefix("---") || head.hasPrefix("...")) { break }
            let next = plainLineEnd(from: first, limit: limit, inFlow: inFlow, in: source)
            end = next.end
            more = next.stoppedAtBreak
            line = source.nextLineStart(of: end)
        }
        return end
    }
}
