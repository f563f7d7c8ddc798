import Foundation
import Hummingbird
import SadnaKit

/// "מי מוזמן": who a meeting is for — the whole team, or the people it names (a steering
/// committee, whose members need not be on the team). Its sign-in sheet, name stickers, table
/// tents and homework table list them.
enum InviteesPage {
    /// `invitees.mustache`.
    struct Content {
        var action: String
        var version: String
        var meeting: String
        var meetingHref: String
        var everyone: Bool
        var named: Bool
        var members: [PlanChoices.Thing]
        var hasMembers: Bool
        var others: FormField
        var summary: String
        var saved: Bool
        /// Why nothing was saved (a form sent again after a restart, a save that failed), at the top.
        var notice = ""
    }

    static func path(_ id: String) -> String { "/meetings/\(percentEncoded(id))/invitees" }
    static func filePath(_ id: String) -> String { "meetings/\(id).yaml" }

    static func form(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        guard let meeting = workshop.meetings.first(where: { $0.id == id }),
            let file = WorkshopFiles.read(filePath(id), in: workbench.settings.workshop),
            let editor = try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))
        else { throw HTTPError(.notFound) }
        let draft = InviteesDraft.from(editor.value, members: Set(workshop.participants.map(\.name.value)))
        return render(
            draft, meeting: meeting, workshop: workshop,
            version: PartVersion.combined(fileVersion: file.version, part: "invitees", text: editor.text), basics: basics,
            request: request)
    }

    /// The page with `draft`: the file's, or a refused form's as it was posted (`notice` says why
    /// nothing was saved).
    static func render(
        _ draft: InviteesDraft, meeting: Meeting, workshop: Workshop, version: String, basics: PageBasics,
        notice: String = "", status: HTTPResponse.Status = .ok, request: Request
    ) -> Response {
        let labels = basics.labels, id = meeting.id
        let team = workshop.participants.map(\.name.value)
        let count = meeting.invitees == nil ? team.count : workshop.invitees(of: meeting).count
        var content = Content(
            action: path(id), version: version,
            meeting: meeting.title.value, meetingHref: "/meetings/\(percentEncoded(id))", everyone: !draft.named,
            named: draft.named,
            members: workshop.participants.enumerated().map { index, person in
                PlanChoices.Thing(
                    id: "member-\(index)", value: person.name.value,
                    name: [person.name.value, person.department?.value].compactMap { $0 }.joined(separator: " · "),
                    selected: draft.team.contains(person.name.value))
            },
            hasMembers: !team.isEmpty,
            others: FormField(
                name: "others", id: "field-others", label: labels("invitees_others"), hint: labels("invitees_others_hint"),
                value: draft.others, long: true, rows: 6),
            summary: labels(count == 1 ? "invitees_count_one" : "invitees_count", ["n": String(count)]),
            saved: request.uri.queryParameters["saved"] != nil)
        content.notice = notice
        return basics.page(
            "invitees", title: "\(labels("invitees_title")) · \(meeting.title.value)", path: path(id), content: content,
            status: status, request: request)
    }

    static func save(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        guard workshop.meetings.contains(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let draft = InviteesDraft.from(form)
        let order = workshop.participants.map(\.name.value), labels = basics.labels
        let version = form["version"] ?? ""
        try WorkshopFiles.update(
            filePath(id), in: workbench,
            version: PartVersion.base(filePath(id), part: "invitees", posted: version, in: workbench.settings.workshop),
            conflict: { file in
                let theirs = (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))).map {
                    InviteesDraft.from($0.value, members: Set(order))
                }
                func names(_ draft: InviteesDraft?) -> String {
                    guard let draft else { return "" }
                    return draft.named ? draft.names(order: order).joined(separator: ", ") : labels("invitees_everyone")
                }
                return EditConflict(
                    action: path(id), version: file.version,
                    rows: [EditConflict.Row(label: labels("invitees_title"), theirs: names(theirs), mine: names(draft))],
                    showsAll: true, posted: form)
            }
        ) { try draft.apply(to: $0, order: order) }
        return Response.seeOther("\(path(id))?saved=1")
    }
}
