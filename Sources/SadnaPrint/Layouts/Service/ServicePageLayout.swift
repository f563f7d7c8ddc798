import SadnaKit

/// A service page printed for a review meeting (A4): the page as residents will read it, and,
/// with `review`, the writing workshop's findings in the margin beside the text they are about,
/// numbered in the text and in the margin.
public struct ServicePageLayout {
    public let context: LayoutContext
    public let page: ServicePage
    /// The findings to put in the margin, or nil for a clean print.
    public let review: [ServiceLint.Finding]?

    public init(context: LayoutContext, page: ServicePage, review: [ServiceLint.Finding]? = nil) {
        self.context = context
        self.page = page
        self.review = review
    }

    var workshop: Workshop { context.workshop }
    var template: ServicePageTemplate { context.templates.servicePage }

    static let margin = 15.0
    static let reviewWidth = 58.0
    static let gap = 6.0
    /// The QR code's side, quiet zone included: modules of about 0.7 mm, which a phone reads from
    /// an arm's length, and no more of the page than a corner.
    static let qrSide = 28.0
    /// From one review number's centre to the next's, beside a heading.
    static let markStep = 5.2

    var labels: Labels<ServicePageLabel> { context.words(template.labels) }
    var pageLanguage: TextLanguage { context.language }
    var dataLanguage: TextLanguage { context.data }
    var mixed: DataOnPage { context.dataOnPage }

    /// Where a section starts, for the notes that belong to it.
    struct Anchor {
        var field: ServiceLint.Field
        var page: Int
        var y: Double
        /// How far from the column's start the section's text reaches (mm): a section beside the
        /// QR code stops short of it, and so do the numbers of its notes.
        var width: Double
    }

    public func document() -> PrintDocument {
        let typesetter = context.typesetter
        // A section or an item alone on a last page is pulled back by setting the page tighter.
        let flow = Strays.pulledBack(typesetter) { tightness in
            let flow = PageFlow(paper: .a4, margin: Self.margin, footerHeight: PageFooter.height)
            flow.tightness = tightness
            place(on: flow, typesetter: typesetter)
            return flow
        }
        let pages = flow.finish { pdfPage, index, count in
            PageFooter(
                about: "\(workshop.title.value) · \(page.name.value)",
                place: PageFooter.pageNumber(index, of: count, labels: labels), rule: false, context: context
            )
            .draw(on: &pdfPage, margin: Self.margin)
        }
        return PrintDocument(
            info: context.info(title: page.name.value, subject: review == nil ? labels(.what) : labels(.review)),
            pages: pages)
    }

    /// The page's title, facts and sections down the flow, and the review's notes beside them.
    private func place(on flow: PageFlow, typesetter: Typesetter) {
        let full = ReadingOrder(minX: flow.left, maxX: flow.right, direction: pageLanguage.direction)
        let mainWidth = review == nil ? flow.width : flow.width - Self.reviewWidth - Self.gap
        let column = ReadingOrder(
            minX: full.x(offset: 0, width: mainWidth), maxX: full.x(offset: 0, width: mainWidth) + mainWidth,
            direction: pageLanguage.direction)
        let text = FlowText(
            flow: flow, column: column, typesetter: typesetter, pageLanguage: pageLanguage,
            dataLanguage: dataLanguage, headingStyle: TextStyle(size: 13, weight: .bold, colour: .accent),
            itemStyle: TextStyle(size: 11, lineSpacing: 1.1))
        // The link to the service, as a QR code in the page's top corner on the end side, where a
        // reader looks for it and the text does not: the title, the facts and the essence ("what")
        // run beside it in a narrower column, and the sections after it start below it.
        let qr = page.qrTarget.flatMap { QRBlock($0.value, side: Self.qrSide, typesetter: typesetter, source: $0.location) }
        let besideWidth = qr.map { mainWidth - $0.width - Self.gap } ?? mainWidth
        let besideColumn = ReadingOrder(
            minX: column.x(offset: 0, width: besideWidth),
            maxX: column.x(offset: 0, width: besideWidth) + besideWidth, direction: pageLanguage.direction)
        let beside = FlowText(
            flow: flow, column: besideColumn, typesetter: typesetter, pageLanguage: pageLanguage,
            dataLanguage: dataLanguage, headingStyle: text.headingStyle, itemStyle: text.itemStyle)
        if let qr {
            var first = flow.pages[0]
            qr.draw(on: &first, at: Point(x: column.x(offset: mainWidth - qr.width, width: qr.width), y: flow.y))
            flow.replacePage(0, with: first)
        }
        let codeBottom = flow.y + (qr?.size.height ?? 0)
        var anchors: [Anchor] = [Anchor(field: .name, page: 0, y: flow.y, width: besideWidth)]

        // The review's numbers for the name — and for what the page leaves out, which has no
        // heading of its own — stand at the end of the title's line: the title keeps clear of
        // them rather than run under them.
        let nameMarks = Double(review?.filter { $0.field == .name || !prints($0.field) }.count ?? 0)
        let titleWidth = besideWidth - (nameMarks > 0 ? nameMarks * Self.markStep + 1.5 : 0)
        let title = typesetter.fit(
            page.name.value, style: mixed.aligned(TextStyle(size: 22, weight: .bold)),
            in: Size(width: titleWidth, height: 20), policy: FitPolicy(floor: 14, maxLines: 2),
            language: dataLanguage, source: page.name.location, what: "the service's name")
        flow.add(title, at: Point(x: besideColumn.x(offset: 0, width: titleWidth), y: flow.y))
        flow.advance(title.height + 1.5)
        let facts = [
            page.department.map { "\(labels(.department)): \(mixed.isolated($0.value))" },
            page.owner.map { "\(labels(.owner)): \(mixed.isolated($0.value))" },
            page.status.map { "\(labels(.status)): \(labels(.status($0.value)))" },
            page.lastReviewed.map { "\(labels(.lastReviewed)): \($0.value.dotted)" },
        ].compactMap { $0 }
        if !facts.isEmpty {
            beside.paragraph(
                RichText(facts.joined(separator: "   ·   ")), words: .mixed, style: TextStyle(size: 9.5, colour: .muted),
                after: 4)
        }
        anchors.append(Anchor(field: .review, page: 0, y: flow.y, width: besideWidth))

        func section(
            _ field: ServiceLint.Field, _ heading: String, following: Double, in writer: FlowText? = nil,
            body: () -> Void
        ) {
            let writer = writer ?? text
            let y = writer.heading(heading, following: following)
            anchors.append(Anchor(field: field, page: flow.pageIndex, y: y, width: writer.column.width))
            body()
        }
        if let what = page.what {
            section(.what, labels(.what), following: 12, in: beside) {
                beside.paragraph(RichText(what.value), source: what.location)
            }
        }
        if qr != nil, flow.pageIndex == 0, flow.y < codeBottom + 3 {
            flow.move(to: codeBottom + 3)
        }
        if !page.forWhom.isEmpty {
            let items = text.listBlocks(page.forWhom)
            section(.forWhom, labels(.forWhom), following: (items.first?.height ?? 0) + 2) { text.list(items, marker: .bullets) }
        }
        if !page.how.isEmpty {
            section(.how, labels(.how), following: 14) {
                for channel in page.how {
                    text.paragraph(
                        RichText([RichText.Run(labels(.channel(channel.kind.value)), bold: true)]),
                        words: .page, style: TextStyle(size: 11.5), after: 1.5)
                    if !channel.steps.isEmpty { text.list(text.listBlocks(channel.steps), marker: .numbers) }
                    if let address = channel.address {
                        text.paragraph(
                            RichText(address.value), style: TextStyle(size: 10.5, colour: .accent), source: address.location)
                    }
                    if channel.steps.isEmpty && channel.address == nil {
                        text.paragraph(RichText("—"), words: .page, style: TextStyle(size: 10.5, colour: .muted))
                    }
                }
            }
        }
        if !page.documents.isEmpty {
            let items = text.listBlocks(page.documents)
            section(.documents, labels(.documents), following: (items.first?.height ?? 0) + 2) {
                text.list(items, marker: .bullets)
            }
        }
        if let form = page.digitalForm {
            section(.digitalForm, labels(.digitalForm), following: 8) {
                text.paragraph(RichText(form.value), style: TextStyle(size: 10.5, colour: .accent), source: form.location)
            }
        }
        let contact = [
            (labels(.contactName), page.contact.name), (labels(.phone), page.contact.phone),
            (labels(.email), page.contact.email),
        ].compactMap { label, value in value.map { (label, $0) } }
        if !contact.isEmpty {
            section(.contact, labels(.contact), following: 8) { placeFacts(contact, text) }
        }
        let help =
            [(labels(.receptionHours), page.otherHelp.receptionHours)].compactMap { label, value in value.map { (label, $0) } }
            + page.otherHelp.phones.map { (labels(.phone), $0) }
            + [(labels(.department), page.otherHelp.department)].compactMap { label, value in value.map { (label, $0) } }
        if !help.isEmpty {
            section(.otherHelp, labels(.otherHelp), following: 8) { placeFacts(help, text) }
        }
        if !page.questions.isEmpty {
            section(.questions, labels(.questions), following: 10) {
                for question in page.questions {
                    text.paragraph(
                        RichText([RichText.Run(question.question.value, bold: true)]), source: question.question.location,
                        after: 1)
                    if let answer = question.answer { text.paragraph(RichText(answer.value), source: answer.location) }
                }
            }
        }
        if let review {
            placeNotes(review, anchors: anchors, flow: flow, full: full, column: column, typesetter: typesetter)
        }
    }

    /// Whether the page has a heading for `field`, beside which its notes' numbers stand.
    private func prints(_ field: ServiceLint.Field) -> Bool {
        switch field {
        case .name, .review: true
        case .what: page.what != nil
        case .forWhom: !page.forWhom.isEmpty
        case .how: !page.how.isEmpty
        case .documents: !page.documents.isEmpty
        case .digitalForm: page.digitalForm != nil
        case .contact: page.contact.name != nil || page.contact.phone != nil || page.contact.email != nil
        case .otherHelp:
            page.otherHelp.receptionHours != nil || !page.otherHelp.phones.isEmpty || page.otherHelp.department != nil
        case .questions: !page.questions.isEmpty
        }
    }

    private func placeFacts(_ facts: [(String, Located<String>)], _ text: FlowText) {
        for (label, value) in facts {
            text.paragraph(mixed.labelled(label, value.value), words: .mixed, source: value.location, after: 1.5)
        }
        text.flow.gap(2)
    }

    /// The findings in the margin, each beside the section it is about, numbered; a note that
    /// would run past the foot of its page moves to the next page's margin.
    private func placeNotes(
        _ findings: [ServiceLint.Finding], anchors: [Anchor], flow: PageFlow, full: ReadingOrder,
        column: ReadingOrder, typesetter: Typesetter
    ) {
        let x = full.x(offset: full.width - Self.reviewWidth, width: Self.reviewWidth)
        let heading = typesetter.layout(
            labels(.review), style: TextStyle(size: 10, weight: .bold, colour: .accent, alignment: .centre),
            width: Self.reviewWidth - 4, language: pageLanguage)
        var bottoms: [Int: Double] = [:]
        for pageIndex in 0..<flow.pages.count {
            bottoms[pageIndex] = Self.margin + heading.height + 3
        }
        var notes: [(page: Int, block: TextBlock, number: TextBlock, y: Double)] = []
        // The same numbers beside the sections' headings, at the end of their line.
        var marks: [(page: Int, y: Double, width: Double, number: TextBlock, slot: Int)] = []
        var slots: [String: Int] = [:]
        for (index, finding) in findings.enumerated() {
            let anchor = anchors.last { $0.field == finding.field } ?? anchors[0]
            // The note in the page's language and a drafter's words; the terminal keeps the
            // file, line and column, which mean nothing on paper.
            let text = context.templates.reviewText(finding.note, in: context.language)
            let block = typesetter.layout(text, style: TextStyle(size: 8.5), width: Self.reviewWidth - 9, language: pageLanguage)
            let number = typesetter.layout(
                "\(index + 1)", style: TextStyle(size: 8, weight: .bold, colour: .white, alignment: .centre),
                width: 4.4, language: .english)
            var page = anchor.page
            var y = max(anchor.y, bottoms[page] ?? 0)
            while y + block.height > flow.bottom, page + 1 < flow.pages.count {
                page += 1
                y = bottoms[page] ?? Self.margin
            }
            notes.append((page, block, number, y))
            bottoms[page] = y + block.height + 3
            let key = "\(anchor.page):\(anchor.y)"
            let slot = slots[key, default: 0]
            slots[key] = slot + 1
            marks.append((anchor.page, anchor.y, anchor.width, number, slot))
        }
        // Drawn through the flow's pages after the text, so the margin never pushes the text.
        for (pageIndex, page) in flow.pages.enumerated() {
            var copy = page
            copy.add(
                .rectangle(
                    Rect(x: x, y: Self.margin, width: Self.reviewWidth, height: flow.bottom - Self.margin),
                    cornerRadius: 2), .filled(.shade))
            copy.add(heading, at: Point(x: x + 2, y: Self.margin + 1.5))
            for mark in marks where mark.page == pageIndex {
                // Marks on one line stand at its end in reading order: ③ ④ ⑤, not ⑤ ④ ③.
                let fromEnd = (slots["\(mark.page):\(mark.y)"] ?? 1) - 1 - mark.slot
                let centre = Point(
                    x: column.x(offset: mark.width - 2.5 - Double(fromEnd) * Self.markStep, width: 0), y: mark.y + 3)
                copy.add(.circle(centre: centre, radius: 2.2), .filled(.accent))
                copy.add(mark.number, at: Point(x: centre.x - 2.2, y: centre.y - mark.number.height / 2))
            }
            // Each note's number at its start, on the side the page's language reads from.
            let margin = ReadingOrder(minX: x, maxX: x + Self.reviewWidth, direction: pageLanguage.direction)
            for note in notes where note.page == pageIndex {
                let circle = Point(x: margin.x(offset: 1.3, width: 4.4) + 2.2, y: note.y + 2.2)
                copy.add(.circle(centre: circle, radius: 2.2), .filled(.accent))
                copy.add(note.number, at: Point(x: circle.x - 2.2, y: circle.y - note.number.height / 2))
                copy.add(note.block, at: Point(x: margin.x(offset: 7, width: Self.reviewWidth - 9), y: note.y))
            }
            flow.replacePage(pageIndex, with: copy)
        }
    }
}
