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
        var version: String
        var meeting: String
        var meetingHref: String
        var people: [Person]
        var hasPeople: Bool
        var count: Int
        var presentText: String
        var saved: Bool
    }

    /// A participant and whether they came.
    struct Person {
        var index: Int
        var id: String
        var name: String
        var about: String
        var present: Bool
    }

    static let file = "participants.yaml"

    static func path(_ id: String) -> String { "/meetings/\(percentEncoded(id))/attendance" }

    static func form(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let version = WorkshopFiles.read(file, in: workbench.settings.workshop)?.version ?? ""
        let people = workshop.participants.enumerated().map { index, person in
            Person(
                index: index, id: "person-\(index)", name: person.name.value,
                about: [person.department?.value, person.role?.value].compactMap { $0 }.joined(separator: " · "),
                present: (person.attended ?? []).contains { workshop.meeting(named: $0.value)?.id == meeting.id })
        }
        let present = people.filter(\.present).count
        let content = Content(
            action: path(id), version: version, meeting: meeting.title.value,
            meetingHref: "/meetings/\(percentEncoded(id))", people: people, hasPeople: !people.isEmpty,
            count: people.count,
            presentText: basics.labels("present_count", ["n": String(present), "of": String(people.count)]),
            saved: request.uri.queryParameters["saved"] != nil)
        return basics.page(
            "attendance", title: "\(basics.labels("attendance")) · \(meeting.title.value)", path: path(id),
            content: content, request: request)
    }

    static func save(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let count = min(max(Int(form["count"] ?? "") ?? 0, 0), workshop.participants.count)
        let ticked = Set(form.all("present").compactMap(Int.init))
        let present = Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, ticked.contains($0)) })
        let labels = basics.labels
        try WorkshopFiles.update(
            file, in: workbench, version: form["version"] ?? "",
            conflict: { current in
                EditConflict(
                    action: path(id), version: current.version,
                    rows: workshop.participants.prefix(count).enumerated().map { index, person in
                        EditConflict.Row(
                            label: person.name.value, theirs: "",
                            mine: present[index] == true ? labels("was_present") : labels("was_absent"))
                    },
                    showsAll: true, posted: form)
            }
        ) { try AttendanceEdit.apply(present: present, meeting: meeting, in: workshop, to: $0) }
        return Response.seeOther("\(path(id))?saved=1")
    }
}
