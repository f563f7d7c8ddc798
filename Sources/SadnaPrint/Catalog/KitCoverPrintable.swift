import SadnaKit

/// A meeting's kit cover with its print list: it lays the whole kit out to count its pages.
struct KitCoverPrintable: Printable {
    static let kind = PrintableKind.kitCover

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let builder = KitBuilder(context: context)
        let covers = items.compactMap(context.workshop.meeting(named:)).map { builder.kit(for: $0).files.first?.opening ?? [] }
        let labels = context.words(context.templates.kit)
        return PrintJob(kind: kind, info: context.info(title: labels(.kitCover), subject: labels(.kit)), pages: covers.joined())
    }
}
