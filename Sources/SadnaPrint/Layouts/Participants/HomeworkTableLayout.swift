import SadnaKit

/// The homework table a facilitator opens a meeting with: a row per participant, a column per
/// followed-up assignment set before the meeting, and in each cell whether it is done, still
/// pending, or late — with how many of how many when the assignment makes something Sadna counts.
/// A3-wide thinking on A4 landscape; the header row repeats when the team runs over a page.
struct HomeworkTableLayout {
    let context: LayoutContext
    let meeting: Meeting
    let labels: Labels<ParticipantLabel>

    static let paper = Paper(.a4, .landscape)
    static let margin = 14.0
    static let body = TextStyle(size: 10)
    /// Late is the one thing on the sheet that must catch the eye.
    static let lateColour = Colour(hex: 0xB3261E)

    /// The assignments set at meetings before this one, in the programme's order.
    var items: [HomeworkProgress.Item] {
        let before = Set(context.workshop.meetings.prefix { $0.id != meeting.id }.map(\.id))
        return HomeworkProgress(context.workshop, today: context.today).items.filter { before.contains($0.meeting.id) }
    }

    /// The sheet, its rows grown to use a page the team leaves half empty; set compact instead
    /// when grown rows would spill onto another page that compact ones do not need.
    func pages() -> [Page] {
        let items = self.items
        let grown = pages(items, growing: true)
        guard grown.count > 1 else { return grown }
        let compact = pages(items, growing: false)
        return compact.count < grown.count ? compact : grown
    }

    private func pages(_ items: [HomeworkProgress.Item], growing: Bool) -> [Page] {
        let workshop = context.workshop, typesetter = context.typesetter
        let page = context.language, data = context.data
        let flow = PageFlow(paper: Self.paper, margin: Self.margin, footerHeight: PageFooter.height)
        let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: page.direction)
        let sheet = MeetingSheet(context: context, meeting: meeting, what: labels(.homework))
        sheet.head(on: flow, after: 1)
        let asOf = typesetter.layout(
            labels(.asOf, ["date": page.dateLine(context.today)]), style: TextStyle(size: 10, colour: .muted),
            width: flow.width, language: page)
        flow.add(asOf, at: Point(x: flow.left, y: flow.y))
        flow.advance(asOf.height + 5)

        guard !items.isEmpty else {
            let none = typesetter.layout(labels(.noHomework), style: TextStyle(size: 12), width: flow.width * 0.7, language: page)
            flow.add(none, at: Point(x: order.x(offset: 0, width: none.width), y: flow.y))
            flow.advance(none.height)
            return sheet.finish(flow, labels: labels)
        }
        let invitees = workshop.invitees(of: meeting)
        let rows =
            invitees.isEmpty
            ? uniqueNames(items.flatMap { $0.entries.map(\.who) }).map { ($0, String?.none) }
            : invitees.map { ($0.name.value, $0.department?.value) }

        // A homework column needs no more than 60 mm; what a few of them leave goes to the names
        // and departments, which are long and must not break inside a word.
        let share = min(60, max(18, (flow.width - 92) / Double(items.count)))
        let left = flow.width - 8 - share * Double(items.count)
        let widths = [8.0, left * 0.57, left * 0.43] + Array(repeating: share, count: items.count)
        let columns = FlowTable.Column.side(by: widths)
        // A small team's rows grow to use the sheet (room to write a remark by hand); a large
        // one's stay compact and run on.
        let perRow = (flow.remaining - 34) / Double(max(1, rows.count))
        let padding = (x: 1.8, y: growing ? min(5, max(2.2, (perRow - 4.4) / 2)) : 2.2)
        let style = FlowTable.Style(padding: padding, columnRule: .stroked(.rule, width: 0.2), frame: .stroked(.rule, width: 0.3))
        func cell(
            _ text: String?, _ column: Int, language: TextLanguage, style: TextStyle = Self.body,
            alignment: TextAlignment? = nil
        ) -> TextBlock? {
            guard let text, !text.isEmpty else { return nil }
            return typesetter.layout(
                text, style: style.aligned(alignment ?? .towards(.start, of: page.direction, in: language.direction)),
                width: widths[column] - 2 * padding.x, language: language)
        }
        let bold = TextStyle(size: 9, weight: .bold, colour: .accent)
        var header = [
            cell(labels(.number), 0, language: page, style: bold), cell(labels(.name), 1, language: page, style: bold),
            cell(labels(.department), 2, language: page, style: bold),
        ]
        for (index, item) in items.enumerated() {
            header.append(assignmentHeading(item, width: widths[3 + index] - 2 * padding.x))
        }
        let table = FlowTable(
            columns: columns, style: style, header: header, flow: flow, order: order, typesetter: typesetter,
            runningHeader: sheet.runningHeader(width: flow.width))
        let fresh = table.begin(firstRowHeight: 10)
        for (number, row) in rows.enumerated() {
            var cells = [
                cell(String(number + 1), 0, language: page, style: Self.body.coloured(.muted)),
                cell(row.0, 1, language: data), cell(row.1, 2, language: data, style: Self.body.coloured(.muted)),
            ]
            for (index, item) in items.enumerated() {
                let who = item.assignment.assignees.value == .perDepartment ? row.1 : row.0
                cells.append(who.flatMap(item.entry(for:)).flatMap { state($0, of: item, column: 3 + index, cell: cell) })
            }
            table.place(FlowTable.Row(cells: cells), freshPage: flow.pageBodyHeight - fresh)
        }
        table.end(after: 4)
        legend(flow: flow, order: order)
        return sheet.finish(flow, labels: labels)
    }

    /// "From meeting 2 to meeting 3", the assignment's short name, and "by department" when it is.
    private func assignmentHeading(_ item: HomeworkProgress.Item, width: Double) -> TextBlock {
        let mixed = context.dataOnPage
        let set = item.meeting.number.map { String($0.value) } ?? item.meeting.id
        let when =
            item.dueMeeting.map { due in
                labels(.setDue, ["set": set, "due": due.number.map { String($0.value) } ?? due.id])
            } ?? labels(.setOnly, ["set": set])
        let title = item.assignment.title?.value ?? item.assignment.text.value
        var runs = [RichText.Run(when + "\n", colour: .muted), RichText.Run(mixed.isolated(title), bold: true, colour: .accent)]
        if item.assignment.assignees.value == .perDepartment {
            runs.append(RichText.Run("\n" + labels(.perDepartment), colour: .muted))
        }
        return context.typesetter.layout(
            RichText(runs), style: TextStyle(size: 8.5), width: width, language: mixed.paragraph,
            source: item.assignment.location)
    }

    /// A cell: done ✓, pending or late, and how many of how many were made.
    private func state(
        _ entry: HomeworkProgress.Entry, of item: HomeworkProgress.Item, column: Int,
        cell: (String?, Int, TextLanguage, TextStyle, TextAlignment?) -> TextBlock?
    ) -> TextBlock? {
        let count = entry.made.map { " \(min($0, item.assignment.count.value))/\(item.assignment.count.value)" } ?? ""
        let (mark, colour, weight): (String, Colour, FontWeight) =
            switch entry.state {
            case .done: ("✓ " + labels(.done), .accent, .bold)
            case .due: (labels(.due) + count, .muted, .regular)
            case .late: (labels(.late) + count, Self.lateColour, .bold)
            }
        return cell(mark, column, context.language, Self.body.coloured(colour).weighted(weight), .centre)
    }

    /// What the marks mean, under the table.
    private func legend(flow: PageFlow, order: ReadingOrder) {
        let text = RichText([
            RichText.Run("✓ \(labels(.done))", bold: true, colour: .accent), RichText.Run("    ·    ", colour: .rule),
            RichText.Run(labels(.due), colour: .muted), RichText.Run("    ·    ", colour: .rule),
            RichText.Run(labels(.late), bold: true, colour: Self.lateColour),
        ])
        let block = context.typesetter.layout(text, style: TextStyle(size: 9), width: flow.width, language: context.language)
        flow.ensure(block.height)
        flow.add(block, at: Point(x: flow.left, y: flow.y))
        flow.advance(block.height)
    }

    private func uniqueNames(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
