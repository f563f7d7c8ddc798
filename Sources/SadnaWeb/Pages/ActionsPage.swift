import Foundation
import Hummingbird
import SadnaKit

/// "החלטות ומשימות": every open action of every meeting's minutes, by who does it, those past
/// their day marked, each with the decision and meeting it came from; and the list as
/// `sadna render actions` prints it, for the next meeting's opening.
enum ActionsPage {
    /// `actions.mustache`.
    struct Content {
        var owners: [Owner]
        var hasActions: Bool
        var overdueText: String
    }

    /// Someone with actions to do.
    struct Owner {
        var name: String
        var id: String
        var actions: [Action]
        var count: String
    }

    /// An action: the decision it carries out, by when, and where it was decided.
    struct Action {
        var decision: String
        var due: String
        var overdue: Bool
        var from: String
        var href: String
    }

    static func respond(_ request: Request, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        let labels = basics.labels, today = workbench.settings.today
        let actions = workshop.actions()
        var owners: [String] = []
        for action in actions where !owners.contains(action.action.owner.value) { owners.append(action.action.owner.value) }
        let listed = owners.enumerated().map { index, owner in
            let theirs = actions.filter { $0.action.owner.value == owner }.map { followed in
                let due = followed.dueDate(in: workshop)
                let dueText =
                    due.map { labels("action_due_on", ["date": basics.language.dateLine($0)]) }
                    ?? followed.action.dueMeeting.map { labels("action_due_meeting", ["meeting": $0.value]) }
                    ?? labels("action_no_due")
                return Action(
                    decision: followed.decision.text.value, due: dueText,
                    overdue: followed.isOverdue(in: workshop, today: today),
                    from: labels("action_from", ["meeting": followed.meeting.title.value, "n": String(followed.item)]),
                    href: "\(MinutesPage.path(followed.meeting.id))#item-\(followed.item - 1)")
            }
            return Owner(
                name: owner, id: "owner-\(index)", actions: theirs,
                count: labels.count("action_count", theirs.count))
        }
        let overdue = actions.filter { $0.isOverdue(in: workshop, today: today) }.count
        let content = Content(
            owners: listed, hasActions: !listed.isEmpty,
            overdueText: overdue == 0 ? "" : labels.count("actions_overdue_count", overdue))
        return basics.page("actions", title: labels("actions_title"), path: "/actions", content: content, request: request)
    }

    /// The open actions as `sadna render actions` prints them.
    static func pdf(_ request: Request, workbench: Workbench) throws -> Response {
        try PrintableDownloads.respond(request, PrintRequest(.actions), name: "actions", format: .pdf, workbench: workbench)
    }
}
