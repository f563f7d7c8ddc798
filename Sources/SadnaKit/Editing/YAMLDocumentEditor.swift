import Foundation
import Yams

/// Edits YAML text in place: each operation rewrites only the characters of the values it changes,
/// so comments, key order, quoting, blank lines and every untouched value stay byte for byte.
///
/// Every operation re-parses its result and checks that the value tree is exactly the old tree
/// with the change applied; otherwise it throws `YAMLEditError.verificationFailed` and leaves the
/// editor unchanged. A failed operation never changes `text`.
///
/// ```swift
/// var editor = try YAMLDocumentEditor(text: yaml)
/// try editor.set(["stages", 2, "pains", 0, "text"], to: "מחכה בתור")
/// try editor.moveItem(in: ["stages"], from: 2, to: 0)
/// save(editor.text)
/// ```
public struct YAMLDocumentEditor: Sendable {
    /// The current document text, including its BOM if the original had one.
    public private(set) var text: String
    /// The current document's value tree.
    public private(set) var value: YAMLValue

    private let hasBOM: Bool
    /// The text without its BOM: offsets and Yams marks refer to this.
    private let source: YAMLSourceText
    private let root: YAMLSpan?
    private let layout: YAMLLayout
    /// Set when the document uses a construct the editor will not touch (anchors and aliases:
    /// Yams expands aliases, so an edit to one place could silently change another).
    private let unsupportedReason: String?

    public init(text: String) throws {
        var scalars = Array(text.unicodeScalars)
        let hasBOM = scalars.first == "\u{FEFF}"
        if hasBOM { scalars.removeFirst() }
        try self.init(body: scalars, hasBOM: hasBOM)
    }

    private init(body: [Unicode.Scalar], hasBOM: Bool) throws {
        let source = YAMLSourceText(scalars: body)
        let node: Node?
        do {
            node = try Yams.compose(yaml: source.string)
        } catch {
            throw YAMLEditError.invalidYAML("\(error)")
        }
        self.hasBOM = hasBOM
        self.source = source
        self.text = (hasBOM ? "\u{FEFF}" : "") + source.string
        self.value = try node.map(YAMLValue.init(node:)) ?? .null
        if let node, YAMLDocumentEditor.hasAlias(node, source) {
            unsupportedReason = "documents with aliases"
            root = nil
        } else {
            unsupportedReason = nil
            root = node.map { YAMLSpan.build($0, in: source, limit: source.count, inFlow: false) }
        }
        layout = YAMLDocumentEditor.detectLayout(root, source)
    }

    /// The value at `path`, or nil.
    public func value(at path: YAMLPath) -> YAMLValue? { value[path] }

    // MARK: - Public operations

    /// Sets the value at `path`.
    ///
    /// - Scalars are rewritten in place, keeping the old quoting style when it can carry the new
    ///   text (else plain when safe, else double-quoted; multi-line text becomes a `|-` block).
    ///   A comment after the value stays on its line.
    /// - Mappings are merged key by key (changed keys set, missing keys removed, new keys inserted
    ///   after their predecessor), so untouched entries keep their text and comments.
    /// - Block sequences are diffed: equal items at both ends are kept, items in between set in place,
    ///   and the surplus inserted or removed. Flow lists `[a, b]` are rewritten whole and stay flow
    ///   while every item is a safe plain scalar and the line is short enough.
    /// - If the last path element is a key missing from an existing mapping, the key is appended.
    /// Setting a value to what it already is changes nothing.
    public mutating func set(_ path: YAMLPath, to newValue: YAMLValue) throws {
        try transaction { try $0.setValue(path, newValue) }
    }

    /// Adds `key` to the mapping at `mappingPath`, at its end or right after `sibling`,
    /// indented like the other keys.
    public mutating func insertKey(
        _ key: String, value newValue: YAMLValue, in mappingPath: YAMLPath = [],
        after sibling: String? = nil
    ) throws {
        try transaction {
            try $0.insertEntry(key, newValue, in: mappingPath, position: sibling.map(KeyPosition.after) ?? .end)
        }
    }

    /// Removes a mapping key (path ends in a key) or a sequence item (path ends in an index),
    /// with its lines and any comment on them. Standalone comment lines above it stay.
    public mutating func remove(_ path: YAMLPath) throws {
        try transaction { editor in
            guard let last = path.last else { throw YAMLEditError.unsupported("removing the root") }
            let parent = Array(path.dropLast())
            switch last {
            case let .key(key): try editor.removeEntry(key, in: parent)
            case let .index(index): try editor.removeItem(at: index, in: parent)
            }
        }
    }

    /// Inserts `item` into the sequence at `sequencePath` so that it ends up at `index`.
    /// A new mapping item copies the flow/block layout of its neighbour.
    public mutating func insertItem(_ item: YAMLValue, into sequencePath: YAMLPath, at index: Int) throws {
        try transaction { try $0.insertItemPrimitive(item, into: sequencePath, at: index) }
    }

    /// Moves an item of the sequence at `sequencePath`, carrying its text and comments unchanged.
    public mutating func moveItem(in sequencePath: YAMLPath, from: Int, to: Int) throws {
        try transaction { try $0.moveItemPrimitive(in: sequencePath, from: from, to: to) }
    }

    /// Runs an operation on a copy, so a failure halfway through a multi-step edit changes nothing.
    private mutating func transaction(_ body: (inout YAMLDocumentEditor) throws -> Void) throws {
        var copy = self
        try body(&copy)
        self = copy
    }

    // MARK: - Set

    private mutating func setValue(_ path: YAMLPath, _ new: YAMLValue) throws {
        guard let old = value[path] else {
            let parent = Array(path.dropLast())
            if case let .key(key)? = path.last, case .mapping? = value[parent] {
                return try insertEntry(key, new, in: parent, position: .end)
            }
            throw YAMLEditError.pathNotFound(describe(path))
        }
        if old == new { return }
        let span = try span(at: path)
        switch (old, new) {
        case let (.mapping(o), .mapping(n)) where !o.isEmpty && !n.isEmpty:
            let newKeys = Set(n.map(\.key))
            for entry in o where !newKeys.contains(entry.key) {
                try removeEntry(entry.key, in: path)
            }
            var previous: String?
            for entry in n {
                if value[path + [.key(entry.key)]] != nil {
                    try setValue(path + [.key(entry.key)], entry.value)
                } else {
                    try insertEntry(entry.key, entry.value, in: path, position: previous.map(KeyPosition.after) ?? .start)
                }
                previous = entry.key
            }
        case let (.sequence(o), .sequence(n)) where !o.isEmpty && !n.isEmpty && span.isBlockCollection:
            // Align old and new items (see `alignItems`), then walk the alignment: kept items are
            // untouched, changed ones are set in place (keeping their comments), the rest removed
            // or inserted. `position` is the live index, valid because earlier items are final.
            var position = 0
            for step in alignItems(o, n) {
                switch step {
                case .keep:
                    position += 1
                case let .change(j):
                    try setValue(path + [.index(position)], n[j])
                    position += 1
                case .delete:
                    try removeItem(at: position, in: path)
                case let .insert(j):
                    try insertItemPrimitive(n[j], into: path, at: position)
                    position += 1
                }
            }
        default:
            try replaceValue(path, with: new)
        }
    }

    /// Rewrites one node's text with a freshly rendered value.
    private mutating func replaceValue(_ path: YAMLPath, with new: YAMLValue) throws {
        let old = try span(at: path)
        var expected = value
        try expected.modify(path) { $0 = new }
        let slot = self.slot(of: path)
        var renderer = YAMLRenderer(layout: layout)
        renderer.lineBreakFollows = source.lineEnd(of: old.end) < source.count
        // An empty collection says nothing about how a filled one should look.
        let template: YAMLSpan? = old.isScalar || !old.children.isEmpty ? old : nil

        if slot.isFlow || slot == .root {
            let rendered =
                new.isScalar
                ? try renderer.scalar(new, slot: slot, contentIndent: 0, prefer: old.isScalar ? old.kind : nil).head
                : try renderer.flow(new, plainOnly: false) ?? ""
            let space = old.start == old.end && source[old.start - 1] == ":" ? " " : ""
            return try commit(replacing(old.start..<old.end, with: space + rendered), expected: expected)
        }

        let indicator = try indicatorOffset(path)
        let base = slot == .mapValue ? source.column(of: try keySpan(path).start) : source.column(of: indicator)
        let onLaterLine = source.line(of: old.start) > source.line(of: indicator)
        let lead = onLaterLine ? source.column(of: indicator) + 2 : source.column(of: old.start)
        let r = try renderer.value(
            new, slot: slot, indent: base, lead: lead, template: template,
            oldWidth: old.isFlow ? source.column(of: old.end) : 0)

        // What to replace, and the comment that must stay on the value's first line.
        var anchor = old.start, end = old.end, trailer = "", space = ""
        if onLaterLine {
            // A block collection under `key:`; keep a comment written after the colon.
            anchor = indicator + 1
            space = " "
            trailer = source.text(anchor..<source.lineEnd(of: anchor))
            // A comment on the collection's last line goes with the old content.
            end = source.lineEnd(of: old.end)
        } else if old.isBlockScalar {
            let headerEnd = YAMLSpan.blockHeaderEnd(YAMLSpan.skipProperties(old.start, in: source), in: source)
            trailer = source.text(headerEnd..<source.lineEnd(of: headerEnd))
        } else if old.isBlockCollection {
            // `- key: value` items: a comment on the last line goes with the old content.
            end = source.lineEnd(of: old.end)
        } else {
            if old.start == old.end && !source.isBlank(old.start - 1) { space = " " }
            if !r.lines.isEmpty {
                // The value grows lines below it: its trailing comment moves up onto the first line.
                end = source.lineEnd(of: old.end)
                trailer = source.text(old.end..<end)
            }
        }
        if r.head.isEmpty && !onLaterLine {
            // A block collection starts on the next line: drop the blanks after the colon too.
            anchor = indicator + 1
        }
        let trimmed = trailer.trimmingCharacters(in: .whitespaces)
        guard trimmed.isEmpty || trimmed.hasPrefix("#") else {
            throw YAMLEditError.unsupported("text after the value at \(describe(path))")
        }
        var replacement = (r.head.isEmpty ? "" : space + r.head) + trailer
        if !r.lines.isEmpty { replacement += layout.newline + r.lines.joined(separator: layout.newline) }
        try commit(replacing(anchor..<end, with: replacement), expected: expected)
    }

    // MARK: - Mapping keys

    private enum KeyPosition { case start, end, after(String) }

    private mutating func insertEntry(
        _ key: String, _ new: YAMLValue, in mapPath: YAMLPath,
        position: KeyPosition
    ) throws {
        let map = try span(at: mapPath)
        guard map.kind == .mapping, let entries = value[mapPath]?.entries else {
            throw YAMLEditError.wrongKind("\(describe(mapPath)) is not a mapping")
        }
        guard !entries.contains(where: { $0.key == key }) else { throw YAMLEditError.keyExists(key) }
        let index: Int
        switch position {
        case .start: index = 0
        case .end: index = entries.count
        case let .after(sibling):
            guard let i = entries.firstIndex(where: { $0.key == sibling }) else {
                throw YAMLEditError.pathNotFound(describe(mapPath + [.key(sibling)]))
            }
            index = i + 1
        }
        var newEntries = entries
        newEntries.insert(YAMLValue.Entry(key, new), at: index)
        if entries.isEmpty { return try replaceValue(mapPath, with: .mapping(newEntries)) }
        var expected = value
        try expected.modify(mapPath) { $0 = .mapping(newEntries) }
        let renderer = YAMLRenderer(layout: layout)

        if map.isFlow {
            var parts = flowParts(map)
            let text =
                new.isScalar
                ? try renderer.scalar(new, slot: .flowMapValue, contentIndent: 0).head
                : try renderer.flow(new, plainOnly: false) ?? ""
            parts.insert(try renderer.key(key, flow: true) + ": " + text, at: index)
            return try commit(rebuildingFlow(map, parts), expected: expected)
        }

        let column = source.column(of: map.keys[0].start)
        let pad = String(repeating: " ", count: column)
        let k = try renderer.key(key, flow: false)
        let r = try renderer.value(
            new, slot: .mapValue, indent: column, lead: column + k.count + 2,
            template: siblingTemplate(key, mapPath: mapPath)?.layoutOnly)
        let lines = [pad + k + ":" + (r.head.isEmpty ? "" : " " + r.head)] + r.lines

        if index > 0 {
            let at = ownEnd(after: map.children[index - 1].end, column: column)
            return try commit(insertingLines(lines, at: at), expected: expected)
        }
        let first = map.keys[0].start
        if source.onlyBlanksBefore(first) {
            return try commit(insertingLines(lines, at: source.lineStart(of: first)), expected: expected)
        }
        // The first key shares a line with `- `: the new entry takes that place and the old
        // first key moves to the next line at the same column.
        let text = ([String(lines[0].dropFirst(column))] + lines.dropFirst()).joined(separator: layout.newline)
        try commit(replacing(first..<first, with: text + layout.newline + pad), expected: expected)
    }

    private mutating func removeEntry(_ key: String, in mapPath: YAMLPath) throws {
        let map = try span(at: mapPath)
        guard map.kind == .mapping, let entries = value[mapPath]?.entries else {
            throw YAMLEditError.wrongKind("\(describe(mapPath)) is not a mapping")
        }
        guard let index = map.keyStrings.firstIndex(of: key), let modelIndex = entries.firstIndex(where: { $0.key == key })
        else { throw YAMLEditError.pathNotFound(describe(mapPath + [.key(key)])) }
        var newEntries = entries
        newEntries.remove(at: modelIndex)
        if entries.count == 1 { return try replaceValue(mapPath, with: .mapping([])) }
        var expected = value
        try expected.modify(mapPath) { $0 = .mapping(newEntries) }

        if map.isFlow {
            var parts = flowParts(map)
            parts.remove(at: index)
            return try commit(rebuildingFlow(map, parts), expected: expected)
        }
        let keyStart = map.keys[index].start
        let end = ownEnd(after: map.children[index].end, column: source.column(of: keyStart))
        if source.onlyBlanksBefore(keyStart) {
            return try commit(removingLines(source.lineStart(of: keyStart)..<end), expected: expected)
        }
        // The first key of a `- key: value` item: pull the next line up onto the `- ` line.
        try commit(replacing(keyStart..<source.skipBlanks(end), with: ""), expected: expected)
    }

    /// A same-named value in a sibling item of the parent sequence (e.g. another stage's
    /// `emotion:`), so a key added to one item is laid out like the others.
    private func siblingTemplate(_ key: String, mapPath: YAMLPath) -> YAMLSpan? {
        guard case .index? = mapPath.last, let parent = root?.node(at: Array(mapPath.dropLast())),
            parent.kind == .sequence
        else { return nil }
        return parent.children.lazy.compactMap { $0.child(.key(key)) }.first
    }

    // MARK: - Sequence items

    private mutating func insertItemPrimitive(_ item: YAMLValue, into seqPath: YAMLPath, at index: Int) throws {
        let seq = try span(at: seqPath)
        guard seq.kind == .sequence, let items = value[seqPath]?.items else {
            throw YAMLEditError.wrongKind("\(describe(seqPath)) is not a sequence")
        }
        guard (0...items.count).contains(index) else {
            throw YAMLEditError.indexOutOfRange("\(index) in \(describe(seqPath))")
        }
        var newItems = items
        newItems.insert(item, at: index)
        if items.isEmpty { return try replaceValue(seqPath, with: .sequence(newItems)) }
        var expected = value
        try expected.modify(seqPath) { $0 = .sequence(newItems) }
        let renderer = YAMLRenderer(layout: layout)

        if seq.isFlow {
            var parts = flowParts(seq)
            parts.insert(
                item.isScalar
                    ? try renderer.scalar(item, slot: .flowSeqItem, contentIndent: 0).head
                    : try renderer.flow(item, plainOnly: false) ?? "", at: index)
            return try commit(rebuildingFlow(seq, parts), expected: expected)
        }
        let firstDash = try lineDash(seq.children[0])
        let column = source.column(of: firstDash)
        let template = seq.children[max(index - 1, 0)].layoutOnly
        let r = try renderer.value(item, slot: .seqItem, indent: column, lead: column + 2, template: template)
        let lines = [String(repeating: " ", count: column) + "-" + (r.head.isEmpty ? "" : " " + r.head)] + r.lines
        let at =
            index == 0
            ? leadingStart(firstDash)
            : ownEnd(after: seq.children[index - 1].end, column: column)
        try commit(insertingLines(lines, at: at), expected: expected)
    }

    private mutating func removeItem(at index: Int, in seqPath: YAMLPath) throws {
        let seq = try span(at: seqPath)
        guard seq.kind == .sequence, let items = value[seqPath]?.items else {
            throw YAMLEditError.wrongKind("\(describe(seqPath)) is not a sequence")
        }
        guard items.indices.contains(index) else {
            throw YAMLEditError.indexOutOfRange("\(index) in \(describe(seqPath))")
        }
        var newItems = items
        newItems.remove(at: index)
        if items.count == 1 { return try replaceValue(seqPath, with: .sequence([])) }
        var expected = value
        try expected.modify(seqPath) { $0 = .sequence(newItems) }

        if seq.isFlow {
            var parts = flowParts(seq)
            parts.remove(at: index)
            return try commit(rebuildingFlow(seq, parts), expected: expected)
        }
        let item = seq.children[index]
        let dash = try lineDash(item)
        let end = ownEnd(after: item.end, column: source.column(of: dash))
        try commit(removingLines(source.lineStart(of: dash)..<end), expected: expected)
    }

    private mutating func moveItemPrimitive(in seqPath: YAMLPath, from: Int, to: Int) throws {
        let seq = try span(at: seqPath)
        guard seq.kind == .sequence, let items = value[seqPath]?.items else {
            throw YAMLEditError.wrongKind("\(describe(seqPath)) is not a sequence")
        }
        guard items.indices.contains(from), items.indices.contains(to) else {
            throw YAMLEditError.indexOutOfRange("\(from) -> \(to) in \(describe(seqPath))")
        }
        if from == to { return }
        var newItems = items
        newItems.insert(newItems.remove(at: from), at: to)
        var expected = value
        try expected.modify(seqPath) { $0 = .sequence(newItems) }

        if seq.isFlow {
            var parts = flowParts(seq)
            parts.insert(parts.remove(at: from), at: to)
            return try commit(rebuildingFlow(seq, parts), expected: expected)
        }
        // Cut the item's lines out, re-read the shorter document, and paste them at the new place.
        let item = seq.children[from]
        let dash = try lineDash(item)
        let column = source.column(of: dash)
        let cut = leadingStart(dash)..<ownEnd(after: item.end, column: column)
        var chunk = Array(source.scalars[cut])
        while let last = chunk.last, last == "\n" || last == "\r" { chunk.removeLast() }

        let middle: YAMLDocumentEditor
        do {
            middle = try YAMLDocumentEditor(body: removingLines(cut), hasBOM: hasBOM)
        } catch {
            throw YAMLEditError.verificationFailed("cutting item \(from) out of \(describe(seqPath)) broke the file")
        }
        let shorter = try middle.span(at: seqPath)
        let at =
            to == 0
            ? middle.leadingStart(try middle.lineDash(shorter.children[0]))
            : middle.ownEnd(after: shorter.children[to - 1].end, column: column)
        let chunkText = YAMLSourceText.string(chunk[...])
        try commit(middle.insertingLines([chunkText], at: at), expected: expected)
    }

    // MARK: - Locating things in the text

    private func span(at path: YAMLPath) throws -> YAMLSpan {
        if let reason = unsupportedReason { throw YAMLEditError.unsupported(reason) }
        guard let root, let span = root.node(at: path) else { throw YAMLEditError.pathNotFound(describe(path)) }
        return span
    }

    private func slot(of path: YAMLPath) -> YAMLSlot {
        guard !path.isEmpty, let parent = root?.node(at: Array(path.dropLast())) else { return .root }
        switch (parent.kind, parent.isFlow || parent.inFlow) {
        case (.mapping, false): return .mapValue
        case (.mapping, true): return .flowMapValue
        case (_, false): return .seqItem
        case (_, true): return .flowSeqItem
        }
    }

    private func keySpan(_ path: YAMLPath) throws -> YAMLSpan {
        guard case let .key(key)? = path.last, let parent = root?.node(at: Array(path.dropLast())),
            let index = parent.keyStrings.firstIndex(of: key)
        else { throw YAMLEditError.pathNotFound(describe(path)) }
        return parent.keys[index]
    }

    /// The `:` after a mapping key, or the `-` before a block sequence item.
    private func indicatorOffset(_ path: YAMLPath) throws -> Int {
        if case .key? = path.last {
            let key = try keySpan(path)
            let colon = source.skipBlanks(key.end)
            guard source[colon] == ":" else { throw YAMLEditError.unsupported("complex key at \(describe(path))") }
            return colon
        }
        return try dash(of: try span(at: path))
    }

    private func dash(of item: YAMLSpan) throws -> Int {
        var i = item.start - 1
        while i >= 0 && (source.isBlank(i) || source.isBreak(i)) { i -= 1 }
        guard i >= 0, source[i] == "-" else { throw YAMLEditError.unsupported("sequence item without a `-` before it") }
        return i
    }

    /// The item's `-`, which must start its line for line-based moves (not `- - nested`).
    private func lineDash(_ item: YAMLSpan) throws -> Int {
        let d = try dash(of: item)
        guard source.onlyBlanksBefore(d) else { throw YAMLEditError.unsupported("a `- -` nested sequence item") }
        return d
    }

    /// Start of the first line after a block entry / item whose value ends at `valueEnd`:
    /// its last line, plus following comment lines indented deeper than `column` (they belong to it).
    private func ownEnd(after valueEnd: Int, column: Int) -> Int {
        var end = source.nextLineStart(of: valueEnd)
        while end < source.count && source.isCommentLine(end) && source.indent(ofLineAt: end) > column {
            end = source.nextLineStart(of: end)
        }
        return end
    }

    /// Start of an item's lines including the comment lines right above its `-`, at its column:
    /// when items move, such a comment (e.g. the source line a stage comes from) moves along.
    private func leadingStart(_ dash: Int) -> Int {
        let column = source.column(of: dash)
        var line = source.line(of: dash)
        while line > 0 {
            let previous = source.lineStarts[line - 1]
            guard source.isCommentLine(previous) && source.indent(ofLineAt: previous) == column else { break }
            line -= 1
        }
        return source.lineStarts[line]
    }

    private func flowParts(_ span: YAMLSpan) -> [String] {
        if span.kind == .mapping {
            return zip(span.keys, span.children).map { source.text($0.start..<$1.end) }
        }
        return span.children.map { source.text($0.start..<$0.end) }
    }

    // MARK: - Producing new text

    private func replacing(_ range: Range<Int>, with text: String) -> [Unicode.Scalar] {
        var scalars = source.scalars
        scalars.replaceSubrange(range, with: Array(text.unicodeScalars))
        return scalars
    }

    /// Rewrites a flow collection from its items' original texts (used for insert/remove/move in it).
    private func rebuildingFlow(_ span: YAMLSpan, _ parts: [String]) -> [Unicode.Scalar] {
        let (open, close) = span.kind == .mapping ? ("{", "}") : ("[", "]")
        return replacing(
            YAMLSpan.skipProperties(span.start, in: source)..<span.end,
            with: open + parts.joined(separator: ", ") + close)
    }

    /// Inserts whole lines before the line starting at `at`.
    private func insertingLines(_ lines: [String], at: Int) -> [Unicode.Scalar] {
        let block = lines.joined(separator: layout.newline)
        if at >= source.count && source.count > 0 && !source.isBreak(source.count - 1) {
            // The file has no final newline: keep it that way.
            return replacing(at..<at, with: layout.newline + block)
        }
        return replacing(at..<at, with: block + layout.newline)
    }

    /// Removes whole lines; when they end the file without a final newline, the break before them goes.
    private func removingLines(_ range: Range<Int>) -> [Unicode.Scalar] {
        var start = range.lowerBound
        if range.upperBound >= source.count && source.count > 0 && !source.isBreak(source.count - 1) && start > 0 {
            start -= (start >= 2 && source[start - 2] == "\r" && source[start - 1] == "\n") ? 2 : 1
        }
        return replacing(start..<range.upperBound, with: "")
    }

    /// The safety net: adopt the new text only if it parses to exactly the intended tree.
    private mutating func commit(_ body: [Unicode.Scalar], expected: YAMLValue) throws {
        let next: YAMLDocumentEditor
        do {
            next = try YAMLDocumentEditor(body: body, hasBOM: hasBOM)
        } catch {
            throw YAMLEditError.verificationFailed("the edited text does not parse: \(error)")
        }
        guard next.value == expected else {
            throw YAMLEditError.verificationFailed(firstDifference(expected, next.value) ?? "value tree differs")
        }
        self = next
    }

    /// Test hook: commits an arbitrary text replacement, as a buggy edit would.
    mutating func _commitReplacing(_ range: Range<Int>, with text: String, expected: YAMLValue) throws {
        try transaction { try $0.commit($0.replacing(range, with: text), expected: expected) }
    }

    /// Test hook: the 0-based lines a node's text spans.
    func _lines(of path: YAMLPath) throws -> ClosedRange<Int> {
        let span = try span(at: path)
        return source.line(of: span.start)...source.line(of: span.end)
    }

    // MARK: - Setup helpers

    /// Yams replaces an alias by a copy of the anchored node, mark included, so an alias shows up
    /// as a node that starts before the node visited just before it. (`Node.anchor` cannot tell:
    /// Yams holds anchors weakly and they are gone by now.)
    private static func hasAlias(_ root: Node, _ source: YAMLSourceText) -> Bool {
        var last = -1
        var lastWasScalar = false
        func visit(_ node: Node) -> Bool {
            let start = source.offset(of: node.mark)
            // A collection and its first child legitimately share a start; two scalars never do.
            if start < last || (start == last && lastWasScalar) { return true }
            last = start
            switch node {
            case let .sequence(sequence):
                lastWasScalar = false
                return sequence.contains(where: visit)
            case let .mapping(mapping):
                lastWasScalar = false
                return mapping.contains { visit($0.key) || visit($0.value) }
            case .scalar:
                lastWasScalar = true
                return false
            case .alias:
                return true
            }
        }
        return visit(root)
    }

    /// Learns the newline and indentation steps from the file so inserted lines match it.
    private static func detectLayout(_ root: YAMLSpan?, _ source: YAMLSourceText) -> YAMLLayout {
        var layout = YAMLLayout()
        if let i = source.scalars.firstIndex(where: { $0 == "\n" || $0 == "\r" }), source[i] == "\r" {
            layout.newline = source[i + 1] == "\n" ? "\r\n" : "\r"
        }
        var sawMapping = false, sawSequence = false
        func walk(_ span: YAMLSpan) {
            if span.kind == .mapping && !span.isFlow {
                for (key, child) in zip(span.keys, span.children)
                where child.isBlockCollection
                    && source.line(of: child.start) > source.line(of: key.start)
                {
                    let delta = source.column(of: child.start) - source.column(of: key.start)
                    if child.kind == .mapping && !sawMapping && delta > 0 {
                        layout.mappingIndent = delta
                        sawMapping = true
                    }
                    if child.kind == .sequence && !sawSequence && delta >= 0 {
                        layout.sequenceIndent = delta
                        sawSequence = true
                    }
                }
            }
            span.children.forEach(walk)
        }
        if let root { walk(root) }
        return layout
    }
}
