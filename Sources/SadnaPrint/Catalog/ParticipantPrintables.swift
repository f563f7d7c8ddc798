import SadnaKit

/// What the printables of the team share: who a request names, a document per meeting, and
/// the PDF's information.
enum ParticipantPrintables {
    /// The participants a request names, in the list's order; everyone when it names none.
    static func people(_ items: [String], _ context: LayoutContext) -> [Participant] {
        items.compactMap(context.workshop.participant(named:))
    }

    /// A document per meeting named, each opening with a bookmark when there are several.
    static func perMeeting(
        _ kind: PrintableKind, _ items: [String], _ context: LayoutContext,
        pages: (Meeting, Labels<ParticipantLabel>) -> [Page]
    ) -> PrintJob {
        let labels = context.words(context.templates.participants.labels)
        let meetings = items.compactMap(context.workshop.meeting(named:))
        let documents = meetings.map { meeting in
            PrintDocument(info: info(context, kind, subject: meeting.title.value), pages: pages(meeting, labels))
        }
        return PrintJob(kind: kind, documents: documents, titles: meetings.map(\.title.value))
    }

    static func info(_ context: LayoutContext, _ kind: PrintableKind, subject: String? = nil) -> DocumentInfo {
        let name = context.name(of: kind)
        return context.info(title: "\(name) — \(context.workshop.title.value)", subject: subject ?? name)
    }
}

/// Name stickers on a sheet of labels, one per participant, in the list's order.
struct NameStickersPrintable: Printable {
    static let kind = PrintableKind.nameStickers

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let template = context.templates.participants
        let sheet = request.sheet.flatMap(template.sheet(named:)) ?? template.sheet
        let layout = NameStickerLayout(context: context, people: ParticipantPrintables.people(items, context), sheet: sheet)
        var info = ParticipantPrintables.info(context, kind, subject: sheet.description)
        info.printsAtExactSize = true
        if request.testSheet {
            return PrintJob(
                kind: kind, info: info, pages: [layout.testPage(labels: context.words(template.labels))])
        }
        return PrintJob(kind: kind, info: info, pages: (0..<layout.sheetCount).lazy.map(layout.page))
    }
}

/// A meeting's sign-in sheet, a row per participant and rows for guests.
struct SignInPrintable: Printable {
    static let kind = PrintableKind.signIn

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        ParticipantPrintables.perMeeting(kind, items, context) { meeting, labels in
            SignInLayout(context: context, meeting: meeting, labels: labels).pages()
        }
    }
}

/// Table tents, one A4 sheet per participant, folded to stand with the name on both faces.
struct TableTentsPrintable: Printable {
    static let kind = PrintableKind.tableTents

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let people = ParticipantPrintables.people(items, context)
        let labels = context.words(context.templates.participants.labels)
        let layout = TableTentLayout(context: context, people: people, labels: labels)
        return PrintJob(
            kind: kind, info: ParticipantPrintables.info(context, kind),
            pages: people.indices.lazy.map(layout.page), itemTitles: people.map(\.name.value))
    }

    static func ownPaper(of item: String?, in context: LayoutContext) -> Paper? { TableTentLayout.paper }
}

/// The homework table to open a meeting with: who has done what was set before it.
struct HomeworkPrintable: Printable {
    static let kind = PrintableKind.homework

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        ParticipantPrintables.perMeeting(kind, items, context) { meeting, labels in
            HomeworkTableLayout(context: context, meeting: meeting, labels: labels).pages()
        }
    }

    static func ownPaper(of item: String?, in context: LayoutContext) -> Paper? { HomeworkTableLayout.paper }
}
