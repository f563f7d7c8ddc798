import SadnaKit

/// The agenda's table: the columns the meeting uses, a header row repeated on every page the
/// table reaches, and rows that break across pages line by line when they must.
struct AgendaTable {
    typealias Column = AgendaTemplate.Column
    typealias Style = AgendaLayout.Style

    let labels: Labels
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

    /// One row's cells, each a measured block.
    struct Row {
        var cells: [Column: TextBlock]
        /// Where the row is written, for reports about it.
        var location: SourceLocation?
    }

    /// The agenda's rows, each with its computed duration.
    func place(_ rows: [AgendaRow], durations: [Int?]) {
        let headers = beginTable(firstRowHeight: rows.isEmpty ? 0 : 20)
        for (index, row) in rows.enumerated() {
            place(cells(for: row, duration: durations[index]), freshPage: flow.pageBodyHeight - headers)
        }
        endTable()
    }

    /// Empty rows `height` mm tall, as many as fit above `reserve` mm at the foot of the page,
    /// for planning a meeting by hand.
    func placeBlankRows(height: Double, leaving reserve: Double) {
        beginTable(firstRowHeight: height)
        while flow.remaining - reserve >= height {
            draw(Row(cells: [:], location: nil), from: [:], counts: nil, height: height, continued: false)
        }
        endTable()
    }

    /// Draws the header row and has every later page repeat it under a running header.
    /// Returns the height those repeated headers take on each later page.
    @discardableResult
    private func beginTable(firstRowHeight: Double) -> Double {
        let header = headerRow()
        let running = runningHeader()
        flow.ensure(height(of: header) + firstRowHeight)
        drawHeaderRow(header, on: flow)
        flow.continuation = { flow in
            flow.add(running, at: Point(x: flow.left, y: flow.y))
            flow.advance(running.height + 2.5)
            drawHeaderRow(header, on: flow)
        }
        return running.height + 2.5 + height(of: header)
    }

    private func endTable() {
        flow.continuation = nil
        flow.advance(6)
    }

    // MARK: Columns

    /// The template's columns for which `used` holds, with the `fill` column taking what is left.
    /// When too many columns crowd the page, the optional ones give way so that the fill column
    /// keeps a readable width.
    static func placedColumns(_ template: [AgendaTemplate.ColumnSpec], width: Double,
                              using used: (Column) -> Bool) -> [PlacedColumn] {
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
        let minimum: [Column: Double] = Dictionary(uniqueKeysWithValues: shared.map {
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

    private func headerRow() -> Row {
        var cells: [Column: TextBlock] = [:]
        for column in columns {
            cells[column.column] = typesetter.layout(labels(column.column.rawValue), style: Style.columnLabel,
                                                     width: innerWidth(column), language: pageLanguage)
        }
        return Row(cells: cells, location: nil)
    }

    private func cells(for row: AgendaRow, duration: Int?) -> Row {
        var cells: [Column: TextBlock] = [:]
        let data = dataLanguage
        for column in columns {
            let width = innerWidth(column)
            let block: TextBlock?
            switch column.column {
            case .time:
                var runs = [RichText.Run(row.start?.value.description ?? labels("none"), bold: true,
                                         colour: row.start == nil ? .muted : nil)]
                if let end = row.end {
                    runs.append(RichText.Run("\n" + labels("until", ["time": end.value.description]),
                                             colour: .muted, scale: 0.8))
                }
                block = typesetter.layout(RichText(runs), style: Style.time, width: width,
                                          language: pageLanguage, source: row.location)
            case .duration:
                block = duration.map {
                    typesetter.layout(MeetingFacts.duration($0, labels: labels), style: Style.duration, width: width,
                                      language: pageLanguage, source: row.location)
                }
            case .content:
                block = typesetter.layout(row.content.value, style: Style.content, width: width, language: data,
                                          source: row.content.location)
            case .detail:
                block = row.detail.map {
                    typesetter.layout($0.value, style: Style.detail, width: width, language: data, source: $0.location)
                }
            case .needs:
                block = row.needs.isEmpty ? nil : typesetter.layout(
                    row.needs.map { "•  \($0.value)" }.joined(separator: "\n"), style: Style.needs, width: width,
                    language: data, source: row.needs.first?.location)
            case .notes:
                block = row.notes.map {
                    typesetter.layout($0.value, style: Style.notes, width: width, language: data, source: $0.location)
                }
            case .owner:
                block = row.owner.map {
                    typesetter.layout($0.value, style: Style.owner, width: width, language: data, source: $0.location)
                }
            }
            cells[column.column] = block
        }
        return Row(cells: cells, location: row.location)
    }

    private func innerWidth(_ column: PlacedColumn) -> Double { column.width - 2 * Style.cellPadding.x }

    private func height(of row: Row) -> Double {
        (row.cells.values.map(\.height).max() ?? 0) + 2 * Style.cellPadding.y
    }

    // MARK: Drawing

    private func drawHeaderRow(_ header: Row, on flow: PageFlow) {
        let rowHeight = height(of: header)
        flow.add(.rectangle(Rect(x: flow.left, y: flow.y, width: flow.width, height: rowHeight), cornerRadius: 0),
                 .filled(.tint))
        for column in columns {
            guard let block = header.cells[column.column] else { continue }
            flow.add(block, at: cellOrigin(column, block))
        }
        flow.advance(rowHeight)
        flow.add(.line(from: Point(x: flow.left, y: flow.y), to: Point(x: flow.right, y: flow.y)),
                 .stroked(.accent, width: 0.45))
    }

    /// A slim reminder of what the page belongs to, at the top of every page after the first.
    private func runningHeader() -> TextBlock {
        let text = "\(runningTitle) · \(labels("document")) \(labels("continued"))"
        return typesetter.layout(text, style: Style.top, width: flow.width, language: dataLanguage)
    }

    private func cellOrigin(_ column: PlacedColumn, _ block: TextBlock) -> Point {
        Point(x: order.x(offset: column.offset + Style.cellPadding.x, width: block.width), y: flow.y + Style.cellPadding.y)
    }

    /// Places a row, breaking it across pages when it must: a row that fits on a fresh page (with
    /// `freshPage` mm under its headers) moves there whole unless that would leave a large gap; a
    /// longer one is split between lines.
    private func place(_ row: Row, freshPage: Double) {
        var next: [Column: Int] = row.cells.mapValues { _ in 0 }
        var continued = false
        let pad = Style.cellPadding.y
        while true {
            let needed = columns.map { column -> Double in
                guard let block = row.cells[column.column], let start = next[column.column] else { return 0 }
                return block.height(ofLines: start..<block.lines.count)
            }.max()! + 2 * pad
            if needed <= flow.remaining {
                draw(row, from: next, counts: nil, height: needed, continued: continued)
                return
            }
            let worthSplitting = needed > freshPage || flow.remaining > flow.pageBodyHeight * 0.45
            var counts: [Column: Int] = [:]
            for (column, block) in row.cells {
                counts[column] = block.linesFitting(from: next[column]!, in: flow.remaining - 2 * pad)
            }
            let tallest = row.cells.max { a, b in
                a.value.height(ofLines: next[a.key]!..<a.value.lines.count)
                    < b.value.height(ofLines: next[b.key]!..<b.value.lines.count)
            }
            let placedOfTallest = tallest.map { counts[$0.key] ?? 0 } ?? 0
            if !worthSplitting || placedOfTallest < 2 {
                if flow.isAtTopOfPage {
                    // Not even one line of the tallest cell fits an empty page: nothing can be done.
                    typesetter.report(.warning("this agenda row is too tall for any page and is left out", at: row.location,
                                               hint: "split it into shorter rows", rule: "layout.overflow"))
                    return
                }
                flow.startPage()
                continue
            }
            let partHeight = row.cells.map { column, block in
                block.height(ofLines: next[column]!..<(next[column]! + counts[column]!))
            }.max()! + 2 * pad
            draw(row, from: next, counts: counts, height: partHeight, continued: continued)
            for (column, count) in counts { next[column]! += count }
            continued = true
            flow.startPage()
        }
    }

    /// Draws lines `from[c] ..< from[c] + counts[c]` of each cell (all remaining lines when
    /// `counts` is nil), then the row's rules.
    private func draw(_ row: Row, from: [Column: Int], counts: [Column: Int]?,
                      height: Double, continued: Bool) {
        var contentDrawn = false
        for column in columns {
            guard let block = row.cells[column.column], let start = from[column.column] else { continue }
            let end = counts.map { start + ($0[column.column] ?? 0) } ?? block.lines.count
            if start < end {
                flow.add(block, lines: start..<end, at: cellOrigin(column, block))
                if column.column == .content { contentDrawn = true }
            }
        }
        if continued && !contentDrawn, let content = columns.first(where: { $0.column == .content }) {
            let marker = typesetter.layout(labels("continued"), style: Style.notes, width: innerWidth(content),
                                           language: pageLanguage)
            flow.add(marker, at: cellOrigin(content, marker))
        }
        for column in columns.dropFirst() {
            let x = order.x(offset: column.offset, width: 0)
            flow.add(.line(from: Point(x: x, y: flow.y), to: Point(x: x, y: flow.y + height)),
                     .stroked(.grey(0.85), width: 0.15))
        }
        flow.advance(height)
        flow.add(.line(from: Point(x: flow.left, y: flow.y), to: Point(x: flow.right, y: flow.y)),
                 .stroked(.rule, width: 0.2))
    }
}
