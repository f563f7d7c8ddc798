import Foundation
import SadnaKit
import SadnaPrint

/// What a print plan being edited would come to, worked out on the meeting's file as the draft
/// would write it: what `sadna check` says of each item (by the draft's item it is about), and
/// the print list's parts with their pages and copies, as the kit lays them out.
struct PlanPreview {
    /// The workshop with the draft in it.
    var workshop: Workshop?
    /// Each item's findings, by its place in the draft.
    var findings: [Int: [Diagnostic]] = [:]
    /// Findings about the plan that no one item holds.
    var general: [Diagnostic] = []
    var rows: [KitPrintList.Row] = []

    /// The preview of `draft`, in place of `meeting`'s plan in the file's `text`; `kit` gives the
    /// print list when the draft is what the file already says (laid out once, and kept).
    init(
        _ draft: PrintPlanDraft, meeting: Meeting, text: String, workbench: Workbench, templates: TemplateSet,
        rowIDs: [Int: String], kit: (() throws -> [KitPrintList.Row])? = nil
    ) {
        guard let changed = try? draft.apply(to: text, rowIDs: rowIDs) else { return }
        let loaded = DraftWorkshop(folder: workbench.settings.workshop, path: "meetings/\(meeting.id).yaml", text: changed)
        workshop = loaded.workshop
        let section = Self.lines(of: "print", in: changed)
        let said = loaded.diagnostics.filter { diagnostic in
            diagnostic.severity != .note && diagnostic.location?.file == loaded.file
                && section.contains(diagnostic.location?.line ?? 0)
        }
        guard let workshop = loaded.workshop, let planned = workshop.meetings.first(where: { $0.id == meeting.id }) else {
            general = said
            return
        }
        // The loader leaves out blank items (never written) and items of a kind Sadna does not print.
        let places = draft.items.indices.filter { draft.items[$0].printable != nil }
        let matched = places.count == planned.print.count
        func file(_ found: [Diagnostic], under item: Int?) {
            if matched, let item { findings[places[item], default: []] += found } else { general += found }
        }
        for (index, item) in planned.print.enumerated() {
            file(
                PrintPlanChecks.problems(item, meeting: planned, workshop: workshop, templates: templates)
                    + PrintPlanChecks.copies(item, meeting: planned, workshop: workshop)
                    + PrintPlanChecks.row(item, meeting: planned)
                    + PrintPlanChecks.pool(item, meeting: planned, workshop: workshop),
                under: index)
        }
        for diagnostic in said {
            let line = diagnostic.location?.line ?? 0
            file([diagnostic], under: planned.print.lastIndex { $0.location.line <= line })
        }
        if let kit, let rows = try? kit() {
            self.rows = rows
        } else {
            rows = workbench.withContext(workshop, templates: templates, language: workshop.language) { context in
                KitPrintList.rows(KitBuilder(context: context).kit(for: planned), labels: context.words(context.templates.kit))
            }
        }
    }

    /// The lines a top-level key's value takes in a YAML file's text (its own line to the line
    /// before the next top-level key); empty when the file has no such key.
    static func lines(of key: String, in text: String) -> Range<Int> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("\(key):") }) else { return 0..<0 }
        let end =
            lines[(start + 1)...].firstIndex { line in
                guard let first = line.first else { return false }
                return first != " " && first != "#" && first != "-" && first != "\t"
            } ?? lines.count
        // Lines count from 1: the key's own line is start + 1, the next key's end + 1.
        return (start + 1)..<(end + 1)
    }
}
