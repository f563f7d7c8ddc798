import SadnaKit

/// The minutes of each meeting asked for; a meeting that kept none prints its form to fill by
/// hand, its facts and attendance already in.
struct MinutesPrintable: Printable {
    static let kind = PrintableKind.minutes

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let labels = context.words(context.templates.minutes)
        let meetings = items.compactMap(context.workshop.meeting(named:))
        let documents = meetings.map { meeting in
            PrintDocument(
                info: context.info(title: "\(meeting.title.value) — \(labels.name(of: kind))", subject: labels.name(of: kind)),
                pages: MinutesLayout(context: context, meeting: meeting, labels: labels).pages())
        }
        return PrintJob(kind: kind, documents: documents, titles: meetings.map(\.title.value))
    }
}

/// The blank minutes form, for taking notes by hand.
struct BlankMinutesPrintable: Printable {
    static let kind = PrintableKind.minutesBlank

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let labels = context.words(context.templates.minutes)
        return PrintJob(
            kind: kind, info: context.info(title: labels.name(of: kind), subject: labels.name(of: kind)),
            pages: MinutesLayout(context: context, meeting: nil, labels: labels).pages())
    }
}

/// The open actions across the programme, for the next meeting's opening.
struct ActionsPrintable: Printable {
    static let kind = PrintableKind.actions

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let labels = context.words(context.templates.minutes)
        let name = labels.name(of: kind)
        return PrintJob(
            kind: kind, info: context.info(title: "\(name) — \(context.workshop.title.value)", subject: name),
            pages: ActionsLayout(context: context, labels: labels).pages())
    }

    static func ownPaper(of item: String?, in context: LayoutContext) -> Paper? { ActionsLayout.paper }
}
