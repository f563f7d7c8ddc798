import SadnaKit

/// The participants' one-page handout: the meeting's facts and goal, then its rows with times
/// and titles only. The list is set as large as one page allows (measured, between 13 and 9
/// pt); rows that still do not fit are left out and reported.
public struct AgendaHandoutLayout {
    let agenda: AgendaLayout

    public init(_ agenda: AgendaLayout) {
        self.agenda = agenda
    }

    enum Style {
        static let title = TextStyle(size: 22, weight: .bold)
        static let row = TextStyle(size: 13)
        static let floor = 9.0
        static let timeColumn = 22.0
    }

    public func document() -> PrintDocument {
        let template = agenda.template
        let labels = agenda.labels
        let meeting = agenda.meeting
        let typesetter = agenda.context.typesetter
        let flow = PageFlow(paper: agenda.sheet, margin: max(template.margin, 15), footerHeight: PageFooter.height)
        let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: agenda.pageLanguage.direction)

        let heading = typesetter.layout(
            labels(.handoutHeading), style: AgendaLayout.Style.heading, width: flow.width,
            language: agenda.pageLanguage)
        flow.add(heading, at: Point(x: flow.left, y: flow.y))
        flow.advance(heading.height + 2)
        let mixed = agenda.mixed
        let titleBox = Size(width: flow.width, height: 21)
        let titleText = TitleLines.text(
            meeting.title.value, style: Style.title, in: titleBox, floor: 14,
            language: agenda.dataLanguage, typesetter: typesetter)
        let title = typesetter.fit(
            titleText, style: mixed.aligned(Style.title), in: titleBox,
            policy: FitPolicy(floor: 14, maxLines: 2), language: agenda.dataLanguage,
            source: meeting.title.location, what: "the meeting's title")
        flow.add(title, at: Point(x: flow.left, y: flow.y))
        flow.advance(title.height + 2)
        if let subtitle = meeting.subtitle {
            let block = typesetter.layout(
                subtitle.value, style: mixed.aligned(AgendaLayout.Style.subtitle), width: flow.width,
                language: agenda.dataLanguage, source: subtitle.location)
            flow.add(block, at: Point(x: flow.left, y: flow.y))
            flow.advance(block.height + 2)
        }
        let facts = agenda.facts.factsLine(colour: .accent)
        if !facts.runs.isEmpty {
            let block = typesetter.layout(
                facts, style: TextStyle(size: 11.5), width: flow.width,
                language: agenda.pageLanguage)
            flow.add(block, at: Point(x: flow.left, y: flow.y))
            flow.advance(block.height + 3)
        }
        if let goal = meeting.goal {
            let text = mixed.labelled(labels(.goal), goal.value, colour: .accent)
            let block = typesetter.layout(
                text, style: TextStyle(size: 11.5), width: flow.width,
                language: mixed.paragraph, source: goal.location)
            flow.add(block, at: Point(x: flow.left, y: flow.y))
            flow.advance(block.height + 3)
        }
        flow.add(
            .line(from: Point(x: flow.left, y: flow.y), to: Point(x: flow.right, y: flow.y)),
            .stroked(.accent, width: 0.6))
        flow.advance(5)

        let rows = fittedRows(available: flow.remaining, width: flow.width, typesetter: typesetter)
        for (time, content) in rows {
            flow.add(time, at: Point(x: order.x(offset: 0, width: time.width), y: flow.y))
            flow.add(content, at: Point(x: order.x(offset: Style.timeColumn, width: content.width), y: flow.y))
            let height = max(time.height, content.height)
            flow.advance(height + gap(for: content.style.size))
        }
        if rows.count < meeting.agenda.count {
            typesetter.report(
                .warning(
                    .layoutOverflowHandout,
                    ["shown": .number(rows.count), "all": .number(meeting.agenda.count), "floor": .number(Int(Style.floor))],
                    at: meeting.agenda[rows.count].location))
        }
        // What room is left becomes lines for the participant's own notes.
        let lines = Int((flow.remaining - 12) / WritingLines.lineSpacing)
        if lines >= 3 {
            flow.advance(4)
            WritingLines.block(
                labels(.myNotes), lines: min(lines, 12), flow: flow, language: agenda.pageLanguage,
                typesetter: typesetter)
        }
        let about = [mixed.isolated(agenda.workshop.title.value), agenda.facts.date].compactMap { $0 }.joined(separator: " · ")
        let pages = flow.finish { page, _, _ in
            PageFooter(start: about, mixed.paragraph, end: nil, agenda.pageLanguage, rule: false, context: agenda.context)
                .draw(on: &page, margin: flow.margin)
        }
        return PrintDocument(
            info: agenda.context.info(
                title: "\(meeting.title.value) — \(labels(.handoutHeading))", subject: labels(.handoutHeading)),
            pages: pages)
    }

    private func gap(for size: Double) -> Double { size * 0.28 }

    /// The rows set at the largest size from 13 down to 9 pt at which they all fit `available`
    /// millimetres; at the floor, as many as fit.
    private func fittedRows(
        available: Double, width: Double,
        typesetter: Typesetter
    ) -> [(time: TextBlock, content: TextBlock)] {
        let meeting = agenda.meeting
        let starts = meeting.rowStarts
        func rows(at size: Double) -> [(time: TextBlock, content: TextBlock)] {
            zip(meeting.agenda, starts).map { row, start in
                let time = typesetter.layout(
                    start?.description ?? "", style: Style.row.sized(size).weighted(.bold),
                    width: Style.timeColumn - 3, language: agenda.pageLanguage)
                let content = typesetter.layout(
                    row.content.value, style: agenda.mixed.aligned(Style.row.sized(size)),
                    width: width - Style.timeColumn, language: agenda.dataLanguage,
                    source: row.content.location)
                return (time, content)
            }
        }
        func height(_ set: [(time: TextBlock, content: TextBlock)]) -> Double {
            set.map { max($0.time.height, $0.content.height) + gap(for: $0.content.style.size) }.reduce(0, +)
        }
        if let size = FitPolicy.largestFittingSize(
            from: Style.row.size, downTo: Style.floor,
            fits: { height(rows(at: $0)) <= available })
        {
            return rows(at: size)
        }
        var kept: [(time: TextBlock, content: TextBlock)] = []
        var used = 0.0
        for row in rows(at: Style.floor) {
            let h = max(row.time.height, row.content.height) + gap(for: Style.floor)
            if used + h > available { break }
            kept.append(row)
            used += h
        }
        return kept
    }
}
