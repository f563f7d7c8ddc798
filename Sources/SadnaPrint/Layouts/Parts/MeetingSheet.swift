import SadnaKit

/// The frame of a sheet about one meeting (the sign-in sheet, the homework table): the
/// programme's name over an accent rule, "WHAT · מפגש 3" as the heading, the same words small
/// over a table's header on later pages, and a footer with the page number.
struct MeetingSheet {
    let context: LayoutContext
    let meeting: Meeting
    /// What the sheet is ("רשימת נוכחות"), in the page's words.
    let what: String
    let facts: MeetingFacts

    init(context: LayoutContext, meeting: Meeting, what: String) {
        self.context = context
        self.meeting = meeting
        self.what = what
        facts = MeetingFacts(meeting: meeting, labels: context.words(context.templates.agenda.labels), data: context.dataOnPage)
    }

    /// The programme's name, the rule and the heading, from the top of the flow's page.
    func head(on flow: PageFlow, after gap: Double) {
        Self.head("\(what) · \(facts.shortNameOnPage(context.dataOnPage))", context: context, on: flow, after: gap)
    }

    /// The programme's name over an accent rule, then `heading` (in the page's words): the head of
    /// a sheet about one meeting, or about the whole programme (its open actions).
    static func head(_ heading: String, context: LayoutContext, on flow: PageFlow, after gap: Double) {
        let typesetter = context.typesetter, mixed = context.dataOnPage
        let top = typesetter.layout(
            context.workshop.title.value, style: mixed.aligned(TextStyle(size: 10, colour: .muted)),
            width: flow.width, language: context.data)
        flow.add(top, at: Point(x: flow.left, y: flow.y))
        flow.advance(top.height + 1.2)
        flow.add(.line(from: Point(x: flow.left, y: flow.y), to: Point(x: flow.right, y: flow.y)), .stroked(.accent, width: 0.6))
        flow.advance(4)
        let block = typesetter.layout(
            heading, style: TextStyle(size: 18, weight: .bold, colour: .accent), width: flow.width,
            language: context.language)
        flow.add(block, at: Point(x: flow.left, y: flow.y))
        flow.advance(block.height + gap)
    }

    /// Printed small over a table's repeated header on later pages.
    func runningHeader(width: Double) -> TextBlock {
        context.typesetter.layout(
            "\(context.workshop.title.value) · \(what) · \(facts.shortName)", style: TextStyle(size: 8, colour: .muted),
            width: width, language: context.dataOnPage.paragraph)
    }

    /// The flow's pages, each with its footer.
    func finish<Key>(_ flow: PageFlow, labels: Labels<Key>) -> [Page] {
        let mixed = context.dataOnPage
        return flow.finish { sheet, index, count in
            PageFooter(
                start: "\(mixed.isolated(context.workshop.title.value)) · \(what) · \(facts.shortNameOnPage(mixed))",
                mixed.paragraph, end: PageFooter.pageNumber(index, of: count, labels: labels), context.language, context: context
            )
            .draw(on: &sheet, margin: flow.margin)
        }
    }
}
