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
        var kept = ""
        var rejected = ""
        var nothing = ""
        var problems: [PageProblem] = []
        var hasProblems = false
    }

    static let path = "/participants/import"

    static func form(_ request: Request, workbench: Workbench) throws -> Response {
        let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
        return basics.page(
            "participants-import", title: basics.labels("participants_import_title"), path: path, content: Content(),
            request: request)
    }

    static func run(_ request: Request, workbench: Workbench) async throws -> Response {
        var request = request
        let form = try await request.postedForm(limit: Workbench.uploadLimit)
        let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
        guard let upload = form.file("spreadsheet") else { throw HTTPError(.unprocessableContent, message: "no-file") }
        let name = (upload.filename ?? "spreadsheet.csv").split(separator: "/").last.map(String.init) ?? "spreadsheet.csv"
        let folder = workbench.settings.workshop
        let outcome = try workbench.saving.withLock { () -> ParticipantImport.Outcome in
            let existing = WorkshopFiles.read(ParticipantEdit.file, in: folder).map { String(decoding: $0.data, as: UTF8.self) }
            let (outcome, text) = ParticipantImport().read(Data(buffer: upload.body), path: name, existing: existing)
            if let text { try WorkshopFiles.write(text, to: ParticipantEdit.file, in: folder) }
            return outcome
        }
        let labels = basics.labels
        // Arabic lists with its own comma.
        func people(_ names: [String]) -> String { names.joined(separator: basics.language == .ar ? "، " : ", ") }
        let problems = outcome.diagnostics.map(basics.problem)
        let content = Content(
            done: true,
            added: outcome.added.isEmpty
                ? ""
                : labels(
                    outcome.added.count == 1 ? "participants_import_added_one" : "participants_import_added",
                    ["n": String(outcome.added.count), "names": people(outcome.added)]),
            kept: outcome.kept.isEmpty ? "" : labels("participants_import_kept", ["names": people(outcome.kept)]),
            rejected: outcome.rejectedRows.isEmpty
                ? ""
                : labels(
                    "participants_import_rejected", ["rows": outcome.rejectedRows.map(String.init).joined(separator: ", ")]),
            nothing: outcome.added.isEmpty ? labels("participants_import_nothing") : "",
            problems: problems, hasProblems: !problems.isEmpty)
        return basics.page(
            "participants-import", title: labels("participants_import_title"), path: path, content: content,
            status: outcome.sheet.table == nil ? .unprocessableContent : .ok, request: request)
    }
}
