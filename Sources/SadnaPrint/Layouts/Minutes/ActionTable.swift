import SadnaKit

/// Actions in a table, the header repeated on every page: the item (and meeting) they come
/// from, what is to be done, who does it and by when, and whether it is late.
struct ActionTable {
    let context: LayoutContext
    let labels: Labels<MinutesLabel>
    let flow: PageFlow
    let order: ReadingOrder
    /// Whether a column names the meeting (the programme's table of actions) or not (a meeting's own).
    let showsMeeting: Bool

    struct Line {
        var meeting: Meeting?
        var item: Int
        var decision: Minutes.Decision
        var action: Minutes.Action
        var overdue: Bool
    }

    static let body = TextStyle(size: 10)
    static let rowHeight = 9.0

    private var widths: [Double] {
        let fixed: [Double] = showsMeeting ? [22, 10, 0, 38, 24, 18] : [10, 0, 42, 26]
        let rest = flow.width - fixed.reduce(0, +)
        return fixed.map { $0 == 0 ? rest : $0 }
    }

    private var headings: [String] {
        (showsMeeting ? [labels(.meeting)] : []) + ["#", labels(.action), labels(.owner), labels(.due)]
            + (showsMeeting ? [labels(.overdue)] : [])
    }

    private func table() -> FlowTable {
        let padding = (x: 2.0, y: 2.0)
        let style = FlowTable.Style(padding: padding, columnRule: .stroked(.rule, width: 0.2), frame: .stroked(.rule, width: 0.3))
        let bold = Self.body.weighted(.bold).coloured(.accent)
        let header = headings.enumerated().map { index, text in cell(text, index, language: context.language, style: bold) }
        return FlowTable(
            columns: FlowTable.Column.side(by: widths), style: style, header: header, flow: flow, order: order,
            typesetter: context.typesetter, runningHeader: nil)
    }

    private func cell(
        _ text: String?, _ column: Int, language: TextLanguage, style: TextStyle = Self.body,
        source: SourceLocation? = nil
    ) -> TextBlock? {
        guard let text, !text.isEmpty else { return nil }
        let page = context.language.direction
        return context.typesetter.layout(
            text, style: style.aligned(.towards(.start, of: page, in: language.direction)),
            width: widths[column] - 4, language: language, source: source)
    }

    /// The lines, one row each; a row grows with its text.
    func place(_ lines: [Line]) {
        let table = table()
        let fresh = table.begin(firstRowHeight: Self.rowHeight)
        let page = context.language, data = context.data, mixed = context.dataOnPage
        let first = showsMeeting ? 1 : 0
        for line in lines {
            let due =
                line.action.due.map(\.value.dotted)
                ?? line.action.dueMeeting.map { "\(labels(.meeting)) \(mixed.isolated($0.value))" }
            var cells = [
                cell(String(line.item), first, language: page, style: Self.body.coloured(.muted)),
                cell(line.decision.text.value, first + 1, language: data, source: line.decision.text.location),
                cell(line.action.owner.value, first + 2, language: data, source: line.action.owner.location),
                cell(due, first + 3, language: page),
            ]
            if showsMeeting {
                let facts = line.meeting.map {
                    MeetingFacts(meeting: $0, labels: context.words(context.templates.agenda.labels), data: mixed)
                }
                cells.insert(cell(facts?.shortNameOnPage(mixed), 0, language: mixed.paragraph), at: 0)
                cells.append(line.overdue ? cell(labels(.overdue), 5, language: page, style: Self.body.weighted(.bold)) : nil)
            }
            table.place(
                FlowTable.Row(cells: cells, location: line.decision.text.location), freshPage: flow.pageBodyHeight - fresh)
        }
        table.end(after: 2)
    }

    /// Empty rows to write in. Returns each row's cells to write in (`action-2-what`,
    /// `action-2-owner`, `action-2-due`) by page, for the form's scan geometry.
    func placeBlank(rows: Int) -> [(page: Int, field: ScanField)] {
        let table = table()
        _ = table.begin(firstRowHeight: Self.rowHeight)
        var fields: [(page: Int, field: ScanField)] = []
        let first = showsMeeting ? 2 : 1
        for number in 1...max(1, rows) {
            table.placeBlankRows(height: Self.rowHeight, count: 1)
            guard let row = table.lastRow else { continue }
            for (offset, name) in ["what", "owner", "due"].enumerated() {
                let column = table.columns[first + offset]
                let x = order.x(offset: column.offset, width: column.width)
                let rect = Rect(x: x, y: row.top, width: column.width, height: row.height)
                fields.append((row.page, ScanField(name: "action-\(number)-\(name)", rect: rect)))
            }
        }
        table.end(after: 2)
        return fields
    }
}
