import SadnaKit

/// An empty run-sheet for planning a meeting by hand: the meeting's facts as writing lines, the
/// agenda table with empty rows to the foot of the page, and room for what to prepare and the
/// homework.
public struct AgendaBlankLayout {
    public let workshop: Workshop
    public let template: AgendaTemplate
    public let language: String

    public init(workshop: Workshop, template: AgendaTemplate, language: String) {
        self.workshop = workshop
        self.template = template
        self.language = language
    }

    static let rowHeight = 16.0

    public func document(typesetter: Typesetter) -> PrintDocument {
        let labels = template.labels.words(in: language)
        let page = TextLanguage(language)
        let flow = PageFlow(paper: Paper(template.paper) ?? .a4, margin: template.margin, footerHeight: 9)
        let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: page.direction)

        let top = typesetter.layout(workshop.title.value, style: AgendaLayout.Style.top, width: flow.width,
                                    language: TextLanguage(workshop.language))
        flow.add(top, at: Point(x: flow.left, y: flow.y))
        flow.advance(top.height + 1.2)
        flow.add(.line(from: Point(x: flow.left, y: flow.y), to: Point(x: flow.right, y: flow.y)),
                 .stroked(.accent, width: 0.6))
        flow.advance(4)
        let title = typesetter.layout(labels("planning"), style: AgendaLayout.Style.title, width: flow.width,
                                      language: page)
        flow.add(title, at: Point(x: flow.left, y: flow.y))
        flow.advance(title.height + 2)

        WritingLines.fieldsRow([(labels("meeting"), 0.4), (labels("date"), 0.3), (labels("hours_label"), 0.3)],
                               flow: flow, order: order, language: page, typesetter: typesetter)
        WritingLines.fieldsRow([(labels("venue"), 0.4), (labels("owner"), 0.6)],
                               flow: flow, order: order, language: page, typesetter: typesetter)
        WritingLines.fieldsRow([(labels("goal"), 1)], flow: flow, order: order, language: page, typesetter: typesetter)
        flow.advance(5)

        let columns = AgendaTable.placedColumns(template.columns, width: flow.width) { $0 != .notes }
        let reserve = 2 * (WritingLines.lineSpacing * 2 + 8)
        AgendaTable(labels: labels, columns: columns, pageLanguage: page, dataLanguage: page,
                    runningTitle: labels("planning"), typesetter: typesetter, flow: flow, order: order)
            .placeBlankRows(height: Self.rowHeight, leaving: reserve)
        WritingLines.block(labels("materials"), lines: 2, flow: flow, language: page, typesetter: typesetter)
        WritingLines.block(labels("homework"), lines: 2, flow: flow, language: page, typesetter: typesetter)

        let pages = flow.finish { page, index, count in
            let text = "\(workshop.title.value) · \(labels("planning"))"
            let block = typesetter.layout(text, style: AgendaLayout.Style.footer, width: page.size.width - 2 * flow.margin,
                                          language: TextLanguage(workshop.language))
            page.add(block, at: Point(x: flow.margin, y: page.size.height - flow.margin - 5))
        }
        let info = DocumentInfo(title: labels("planning"), author: workshop.organisation?.value ?? workshop.title.value,
                                subject: labels("planning"), keywords: workshop.title.value)
        return PrintDocument(info: info, pages: pages)
    }
}
