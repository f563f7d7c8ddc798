import Foundation
import Hummingbird
import SadnaKit

/// "מפגש חדש": a meeting's number, title, date, hours, place and goal; saved as
/// `meetings/ID.yaml`, the file `sadna new meeting` writes, then the meeting's own page. A form
/// that cannot be saved comes back with everything typed, each problem beside its field and all
/// of them in a summary at the top.
enum NewMeetingPage {
    /// `meeting-new.mustache`.
    struct Content {
        var fields: [FormField]
        var errors: [PageProblem]
        var hasErrors: Bool
        /// Why nothing was saved (a form sent again after a restart, a save that failed), at the top.
        var notice = ""
    }

    static func form(_ request: Request, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        let next = (workshop.meetings.compactMap { $0.number?.value }.max() ?? 0) + 1
        let form = NewMeetingForm(values: ["number": String(next)])
        return render(form, basics: basics, request: request)
    }

    static func create(_ request: Request, workbench: Workbench) async throws -> Response {
        let (posted, basics, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        var form = NewMeetingForm(posted)
        let folder = workbench.settings.workshop
        guard let (draft, id) = form.checked(against: workshop, existingIDs: WorkshopFiles.ids(in: "meetings", of: folder)) else {
            return render(form, basics: basics, status: .unprocessableContent, request: request)
        }
        guard let template = try? FolderSource(workbench.settings.templates).read("new/meeting.yaml", limit: Limits.yamlFileBytes)
        else {
            throw HTTPError(.serviceUnavailable, message: "broken-files")
        }
        let made = try WorkshopFiles.create(in: "meetings", of: workbench, named: id, fallback: "meeting") { _ in
            try draft.text(fromTemplate: String(decoding: template, as: UTF8.self))
        }
        return Response.seeOther("/meetings/\(percentEncoded(made))")
    }

    static func render(
        _ form: NewMeetingForm, basics: PageBasics, notice: String = "", status: HTTPResponse.Status = .ok,
        request: Request
    ) -> Response {
        let labels = basics.labels
        func field(
            _ key: String, hint: String = "", ltr: Bool = false, long: Bool = false, required: Bool = false,
            inputmode: String = ""
        ) -> FormField {
            let problem = form.problems[key].map { labels($0.word, $0.fill) } ?? ""
            return FormField(
                name: key, id: "field-\(key)", label: labels("meeting_\(key)"), hint: hint, value: form[key],
                message: problem, ltr: ltr, long: long, inputmode: inputmode, required: required)
        }
        let fields = [
            field("number", hint: labels("meeting_number_hint"), ltr: true, inputmode: "numeric"),
            field("title", hint: labels("meeting_title_hint"), required: true),
            field("date", hint: labels("meeting_date_hint"), ltr: true),
            field("hours", hint: labels("meeting_hours_hint"), ltr: true),
            field("venue"),
            field("goal", hint: labels("meeting_goal_hint"), long: true),
        ]
        let errors = fields.compactMap(\.problem)
        var content = Content(fields: fields, errors: errors, hasErrors: !errors.isEmpty)
        let title = errors.isEmpty ? labels("new_meeting") : "\(labels("error_title_prefix")) \(labels("new_meeting"))"
        content.notice = notice
        return basics.page("meeting-new", title: title, path: "/meetings/new", content: content, status: status, request: request)
    }
}
