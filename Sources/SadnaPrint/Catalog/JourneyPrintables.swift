import SadnaKit

/// Customer-journey maps on A3 landscape, one document per journey asked for.
struct JourneyMapPrintable: Printable {
    static let kind = PrintableKind.journey

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let journeys = context.workshop.journeys(named: items)
        let maps = journeys.map { JourneyMapLayout(context: context, journey: $0) }
        // A map a batch: a hundred maps are laid out side by side, and never all held at once.
        let batches = PageBatches(count: maps.count, pagesEach: maps.first?.sheetCount ?? 1) { index, typesetter in
            JourneyMapLayout(context: context.using(typesetter), journey: journeys[index]).document().pages
        }
        return PrintJob(
            kind: kind, items: maps.map { ($0.journey.title.value, $0.info, $0.sheetCount) }, batches: batches,
            typesetter: context.typesetter)
    }

    static func ownPaper(of item: String?, in context: LayoutContext) -> Paper? { JourneyMapLayout.paper }
}

/// The empty journey canvas for a group to fill with sticky notes.
struct JourneyCanvasPrintable: Printable {
    static let kind = PrintableKind.journeyCanvas

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let lanes = context.templates.journey.lanes(request.lanes).lanes
        let document = JourneyBlankLayout(context: context, lanes: lanes, stages: request.stages ?? PrintRequest.defaultStages)
            .document()
        return PrintJob(kind: kind, info: document.info, pages: document.pages)
    }

    static func ownPaper(of item: String?, in context: LayoutContext) -> Paper? { JourneyMapLayout.paper }
}
