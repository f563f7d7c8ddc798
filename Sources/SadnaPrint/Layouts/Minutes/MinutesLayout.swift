import SadnaKit

/// A meeting's minutes in the form a committee's minutes take (A4, the page's direction): the
/// meeting and its date, who was present, absent and invited, the items numbered with their
/// discussion and their decisions set apart, and the actions in a table with owner and due date.
/// A meeting that kept no minutes prints the same form with lines to write on, its facts and
/// its attendance already filled in; with no meeting at all, the form is blank.
struct MinutesLayout {
    let context: LayoutContext
    /// The meeting the minutes are of; nil for the blank form.
    let meeting: Meeting?
    let labels: Labels<MinutesLabel>

    static let margin = 16.0
    static let body = TextStyle(size: 10.5)
    /// Items and lines the blank form gives.
    static let blankItems = 4, actionRows = 6

    func pages() -> [Page] {
        // The blank form keeps clear of the corner marks a scan finds it by.
        let flow = PageFlow(paper: .a4, margin: meeting == nil ? ScanMarks.margin : Self.margin, footerHeight: PageFooter.height)
        let page = context.language, order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: page.direction)
        let text = FlowText(
            flow: flow, column: order, typesetter: context.typesetter, pageLanguage: page,
            dataLanguage: context.data, itemStyle: Self.body)
        if let meeting {
            let sheet = MeetingSheet(context: context, meeting: meeting, what: labels.name(of: .minutes))
            sheet.head(on: flow, after: 1.5)
            let facts = sheet.facts.factsLine(colour: .accent)
            if !facts.runs.isEmpty { text.paragraph(facts, words: .mixed, after: 4) }
            if let minutes = meeting.minutes {
                kept(minutes, of: meeting, text: text, flow: flow, order: order)
            } else {
                blank(text: text, flow: flow, order: order, present: context.workshop.present(at: meeting))
            }
            return sheet.finish(flow, labels: labels)
        }
        let title = context.typesetter.layout(
            labels.name(of: .minutes), style: TextStyle(size: 18, weight: .bold, colour: .accent),
            width: flow.width, language: page)
        flow.add(title, at: Point(x: flow.left, y: flow.y))
        flow.advance(title.height + 3)
        let heads = WritingLines.fieldsRow(
            [(labels(.meeting), 0.4), (labels(.date), 0.25), (labels(.takenBy), 0.35)], flow: flow, order: order, language: page,
            typesetter: context.typesetter)
        var fields = [0: zip(["meeting", "date", "taken-by"], heads).map { ScanField(name: $0, rect: $1) }]
        flow.advance(3)
        for (index, field) in blank(text: text, flow: flow, order: order, present: []) {
            fields[index, default: []].append(field)
        }
        return flow.finish { sheet, index, count in
            ScanMarks.apply(
                to: &sheet,
                identity: ScanIdentity(
                    programme: ScanIdentity.programme(of: context.workshop), kind: .minutesBlank, language: context.language,
                    page: index + 1),
                fields: fields[index] ?? [])
            let mixed = context.dataOnPage
            PageFooter(
                start: "\(mixed.isolated(context.workshop.title.value)) · \(labels.name(of: .minutesBlank))", mixed.paragraph,
                end: PageFooter.pageNumber(index, of: count, labels: labels), page, context: context
            )
            .draw(on: &sheet, margin: flow.margin)
        }
    }

    /// "השתתפו: a, b, c" — a label and the names it introduces, as one paragraph.
    private func people(_ label: MinutesLabel, _ names: [String], text: FlowText) {
        guard !names.isEmpty else { return }
        let mixed = context.dataOnPage
        text.paragraph(
            RichText([
                RichText.Run("\(labels(label)): ", bold: true, colour: .accent),
                RichText.Run(names.map(mixed.isolated).joined(separator: ", ")),
            ]), words: .mixed, after: 2.5)
    }

    /// The minutes as kept.
    private func kept(_ minutes: Minutes, of meeting: Meeting, text: FlowText, flow: PageFlow, order: ReadingOrder) {
        people(.present, context.workshop.present(at: meeting), text: text)
        people(.absent, minutes.absent.map(\.value), text: text)
        people(.invited, minutes.invited.map(\.value), text: text)
        flow.advance(3)
        let mixed = context.dataOnPage
        for (index, item) in minutes.items.enumerated() {
            text.heading("\(index + 1). \(mixed.isolated(item.title.value))", following: 12)
            for paragraph in item.discussion {
                text.paragraph(RichText([RichText.Run(paragraph.value)]), source: paragraph.location)
            }
            for decision in item.decisions {
                self.decision(decision, text: text, flow: flow, order: order)
            }
            flow.advance(2)
        }
        let actions = minutes.items.enumerated().flatMap { index, item in
            item.decisions.compactMap { decision in decision.action.map { (index + 1, decision, $0) } }
        }
        guard !actions.isEmpty else { return }
        text.heading(labels(.actionsHeading), following: 14)
        ActionTable(context: context, labels: labels, flow: flow, order: order, showsMeeting: false)
            .place(
                actions.map { item, decision, action in
                    ActionTable.Line(meeting: nil, item: item, decision: decision, action: action, overdue: false)
                })
    }

    /// A decision set apart: a bar at the start edge, "החלטה:" and its words, and who does what by when.
    private func decision(_ decision: Minutes.Decision, text: FlowText, flow: PageFlow, order: ReadingOrder) {
        let mixed = context.dataOnPage
        var runs = [
            RichText.Run("\(labels(.decision)): ", bold: true, colour: .accent),
            RichText.Run(mixed.isolated(decision.text.value)),
        ]
        if let action = decision.action {
            let due =
                action.due.map { " · \(labels(.due)): \(mixed.isolated($0.value.dotted))" }
                ?? action.dueMeeting.map { " · \(labels(.due)): \(labels(.meeting)) \(mixed.isolated($0.value))" } ?? ""
            runs.append(RichText.Run("  (\(labels(.owner)): \(mixed.isolated(action.owner.value))\(due))", colour: .muted))
        }
        let column = ReadingOrder(
            minX: order.minX + (order.direction == .rightToLeft ? 0 : 4),
            maxX: order.maxX - (order.direction == .rightToLeft ? 4 : 0), direction: order.direction)
        let block = context.typesetter.layout(
            RichText(runs), style: Self.body, width: column.width, language: mixed.paragraph,
            source: decision.text.location)
        flow.ensure(block.height + 2)
        let barX = order.direction == .rightToLeft ? order.maxX - 1 : order.minX + 1
        flow.add(
            .line(from: Point(x: barX, y: flow.y), to: Point(x: barX, y: flow.y + block.height)), .stroked(.accent, width: 1.2))
        flow.add(block, at: Point(x: column.minX, y: flow.y))
        flow.advance(block.height)
        flow.gap(3)
    }

    /// The form to fill by hand: attendance (filled where known), items with lines for what was
    /// said and decided, and an empty table of actions. Returns the blocks to write in, by page,
    /// for the form's scan geometry.
    @discardableResult
    private func blank(text: FlowText, flow: PageFlow, order: ReadingOrder, present: [String]) -> [(Int, ScanField)] {
        let page = context.language, typesetter = context.typesetter
        var fields: [(Int, ScanField)] = []
        func block(_ name: String, _ label: String, lines: Int) {
            let rect = WritingLines.block(label, lines: lines, flow: flow, language: page, typesetter: typesetter)
            fields.append((flow.pageIndex, ScanField(name: name, rect: rect)))
        }
        if present.isEmpty {
            block("present", labels(.present), lines: 3)
        } else {
            people(.present, present, text: text)
        }
        block("absent", labels(.absent), lines: 2)
        block("invited", labels(.invited), lines: 1)
        flow.advance(2)
        for number in 1...Self.blankItems {
            block("item-\(number)", "\(number). \(labels(.item))", lines: 4)
            block("decision-\(number)", labels(.decision), lines: 2)
            flow.advance(2)
        }
        text.heading(labels(.actionsHeading), following: 14)
        let actions = ActionTable(context: context, labels: labels, flow: flow, order: order, showsMeeting: false)
        return fields + actions.placeBlank(rows: Self.actionRows).map { ($0.page, $0.field) }
    }
}
