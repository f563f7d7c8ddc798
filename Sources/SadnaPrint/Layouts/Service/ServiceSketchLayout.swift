import SadnaKit

/// The programme's service-page sketch (meeting 6), empty, for a department to draft a page by
/// hand: each question of the sketch with its writing lines (A4).
public struct ServiceSketchLayout {
    public let context: LayoutContext

    public init(context: LayoutContext) {
        self.context = context
    }

    public func document() -> PrintDocument {
        let template = context.templates.servicePage, typesetter = context.typesetter, language = context.language
        let labels = context.words(template.labels)
        let page = context.language
        // Clear of the corner marks a scan finds the page by.
        let flow = PageFlow(paper: .a4, margin: ScanMarks.margin, footerHeight: 8)
        let title = typesetter.layout(
            labels(.serviceSketch), style: TextStyle(size: 20, weight: .bold), width: flow.width,
            language: page)
        flow.add(title, at: Point(x: flow.left, y: flow.y))
        flow.advance(title.height + 6)
        // The largest spacing that keeps the sketch on one page, measured with each field's label.
        let labelHeights = template.sketch.map {
            typesetter.layout($0.label(language), style: WritingLines.labelStyle, width: flow.width, language: page).height + 5
        }
        let lines = template.sketch.reduce(0) { $0 + $1.lines }
        let spacing = min(11, max(7, (flow.remaining - labelHeights.reduce(0, +) - 1) / Double(lines)))
        // Each question's place, by page, named by its order: `question-1`, `question-2`, …
        var fields: [Int: [ScanField]] = [:]
        for (number, field) in template.sketch.enumerated() {
            let rect = WritingLines.block(
                field.label(language), lines: field.lines, flow: flow, language: page, typesetter: typesetter,
                spacing: spacing)
            fields[flow.pageIndex, default: []].append(ScanField(name: "question-\(number + 1)", rect: rect))
            flow.advance(2)
        }
        let pages = flow.finish { pdfPage, index, _ in
            PageFooter(about: context.workshop.title.value, rule: false, context: context).draw(on: &pdfPage, margin: flow.margin)
            ScanMarks.apply(
                to: &pdfPage,
                identity: ScanIdentity(
                    programme: ScanIdentity.programme(of: context.workshop), kind: .serviceSketch, language: context.language,
                    page: index + 1),
                fields: fields[index] ?? [])
        }
        return PrintDocument(info: context.info(title: labels(.serviceSketch), subject: labels(.serviceSketch)), pages: pages)
    }
}
