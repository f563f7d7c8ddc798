import SadnaKit
import SadnaPrint

/// The programme's own worksheets laid out as `render` lays them out, in the language asked or in
/// each Sadna prints, so that `check` finds what does not fit (a word wider than its column, a
/// box taller than a page) at its block's line before anyone prints.
enum WorksheetFit {
    static func check(_ workshop: Workshop, templates: TemplateSet, in languages: [Language]) -> [Diagnostic] {
        guard !workshop.worksheets.isEmpty else { return [] }
        var found: [Diagnostic] = []
        for language in languages {
            let typesetter = Typesetter()
            let context = LayoutContext(
                workshop: workshop, templates: templates, language: language, typesetter: typesetter, today: .today)
            for sheet in workshop.worksheets {
                _ = WorksheetLayout(context: context, template: sheet).document()
            }
            // A sheet in one language says much the same in every one: each place and rule once.
            for diagnostic in typesetter.diagnostics
            where !found.contains(where: { $0.location == diagnostic.location && $0.rule == diagnostic.rule }) {
                found.append(diagnostic)
            }
        }
        return found
    }
}
