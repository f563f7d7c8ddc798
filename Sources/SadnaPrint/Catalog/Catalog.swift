import SadnaKit

/// Every printable Sadna has, declared once. `sadna render`, `sadna kit` and the workbench ask
/// here, so a page is made the same way whoever asks for it.
public enum Catalog {
    /// Why a request cannot be printed: what ``PrintRequest/problems(in:templates:)`` found.
    public struct Refusal: Error, CustomStringConvertible {
        public var problems: [PrintRequest.Problem]
        public var description: String { problems.map(\.message).joined(separator: "; ") }
    }

    /// Lays out what `request` asks for, or refuses it with the same problems `sadna check` reports.
    public static func job(_ request: PrintRequest, in context: LayoutContext) throws(Refusal) -> PrintJob {
        let problems = request.problems(in: context.workshop, templates: context.templates)
        guard problems.isEmpty else { throw Refusal(problems: problems) }
        let context = context.speaking(request.language)
        let printable = request.kind.printable
        let items = request.resolvedItems(in: context.workshop, templates: context.templates)
        guard let asked = request.paper else { return printable.job(for: request, items: items, in: context) }
        // An A3 page asked for on A4 is laid out on its own A3 and printed as tiles to glue, at
        // full size (sticky notes and handwriting need the room); anything else on the paper asked.
        func tiling(_ item: String?) -> Tiling? {
            guard let own = printable.ownPaper(of: item, in: context), Tiling.tiles(own, onto: asked) else { return nil }
            return Tiling(poster: own.size, sheet: asked.format, direction: context.language.direction)
        }
        func job(_ items: [String], tiled tiling: Tiling?) -> PrintJob {
            guard let tiling else { return printable.job(for: request, items: items, in: context) }
            var whole = request
            whole.paper = nil
            return printable.job(for: whole, items: items, in: context).tiled(tiling, context: context)
        }
        let tilings = items.isEmpty ? [tiling(nil)] : items.map(tiling)
        if let first = tilings.first, tilings.allSatisfy({ $0 == first }) { return job(items, tiled: first) }
        // Some items are A3 and some not (worksheets): each as its own paper says.
        return PrintJob(kind: request.kind, combining: zip(items, tilings).map { job([$0], tiled: $1) })
    }
}
