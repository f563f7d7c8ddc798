import SadnaKit

/// A kit's opening pages: the cover (the programme, the meeting, its date and the service
/// concept) with the print list under it: every part, its file, paper, pages and copies, whether
/// it is printed on both sides or cut, and the agenda row it is for.
struct KitCover {
    let context: LayoutContext

    func pages(for kit: MeetingKit) -> [Page] {
        let workshop = context.workshop, meeting = kit.meeting, typesetter = context.typesetter
        let labels = context.words(context.templates.kit)
        let page = context.language, data = context.data
        // The cover opens the first file, on its paper: A4, or A3 when the run-sheet is printed on A3.
        let flow = PageFlow(paper: kit.files.first.flatMap { Paper($0.paper) } ?? .a4, margin: 14, footerHeight: 8)
        let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: page.direction)
        let text = FlowText(flow: flow, column: order, typesetter: typesetter, pageLanguage: page, dataLanguage: data)

        text.paragraph(
            RichText([
                RichText.Run(
                    [workshop.title.value, workshop.years?.value].compactMap { $0 }.joined(separator: " · "),
                    colour: .muted)
            ]), style: TextStyle(size: 10), after: 1)
        text.paragraph(RichText([RichText.Run(labels(.kit), bold: true, colour: .accent)]), style: TextStyle(size: 12), after: 4)
        let title = typesetter.fit(
            meeting.title.value, style: TextStyle(size: 24, weight: .bold), in: Size(width: flow.width, height: 22),
            policy: FitPolicy(floor: 14, maxLines: 2), language: data, source: meeting.title.location,
            what: "the meeting's title")
        flow.add(title, at: Point(x: flow.left, y: flow.y))
        flow.advance(title.height + 2)
        let agendaLabels = context.words(context.templates.agenda.labels)
        let facts = MeetingFacts(meeting: meeting, labels: agendaLabels).factsLine(colour: .accent)
        if !facts.runs.isEmpty { text.paragraph(facts, style: TextStyle(size: 11), after: 5) }

        // The service concept, the yardstick of every service the programme touches.
        if let concept = workshop.serviceConcept {
            let block = typesetter.layout(
                concept.name.value, style: TextStyle(size: 26, weight: .bold, colour: .accent, alignment: .centre),
                width: flow.width - 20, language: data, source: concept.name.location)
            let box = Rect(x: flow.left, y: flow.y, width: flow.width, height: block.height + 12)
            flow.add(.rectangle(box, cornerRadius: 3), .filled(.tint))
            flow.add(block, at: Point(x: flow.left + 10, y: flow.y + 6))
            flow.advance(box.height + 7)
        }

        text.heading(labels(.printList), following: 30)
        table(kit, flow: flow, order: order, labels: labels, typesetter: typesetter, language: page)
        return flow.finish { _, _, _ in }
    }

    /// The print list as a table for each file, under the file's name and page count; the
    /// opening's own pages are the first file's first row.
    private func table(
        _ kit: MeetingKit, flow: PageFlow, order: ReadingOrder, labels: Labels<KitLabel>, typesetter: Typesetter,
        language: TextLanguage
    ) {
        let rows = KitPrintList.rows(kit, labels: labels)
        // The file is the section's heading, so its column is left out here.
        func withoutFile(_ cells: [String]) -> [String] { [cells[0]] + cells.dropFirst(2) }
        let headings = withoutFile(KitPrintList.headings(labels)), cells = rows.map { withoutFile($0.cells) }
        let widths = columnWidths(headings, cells, width: flow.width, typesetter: typesetter, language: language)
        let columns = FlowTable.Column.side(by: widths)
        let style = FlowTable.Style(padding: (1.2, 1.2), headerRule: .stroked(.rule, width: 0.2), columnRule: nil)
        func blocks(_ texts: [String], bold: Bool) -> [TextBlock?] {
            let style = TextStyle(size: Self.size, weight: bold ? .bold : .regular, colour: bold ? .accent : .ink)
            return zip(texts, columns).map { text, column in
                typesetter.layout(text, style: style, width: column.width - 2 * 1.2, language: language)
            }
        }

        let totals = KitPrintList.totals(kit, labels: labels)
        for (file, total) in zip(kit.files, totals) {
            let heading = typesetter.layout(
                total, style: TextStyle(size: 10, weight: .bold), width: flow.width, language: language)
            flow.ensure(heading.height + 14)
            flow.add(heading, at: Point(x: flow.left, y: flow.y))
            flow.advance(heading.height + 1.5)
            let table = FlowTable(
                columns: columns, style: style, header: blocks(headings, bold: true), flow: flow, order: order,
                typesetter: typesetter)
            let fresh = table.begin(firstRowHeight: 0)
            for (line, text) in zip(rows, cells) where line.file == file.name {
                table.place(FlowTable.Row(cells: blocks(text, bold: false)), freshPage: flow.pageBodyHeight - fresh)
            }
            table.end(after: 5)
        }
    }

    private static let size = 8.5

    /// Short columns (paper, pages, copies...) as wide as their widest cell, so that no number or
    /// word breaks; a long one (two-sided) at most a fifth of the table; what is left goes to what
    /// the part is and what it is for, which wrap.
    private func columnWidths(
        _ headings: [String], _ rows: [[String]], width: Double, typesetter: Typesetter,
        language: TextLanguage
    ) -> [Double] {
        func natural(_ column: Int) -> Double {
            let texts = [headings[column]] + rows.map { $0[column] }
            return texts.map { text in
                text.split(separator: " ").isEmpty
                    ? 0
                    : typesetter.layout(text, style: TextStyle(size: Self.size, weight: .bold), width: nil, language: language)
                        .width
            }.max() ?? 0
        }
        let last = headings.count - 1
        var widths = headings.indices.map { column in
            column == 0 || column == last ? 0 : min(natural(column) + 3, width / 5)
        }
        let left = max(width - widths.reduce(0, +), width * 0.4)
        widths[0] = left * 0.45
        widths[last] = left * 0.55
        return widths
    }
}
