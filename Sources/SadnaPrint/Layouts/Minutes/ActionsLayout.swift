import SadnaKit

/// The open actions across the programme (A4 landscape), to open the next meeting with: each
/// with the meeting and item it came from, who does it, by when, and whether it is late.
struct ActionsLayout {
    let context: LayoutContext
    let labels: Labels<MinutesLabel>

    static let paper = Paper(.a4, .landscape)
    static let margin = 14.0

    func pages() -> [Page] {
        let flow = PageFlow(paper: Self.paper, margin: Self.margin, footerHeight: PageFooter.height)
        let page = context.language, mixed = context.dataOnPage
        let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: page.direction)
        MeetingSheet.head(labels.name(of: .actions), context: context, on: flow, after: 4)
        let workshop = context.workshop
        let open = workshop.actions()
        if open.isEmpty {
            let none = context.typesetter.layout(
                labels(.noActions), style: TextStyle(size: 11), width: flow.width, language: page)
            flow.add(none, at: Point(x: flow.left, y: flow.y))
            flow.advance(none.height)
        } else {
            ActionTable(context: context, labels: labels, flow: flow, order: order, showsMeeting: true).place(
                open.map {
                    ActionTable.Line(
                        meeting: $0.meeting, item: $0.item, decision: $0.decision, action: $0.action,
                        overdue: $0.isOverdue(in: workshop, today: context.today))
                })
        }
        return flow.finish { sheet, index, count in
            PageFooter(
                start: "\(mixed.isolated(workshop.title.value)) · \(labels.name(of: .actions))", mixed.paragraph,
                end: PageFooter.pageNumber(index, of: count, labels: labels), page, context: context
            )
            .draw(on: &sheet, margin: flow.margin)
        }
    }
}
