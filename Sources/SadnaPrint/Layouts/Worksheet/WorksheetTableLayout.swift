import Foundation
import SadnaKit

/// A worksheet's tables and self-assessments, on the shared table of every printable: the
/// header repeated on each page the table reaches, rows that grow with their text, and rows
/// taller than a page reported at their line.
extension WorksheetLayout {
    var headingStyle: TextStyle { TextStyle(size: type(9.5), weight: .bold, colour: .accent) }
    var cellStyle: TextStyle { TextStyle(size: type(10)) }
    /// Above and below a written row's text.
    var cellPadding: Double { 1.5 * scale }
    /// An empty row to write in, when the table gives no height.
    var writingRow: Double { 10 * scale }

    func tableStyle(padding: Double, header: Double? = nil) -> FlowTable.Style {
        FlowTable.Style(
            padding: (2, padding), headerRule: .stroked(.accent, width: 0.5),
            columnRule: .stroked(.rule, width: 0.25), rowRule: .stroked(.rule, width: 0.25),
            frame: .stroked(.rule, width: 0.25), headerHeight: header)
    }

    var band: ReadingOrder { ReadingOrder(minX: margin, maxX: margin + width, direction: page.direction) }

    /// A table whose rows are the scan fields `name-1`, `name-2`, … (a secretary types a table
    /// row by row, and a row left empty has no ink, so only the rows written in come back).
    func table(_ table: WorksheetTable, width: Double, source: SourceLocation, name: String) -> Part {
        let total = table.columns.map(\.width).reduce(0, +)
        let placed = FlowTable.Column.side(by: table.columns.map { width * $0.width / total })
        if table.sharesThePage {
            return Part(
                height: nil, least: Double(table.blankRows + 1) * writingRow, what: "the table",
                draw: { area, flow in
                    blankTable(table, columns: placed, in: area, on: flow, source: source, name: name)
                    flow.move(to: area.y)
                })
        }
        let header = zip(table.columns, placed).map { column, place -> TextBlock? in
            guard Self.isHeaded(column) else { return nil }
            return text.whole(
                column.label, style: headingStyle, width: place.width - 4, source: source, what: "a column's heading")
        }
        let rows = table.rows.map { row -> FlowTable.Row in
            var cells = [TextBlock?](repeating: nil, count: placed.count)
            var column = 0
            if let label = row.label {
                cells[0] = text.whole(
                    label.value, style: TextStyle(size: type(10), weight: .bold, colour: .accent),
                    width: placed[0].width - 4, source: label.location, what: "the row's label")
                column = 1
            }
            for cell in row.cells where column < placed.count {
                if let cell {
                    cells[column] = text.whole(
                        cell.value, style: cellStyle, width: placed[column].width - 4, source: cell.location,
                        what: "the cell")
                }
                column += 1
            }
            var placedRow = FlowTable.Row(cells: cells, location: row.location)
            placedRow.minimumHeight = row.height ?? table.rowHeight ?? 0
            return placedRow
        }
        let blank = table.rowHeight ?? writingRow
        return flowing(
            header: header, columns: placed, rows: rows, what: "the table", source: source, name: name,
            after: { shared, _ in
                blankRows(on: shared, height: blank, count: table.blankRows, after: rows.count, name: name)
            },
            extra: Double(table.blankRows) * blank)
    }

    /// A table of empty rows only, as tall as `area`: its rows share what is left below the header.
    private func blankTable(
        _ table: WorksheetTable, columns placed: [FlowTable.Column], in area: Rect, on flow: PageFlow,
        source: SourceLocation, name: String
    ) {
        let typesetter = context.typesetter
        let headed = table.columns.contains(where: Self.isHeaded)
        let rowHeight = area.height / Double(table.blankRows + (headed ? 1 : 0))
        let header = zip(table.columns, placed).map { column, place -> TextBlock? in
            guard headed else { return nil }
            let (words, language) = text.say(column.label)
            return typesetter.fitted(
                words, style: headingStyle, in: Size(width: place.width - 4, height: rowHeight - 1),
                policy: FitPolicy(floor: 8, maxLines: 2), language: language, source: source)
                ?? text.whole(
                    column.label, style: headingStyle, width: place.width - 4, source: source, what: "a column's heading")
        }
        flow.move(to: area.y)
        let shared = FlowTable(
            columns: placed, style: tableStyle(padding: 0, header: headed ? rowHeight : nil), header: header, flow: flow,
            order: band,
            typesetter: typesetter)
        shared.begin(firstRowHeight: 0)
        // A header that needed more than its share takes it from the rows, never from the page.
        blankRows(
            on: shared, height: (area.maxY - flow.y) / Double(table.blankRows), count: table.blankRows, after: 0, name: name)
        shared.end(after: 0)
    }

    /// `count` empty rows, each recorded as the scan field after the `after` rows before it.
    private func blankRows(on shared: FlowTable, height: Double, count: Int, after: Int, name: String) {
        for row in 0..<count {
            shared.placeBlankRows(height: height, count: 1)
            record(shared, name: ScanFields.name(after + row, in: name))
        }
    }

    /// The row just placed on `shared` as the scan field `name`, across the table's band (its
    /// last part, for a row broken across pages: the part written on last).
    private func record(_ shared: FlowTable, name: String) {
        guard let row = shared.lastRow else { return }
        fields.add(
            ScanField(name: name, rect: Rect(x: band.minX, y: row.top, width: band.width, height: row.height)), page: row.page)
    }

    /// Whether a column has a heading to print (a label of spaces alone is none).
    static func isHeaded(_ column: WorksheetTable.Column) -> Bool {
        Language.allCases.contains { !column.label($0).trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// A table that places itself on the flow, row by row, reporting a row no page can hold.
    func flowing(
        header: [TextBlock?], columns: [FlowTable.Column], rows: [FlowTable.Row], what: String, source: SourceLocation,
        name: String, each: ((FlowTable.Row, Double, PageFlow) -> Void)? = nil,
        after: ((FlowTable, PageFlow) -> Void)? = nil, extra: Double = 0
    ) -> Part {
        let pad = cellPadding
        func height(_ row: FlowTable.Row) -> Double {
            max(row.minimumHeight, (row.cells.compactMap { $0?.height }.max() ?? 0) + 2 * pad)
        }
        let headerHeight = (header.compactMap { $0?.height }.max() ?? 0) + 2 * pad
        let total = headerHeight + rows.map(height).reduce(0, +) + extra
        return Part(
            height: total, what: what,
            flows: { flow, running in
                let typesetter = context.typesetter
                let shared = FlowTable(
                    columns: columns, style: tableStyle(padding: pad), header: header, flow: flow, order: band,
                    typesetter: typesetter, runningHeader: running)
                let repeated = shared.begin(firstRowHeight: rows.first.map(height) ?? 0)
                let room = flow.pageBodyHeight - repeated
                for (number, row) in rows.enumerated() {
                    let tall = height(row)
                    if tall > room + 0.001 {
                        text.reportTooTall(
                            "this row", height: tall, room: room, at: row.location ?? source, id: .worksheetTooTallRow)

                    }
                    shared.place(row, freshPage: room)
                    record(shared, name: ScanFields.name(number, in: name))
                    each?(row, tall, flow)
                }
                after?(shared, flow)
                shared.end(after: 0)
            })
    }

    /// Questions with their answers to mark: a box under yes and one under no, or a circle under
    /// each point of the scale, the question taking what the answers leave.
    func assessment(_ assessment: Assessment, width: Double, source: SourceLocation, name: String) -> Part {
        let typesetter = context.typesetter
        let yesNo = assessment.answers == .yesNo
        let answers = yesNo ? [labels.shared(.answerYes), labels.shared(.answerNo)] : (1...5).map(String.init)
        let answerWidth = (yesNo ? 13 : 9.5) * scale
        let notesWidth = assessment.notes ? width * 0.25 : 0
        let questionWidth = width - answerWidth * Double(answers.count) - notesWidth
        let placed = FlowTable.Column.side(
            by: [questionWidth] + answers.map { _ in answerWidth } + (assessment.notes ? [notesWidth] : []))
        let (heading, headingLanguage) = assessment.heading.map(text.say) ?? ("", language)
        var runs = [RichText.Run(heading, bold: true)]
        if !yesNo, let low = assessment.low, let high = assessment.high {
            let ends = "1 – \(text.say(low).text) · 5 – \(text.say(high).text)"
            runs.append(RichText.Run((heading.isEmpty ? "" : "\n") + ends, colour: .muted, scale: 0.85))
        }
        let first = typesetter.layout(RichText(runs), style: headingStyle, width: questionWidth - 4, language: headingLanguage)
        let marks = answers.map { answer in
            typesetter.layout(
                answer, style: headingStyle.aligned(.centre), width: answerWidth - 4, language: language)
        }
        let notes =
            assessment.notes
            ? [typesetter.layout(labels.shared(.remarks), style: headingStyle, width: notesWidth - 4, language: language)] : []
        var rows = assessment.questions.map { question -> FlowTable.Row in
            var row = FlowTable.Row(
                cells: [
                    text.whole(
                        question.value, style: cellStyle, width: questionWidth - 4, source: question.location,
                        what: "the question")
                ] + [TextBlock?](repeating: nil, count: placed.count - 1), location: question.location)
            row.minimumHeight = assessment.rowHeight ?? writingRow
            return row
        }
        var empty = FlowTable.Row(cells: [TextBlock?](repeating: nil, count: placed.count))
        empty.minimumHeight = assessment.rowHeight ?? writingRow
        rows += [FlowTable.Row](repeating: empty, count: assessment.blankRows)
        let order = band
        return flowing(
            header: [first] + marks + notes, columns: placed, rows: rows, what: "the assessment", source: source, name: name,
            each: { _, height, flow in
                // The row just placed ends at the cursor: a mark to fill in the middle of each answer's cell.
                let middle = flow.y - height / 2
                for column in placed.dropFirst().prefix(answers.count) {
                    let x = order.x(offset: column.offset + column.width / 2, width: 0)
                    if yesNo {
                        let side = 4 * scale
                        flow.add(
                            .rectangle(Rect(x: x - side / 2, y: middle - side / 2, width: side, height: side), cornerRadius: 0.5),
                            .stroked(.ink, width: 0.35))
                    } else {
                        flow.add(.circle(centre: Point(x: x, y: middle), radius: 2.2 * scale), .stroked(.ink, width: 0.35))
                    }
                }
            })
    }
}
