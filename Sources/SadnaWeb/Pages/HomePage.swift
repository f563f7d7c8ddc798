import Foundation
import Hummingbird
import SadnaKit

/// The programme: its title and its meetings in order, each with its date, hours, goal and what
/// `sadna check` says of it, every finding a link to the place it concerns.
enum HomePage {
    /// `home.mustache`: the programme, or, when its files are broken, what is wrong with them.
    struct Content {
        var broken = false
        var problems: [PageProblem] = []
        var workshop = ""
        var organisation = ""
        var years = ""
        var concept = ""
        var meetings: [MeetingItem] = []
        /// Findings about files other than the meetings'.
        var others: [PageProblem] = []
        var hasOthers = false
    }

    /// A meeting as the programme lists it.
    struct MeetingItem {
        var href: String
        var title: String
        var date: String
        var hours: String
        var goal: String
        var errors: Int
        var warnings: Int
        var errorsText: String
        var warningsText: String
        /// A count's colour: an error's or a warning's, or quiet for none ("אין שגיאות" is not red).
        var errorsLook: String
        var warningsLook: String
        var ok: Bool
        var problems: [PageProblem]
    }

    static func respond(_ request: Request, workbench: Workbench) throws -> Response {
        let snapshot = workbench.snapshot()
        let basics = try PageBasics(workbench: workbench, snapshot: snapshot, request: request)
        let labels = basics.labels
        guard let workshop = snapshot.workshop else {
            let content = Content(broken: true, problems: snapshot.diagnostics.map(basics.problem))
            return basics.page("home", title: labels("home_title"), path: "/", content: content, request: request)
        }
        var meetingFiles = Set<String>()
        let meetings = workshop.meetings.map { meeting -> MeetingItem in
            let found = snapshot.diagnostics.filter { $0.location?.file == meeting.location.file && $0.severity != .note }
            meetingFiles.insert(meeting.location.file)
            return MeetingItem(
                href: "/meetings/\(percentEncoded(meeting.id))",
                title: meeting.title.value,
                date: meeting.date.map { basics.language.dateLine($0.value) } ?? labels("no_date"),
                hours: ClockTime.span(from: meeting.starts?.value, to: meeting.ends?.value) ?? "",
                goal: meeting.goal?.value ?? "",
                errors: found.errorCount, warnings: found.warningCount,
                errorsText: labels.count("errors_count", found.errorCount),
                warningsText: labels.count("warnings_count", found.warningCount),
                errorsLook: found.errorCount == 0 ? "none" : "errors",
                warningsLook: found.warningCount == 0 ? "none" : "warnings",
                ok: found.isEmpty,
                problems: found.map(basics.problem))
        }
        let others = snapshot.diagnostics.filter { $0.severity != .note && !meetingFiles.contains($0.location?.file ?? "") }
        let content = Content(
            workshop: workshop.title.value,
            organisation: workshop.organisation?.value ?? "",
            years: workshop.years?.value ?? "",
            concept: workshop.serviceConcept?.name.value ?? "",
            meetings: meetings,
            others: others.map(basics.problem),
            hasOthers: !others.isEmpty)
        return basics.page("home", title: workshop.title.value, path: "/", content: content, request: request)
    }
}
