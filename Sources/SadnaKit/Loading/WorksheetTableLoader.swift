import Yams

/// A worksheet's tables and self-assessments, read and checked at their lines: a table with no
/// columns or no rows, a row with more cells than the table has columns, or a question list with
/// nothing in it would print a form that is not the one written, so each is an error.
extension WorksheetLoader {
    static let tableRowKeys = ["label", "cells", "height"]

    static func table(_ b: MappingReader, reader: NodeReader) -> WorksheetTable? {
        let columns = b.list("columns", required: true).compactMap { node -> WorksheetTable.Column? in
            guard let c = reader.mapping(node, what: "a column", keys: ["label", "width"]) else { return nil }
            return WorksheetTable.Column(
                label: words(c.value("label"), reader: reader, what: "`label`", required: true, at: c.location)
                    ?? Words([:]),
                width: Double(c.integer("width", range: 1...100)?.value ?? 1))
        }
        if columns.isEmpty && b.has("columns") {
            reader.report(
                .error(
                    .worksheetEmptyColumns, ["key": .key("columns"), "example": .code("- { label: …, width: 30 }")],
                    at: b.location(of: "columns")))
        }
        let rowHeight = b.integer("row-height", range: 5...200).map { Double($0.value) }
        var blank = b.integer("blank", range: 0...60)?.value
        var rows: [WorksheetTable.Row] = []
        if let node = b.value("rows") {
            if case .sequence(let sequence) = node {
                rows = sequence.compactMap { row($0, columns: columns.count, reader: reader) }
                if sequence.isEmpty {
                    reader.report(
                        .error(
                            .worksheetEmptyRows, ["count": .code("rows: 10"), "example": .code("- [cell, cell]")],
                            at: b.location(of: "rows")))
                }
            } else if let count = b.integer("rows", range: 1...60, example: "10") {
                if blank != nil {
                    reader.report(
                        .error(
                            .worksheetKeyBlankTwice, ["rows": .code("rows: \(count.value)"), "blank": .key("blank")],
                            at: count.location))
                }
                blank = count.value
            }
        }
        guard !columns.isEmpty else { return nil }
        let table = WorksheetTable(
            columns: columns, rows: rows, blankRows: blank ?? (b.has("rows") ? 0 : 10), rowHeight: rowHeight)
        return table
    }

    /// `- [cell, cell]`, `- { label: …, cells: […], height: 20 }`, or one text for a one-cell row.
    private static func row(_ node: Node, columns: Int, reader: NodeReader) -> WorksheetTable.Row? {
        let location = reader.location(of: node)
        func cells(_ list: [Node]) -> [Located<Words>?] {
            list.map { cell in
                guard let text = words(cell, reader: reader, what: "a cell", at: location),
                    !text.texts.values.allSatisfy({ $0.allSatisfy(\.isWhitespace) })
                else { return nil }
                return Located(text, at: reader.location(of: cell))
            }
        }
        var row: WorksheetTable.Row
        switch node {
        case .sequence(let list):
            row = WorksheetTable.Row(label: nil, cells: cells(Array(list)), height: nil, location: location)
        case .mapping where !isTranslations(node):
            guard let r = reader.mapping(node, what: "a table row", keys: tableRowKeys) else { return nil }
            let label = words(r.value("label"), reader: reader, what: "`label`", at: r.location).map {
                Located($0, at: r.location(of: "label"))
            }
            var written: [Located<Words>?] = []
            if let list = r.value("cells") {
                if case .sequence(let sequence) = list {
                    written = cells(Array(sequence))
                } else {
                    written = cells([list])
                }
            }
            row = WorksheetTable.Row(
                label: label, cells: written, height: r.integer("height", range: 5...200).map { Double($0.value) },
                location: location)
        default:
            let text = words(node, reader: reader, what: "a row", at: location)
            row = WorksheetTable.Row(
                label: nil, cells: [text.map { Located($0, at: location) }], height: nil, location: location)
        }
        let room = columns - (row.label == nil ? 0 : 1)
        if columns > 0 && row.cells.count > room {
            reader.report(
                .error(
                    row.label == nil ? .worksheetCells : .worksheetCellsLabel,
                    ["count": .number(row.cells.count), "room": .number(room), "key": .key("columns")], at: location))
        }
        return row
    }

    /// Whether a group is a text in several languages (`{ he: …, en: … }`) rather than a row's fields.
    private static func isTranslations(_ node: Node) -> Bool {
        guard case .mapping(let mapping) = node else { return false }
        let codes = Set(Language.allCases.map(\.code))
        return mapping.keys.allSatisfy { $0.string.map(codes.contains) ?? false }
    }

    static func assessment(_ b: MappingReader, reader: NodeReader) -> Assessment? {
        let kinds = Assessment.Answers.allCases.map(\.rawValue)
        var answers: Assessment.Answers?
        if let text = b.text("answers", required: true, example: "yes-no") {
            answers = Assessment.Answers(rawValue: text.value)
            if answers == nil {
                reader.report(
                    .error(
                        .worksheetAnswers,
                        [
                            "key": .key("answers"), "value": .quoted(text.value),
                            "guess": Suggestion.didYouMean(text.value, among: kinds), "yesNo": .code("answers: yes-no"),
                            "scale": .code("answers: scale"),
                        ], at: text.location))
            }
        }
        let blank = b.integer("blank", range: 1...40)?.value ?? 0
        let questions = listedWords(
            "questions", of: b, reader: reader, what: "a question", empty: .worksheetEmptyQuestions, required: blank == 0)
        let low = words(b.value("low"), reader: reader, what: "`low`", at: b.location)
        let high = words(b.value("high"), reader: reader, what: "`high`", at: b.location)
        if answers == .yesNo, low != nil || high != nil {
            reader.report(
                .warning(
                    .worksheetKeyLowHigh, ["low": .key("low"), "high": .key("high"), "scale": .code("answers: scale")],
                    at: b.location(of: low != nil ? "low" : "high")))

        }
        guard let answers, !questions.isEmpty || blank > 0 else { return nil }
        return Assessment(
            answers: answers, heading: words(b.value("heading"), reader: reader, what: "`heading`", at: b.location),
            questions: questions, blankRows: blank, low: low, high: high, notes: b.flag("notes")?.value ?? false,
            rowHeight: b.integer("row-height", range: 5...200).map { Double($0.value) })
    }
}
