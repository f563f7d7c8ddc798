import Foundation
import Hummingbird
import SadnaKit

/// Personas from a spreadsheet, by upload: the same reading and the same row-and-column report
/// as `sadna import personas`.
enum ImportPage {
    /// `import.mustache`: the upload form, and after an upload what it wrote, kept and rejected.
    struct Content {
        var done = false
        var summary = ""
        /// The encoding a spreadsheet was read in, when it was not UTF-8.
        var readAs = ""
        var written: [PageLink] = []
        var kept = ""
        var rejected = ""
        var problems: [PageProblem] = []
        /// Why an upload came back (nothing imported), and the message beside the file's input.
        var refill = FormProblems()
        var fileMessage = ""
        var replace = false
    }

    static func form(_ request: Request, workbench: Workbench) throws -> Response {
        let snapshot = workbench.snapshot()
        let basics = try PageBasics(workbench: workbench, snapshot: snapshot, request: request)
        return basics.page(
            "import", title: basics.labels("import_title"), path: "/personas/import", content: Content(),
            request: request)
    }

    /// The upload form again, its message beside the file's input (`SameForm`): no file chosen, one
    /// too large, a form opened before a restart. A browser never fills a file input again, so the
    /// message asks for the file once more; the "replace" choice is kept.
    static let sameForms = [
        SameForm("personas/import") { refill, _, request, workbench in try redraw(refill, request: request, workbench: workbench)
        }
    ]

    static func redraw(_ refill: FormRefill, request: Request, workbench: Workbench) throws -> Response {
        let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
        var refill = refill
        if refill.messages["spreadsheet"] == nil, !refill.unread {
            refill.messages["spreadsheet"] = basics.labels("import_choose_again")
        }
        let content = Content(
            refill: refill.problems([("spreadsheet", "spreadsheet")]), fileMessage: refill.message(for: "spreadsheet"),
            replace: refill.posted["replace"] != nil)
        return basics.page(
            "import", title: refill.title(basics.labels("import_title"), labels: basics.labels), path: "/personas/import",
            content: content, status: refill.status, request: request)
    }

    static func run(_ request: Request, workbench: Workbench) async throws -> Response {
        var request = request
        let form = try await request.postedForm(limit: Workbench.uploadLimit)
        let snapshot = workbench.snapshot()
        let basics = try PageBasics(workbench: workbench, snapshot: snapshot, request: request)
        guard let templates = snapshot.templates else { throw HTTPError(.serviceUnavailable, message: "broken-files") }
        guard let upload = form.file("spreadsheet") else {
            let refill = FormRefill(
                posted: form, notice: basics.labels("form_not_sent"), messages: ["spreadsheet": basics.labels("import_no_file")])
            return try redraw(refill, request: request, workbench: workbench)
        }
        let name = (upload.filename ?? "spreadsheet.csv").split(separator: "/").last.map(String.init) ?? "spreadsheet.csv"
        let importer = PersonaImport(template: templates.persona)
        let plan = importer.read(Data(buffer: upload.body), path: name)
        let outcome = workbench.saving.withLock {
            importer.write(
                plan, into: workbench.settings.workshop.appendingPathComponent("personas"), force: form["replace"] != nil)
        }
        let labels = basics.labels
        let written = outcome.written.map { url -> PageLink in
            let id = url.deletingPathExtension().lastPathComponent
            return PageLink(href: "/personas/\(percentEncoded(id))", name: id)
        }
        let kept = outcome.keptRows.map(String.init).joined(separator: ", ")
        let rejected = outcome.rejectedRows.map(String.init).joined(separator: ", ")
        let content = Content(
            done: true,
            summary: labels("import_written", ["n": String(outcome.written.count), "rows": String(plan.rows)]),
            readAs: plan.encoding.map { labels("import_read_as", ["encoding": $0.rawValue]) } ?? "",
            written: written,
            kept: outcome.keptRows.isEmpty ? "" : labels("import_kept", ["rows": kept]),
            rejected: outcome.rejectedRows.isEmpty ? "" : labels("import_rejected", ["rows": rejected]),
            problems: outcome.diagnostics.map(basics.problem))
        return basics.page("import", title: labels("import_result"), path: "/personas/import", content: content, request: request)
    }
}
