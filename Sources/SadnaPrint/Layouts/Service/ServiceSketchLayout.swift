import SadnaKit

/// The programme's service-page sketch (meeting 6), empty, for a department to draft a page by
/// hand: each question of the sketch with its writing lines (A4).
public struct ServiceSketchLayout {
    public let workshop: Workshop
    public let template: ServicePageTemplate
    public let language: String

    public init(workshop: Workshop, template: ServicePageTemplate, language: String) {
        self.workshop = workshop
        self.template = template
        self.language = language
    }

    public func document(typesetter: Typesetter) -> PrintDocument {
        let labels = template.labels.words(in: language)
        let page = TextLanguage(language)
        let flow = PageFlow(paper: .a4, margin: 15, footerHeight: 8)
        let title = typesetter.layout(labels("sketch_title"), style: TextStyle(size: 20, weight: .bold), width: flow.width,
                                      language: page)
        flow.add(title, at: Point(x: flow.left, y: flow.y))
        flow.advance(title.height + 6)
        // The largest spacing that keeps the sketch on one page, measured with each field's label.
        let labelHeights = template.sketch.map {
            typesetter.layout($0.label(language), style: WritingLines.labelStyle, width: flow.width, language: page).height + 5
        }
        let lines = template.sketch.reduce(0) { $0 + $1.lines }
        let spacing = min(11, max(7, (flow.remaining - labelHeights.reduce(0, +) - 1) / Double(lines)))
        for field in template.sketch {
            WritingLines.block(field.label(language), lines: field.lines, flow: flow, language: page, typesetter: typesetter,
                               spacing: spacing)
            flow.advance(2)
        }
        let pages = flow.finish { pdfPage, _, _ in
            let footer = typesetter.layout(workshop.title.value, style: TextStyle(size: 8, colour: .muted),
                                           width: pdfPage.size.width - 30, language: TextLanguage(workshop.language))
            pdfPage.add(footer, at: Point(x: 15, y: pdfPage.size.height - 15 - 4))
        }
        return PrintDocument(info: DocumentInfo(title: labels("sketch_title"), author: workshop.organisation?.value ?? "",
                                                subject: labels("sketch_title"), keywords: workshop.title.value), pages: pages)
    }
}
