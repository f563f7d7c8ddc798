import SadnaKit

/// An empty run-sheet for planning a meeting by hand: the meeting's facts as writing lines, the
/// agenda table with empty rows to the foot of the page, and room for what to prepare and the
/// homework.
public struct AgendaBlankLayout {
    public let context: LayoutContext
    /// The paper asked for, or nil for the template's.
    public let paper: Paper?

    public init(context: LayoutContext, paper: Paper? = nil) {
        self.context = context
        self.paper = paper
    }

    static let rowHeight = 16.0

    public func document() -> PrintDocument {
        let workshop = context.workshop, template = context.templates.agenda, typesetter = context.typesetter
        let labels = context.words(template.labels)
        let page = context.language
        let flow = PageFlow(paper: paper ?? template.paper, margin: template.margin, footerHeight: PageFooter.height)
        let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: page.direction)

        let mixed = context.dataOnPage
        let top = typesetter.layout(
            workshop.title.value, style: mixed.aligned(AgendaLayout.Style.top), width: flow.width,
            language: context.data)
        flow.add(top, at: Point(x: flow.left, y: flow.y))
        flow.advance(top.height + 1.2)
        flow.add(
            .line(from: Point(x: flow.left, y: flow.y), to: Point(x: flow.right, y: flow.y)),
            .stroked(.accent, width: 0.6))
        flow.advance(4)
        let title = typesetter.layout(
            labels(.planning), style: AgendaLayout.Style.title, width: flow.width,
            language: page)
        flow.add(title, at: Point(x: flow.left, y: flow.y))
        flow.advance(title.height + 2)

        WritingLines.fieldsRow(
            [(labels(.meeting), 0.4), (labels(.date), 0.3), (labels(.hoursLabel), 0.3)],
            flow: flow, order: order, language: page, typesetter: typesetter)
        WritingLines.fieldsRow(
            [(labels(.venue), 0.4), (labels(.owner), 0.6)],
            flow: flow, order: order, language: page, typesetter: typesetter)
        WritingLines.fieldsRow([(labels(.goal), 1)], flow: flow, order: order, language: page, typesetter: typesetter)
        flow.advance(5)

        let columns = AgendaTable.placedColumns(template.columns, width: flow.width) { $0 != .notes }
        // The table's empty rows stop where what to prepare and the homework still fit below.
        let reserve =
            [labels(.materials), labels(.homework)].map {
                WritingLines.blockHeight($0, lines: 2, width: flow.width, language: page, typesetter: typesetter)
            }.reduce(0, +) + 6
        AgendaTable(
            labels: labels, columns: columns, pageLanguage: page, dataLanguage: page,
            runningTitle: labels(.planning), typesetter: typesetter, flow: flow, order: order
        )
        .placeBlankRows(height: Self.rowHeight, leaving: reserve)
        WritingLines.block(labels(.materials), lines: 2, flow: flow, language: page, typesetter: typesetter)
        WritingLines.block(labels(.homework), lines: 2, flow: flow, language: page, typesetter: typesetter)

        let pages = flow.finish { page, index, count in
            PageFooter(
                start: "\(mixed.isolated(workshop.title.value)) · \(labels(.planning))", mixed.paragraph, end: nil,
                context.language,
                rule: false, context: context
            )
            .draw(on: &page, margin: flow.margin)
        }
        return PrintDocument(info: context.info(title: labels(.planning), subject: labels(.planning)), pages: pages)
    }
}
