import SadnaKit

/// The programme's booklet (A4): cover, contents, and the whole programme, bookmarked.
struct ProgrammePrintable: Printable {
    static let kind = PrintableKind.programme

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let document = ProgrammeBookletLayout(context: context, labels: context.words(context.templates.booklet)).document()
        guard request.booklet else {
            return PrintJob(kind: kind, info: document.info, pages: document.pages, bookmarks: document.bookmarks)
        }
        // Imposed: each bookmark points at the side of the sheet its page is printed on.
        let direction = context.language.direction
        let sides = SaddleStitch.order(pageCount: (document.pages.count + 3) / 4 * 4, direction: direction)
        let bookmarks = document.bookmarks.compactMap { mark -> Bookmark? in
            guard let side = sides.firstIndex(where: { $0.left == mark.page || $0.right == mark.page }) else { return nil }
            return Bookmark(title: mark.title, page: side, level: mark.level)
        }
        return PrintJob(
            kind: kind, info: document.info, pages: SaddleStitch.impose(document.pages, direction: direction),
            bookmarks: bookmarks, duplex: .shortEdge)
    }
}
