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
        /// Nothing was imported: the error banner's first line, with why below it (`kept`, `rejected`, `empty`).
        var nothing = ""
        var empty = ""
        /// The encoding a spreadsheet was read in, when it was not UTF-8.
        var readAs = ""
        var written: [PageLink] = []
        var hasWritten = false
        var kept = ""
        var rejected = ""
        var problems: [PageProblem] = []
        var hasProblems = false
        /// Why an upload came back (nothing imported), and the message beside the file's input.
        var refill = FormProblems()
        var fileMessage = ""
        var fileHint = ""
        var replace = false
    }

    static func form(_ request: Request, workbench: Workbench) throws -> Response {
        let snapshot = workbench.snapshot()
        let basics = try PageBasics(workbench: workbench, snapshot: snapshot, request: request)
        return basics.page(
            "import", title: basics.labels("import_title"), path: "/personas/import", content: Content(),
            request: request)
    }

    /// The upload form again, its message beside the file's input (`SameForm`): no file chosen, a
    /// file that is no spreadsheet, one too large, a form opened before a restart, a write that
    /// failed. A browser never fills a file input again, so the message asks for the file once
    /// more; the "replace" choice is kept.
    static let sameForms = [
        SameForm("personas/import") { refill, _, request, workbench in try redraw(refill, request: request, workbench: workbench)
        }
    ]

    static func redraw(_ refill: FormRefill, request: Request, workbench: Workbench) throws -> Response {
        let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
        let refill = importing(refill, labels: basics.labels)
        let content = Content(
            refill: refill.problems([("spreadsheet", "spreadsheet")]), fileMessage: refill.message(for: "spreadsheet"),
            fileHint: refill.hints["spreadsheet"] ?? "", replace: refill.posted["replace"] != nil)
        return basics.page(
            "import", title: refill.title(basics.labels("import_title"), labels: basics.labels), path: "/personas/import",
            content: content, status: refill.status, request: request)
    }

    /// An import's form again, in an import's words: its button is "ייבוא", not "שמירה", and the
    /// file is asked for once more.
    static func importing(_ refill: FormRefill, labels: Labels<TextLabel>) -> FormRefill {
        var refill = refill.askingAgain(for: "spreadsheet", labels: labels)
        switch refill.status {
        case .forbidden: refill.notice = labels("import_expired")
        case .contentTooLarge where !refill.unread: refill.notice = labels("import_not_imported")
        default: break
        }
        return refill
    }

    /// The problem beside the file's input when not one of its rows could be read (not a
    /// spreadsheet, no column of names, no rows): the first error, or that there are no rows.
    static func unreadable(_ diagnostics: [Diagnostic], rows: Int, basics: PageBasics) -> PageProblem? {
        guard rows == 0 else { return nil }
        guard let error = diagnostics.first(where: { $0.severity == .error }) else {
            return PageProblem(message: basics.labels("import_no_rows"), hint: "", error: true, warning: false)
        }
        return basics.problem(error)
    }

    /// The form again after a file not one of whose rows could be read, its problem beside the input.
    static func refused(_ form: PostedForm, notice: String, problem: PageProblem) -> FormRefill {
        var refill = FormRefill(posted: form, notice: notice)
        refill.refuse("spreadsheet", problem)
        return refill
    }

    /// The encoding a spreadsheet was read in, when it was not UTF-8 (which needs no word): its
    /// name alone ("Windows-1255"), which reads the same in every language.
    static func readAs(_ encoding: SpreadsheetText.Encoding?, labels: Labels<TextLabel>) -> String {
        guard let encoding, encoding != .utf8, encoding != .utf8WithBOM else { return "" }
        let name = encoding.rawValue.components(separatedBy: " (").first ?? encoding.rawValue
        return labels("import_read_as", ["encoding": "\u{2066}\(name)\u{2069}"])
    }

    /// The people a report names, in the page's language's list ("נועה, עמית"; Arabic with its own comma).
    static func people(_ names: [String], basics: PageBasics) -> String {
        names.joined(separator: basics.language == .ar ? "، " : ", ")
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
        if let problem = unreadable(plan.diagnostics, rows: plan.rows, basics: basics) {
            let refill = refused(form, notice: basics.labels("import_nothing"), problem: problem)
            return try redraw(refill, request: request, workbench: workbench)
        }
        let outcome = workbench.saving.withLock {
            importer.write(
                plan, into: workbench.settings.workshop.appendingPathComponent("personas"), force: form["replace"] != nil)
        }
        let labels = basics.labels
        // Each row's persona by its name, as the pool lists it, never by its file.
        var names: [Int: String] = [:], ids: [String: String] = [:]
        for file in plan.files {
            let name = (try? YAMLDocumentEditor(text: file.yaml))?.value["name"]?.formText ?? file.id
            names[file.row] = name
            ids[file.id] = name
        }
        let written = outcome.written.map { url -> PageLink in
            let id = url.deletingPathExtension().lastPathComponent
            return PageLink(href: "/personas/\(percentEncoded(id))", name: ids[id] ?? id)
        }
        let kept = outcome.keptRows.map { names[$0] ?? String($0) }
        // Rows the disk refused are no mistake of the spreadsheet: their own messages say so, and
        // when not one persona could be written the form comes back, saying the save failed.
        guard !written.isEmpty || outcome.rejectedRows.allSatisfy(plan.rejectedRows.contains) else {
            throw HTTPError(.internalServerError)
        }
        let rejected = plan.rejectedRows.map(String.init).joined(separator: ", ")
        // Kept personas are said once, by name, with what to do; the file each one keeps is no news.
        let problems = outcome.diagnostics.filter { $0.id != .importExists }.map(basics.problem)
        let content = Content(
            done: true,
            summary: labels("import_written", ["n": String(outcome.written.count), "rows": String(plan.rows)]),
            nothing: written.isEmpty ? labels("import_nothing") : "",
            readAs: readAs(plan.encoding, labels: labels),
            written: written, hasWritten: !written.isEmpty,
            kept: kept.isEmpty ? "" : labels("import_kept_people", ["names": people(kept, basics: basics)]),
            rejected: rejected.isEmpty ? "" : labels("import_rejected_fix", ["rows": rejected]),
            problems: problems, hasProblems: !problems.isEmpty)
        return basics.page("import", title: labels("import_result"), path: "/personas/import", content: content, request: request)
    }
}
