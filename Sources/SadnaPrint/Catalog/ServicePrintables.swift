import SadnaKit

/// Service pages as residents will read them (A4), one document per page asked for.
struct ServicePagePrintable: Printable {
    static let kind = PrintableKind.servicePage

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let pages = context.workshop.services(named: items)
        return PrintJob(
            kind: kind, documents: pages.map { ServicePageLayout(context: context, page: $0).document() },
            titles: pages.map(\.name.value))
    }
}

/// Service pages with the writing workshop's findings in the margin, for a review meeting.
struct ServiceReviewPrintable: Printable {
    static let kind = PrintableKind.serviceReview

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let pages = context.workshop.services(named: items)
        let lint = ServiceLint(rules: context.templates.plainLanguage, today: context.today, texts: context.workshop.texts)
        let documents = pages.map { ServicePageLayout(context: context, page: $0, review: lint.findings($0)).document() }
        return PrintJob(kind: kind, documents: documents, titles: pages.map(\.name.value))
    }
}

/// The programme's service-page sketch, empty, to draft a page by hand.
struct ServiceSketchPrintable: Printable {
    static let kind = PrintableKind.serviceSketch

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let document = ServiceSketchLayout(context: context).document()
        return PrintJob(kind: kind, info: document.info, pages: document.pages)
    }
}

/// The backlog as a reach × complexity chart.
struct PrioritisationPrintable: Printable {
    static let kind = PrintableKind.prioritisation

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let document = PrioritisationLayout(context: context).document()
        return PrintJob(kind: kind, info: document.info, pages: document.pages)
    }
}

/// Worksheets for groups to fill by hand, one page each.
struct WorksheetPrintable: Printable {
    static let kind = PrintableKind.worksheet

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let sheets = context.workshop.worksheets(besides: context.templates.worksheets)
        let chosen = items.compactMap { id in sheets.first { $0.id == id } }
        let documents = chosen.map { WorksheetLayout(context: context, template: $0, paper: request.paper).document() }
        return PrintJob(kind: kind, documents: documents, titles: chosen.map { $0.title(context.language) })
    }

    /// The worksheet's own paper (the mind map's A3 landscape).
    static func ownPaper(of item: String?, in context: LayoutContext) -> Paper? {
        context.workshop.worksheets(besides: context.templates.worksheets).first { $0.id == item }?.paper
    }
}
