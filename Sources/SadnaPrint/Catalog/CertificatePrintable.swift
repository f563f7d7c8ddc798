import SadnaKit

/// A certificate of participation for each participant named (everyone when none is), with the
/// meetings each came to where `attended:` keeps them.
struct CertificatePrintable: Printable {
    static let kind = PrintableKind.certificate

    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob {
        let people = ParticipantPrintables.people(items, context)
        let layout = CertificateLayout(
            context: context, people: people, labels: context.words(context.templates.participants.labels))
        return PrintJob(
            kind: kind, info: ParticipantPrintables.info(context, kind), pages: people.indices.lazy.map(layout.page),
            itemTitles: people.map(\.name.value))
    }

    static func ownPaper(of item: String?, in context: LayoutContext) -> Paper? { CertificateLayout.paper }
}
