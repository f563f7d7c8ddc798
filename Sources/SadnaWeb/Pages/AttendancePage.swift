import Foundation
import Hummingbird
import SadnaKit

/// "נוכחות": a checkbox for each participant of the team, ticked for those who came to the
/// meeting; saved into participants.yaml, where the minutes, the sign-in sheet and the
/// certificates read it. One column of large checkboxes, so that it is ticked on a phone at the door.
enum AttendancePage {
    /// `attendance.mustache`.
    struct Content {
        var action: String
        var meeting: String
        var meetingHref: String
        var people: [Person]
        var hasPeople: Bool
        var count: Int
        var presentText: String
        /// Said when some of those invited are not on the team: their attendance is in the minutes.
        var outsiders: String
        var minutesHref: String
        var saved: Bool
        /// Why nothing was saved (a form sent again after a restart, a save that failed), at the top.
        var notice = ""
    }

    /// A participant and whether they came.
    struct Person {
        var index: Int
        var id: String
        var name: String
        var about: String
        var present: Bool
        /// Ticked when the form was first opened, so that a save changes only what she changed.
        var was: Bool
    }

    static let file = "participants.yaml"

    static func path(_ id: String) -> String { "/meetings/\(percentEncoded(id))/attendance" }

    static func form(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        return render(meeting, workshop: workshop, basics: basics, request: request)
    }

    /// The page; `present` and `was`, when given, are the names ticked as a refused form posted
    /// them and as it was opened (else as attendance says), and `notice` why nothing was saved.
    static func render(
        _ meeting: Meeting, workshop: Workshop, basics: PageBasics, present ticked: Set<String>? = nil,
        was opened: Set<String>? = nil, notice: String = "", status: HTTPResponse.Status = .ok, request: Request
    ) -> Response {
        let id = meeting.id
        // A meeting for some lists them; those of them not on the team are marked in its minutes.
        let invited = Set(workshop.invitees(of: meeting).map(\.name.value))
        let outsiders = invited.subtracting(workshop.participants.map(\.name.value))
        func came(_ person: Participant) -> Bool {
            (person.attended ?? []).contains { workshop.meeting(named: $0.value)?.id == meeting.id }
        }
        let people = workshop.participants.filter { invited.contains($0.name.value) }.enumerated().map { index, person in
            Person(
                index: index, id: "person-\(index)", name: person.name.value,
                about: [person.department?.value, person.role?.value].compactMap { $0 }.joined(separator: " · "),
                present: ticked?.contains(person.name.value) ?? came(person),
                was: opened?.contains(person.name.value) ?? came(person))
        }
        let present = people.filter(\.present).count
        var content = Content(
            action: path(id), meeting: meeting.title.value,
            meetingHref: "/meetings/\(percentEncoded(id))", people: people, hasPeople: !people.isEmpty,
            count: people.count,
            presentText: basics.labels("present_count", ["n": String(present), "of": String(people.count)]),
            outsiders: outsiders.isEmpty ? "" : basics.labels("attendance_outsiders", ["n": String(outsiders.count)]),
            minutesHref: "/meetings/\(percentEncoded(id))/minutes",
            saved: request.uri.queryParameters["saved"] != nil)
        content.notice = notice
        return basics.page(
            "attendance", title: "\(basics.labels("attendance")) · \(meeting.title.value)", path: path(id),
            content: content, status: status, request: request)
    }

    /// What the person changed (a mark given or taken away since the page was opened), applied by
    /// name to the file as it is now.
    static func save(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        let (form, _, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let count = min(max(Int(form["count"] ?? "") ?? 0, 0), 10_000)
        let ticked = Set(form.all("present").compactMap(Int.init))
        var changed: [String: Bool] = [:]
        for index in 0..<count {
            guard let name = form["name-\(index)"], !name.isEmpty else { continue }
            let was = form["was-\(index)"] == "1", now = ticked.contains(index)
            if was != now { changed[name] = now }
        }
        if !changed.isEmpty {
            try WorkshopFiles.change(file, in: workbench) {
                try AttendanceEdit.apply(present: changed, meeting: meeting, in: workshop, to: $0)
            }
        }
        return Response.seeOther("\(path(id))?saved=1")
    }
}
