import SadnaKit

/// The facilitator's run-sheet of each meeting asked for (A4, or A3 on request).
struct AgendaPrintable: Printable {
    static let kind = PrintableKind.agenda

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let meetings = items.compactMap(context.workshop.meeting(named:))
        return PrintJob(
            kind: kind, documents: meetings.map { AgendaLayout(context: context, meeting: $0, paper: request.paper).document() },
            titles: meetings.map(\.title.value))
    }
}

/// The participants' one-page handout of each meeting asked for.
struct HandoutPrintable: Printable {
    static let kind = PrintableKind.handout

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let meetings = items.compactMap(context.workshop.meeting(named:))
        let documents = meetings.map {
            AgendaHandoutLayout(AgendaLayout(context: context, meeting: $0, paper: request.paper)).document()
        }
        return PrintJob(kind: kind, documents: documents, titles: meetings.map(\.title.value))
    }
}

/// An empty run-sheet, to plan a meeting by hand.
struct BlankAgendaPrintable: Printable {
    static let kind = PrintableKind.agendaBlank

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let document = AgendaBlankLayout(context: context, paper: request.paper).document()
        return PrintJob(kind: kind, info: document.info, pages: document.pages)
    }
}
