import SadnaKit

/// The programme's booklet (A4): cover, contents, and the whole programme, bookmarked.
struct ProgrammePrintable: Printable {
    static let kind = PrintableKind.programme

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let document = ProgrammeBookletLayout(context: context, labels: context.words(context.templates.booklet)).document()
        return PrintJob(kind: kind, info: document.info, pages: document.pages, bookmarks: document.bookmarks)
    }
}
