import SadnaKit

/// The facilitator's run-sheet for one meeting: A4 portrait, a header with the meeting's facts
/// and goal, the agenda as a table in reading order, the materials rolled up into a checklist,
/// the homework, and a footer with page numbers.
///
/// A table row taller than the room left on a page continues on the next one, under the
/// repeated table header, line by line, so that nothing is lost or drawn twice.
public struct AgendaLayout {
    public let context: LayoutContext
    public let meeting: Meeting
    /// The paper asked for, or nil for the template's.
    public let paper: Paper?

    public init(context: LayoutContext, meeting: Meeting, paper: Paper? = nil) {
        self.context = context
        self.meeting = meeting
        self.paper = paper
    }

    var workshop: Workshop { context.workshop }
    var template: AgendaTemplate { context.templates.agenda }
    var sheet: Paper { paper ?? template.paper }

    enum Style {
        static let top = TextStyle(size: 8.5, colour: .muted)
        static let title = TextStyle(size: 20, weight: .bold)
        static let subtitle = TextStyle(size: 13, colour: .muted)
        static let facts = TextStyle(size: 10)
        static let goal = TextStyle(size: 10.5, lineSpacing: 1.1)
        static let columnLabel = TextStyle(size: 8.5, weight: .bold, colour: .accent)
        static let time = TextStyle(size: 10)
        static let duration = TextStyle(size: 8.5, colour: .muted)
        static let content = TextStyle(size: 10, weight: .bold)
        static let detail = TextStyle(size: 9, lineSpacing: 1.05)
        static let needs = TextStyle(size: 9, hangingIndent: 3)
        static let notes = TextStyle(size: 8.5, colour: .muted)
        static let owner = TextStyle(size: 9)
        static let heading = TextStyle(size: 12.5, weight: .bold, colour: .accent)
        static let item = TextStyle(size: 10)
        static let cellPadding = (x: 1.6, y: 1.7)
        /// The detail column never gets narrower than this; others give way.
        static let minimumFillWidth = 58.0
    }

    var labels: Labels<AgendaLabel> { context.words(template.labels) }
    var facts: MeetingFacts { MeetingFacts(meeting: meeting, labels: labels, data: mixed) }
    /// The page's own words (labels) are in `--lang`; the data keeps the workshop's language.
    var pageLanguage: TextLanguage { context.language }
    var dataLanguage: TextLanguage { context.data }
    var mixed: DataOnPage { context.dataOnPage }

    public func document() -> PrintDocument {
        let typesetter = context.typesetter
        // A last row or section alone on a page is pulled back by setting the sheet tighter.
        let flow = Strays.pulledBack(typesetter) { tightness in
            let flow = PageFlow(paper: sheet, margin: template.margin, footerHeight: PageFooter.height)
            flow.tightness = tightness
            place(on: flow, typesetter)
            return flow
        }
        let about = [mixed.isolated(workshop.title.value), facts.shortNameOnPage(mixed), facts.date].compactMap { $0 }
            .joined(separator: " · ")
        let pages = flow.finish { page, index, count in
            PageFooter(
                start: about, mixed.paragraph, end: PageFooter.pageNumber(index, of: count, labels: labels, always: true),
                pageLanguage, context: context
            )
            .draw(on: &page, margin: flow.margin, source: meeting.title.location)
        }
        return PrintDocument(
            info: context.info(title: "\(meeting.title.value) — \(labels(.agenda))", subject: labels(.agenda)),
            pages: pages)
    }

    private func place(on flow: PageFlow, _ typesetter: Typesetter) {
        let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: pageLanguage.direction)
        placeHeader(flow, order, typesetter)
        if meeting.agenda.isEmpty {
            let line = typesetter.layout(
                labels(.noAgenda), style: Style.item.coloured(.muted), width: flow.width,
                language: pageLanguage)
            flow.add(line, at: Point(x: flow.left, y: flow.y))
            flow.advance(line.height + 4)
        } else {
            let columns = AgendaTable.placedColumns(for: meeting, template: template, width: flow.width)
            AgendaTable(
                labels: labels, columns: columns, pageLanguage: pageLanguage, dataLanguage: dataLanguage,
                runningTitle: meeting.title.value, typesetter: typesetter, flow: flow, order: order
            )
            .place(meeting.agenda, starts: meeting.rowStarts, durations: meeting.rowDurations)
        }
        placeTopics(flow, order, typesetter)
        placeMaterials(flow, order, typesetter)
        placeList(labels(.homework), meeting.homework, numbered: true, flow, order, typesetter)
        placeList(labels(.meetingNotes), meeting.notes, numbered: false, flow, order, typesetter)
    }

    // MARK: Header

    private func placeHeader(_ flow: PageFlow, _ order: ReadingOrder, _ typesetter: Typesetter) {
        let programme = [mixed.isolated(workshop.title.value), workshop.years?.value].compactMap { $0 }.joined(separator: " · ")
        let left = typesetter.layout(programme, style: Style.top, width: flow.width * 0.68, language: mixed.paragraph)
        let right = typesetter.layout(
            labels(.agenda), style: Style.top.aligned(.end), width: flow.width * 0.3,
            language: pageLanguage)
        flow.add(left, at: Point(x: order.x(offset: 0, width: left.width), y: flow.y))
        flow.add(right, at: Point(x: order.x(offset: flow.width - right.width, width: right.width), y: flow.y))
        flow.advance(max(left.height, right.height) + 1.2)
        flow.add(
            .line(from: Point(x: flow.left, y: flow.y), to: Point(x: flow.right, y: flow.y)),
            .stroked(.accent, width: 0.6))
        flow.gap(4)

        let titleBox = Size(width: flow.width, height: 19)
        let titleText = TitleLines.text(
            meeting.title.value, style: Style.title, in: titleBox, floor: 14, language: dataLanguage,
            typesetter: typesetter)
        let title = typesetter.fit(
            titleText, style: mixed.aligned(Style.title), in: titleBox,
            policy: FitPolicy(floor: 14, maxLines: 2), language: dataLanguage,
            source: meeting.title.location, what: "the meeting's title")
        flow.add(title, at: Point(x: flow.left, y: flow.y))
        flow.advance(title.height + 1)
        if let subtitle = meeting.subtitle {
            let block = typesetter.layout(
                subtitle.value, style: mixed.aligned(Style.subtitle), width: flow.width,
                language: dataLanguage, source: subtitle.location)
            flow.add(block, at: Point(x: flow.left, y: flow.y))
            flow.advance(block.height + 1)
        }
        let factsLine = facts.factsLine(colour: .accent)
        if !factsLine.runs.isEmpty {
            flow.gap(1.5)
            let block = typesetter.layout(factsLine, style: Style.facts, width: flow.width, language: pageLanguage)
            flow.add(block, at: Point(x: flow.left, y: flow.y))
            flow.advance(block.height)
            flow.gap(2)
        }
        if let goal = meeting.goal {
            flow.gap(1.5)
            // The label, its colon and the accent bar stand where the page's reader starts.
            let text = mixed.labelled(labels(.goal), goal.value, colour: .accent)
            let inner = flow.width - 8
            let block = typesetter.layout(
                text, style: Style.goal, width: inner, language: mixed.paragraph,
                source: goal.location)
            let box = Rect(x: flow.left, y: flow.y, width: flow.width, height: block.height + 5)
            flow.add(.rectangle(box, cornerRadius: 2), .filled(.tint))
            flow.add(
                .rectangle(
                    Rect(x: order.x(offset: 0, width: 1.2), y: box.y + 2, width: 1.2, height: box.height - 4),
                    cornerRadius: 0), .filled(.accent))
            flow.add(block, at: Point(x: flow.left + 4, y: flow.y + 2.5))
            flow.advance(box.height)
        }
        flow.gap(5)
    }

    // MARK: After the table

    /// Meeting 7 keeps principles instead of a run-sheet: shown side by side, one box each.
    private func placeTopics(_ flow: PageFlow, _ order: ReadingOrder, _ typesetter: Typesetter) {
        guard !meeting.topics.isEmpty else { return }
        let gap = 4.0
        let count = Double(meeting.topics.count)
        let boxWidth = (flow.width - gap * (count - 1)) / count
        let blocks = meeting.topics.map { topic -> TextBlock in
            let text = RichText([
                RichText.Run(mixed.isolated(topic.title.value) + "\n", bold: true, colour: .accent, scale: 1.15),
                RichText.Run(mixed.bulleted(topic.items.map(\.value))),
            ])
            return typesetter.layout(
                text, style: Style.item.hanging(3), width: boxWidth - 6,
                language: mixed.paragraph, source: topic.title.location)
        }
        let height = (blocks.map(\.height).max() ?? 0) + 6
        placeHeading(labels(.topics), following: height, flow, order, typesetter)
        for (index, block) in blocks.enumerated() {
            let x = order.x(offset: Double(index) * (boxWidth + gap), width: boxWidth)
            flow.add(
                .rectangle(Rect(x: x, y: flow.y, width: boxWidth, height: height), cornerRadius: 2),
                Paint(fill: .shade, stroke: .rule, lineWidth: 0.2))
            flow.add(block, at: Point(x: x + 3, y: flow.y + 3))
        }
        flow.advance(height + 6)
    }

    /// Every row's needs as a checklist, each saying which row it is for.
    private func placeMaterials(_ flow: PageFlow, _ order: ReadingOrder, _ typesetter: Typesetter) {
        let materials = meeting.materials
        guard !materials.isEmpty else { return }
        let box = 3.4, indent = 7.0
        let starts = Dictionary(zip(meeting.agenda.map(\.location), meeting.rowStarts), uniquingKeysWith: { first, _ in first })
        let items = materials.map { need, row -> TextBlock in
            let content = mixed.isolated(row.content.value)
            let purpose =
                (starts[row.location] ?? nil).map { labels(.forRow, ["time": $0.description, "content": content]) }
                ?? labels(.forUntimedRow, ["content": content])
            let text = RichText([
                RichText.Run(mixed.isolated(need.value) + "\n"), RichText.Run(purpose, colour: .muted, scale: 0.82),
            ])
            return typesetter.layout(
                text, style: flow.tightness.body(Style.item), width: flow.width - indent,
                language: mixed.paragraph, source: need.location)
        }
        placeHeading(labels(.materials), following: (items.first?.height ?? 0) + 2, flow, order, typesetter)
        for item in items {
            flow.ensure(item.height + 2 * flow.tightness.spacing)
            let firstLine = item.lines.first
            let boxTop = flow.y + (firstLine.map { ($0.top + $0.bottom) / 2 } ?? 2) - box / 2
            flow.add(
                .rectangle(
                    Rect(x: order.x(offset: 0.5, width: box), y: boxTop, width: box, height: box),
                    cornerRadius: 0.5), .stroked(.ink, width: 0.3))
            flow.add(item, at: Point(x: order.x(offset: indent, width: item.width), y: flow.y))
            flow.advance(item.height)
            flow.gap(2)
        }
        flow.gap(3)
    }

    private func placeList(
        _ heading: String, _ items: [Located<String>], numbered: Bool, _ flow: PageFlow,
        _ order: ReadingOrder, _ typesetter: Typesetter
    ) {
        guard !items.isEmpty else { return }
        let text = flowText(flow, order, typesetter)
        let blocks = text.listBlocks(items)
        text.heading(heading, following: (blocks.first?.height ?? 0) + 2)
        text.list(blocks, marker: numbered ? .numbers : .bullets)
    }

    /// A section heading, kept on the same page as what follows it.
    private func placeHeading(
        _ text: String, following: Double, _ flow: PageFlow, _ order: ReadingOrder,
        _ typesetter: Typesetter
    ) {
        flowText(flow, order, typesetter).heading(text, following: following)
    }

    private func flowText(_ flow: PageFlow, _ order: ReadingOrder, _ typesetter: Typesetter) -> FlowText {
        FlowText(
            flow: flow, column: order, typesetter: typesetter, pageLanguage: pageLanguage, dataLanguage: dataLanguage,
            headingStyle: Style.heading, itemStyle: Style.item)
    }
}
