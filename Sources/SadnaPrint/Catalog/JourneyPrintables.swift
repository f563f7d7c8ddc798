import SadnaKit

/// Customer-journey maps on A3 landscape, one document per journey asked for.
struct JourneyMapPrintable: Printable {
    static let kind = PrintableKind.journey

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let journeys = items.compactMap(context.workshop.journey(named:))
        return PrintJob(kind: kind, documents: journeys.map { JourneyMapLayout(context: context, journey: $0).document() },
                        titles: journeys.map(\.title.value))
    }

    static func ownPaper(of item: String?, in context: LayoutContext) -> Paper? { JourneyMapLayout.paper }
}

/// The empty journey canvas for a group to fill with sticky notes.
struct JourneyCanvasPrintable: Printable {
    static let kind = PrintableKind.journeyCanvas

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let lanes = context.templates.journey.lanes(request.lanes).lanes
        let document = JourneyBlankLayout(context: context, lanes: lanes, stages: request.stages ?? PrintRequest.defaultStages).document()
        return PrintJob(kind: kind, info: document.info, pages: document.pages)
    }

    static func ownPaper(of item: String?, in context: LayoutContext) -> Paper? { JourneyMapLayout.paper }
}
