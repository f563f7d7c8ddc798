import Foundation
import Yams

/// Reads a worksheet's YAML (`Templates/worksheets/ID.yaml`, or a workshop's `worksheets/ID.yaml`).
public enum WorksheetLoader {
    static let keys = ["title", "instructions", "paper", "blocks"]
    static let blockKinds = [
        "box", "row", "lines", "table", "assessment", "checklist", "mind-map", "text", "legend", "projects",
    ]

    public static func load(_ id: String, _ root: Node?, _ reader: NodeReader) -> WorksheetTemplate? {
        guard let root else {
            reader.report(
                .error(.worksheetEmpty, ["title": .code("title:"), "blocks": .code("blocks:")], at: .startOf(reader.file)))
            return nil
        }
        guard let w = reader.mapping(root, what: "a worksheet", keys: keys) else { return nil }
        guard let title = words(w.value("title"), reader: reader, what: "`title`", required: true, at: w.location) else {
            return nil
        }
        let blocks = w.list("blocks", required: true).compactMap { block($0, reader: reader) }
        if blocks.isEmpty && w.has("blocks") {
            reader.report(
                .error(
                    .worksheetEmptyBlocks, ["key": .key("blocks"), "example": .code("- { kind: box, label: Notes }")],
                    at: w.location(of: "blocks")))
        }
        let paper = w.paper()?.value ?? .a4
        return WorksheetTemplate(
            id: id, title: title,
            instructions: words(w.value("instructions"), reader: reader, what: "`instructions`", at: w.location),
            paper: paper, blocks: blocks, location: w.location)
    }

    /// `{he: …, ar: …, en: …}`, or a plain text (taken as every language's).
    static func words(
        _ node: Node?, reader: NodeReader, what: String, required: Bool = false, at location: SourceLocation
    ) -> Words? {
        guard let node else {
            if required {
                reader.report(
                    .error(
                        .fieldRequiredWords, ["what": .text(what), "example": .code("{ he: …, ar: …, en: … }")],
                        at: location))
            }
            return nil
        }
        if case .scalar = node { return reader.text(node, what: what).map { Words($0.value) } }
        guard let m = reader.mapping(node, what: what, keys: Language.allCases.map(\.code)) else { return nil }
        var texts: [Language: String] = [:]
        for language in Language.allCases { if let text = m.text(language.code) { texts[language] = text.value } }
        // Checked as any text kept in several languages: one the run prints in, missing, is said.
        if let wanted = ContentLanguage.current?.wanted, texts[wanted] == nil, let shown = Words(texts).language(wanted) {
            reader.report(ContentLanguage.missing(wanted, shown: shown, what: what, at: reader.location(of: node)))
        }
        return Words(texts)
    }

    /// The texts listed under `key`, each with its line; a list with nothing in it is an error,
    /// since the block would print nothing to fill.
    static func listedWords(
        _ key: String, of b: MappingReader, reader: NodeReader, what: String, empty: MessageID,
        required: Bool = true
    ) -> [Located<Words>] {
        let listed = b.list(key, required: required).compactMap { node in
            words(node, reader: reader, what: what, at: b.location).map { Located($0, at: reader.location(of: node)) }
        }
        if listed.isEmpty && b.has(key) {
            reader.report(.error(empty, ["key": .key(key), "blank": .key("blank")], at: b.location(of: key)))
        }
        return listed
    }

    /// What each kind of block reads; another key on it would be ignored, so it is refused at its line.
    static let blockKeys: [String: [String]] = [
        "box": ["label", "hint", "height"], "row": ["boxes"], "lines": ["label", "lines"],
        "table": ["columns", "rows", "blank", "row-height"],
        "assessment": ["answers", "heading", "questions", "blank", "low", "high", "notes", "row-height"], "checklist": ["items"],
        "mind-map": ["centre", "branches"], "text": ["text", "size"], "legend": ["marks"],
        "projects": ["rows"],
    ]
    /// Every key some block reads: what a block's mapping may hold before its kind is known.
    static let anyBlockKeys = ["kind"] + Set(blockKeys.values.joined()).sorted()

    /// A block with the line it is written at, where what does not fit it is reported.
    static func block(_ node: Node, reader: NodeReader) -> Located<WorksheetTemplate.Block>? {
        kindOfBlock(node, reader: reader).map { Located($0, at: reader.location(of: node)) }
    }

    /// How to say what a key a block does not read should become, where Sadna knows.
    static func update(_ key: String, on kind: String) -> MessageArgument {
        switch (kind, key) {
        case ("row", "height"): .phrase(.phraseWorksheetRowHeight, ["key": .key("height")])
        case ("table", "items"):
            .phrase(
                .phraseWorksheetTableItems,
                ["rows": .key("rows"), "cells": .code("- [cell, cell]"), "named": .code("- { label: …, cells: [cell, …] }")])
        case ("checklist", "rows"), ("checklist", "lines"): .phrase(.phraseWorksheetChecklistGrows, ["items": .key("items")])
        case ("box", "lines"): .phrase(.phraseWorksheetBoxLines, ["lines": .code("kind: lines")])
        default: .text("")
        }
    }

    private static func kindOfBlock(_ node: Node, reader: NodeReader) -> WorksheetTemplate.Block? {
        guard
            let b = reader.mapping(
                node, what: "a worksheet block",
                keys: anyBlockKeys),
            let kind = b.text("kind", required: true, example: "box")
        else { return nil }
        if let allowed = blockKeys[kind.value], case let .mapping(mapping) = node {
            for key in mapping.keys.compactMap(\.string) where key != "kind" && !allowed.contains(key) {
                let also = update(key, on: kind.value)
                reader.report(
                    .error(
                        .worksheetKey,
                        [
                            "kind": .code(kind.value), "key": .key(key), "also": also,
                            "allowed": .list(allowed.map(MessageArgument.key)),
                        ],
                        at: b.location(of: key)))
            }
        }
        func label(_ key: String = "label") -> Words {
            words(b.value(key), reader: reader, what: "`\(key)`", required: true, at: b.location) ?? Words([:])
        }
        switch kind.value {
        case "box":
            return .box(
                label: label(), hint: words(b.value("hint"), reader: reader, what: "`hint`", at: b.location),
                height: b.integer("height", range: 5...400).map { Double($0.value) })
        case "row":
            let boxes = b.list("boxes", required: true).compactMap { block($0, reader: reader) }
            for box in boxes {
                switch box.value {
                case .table, .assessment, .row, .mindMap, .projects:
                    reader.report(
                        .error(.worksheetRow, ["key": .key("boxes")], at: box.location))
                default: break
                }
            }
            if boxes.isEmpty && b.has("boxes") {
                reader.report(
                    .error(.worksheetEmptyBoxes, ["key": .key("boxes")], at: b.location(of: "boxes")))
            }
            return .row(boxes)
        case "lines":
            return .lines(label: label(), count: b.integer("lines", range: 1...40)?.value ?? 2)
        case "table":
            return table(b, reader: reader).map { .table($0) }
        case "assessment":
            return assessment(b, reader: reader).map { .assessment($0) }
        case "checklist":
            let items = listedWords(
                "items", of: b, reader: reader, what: "an item", empty: .worksheetEmptyItems)

            return .checklist(items)
        case "mind-map":
            return .mindMap(centre: label("centre"), branches: b.integer("branches", range: 2...12)?.value ?? 6)
        case "text":
            return .text(label("text"), size: Double(b.integer("size", range: 6...40)?.value ?? 9))
        case "legend":
            let marks = b.list("marks", required: true).compactMap { node -> (mark: Words, colour: UInt32, meaning: Words)? in
                guard let m = reader.mapping(node, what: "a mark", keys: ["mark", "colour", "meaning"]),
                    let mark = words(m.value("mark"), reader: reader, what: "`mark`", required: true, at: m.location),
                    let colour = m.text("colour", required: true)
                else { return nil }
                guard let value = UInt32(colour.value.trimmingCharacters(in: CharacterSet(charactersIn: "#")), radix: 16) else {
                    reader.report(
                        .error(.worksheetColour, ["key": .key("colour"), "value": .quoted(colour.value)], at: colour.location))
                    return nil
                }
                return (
                    mark, value,
                    words(m.value("meaning"), reader: reader, what: "`meaning`", required: true, at: m.location) ?? Words([:])
                )
            }
            return .legend(marks)
        case "projects":
            return .projects(rows: b.integer("rows", range: 1...40)?.value ?? 12)
        default:
            reader.report(
                .error(
                    .worksheetBlock,
                    [
                        "kind": .code(kind.value), "guess": Suggestion.didYouMean(kind.value, among: blockKinds),
                        "kinds": .list(blockKinds.map(MessageArgument.code)),
                    ],
                    at: kind.location))
            return nil
        }
    }
}
