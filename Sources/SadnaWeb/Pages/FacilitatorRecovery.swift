import Hummingbird
import SadnaKit

/// The facilitator's forms after a post the workbench could not take (`FormRefused`): a form
/// opened before a restart, a save that failed (a read-only folder, a full disk). The same form
/// comes back as she typed it, its rows in her order, with why nothing was saved at the top;
/// the problems of what she typed stay beside their fields as a save shows them.
enum FacilitatorRecovery {
    /// The same form again, when the post was to one of the facilitator's forms; nil otherwise.
    static func recover(_ refused: FormRefused, request: Request, workbench: Workbench) throws -> Response? {
        let parts = request.uri.path.split(separator: "/").map(String.init)
        guard parts.first == "meetings" || parts.first == "participants" else { return nil }
        // Nothing of the post was read: the error page says so, with nothing to lose.
        if case .unread = refused.reason { return nil }
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        let form = refused.form, notice = notice(refused, labels: basics.labels), status = refused.status
        let version = form["version"] ?? ""
        switch (parts.first, parts.count > 1 ? ItemRequestContext.id(parts[1]) : nil, parts.dropFirst(2).first) {
        case ("meetings", nil, nil) where parts.count == 1:
            return NewMeetingPage.render(NewMeetingForm(form), basics: basics, notice: notice, status: status, request: request)
        case let ("meetings", id?, "agenda"?):
            guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { return nil }
            return AgendaEditorPage.render(
                AgendaDraft.from(form), meeting: meeting, version: version, loaded: form["loaded"] ?? "", basics: basics,
                unsaved: false, notice: notice, status: status, request: request)
        case let ("meetings", id?, "print"?):
            guard workshop.meetings.contains(where: { $0.id == id }),
                let file = WorkshopFiles.read(PrintPlanPage.filePath(id), in: workbench.settings.workshop)
            else { return nil }
            return try PrintPlanPage.render(
                PrintPlanDraft.from(form), id: id, text: String(decoding: file.data, as: UTF8.self), version: version,
                loaded: form["loaded"] ?? "", basics: basics, workbench: workbench, unsaved: true, notice: notice, status: status,
                request: request)
        case let ("meetings", id?, "minutes"?):
            guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { return nil }
            return MinutesPage.render(
                MinutesDraft.from(form), meeting: meeting, version: version, loaded: form["loaded"] ?? "", basics: basics,
                notice: notice, status: status,
                request: request)
        case let ("meetings", id?, "attendance"?):
            guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { return nil }
            let ticked = Set(form.all("present").compactMap(Int.init))
            let count = min(max(Int(form["count"] ?? "") ?? 0, 0), 10_000)
            let present = Set(ticked.compactMap { form["name-\($0)"] })
            let was = Set((0..<count).filter { form["was-\($0)"] == "1" }.compactMap { form["name-\($0)"] })
            return AttendancePage.render(
                meeting, workshop: workshop, basics: basics, present: present, was: was, notice: notice, status: status,
                request: request)
        case let ("meetings", id?, "invitees"?):
            guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { return nil }
            return InviteesPage.render(
                InviteesDraft.from(form), meeting: meeting, workshop: workshop, version: version, basics: basics,
                notice: notice, status: status, request: request)
        case ("participants", nil, nil) where parts.count == 1:
            return ParticipantPages.renderList(
                basics, workshop: workshop, workbench: workbench, values: ParticipantValues.from(form),
                problems: ParticipantValues.from(form).problems, notice: notice, status: status, request: request)
        case let ("participants", number?, nil):
            guard let index = Int(number).map({ $0 - 1 }), workshop.participants.indices.contains(index) else { return nil }
            return ParticipantPages.renderForm(
                basics, number: index + 1, values: ParticipantValues.from(form), version: version,
                problems: ParticipantValues.from(form).problems,
                notice: notice, status: status, request: request)
        default:
            return nil
        }
    }

    /// Why nothing was saved, in the page's language, as the people's forms say it (`FormRefill`).
    static func notice(_ refused: FormRefused, labels: Labels<TextLabel>) -> String {
        FormRefill(refused, labels: labels).notice
    }
}
