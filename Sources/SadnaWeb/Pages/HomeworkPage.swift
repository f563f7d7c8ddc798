import Foundation
import Hummingbird
import SadnaKit

/// "מעקב שיעורי בית": every followed-up assignment, by the meeting that set it — who is late (its
/// meeting is past), who it is still due from, who handed it in — as `sadna check` counts it
/// (``HomeworkProgress``), so that the facilitator opens the next meeting knowing.
enum HomeworkPage {
    /// `homework.mustache`.
    struct Content {
        var meetings: [MeetingHomework]
        var hasMeetings: Bool
        var summary: String
    }

    /// A meeting and the homework it set.
    struct MeetingHomework {
        var title: String
        var href: String
        var assignments: [Assignment]
    }

    /// An assignment and where everyone stands.
    struct Assignment {
        var title: String
        var due: String
        var late: String
        var open: String
        var done: String
        /// Said when the team list is empty, so that nobody is followed up.
        var nobody: String
    }

    static let path = "/participants/homework"

    static func respond(_ request: Request, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        let labels = basics.labels
        let progress = HomeworkProgress(workshop, today: workbench.settings.today)
        let comma = basics.language == .ar ? "، " : ", "
        var lateCount = 0
        let meetings = workshop.meetings.compactMap { meeting -> MeetingHomework? in
            let items = progress.items.filter { $0.meeting.id == meeting.id }
            guard !items.isEmpty else { return nil }
            return MeetingHomework(
                title: meeting.title.value, href: "/meetings/\(percentEncoded(meeting.id))",
                assignments: items.map { item in
                    func names(_ state: HomeworkProgress.State) -> [String] {
                        item.entries.filter { $0.state == state }.map { entry in
                            entry.made.map {
                                labels(
                                    "homework_made",
                                    ["who": entry.who, "made": String($0), "of": String(item.assignment.count.value)])
                            } ?? entry.who
                        }
                    }
                    func line(_ key: String, _ names: [String]) -> String {
                        names.isEmpty ? "" : labels(key, ["n": String(names.count), "names": names.joined(separator: comma)])
                    }
                    let late = names(.late)
                    lateCount += late.count
                    let due = item.dueMeeting.map { due in
                        labels(
                            "homework_due",
                            ["meeting": due.title.value, "date": due.date.map { basics.language.dateLine($0.value) } ?? ""])
                    }
                    return Assignment(
                        title: item.assignment.title?.value ?? item.assignment.text.value, due: due ?? labels("homework_no_due"),
                        late: line("homework_late", late), open: line("homework_open", names(.due)),
                        done: line("homework_done", names(.done)), nobody: item.entries.isEmpty ? labels("homework_nobody") : "")
                })
        }
        let summary =
            meetings.isEmpty
            ? labels("homework_none")
            : lateCount == 0
                ? labels("homework_none_late")
                : labels(lateCount == 1 ? "homework_late_total_one" : "homework_late_total", ["n": String(lateCount)])
        return basics.page(
            "homework", title: labels("homework_title"), path: path,
            content: Content(meetings: meetings, hasMeetings: !meetings.isEmpty, summary: summary), request: request)
    }
}
