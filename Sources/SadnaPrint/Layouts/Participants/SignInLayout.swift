import SadnaKit

/// A meeting's sign-in sheet: the meeting, its date, hours and place at the head, then a row per
/// participant to sign beside their name and department, and empty rows for guests to the foot
/// of the last page. The header row repeats on every page.
struct SignInLayout {
    let context: LayoutContext
    let meeting: Meeting
    let labels: Labels<ParticipantLabel>

    static let margin = 14.0
    static let body = TextStyle(size: 11)
    /// Room to sign in: every row at least this tall.
    static let rowHeight = 11.0
    /// At least this many empty rows for people not on the list.
    static let guestRows = 4

    func pages() -> [Page] {
        let workshop = context.workshop, typesetter = context.typesetter
        let page = context.language, data = context.data
        let mixed = context.dataOnPage
        // Clear of the corner marks a scan finds the sheet by.
        let flow = PageFlow(paper: .a4, margin: max(Self.margin, ScanMarks.margin), footerHeight: PageFooter.height)
        let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: page.direction)

        let sheet = MeetingSheet(context: context, meeting: meeting, what: labels(.signIn))
        let facts = sheet.facts
        sheet.head(on: flow, after: 1.5)
        if meeting.number != nil {
            let title = typesetter.fit(
                meeting.title.value, style: mixed.aligned(TextStyle(size: 13, weight: .bold)),
                in: Size(width: flow.width, height: 12), policy: FitPolicy(floor: 10, maxLines: 2),
                language: data, source: meeting.title.location, what: "the meeting's title")
            flow.add(title, at: Point(x: flow.left, y: flow.y))
            flow.advance(title.height + 1.5)
        }
        let line = facts.factsLine(colour: .accent)
        if !line.runs.isEmpty {
            let block = typesetter.layout(line, style: TextStyle(size: 10.5), width: flow.width, language: mixed.paragraph)
            flow.add(block, at: Point(x: flow.left, y: flow.y))
            flow.advance(block.height)
        }
        flow.advance(5)

        let widths = [10.0, 62, 52, flow.width - 124]
        let columns = FlowTable.Column.side(by: widths)
        let padding = (x: 2.0, y: (Self.rowHeight - Self.body.size * 0.3528 * 1.2) / 2)
        let style = FlowTable.Style(padding: padding, columnRule: .stroked(.rule, width: 0.2), frame: .stroked(.rule, width: 0.3))
        func cell(
            _ text: String?, _ column: Int, language: TextLanguage, style: TextStyle = Self.body,
            source: SourceLocation? = nil
        ) -> TextBlock? {
            guard let text, !text.isEmpty else { return nil }
            return typesetter.layout(
                text, style: style.aligned(.towards(.start, of: page.direction, in: language.direction)),
                width: widths[column] - 2 * padding.x, language: language, source: source)
        }
        let bold = Self.body.weighted(.bold).coloured(.accent)
        let header = ([.number, .name, .department, .signature] as [ParticipantLabel]).enumerated().map {
            cell(labels($1), $0, language: page, style: bold)
        }
        let table = FlowTable(
            columns: columns, style: style, header: header, flow: flow, order: order, typesetter: typesetter,
            runningHeader: sheet.runningHeader(width: flow.width))
        let fresh = table.begin(firstRowHeight: Self.rowHeight)
        // Each invitee's signature cell, by page: a scan proposes who came by the ink in it.
        var signatures: [Int: [ScanField]] = [:]
        let signatureX = order.x(offset: widths[0] + widths[1] + widths[2], width: widths[3])
        for (index, person) in workshop.invitees(of: meeting).enumerated() {
            let cells = [
                cell(String(index + 1), 0, language: page, style: Self.body.coloured(.muted)),
                cell(person.name.value, 1, language: data, source: person.name.location),
                cell(person.department?.value, 2, language: data, source: person.department?.location), nil,
            ]
            table.place(FlowTable.Row(cells: cells, location: person.location), freshPage: flow.pageBodyHeight - fresh)
            if let row = table.lastRow {
                signatures[row.page, default: []].append(
                    ScanField(
                        name: "signature-\(index + 1)",
                        rect: Rect(x: signatureX, y: row.top, width: widths[3], height: row.height)))
            }
        }
        // People not on the list sign below, on rows to the foot of the page (a few at least).
        if flow.remaining < Self.rowHeight * Double(Self.guestRows + 1) { flow.startPage() }
        let guests = cell(labels(.guests), 1, language: page, style: Self.body.sized(9).weighted(.bold).coloured(.muted))
        table.place(FlowTable.Row(cells: [nil, guests, nil, nil]), freshPage: flow.pageBodyHeight - fresh)
        table.placeBlankRows(height: Self.rowHeight)
        table.end(after: 0)

        return sheet.finish(flow, labels: labels).enumerated().map { index, page in
            var page = page
            ScanMarks.apply(
                to: &page,
                identity: ScanIdentity(
                    programme: ScanIdentity.programme(of: workshop), kind: .signIn, language: context.language,
                    meeting: meeting.id, page: index + 1),
                fields: signatures[index] ?? [])
            return page
        }
    }
}
