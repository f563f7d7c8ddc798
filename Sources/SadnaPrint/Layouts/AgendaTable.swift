import SadnaKit

/// The agenda's table on the shared ``FlowTable``: the columns the meeting uses, each row's cells
/// (time and its end, duration, content, detail, needs, notes, owner), and the empty rows of a
/// run-sheet planned by hand.
struct AgendaTable {
    typealias Column = AgendaTemplate.Column
    typealias Style = AgendaLayout.Style

    let labels: Labels<AgendaLabel>
    let columns: [PlacedColumn]
    let pageLanguage: TextLanguage
    let dataLanguage: TextLanguage
    /// Printed small above the repeated header on every page after the first.
    let runningTitle: String
    let typesetter: Typesetter
    let flow: PageFlow
    let order: ReadingOrder

    /// A column in use, with its place on the page.
    struct PlacedColumn {
        var column: Column
        var offset: Double
        var width: Double
    }

    static let style = FlowTable.Style(padding: Style.cellPadding)

    var mixed: DataOnPage { DataOnPage(page: pageLanguage, data: dataLanguage) }

    private func table() -> FlowTable {
        let header = columns.map { column in
            typesetter.layout(
                labels(.column(column.column)), style: Style.columnLabel,
                width: column.width - 2 * Style.cellPadding.x, language: pageLanguage)
        }
        let running = typesetter.layout(
            "\(mixed.isolated(runningTitle)) · \(labels(.agenda)) \(labels(.continued))",
            style: Style.top, width: flow.width, language: mixed.paragraph)
        let continued = columns.firstIndex { $0.column == .content }.map { index in
            (
                column: index,
                marker: typesetter.layout(
                    labels(.continued), style: Style.notes,
                    width: columns[index].width - 2 * Style.cellPadding.x,
                    language: pageLanguage)
            )
        }
        return FlowTable(
            columns: columns.map { FlowTable.Column(offset: $0.offset, width: $0.width) }, style: Self.style,
            header: header, flow: flow, order: order, typesetter: typesetter, runningHeader: running,
            continued: continued)
    }

    /// The agenda's rows, each with its start (fixed or following from the rows before it) and
    /// its computed duration.
    func place(_ rows: [AgendaRow], starts: [ClockTime?], durations: [Int?]) {
        let table = table()
        let headers = table.begin(firstRowHeight: rows.isEmpty ? 0 : 20)
        for (index, row) in rows.enumerated() {
            table.place(
                cells(for: row, start: starts[index], duration: durations[index], table: table),
                freshPage: flow.pageBodyHeight - headers)
        }
        table.end(after: 6)
    }

    /// Empty rows `height` mm tall, as many as fit above `reserve` mm at the foot of the page,
    /// for planning a meeting by hand.
    func placeBlankRows(height: Double, leaving reserve: Double) {
        let table = table()
        table.begin(firstRowHeight: height)
        table.placeBlankRows(height: height, leaving: reserve)
        table.end(after: 6)
    }

    // MARK: Columns

    /// The template's columns for which `used` holds, with the `fill` column taking what is left.
    /// When too many columns crowd the page, the optional ones give way so that the fill column
    /// keeps a readable width.
    static func placedColumns(
        _ template: [AgendaTemplate.ColumnSpec], width: Double,
        using used: (Column) -> Bool
    ) -> [PlacedColumn] {
        var specs = template.filter { used($0.column) }
        if !specs.contains(where: { $0.width == nil }) {
            // The fill column is not in use: content takes the room instead.
            if let index = specs.firstIndex(where: { $0.column == .content }) { specs[index].width = nil }
        }
        let fixed = specs.compactMap(\.width).reduce(0, +)
        var fill = width - fixed
        var scale = 1.0
        let squeezable = specs.filter { ![.time, .duration].contains($0.column) && $0.width != nil }
            .compactMap(\.width).reduce(0, +)
        if fill < Style.minimumFillWidth, squeezable > 0 {
            scale = max(0.6, 1 - (Style.minimumFillWidth - fill) / squeezable)
            fill = width - (fixed - squeezable) - squeezable * scale
        }
        var offset = 0.0
        return specs.map { spec in
            let columnWidth = spec.width.map { [.time, .duration].contains(spec.column) ? $0 : $0 * scale } ?? fill
            defer { offset += columnWidth }
            return PlacedColumn(column: spec.column, offset: offset, width: columnWidth)
        }
    }

    /// The columns a meeting fills: time, duration and content always, the others when any row
    /// has something for them. Time, duration and content keep the template's widths; the room
    /// left is shared among the other columns, each first given a readable minimum, then a part
    /// of the rest in proportion to how much text the meeting puts in it. So a meeting whose
    /// notes are long gets a wide notes column, and one with short notes does not waste the page.
    static func placedColumns(for meeting: Meeting, template: AgendaTemplate, width: Double) -> [PlacedColumn] {
        let agenda = meeting.agenda
        func text(in column: Column) -> Int {
            agenda.reduce(0) { total, row in
                switch column {
                case .time, .duration, .content: total
                case .detail: total + (row.detail?.value.count ?? 0)
                case .needs: total + row.needs.reduce(0) { $0 + $1.value.count }
                case .notes: total + (row.notes?.value.count ?? 0)
                case .owner: total + (row.owner?.value.count ?? 0)
                }
            }
        }
        let steady: Set<Column> = [.time, .duration, .content]
        let specs = template.columns.filter { steady.contains($0.column) || text(in: $0.column) > 0 }
        let shared = specs.filter { !steady.contains($0.column) }
        guard !shared.isEmpty else {
            return placedColumns(template.columns, width: width) { steady.contains($0) }
        }
        let fixed = specs.filter { steady.contains($0.column) }.map { $0.width ?? Style.minimumFillWidth }.reduce(0, +)
        let minimum: [Column: Double] = Dictionary(
            uniqueKeysWithValues: shared.map {
                ($0.column, $0.width.map { $0 * 0.75 } ?? Style.minimumFillWidth * 0.75)
            })
        let room = width - fixed
        let floorTotal = minimum.values.reduce(0, +)
        let squeeze = min(1, room / floorTotal)
        let extra = max(0, room - floorTotal)
        let demand = Dictionary(uniqueKeysWithValues: shared.map { ($0.column, Double(text(in: $0.column))) })
        let totalDemand = demand.values.reduce(0, +)
        var offset = 0.0
        return specs.map { spec in
            let columnWidth: Double
            if let base = minimum[spec.column] {
                columnWidth = base * squeeze + extra * (demand[spec.column] ?? 0) / totalDemand
            } else {
                columnWidth = spec.width ?? Style.minimumFillWidth
            }
            defer { offset += columnWidth }
            return PlacedColumn(column: spec.column, offset: offset, width: columnWidth)
        }
    }

    // MARK: Cells

    private func cells(for row: AgendaRow, start: ClockTime?, duration: Int?, table: FlowTable) -> FlowTable.Row {
        var cells: [TextBlock?] = []
        let body = flow.tightness.body
        // The data's cells start at the column's start edge, beside the header's label, the
        // lists written into them with their markers there too.
        func data(_ text: String, _ style: TextStyle, _ width: Double, _ source: SourceLocation?) -> TextBlock {
            typesetter.layout(mixed.lines(text), style: body(style), width: width, language: mixed.paragraph, source: source)
        }
        for (index, column) in columns.enumerated() {
            let width = table.innerWidth(index)
            let block: TextBlock?
            switch column.column {
            case .time:
                var runs = [RichText.Run(start?.description ?? labels(.none), bold: true, colour: start == nil ? .muted : nil)]
                if let end = row.end {
                    runs.append(
                        RichText.Run(
                            "\n" + labels(.until, ["time": end.value.description]),
                            colour: .muted, scale: 0.8))
                }
                block = typesetter.layout(
                    RichText(runs), style: body(Style.time), width: width,
                    language: pageLanguage, source: row.location)
            case .duration:
                block = duration.map {
                    typesetter.layout(
                        labels.duration(minutes: $0), style: body(Style.duration), width: width,
                        language: pageLanguage, source: row.location)
                }
            case .content:
                block = data(row.content.value, Style.content, width, row.content.location)
            case .detail:
                block = row.detail.map {
                    data($0.value, Style.detail, width, $0.location)
                }
            case .needs:
                block =
                    row.needs.isEmpty
                    ? nil
                    : typesetter.layout(
                        mixed.bulleted(row.needs.map(\.value)), style: body(Style.needs), width: width,
                        language: mixed.paragraph, source: row.needs.first?.location)
            case .notes:
                block = row.notes.map {
                    data($0.value, Style.notes, width, $0.location)
                }
            case .owner:
                block = row.owner.map {
                    data($0.value, Style.owner, width, $0.location)
                }
            }
            cells.append(block)
        }
        return FlowTable.Row(cells: cells, location: row.location)
    }
}
