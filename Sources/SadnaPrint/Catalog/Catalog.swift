import SadnaKit

/// Every printable Sadna has, declared once. `sadna render`, `sadna kit` and the workbench ask
/// here, so a page is made the same way whoever asks for it.
public enum Catalog {
    /// The printables, one per ``PrintableKind``.
    public static let printables: [any Printable.Type] = [
        AgendaPrintable.self, HandoutPrintable.self, BlankAgendaPrintable.self, TaskCardsPrintable.self,
        CalibrationPrintable.self, PersonaCardsPrintable.self, PersonaPagePrintable.self, PersonaFormPrintable.self,
        JourneyMapPrintable.self, JourneyCanvasPrintable.self, ServicePagePrintable.self, ServiceReviewPrintable.self,
        ServiceSketchPrintable.self, PrioritisationPrintable.self, WorksheetPrintable.self, KitCoverPrintable.self,
    ]

    /// Why a request cannot be printed: what ``PrintRequest/problems(in:templates:)`` found.
    public struct Refusal: Error, CustomStringConvertible {
        public var problems: [PrintRequest.Problem]
        public var description: String { problems.map(\.message).joined(separator: "; ") }
    }

    /// The printable of `kind`.
    public static func printable(_ kind: PrintableKind) -> any Printable.Type {
        printables.first { $0.kind == kind }!
    }

    /// Lays out what `request` asks for, or refuses it with the same problems `sadna check` reports.
    public static func job(_ request: PrintRequest, in context: LayoutContext) throws(Refusal) -> PrintJob {
        let problems = request.problems(in: context.workshop, templates: context.templates)
        guard problems.isEmpty else { throw Refusal(problems: problems) }
        let context = context.speaking(request.language)
        return printable(request.kind).job(for: request, items: request.resolvedItems(in: context.workshop,
                                                                                       templates: context.templates),
                                           in: context)
    }
}
