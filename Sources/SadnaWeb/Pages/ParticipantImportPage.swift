import Foundation
import Hummingbird
import SadnaKit

/// The team from a spreadsheet, by upload: the same reading as `sadna import participants`
/// (its columns in Hebrew, Arabic or English, its encodings), adding the new names to the list
/// and keeping everyone already on it as they are. The report names the people, not the file.
enum ParticipantImportPage {
    /// `participants-import.mustache`: the upload form, and after an upload who came in and who did not.
    struct Content {
        var done = false
        var added = ""
        /// Nobody came in: the error banner's first line, with why below it (`kept`, `rejected`).
        var nothing = ""
        var empty = ""
        var kept = ""
        var rejected = ""
        var problems: [PageProblem] = []
        var hasProblems = false
        /// Why an upload came back (nothing imported), and the message beside the file's input.
        var refill = FormProblems()
        var fileMessage = ""
        var fileHint = ""
    }

    static let path = "/participants/import"

    static func form(_ request: Request, workbench: Workbench) throws -> Response {
        let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
        return basics.page(
            "participants-import", title: basics.labels("participants_import_title"), path: path, content: Content(),
            request: request)
    }

    /// The upload form again, its message beside the file's input (`SameForm`), as the persona
    /// import's: no file chosen, a file that is no spreadsheet, one too large, a form opened
    /// before a restart, a list that could not be written.
    static let sameForms = [
        SameForm("participants/import") { refill, _, request, workbench in
            try redraw(refill, request: request, workbench: workbench)
        }
    ]

    static func redraw(_ refill: FormRefill, request: Request, workbench: Workbench) throws -> Response {
        let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
        let refill = ImportPage.importing(refill, labels: basics.labels)
        let content = Content(
            refill: refill.problems([("spreadsheet", "spreadsheet")]), fileMessage: refill.message(for: "spreadsheet"),
            fileHint: refill.hints["spreadsheet"] ?? "")
        return basics.page(
            "participants-import", title: refill.title(basics.labels("participants_import_title"), labels: basics.labels),
            path: path, content: content, status: refill.status, request: request)
    }

    static func run(_ request: Request, workbench: Workbench) async throws -> Response {
        var request = request
        let form = try await request.postedForm(limit: Workbench.uploadLimit)
        let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
        let labels = basics.labels
        guard let upload = form.file("spreadsheet") else {
            let refill = FormRefill(
                posted: form, notice: labels("form_not_sent"), messages: ["spreadsheet": labels("import_no_file")])
            return try redraw(refill, request: request, workbench: workbench)
        }
        let name = (upload.filename ?? "spreadsheet.csv").split(separator: "/").last.map(String.init) ?? "spreadsheet.csv"
        let folder = workbench.settings.workshop
        let outcome = try workbench.saving.withLock { () -> ParticipantImport.Outcome in
            let existing = WorkshopFiles.read(ParticipantEdit.file, in: folder).map { String(decoding: $0.data, as: UTF8.self) }
            let (outcome, text) = ParticipantImport().read(Data(buffer: upload.body), path: name, existing: existing)
            if let text { try WorkshopFiles.write(text, to: ParticipantEdit.file, in: folder) }
            return outcome
        }
        if let problem = ImportPage.unreadable(outcome.diagnostics, rows: outcome.rows, basics: basics) {
            let refill = ImportPage.refused(form, notice: labels("participants_import_nothing"), problem: problem)
            return try redraw(refill, request: request, workbench: workbench)
        }
        let problems = outcome.diagnostics.map(basics.problem)
        let added = outcome.added, kept = ImportPage.people(outcome.kept, basics: basics)
        let content = Content(
            done: true,
            added: added.isEmpty
                ? ""
                : labels(
                    added.count == 1 ? "participants_import_added_one" : "participants_import_added",
                    ["n": String(added.count), "names": ImportPage.people(added, basics: basics)]),
            nothing: added.isEmpty ? labels("participants_import_nothing") : "",
            kept: kept.isEmpty ? "" : labels("participants_import_kept", ["names": kept]),
            rejected: outcome.rejectedRows.isEmpty
                ? ""
                : labels(
                    "participants_import_rejected", ["rows": outcome.rejectedRows.map(String.init).joined(separator: ", ")]),
            problems: problems, hasProblems: !problems.isEmpty)
        return basics.page(
            "participants-import", title: labels("participants_import_title"), path: path, content: content, request: request)
    }
}
