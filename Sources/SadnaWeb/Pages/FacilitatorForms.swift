import Hummingbird
import SadnaKit

/// The facilitator's forms after a post the workbench could not take (`SameForm`): a form
/// opened before a restart, a save that failed (a read-only folder, a full disk). The same form
/// comes back as she typed it, its rows in her order, with why nothing was saved at the top;
/// the problems of what she typed stay beside their fields as a save shows them. A post too large
/// to read at all brings the error page, which says so: these forms hold no file, only what a
/// person types, so nothing of theirs can be that large.
enum FacilitatorForms {
    static let sameForms = [
        form("meetings") { refill, _, basics, _, _, request in
            NewMeetingPage.render(
                NewMeetingForm(refill.posted), basics: basics, notice: refill.notice, status: refill.status, request: request)
        },
        meetingForm("agenda") { refill, meeting, basics, _, _, request in
            let form = refill.posted
            return AgendaEditorPage.render(
                AgendaDraft.from(form), meeting: meeting, version: form["version"] ?? "", loaded: form["loaded"] ?? "",
                basics: basics, unsaved: false, notice: refill.notice, status: refill.status, request: request)
        },
        meetingForm("print") { refill, meeting, basics, _, workbench, request in
            let form = refill.posted
            guard let file = WorkshopFiles.read(PrintPlanPage.filePath(meeting.id), in: workbench.settings.workshop) else {
                return nil
            }
            return try PrintPlanPage.render(
                PrintPlanDraft.from(form), id: meeting.id, text: String(decoding: file.data, as: UTF8.self),
                version: form["version"] ?? "", loaded: form["loaded"] ?? "", basics: basics, workbench: workbench,
                unsaved: true, notice: refill.notice, status: refill.status, request: request)
        },
        meetingForm("minutes") { refill, meeting, basics, _, _, request in
            let form = refill.posted
            return MinutesPage.render(
                MinutesDraft.from(form), meeting: meeting, version: form["version"] ?? "", loaded: form["loaded"] ?? "",
                basics: basics, notice: refill.notice, status: refill.status, request: request)
        },
        meetingForm("attendance") { refill, meeting, basics, workshop, _, request in
            let form = refill.posted
            let ticked = Set(form.all("present").compactMap(Int.init))
            let count = min(max(Int(form["count"] ?? "") ?? 0, 0), 10_000)
            let present = Set(ticked.compactMap { form["name-\($0)"] })
            let was = Set((0..<count).filter { form["was-\($0)"] == "1" }.compactMap { form["name-\($0)"] })
            return AttendancePage.render(
                meeting, workshop: workshop, basics: basics, present: present, was: was, notice: refill.notice,
                status: refill.status, request: request)
        },
        meetingForm("invitees") { refill, meeting, basics, workshop, _, request in
            let form = refill.posted
            return InviteesPage.render(
                InviteesDraft.from(form), meeting: meeting, workshop: workshop, version: form["version"] ?? "",
                basics: basics, notice: refill.notice, status: refill.status, request: request)
        },
        form("participants") { refill, _, basics, workshop, workbench, request in
            let values = ParticipantValues.from(refill.posted)
            return ParticipantPages.renderList(
                basics, workshop: workshop, workbench: workbench, values: values, problems: values.problems,
                notice: refill.notice, status: refill.status, request: request)
        },
        form("participants/:") { refill, ids, basics, workshop, _, request in
            guard let index = Int(ids[0]).map({ $0 - 1 }), workshop.participants.indices.contains(index) else { return nil }
            let values = ParticipantValues.from(refill.posted)
            return ParticipantPages.renderForm(
                basics, number: index + 1, values: values, version: refill.posted["version"] ?? "",
                problems: values.problems, notice: refill.notice, status: refill.status, request: request)
        },
    ]

    typealias Redraw =
        @Sendable (
            _ refill: FormRefill, _ ids: [String], _ basics: PageBasics, _ workshop: Workshop, _ workbench: Workbench,
            _ request: Request
        ) throws -> Response?

    /// A facilitator's form at `path`, drawn from what was posted; none when nothing of it was read.
    static func form(_ path: String, redraw: @escaping Redraw) -> SameForm {
        SameForm(path) { refill, ids, request, workbench in
            guard !refill.unread else { return nil }
            let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
            return try redraw(refill, ids, basics, workshop, workbench, request)
        }
    }

    /// A form of one meeting's pages (`meetings/ID/page`); none when the meeting is gone.
    static func meetingForm(
        _ page: String,
        redraw:
            @escaping @Sendable (
                _ refill: FormRefill, _ meeting: Meeting, _ basics: PageBasics, _ workshop: Workshop, _ workbench: Workbench,
                _ request: Request
            ) throws -> Response?
    ) -> SameForm {
        form("meetings/:/\(page)") { refill, ids, basics, workshop, workbench, request in
            guard let meeting = workshop.meetings.first(where: { $0.id == ids[0] }) else { return nil }
            return try redraw(refill, meeting, basics, workshop, workbench, request)
        }
    }
}
