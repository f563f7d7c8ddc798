import SadnaKit

/// The source's persona form, empty, for a team to fill by hand (A4): a box for a photo or a
/// drawing, then every field with its writing lines, short fields two to a row. Line spacing is
/// the largest that lets the whole form fit one page.
public struct PersonaFormLayout {
    public let context: LayoutContext

    public init(context: LayoutContext) {
        self.context = context
    }

    var template: PersonaTemplate { context.templates.persona }
    var language: Language { context.language }

    public func document() -> PrintDocument {
        let typesetter = context.typesetter
        let labels = context.words(template.labels)
        let page = context.language
        let paper = Paper.a4
        // Clear of the corner marks a scan finds the page by.
        let margin = ScanMarks.margin
        // Try generous spacing first, tighter until the form fits one page.
        let spacing =
            FitPolicy.largestFittingSize(from: 9, downTo: 6.5) { spacing in
                let flow = PageFlow(paper: paper, margin: margin, footerHeight: 6)
                _ = draw(on: flow, spacing: spacing, labels: labels, language: page, typesetter: typesetter)
                return flow.pages.count == 1
            } ?? 6.5
        let flow = PageFlow(paper: paper, margin: margin, footerHeight: 6)
        let fields = draw(on: flow, spacing: spacing, labels: labels, language: page, typesetter: typesetter)
        let pages = flow.finish { page, index, _ in
            PageFooter(about: context.workshop.title.value, rule: false, context: context).draw(on: &page, margin: margin)
            ScanMarks.apply(
                to: &page,
                identity: ScanIdentity(
                    programme: ScanIdentity.programme(of: context.workshop), kind: .personaForm, language: context.language,
                    page: index + 1),
                fields: index == 0 ? fields : [])
        }
        return PrintDocument(info: context.info(title: labels(.blankTitle), subject: labels(.blankTitle)), pages: pages)
    }

    /// Draws the form and returns where each field is: the photo box and each persona field's
    /// lines, named as the persona file names the field.
    private func draw(
        on flow: PageFlow, spacing: Double, labels: Labels<PersonaLabel>, language: TextLanguage, typesetter: Typesetter
    ) -> [ScanField] {
        var fields: [ScanField] = []
        func record(_ field: PersonaTemplate.Field, _ rects: [Rect]) {
            guard let first = rects.first else { return }
            let rect = rects.dropFirst().reduce(first) { $0.union($1) }
            if let index = fields.firstIndex(where: { $0.name == field.field.rawValue }) {
                fields[index].rect = fields[index].rect.union(rect)
            } else {
                fields.append(ScanField(name: field.field.rawValue, rect: rect))
            }
        }
        let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: language.direction)
        let title = typesetter.layout(
            labels(.blankTitle), style: AgendaLayout.Style.title, width: flow.width,
            language: language)
        flow.add(title, at: Point(x: flow.left, y: flow.y))
        flow.advance(title.height + 3)

        // The photo box at the start side; identity fields beside it.
        let photo = Rect(x: order.x(offset: 0, width: 38), y: flow.y, width: 38, height: 46)
        flow.add(.rectangle(photo, cornerRadius: 2), .stroked(.rule, width: 0.4, dash: [2, 1.5]))
        fields.append(ScanField(name: PersonaField.photo.rawValue, rect: photo))
        let caption = typesetter.layout(
            labels(.blankPhoto), style: TextStyle(size: 8, colour: .muted, alignment: .centre),
            width: photo.width - 4, language: language)
        flow.add(caption, at: Point(x: photo.x + 2, y: photo.maxY - caption.height - 2))
        let beside = ReadingOrder(
            minX: order.direction == .rightToLeft ? flow.left : photo.maxX + 5,
            maxX: order.direction == .rightToLeft ? photo.minX - 5 : flow.right,
            direction: language.direction)
        for field in template.fields(in: .identity) where field.lines > 0 {
            for line in 0..<field.lines {
                let rects = WritingLines.fieldsRow(
                    [(line == 0 ? field.label(self.language) : "", 1)], flow: flow, order: beside,
                    language: language, typesetter: typesetter, spacing: spacing)
                record(field, rects)
            }
        }
        flow.advance(max(0, photo.maxY - flow.y) + 3)

        for section in [PersonaTemplate.Section.demographics, .behaviour, .needs] {
            let heading = typesetter.layout(
                labels(.section(section)), style: AgendaLayout.Style.heading, width: flow.width,
                language: language)
            flow.add(heading, at: Point(x: flow.left, y: flow.y))
            flow.advance(heading.height + 0.8)
            flow.add(
                .line(from: Point(x: flow.left, y: flow.y), to: Point(x: flow.right, y: flow.y)),
                .stroked(.accent, width: 0.35))
            flow.advance(1)
            let fields = template.fields(in: section)
            let short = fields.filter { $0.lines <= 1 }, long = fields.filter { $0.lines > 1 }
            for pair in stride(from: 0, to: short.count, by: 2).map({ Array(short[$0..<min($0 + 2, short.count)]) }) {
                let rects = WritingLines.fieldsRow(
                    pair.map { ($0.label(self.language), 1.0 / Double(pair.count)) }, flow: flow, order: order,
                    language: language, typesetter: typesetter, spacing: spacing)
                for (field, rect) in zip(pair, rects) { record(field, [rect]) }
            }
            for field in long {
                record(
                    field,
                    WritingLines.fieldsRow(
                        [(field.label(self.language), 1)], flow: flow, order: order, language: language,
                        typesetter: typesetter, spacing: spacing))
                for _ in 1..<field.lines {
                    record(
                        field,
                        WritingLines.fieldsRow(
                            [("", 1)], flow: flow, order: order, language: language, typesetter: typesetter,
                            spacing: spacing))
                }
            }
            flow.advance(2)
        }
        return fields
    }
}
