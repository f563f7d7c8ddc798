import SadnaKit

/// A table on the page-flow engine, the one every printable uses (the agenda's run-sheet, the
/// kit's print list, the worksheets' empty tables): columns in reading order, a header row
/// repeated on every page the table reaches, rows that break across pages line by line when
/// they must, and empty rows for forms filled by hand.
final class FlowTable {
    /// Where the last row (or its last part) was drawn: its page, top and height (for a form's
    /// scan geometry, ``ScanMarks``).
    private(set) var lastRow: (page: Int, top: Double, height: Double)?
    /// A column's place, from the table's start edge.
    struct Column {
        var offset: Double
        var width: Double

        /// Columns of these widths side by side, the first at the table's start edge.
        static func side(by widths: [Double]) -> [Column] {
            var offset = 0.0
            return widths.map { width in
                defer { offset += width }
                return Column(offset: offset, width: width)
            }
        }
    }

    struct Style {
        var padding: (x: Double, y: Double)
        /// Behind the header row.
        var headerFill: Colour? = .tint
        /// Under the header row.
        var headerRule = Paint.stroked(.accent, width: 0.45)
        /// Between columns, row by row; nil for none.
        var columnRule: Paint? = .stroked(.grey(0.85), width: 0.15)
        /// Under every row.
        var rowRule = Paint.stroked(.rule, width: 0.2)
        /// Around the whole table, for forms; nil for none.
        var frame: Paint?
        /// At least this tall, the header's cells centred in it (a form's header band).
        var headerHeight: Double?
    }

    let columns: [Column]
    let style: Style
    let flow: PageFlow
    let order: ReadingOrder
    let typesetter: Typesetter
    /// The header's cells, one per column (nil for an empty one).
    let header: [TextBlock?]
    /// Printed small above the repeated header on every page after the first.
    let runningHeader: TextBlock?
    /// Shown in `continued.column` of a row's later part when that column's text has all been
    /// drawn, so that the part is not left without a name.
    let continued: (column: Int, marker: TextBlock)?
    /// Where the table's part on each page starts and ends (its header's top, its last row's
    /// foot), for its frame.
    private var spans: [Int: (top: Double, bottom: Double)] = [:]
    /// How many rows (or parts of rows) each page holds, to find a last row left alone.
    private var rowsOnPage: [Int: Int] = [:]

    init(
        columns: [Column], style: Style, header: [TextBlock?], flow: PageFlow, order: ReadingOrder, typesetter: Typesetter,
        runningHeader: TextBlock? = nil, continued: (column: Int, marker: TextBlock)? = nil
    ) {
        self.columns = columns
        self.style = style
        self.header = header
        self.flow = flow
        self.order = order
        self.typesetter = typesetter
        self.runningHeader = runningHeader
        self.continued = continued
    }

    /// One row's cells, each a measured block or nothing.
    struct Row {
        var cells: [TextBlock?]
        /// Where the row is written, for reports about it.
        var location: SourceLocation? = nil
        /// At least this tall (mm): room to write in a worksheet's row.
        var minimumHeight = 0.0
    }

    /// The width inside a column's padding, which its cells are set to.
    func innerWidth(_ column: Int) -> Double { columns[column].width - 2 * style.padding.x }

    var headerHeight: Double {
        guard hasHeader else { return 0 }
        return max(style.headerHeight ?? 0, (header.compactMap { $0?.height }.max() ?? 0) + 2 * padding)
    }

    /// Whether there is a header row: a table whose columns have no headings has none, not an
    /// empty band.
    var hasHeader: Bool { style.headerHeight != nil || header.contains { $0 != nil } }

    /// The space above and below a row's text, as tight as the flow is set.
    var padding: Double { style.padding.y * flow.tightness.spacing }

    /// Draws the header row (with room for `firstRowHeight` under it) and has every later page
    /// repeat it under the running header. Returns the height those repeated headers take.
    @discardableResult
    func begin(firstRowHeight: Double) -> Double {
        flow.ensure(headerHeight + firstRowHeight)
        spans[flow.pageIndex] = (flow.y, flow.y)
        drawHeader()
        let running = runningHeader
        flow.continuation = { [self] flow in
            if let running {
                flow.add(running, at: Point(x: flow.left, y: flow.y))
                flow.advance(running.height + 2.5)
            }
            spans[flow.pageIndex] = (flow.y, flow.y)
            drawHeader()
        }
        return (running.map { $0.height + 2.5 } ?? 0) + headerHeight
    }

    /// Stops repeating the header and leaves `after` millimetres below the table. A last page
    /// that holds one row of a longer table is noted as a stray.
    func end(after: Double) {
        flow.continuation = nil
        if rowsOnPage.count > 1, let last = rowsOnPage.keys.max(), rowsOnPage[last] == 1 {
            flow.noteStray()
        }
        if let frame = style.frame {
            // Each page's part framed on its own page.
            for (index, span) in spans where span.bottom > span.top {
                var page = flow.pages[index]
                page.add(
                    .rectangle(
                        Rect(x: order.minX, y: span.top, width: order.width, height: span.bottom - span.top), cornerRadius: 0),
                    frame)
                flow.replacePage(index, with: page)
            }
        }
        flow.gap(after)
    }

    /// Empty rows `height` mm tall: `count` of them, or as many as fit above `reserve` mm at the
    /// foot of the page.
    func placeBlankRows(height: Double, count: Int? = nil, leaving reserve: Double = 0) {
        var placed = 0
        while count.map({ placed < $0 }) ?? (flow.remaining - reserve >= height) {
            draw(Row(cells: [], location: nil), from: [], counts: nil, height: height, continued: false)
            placed += 1
        }
    }

    /// Places a row, breaking it across pages when it must: a row that fits on a fresh page (with
    /// `freshPage` mm under its headers) moves there whole unless that would leave a large gap; a
    /// longer one is split between lines.
    func place(_ row: Row, freshPage: Double) {
        var next = row.cells.map { _ in 0 }
        var continued = false
        let pad = padding
        func remainingHeight(_ index: Int) -> Double {
            guard let block = row.cells[index] else { return 0 }
            return block.height(ofLines: next[index]..<block.lines.count)
        }
        while true {
            let needed = max(continued ? 0 : row.minimumHeight, (row.cells.indices.map(remainingHeight).max() ?? 0) + 2 * pad)
            if needed <= flow.remaining {
                draw(row, from: next, counts: nil, height: needed, continued: continued)
                return
            }
            let worthSplitting = needed > freshPage || flow.remaining > flow.pageBodyHeight * 0.45
            var counts = row.cells.map { _ in 0 }
            for (index, block) in row.cells.enumerated() {
                guard let block else { continue }
                counts[index] = block.linesFitting(from: next[index], in: flow.remaining - 2 * pad)
            }
            let tallest = row.cells.indices.max { remainingHeight($0) < remainingHeight($1) }
            let placedOfTallest = tallest.map { counts[$0] } ?? 0
            if !worthSplitting || placedOfTallest < 2 {
                if flow.isAtTopOfPage {
                    // Not even one line of the tallest cell fits an empty page: nothing can be done.
                    typesetter.report(
                        .warning(.layoutOverflowRow, at: row.location))
                    return
                }
                flow.startPage()
                continue
            }
            let partHeight =
                row.cells.enumerated().map { index, block in
                    block?.height(ofLines: next[index]..<(next[index] + counts[index])) ?? 0
                }.max()! + 2 * pad
            draw(row, from: next, counts: counts, height: partHeight, continued: continued)
            for index in counts.indices { next[index] += counts[index] }
            continued = true
            flow.startPage()
        }
    }

    // MARK: Drawing

    private func cellOrigin(_ column: Int, _ block: TextBlock, rowHeight: Double? = nil) -> Point {
        let y = rowHeight.map { flow.y + ($0 - block.height) / 2 } ?? flow.y + padding
        return Point(x: order.x(offset: columns[column].offset + style.padding.x, width: block.width), y: y)
    }

    private func drawHeader() {
        guard hasHeader else {
            // The table's top edge alone.
            flow.add(
                .line(from: Point(x: order.minX, y: flow.y), to: Point(x: order.maxX, y: flow.y)), style.frame ?? style.headerRule
            )
            return
        }
        let height = headerHeight
        if let fill = style.headerFill {
            flow.add(
                .rectangle(Rect(x: order.minX, y: flow.y, width: order.width, height: height), cornerRadius: 0), .filled(fill))
        }
        for (column, block) in header.enumerated() {
            guard let block else { continue }
            flow.add(block, at: cellOrigin(column, block, rowHeight: style.headerHeight == nil ? nil : height))
        }
        if style.frame != nil { drawColumnRules(height: height) }
        flow.advance(height)
        spans[flow.pageIndex]?.bottom = flow.y
        flow.add(.line(from: Point(x: order.minX, y: flow.y), to: Point(x: order.maxX, y: flow.y)), style.headerRule)
    }

    /// Draws lines `from[c] ..< from[c] + counts[c]` of each cell (all remaining lines when
    /// `counts` is nil), then the row's rules.
    private func draw(_ row: Row, from: [Int], counts: [Int]?, height: Double, continued: Bool) {
        if !row.cells.isEmpty { rowsOnPage[flow.pageIndex, default: 0] += 1 }
        lastRow = (flow.pageIndex, flow.y, height)
        // The cells' first lines share one baseline: a time in Latin digits beside Arabic text
        // (whose font stands taller above its line) sits on the same line as the words, not above
        // them. A cell moves down only as far as the row has room under it.
        let parts = row.cells.enumerated().compactMap { column, block -> (column: Int, block: TextBlock, lines: Range<Int>)? in
            guard let block else { return nil }
            let start = from[column], end = counts.map { start + $0[column] } ?? block.lines.count
            return start < end ? (column, block, start..<end) : nil
        }
        func ascent(_ part: (column: Int, block: TextBlock, lines: Range<Int>)) -> Double {
            part.block.lines[part.lines.lowerBound].baseline - part.block.lines[part.lines.lowerBound].top
        }
        let baseline = parts.map(ascent).max() ?? 0
        var drawn = Set<Int>()
        for part in parts {
            var origin = cellOrigin(part.column, part.block)
            let room = height - 2 * padding - part.block.height(ofLines: part.lines)
            origin.y += max(0, min(baseline - ascent(part), room))
            flow.add(part.block, lines: part.lines, at: origin)
            drawn.insert(part.column)
        }
        if continued, let (column, marker) = self.continued, !drawn.contains(column) {
            flow.add(marker, at: cellOrigin(column, marker))
        }
        drawColumnRules(height: height)
        flow.advance(height)
        spans[flow.pageIndex]?.bottom = flow.y
        flow.add(.line(from: Point(x: order.minX, y: flow.y), to: Point(x: order.maxX, y: flow.y)), style.rowRule)
    }

    private func drawColumnRules(height: Double) {
        guard let paint = style.columnRule else { return }
        for column in columns.dropFirst() {
            let x = order.x(offset: column.offset, width: 0)
            flow.add(.line(from: Point(x: x, y: flow.y), to: Point(x: x, y: flow.y + height)), paint)
        }
    }
}
