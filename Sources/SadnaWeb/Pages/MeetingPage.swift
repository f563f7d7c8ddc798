import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// One meeting: its agenda as a table, what its `print:` plan prints (the print list with pages
/// and copies), and buttons that download the run-sheet, the handout, a part, or the whole kit.
enum MeetingPage {
    /// `meeting.mustache`.
    struct Content {
        /// The meeting's own address, which its editors' addresses start with.
        var base: String
        var meeting: String
        var subtitle: String
        var date: String
        var hours: String
        var venue: String
        var goal: String
        var rows: [AgendaRow]
        var hasRows: Bool
        var parts: [PrintListRow]
        var files: [PageLink]
        var agendaHref: String
        var handoutHref: String
        var kitHref: String
        var problems: [PageProblem]
        var hasProblems: Bool
        /// The photos of its filled forms scanned so far (`ScanPages`).
        var scans: [ScanPages.Listed]
        var hasScans: Bool
    }

    /// A row of the agenda; `anchor` is where a finding about its line links to.
    struct AgendaRow {
        var anchor: String
        var time: String
        var content: String
        var detail: String
    }

    /// A row of the print list; `href` downloads the part alone (none for the kit's cover).
    struct PrintListRow {
        var item: String
        var paper: String
        var pages: Int
        var copies: Int
        var purpose: String
        var file: String
        var href: String
    }

    static func meeting(_ id: String, in snapshot: Snapshot) throws -> Meeting {
        guard let meeting = snapshot.workshop?.meetings.first(where: { $0.id == id }) else {
            throw HTTPError(.notFound)
        }
        return meeting
    }

    static func respond(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        let snapshot = workbench.snapshot()
        let basics = try PageBasics(workbench: workbench, snapshot: snapshot, request: request)
        let labels = basics.labels
        let meeting = try meeting(id, in: snapshot)
        let base = "/meetings/\(percentEncoded(meeting.id))"
        let kit = try KitDownloads.built(
            meeting, language: Workbench.printLanguage(snapshot), workbench: workbench, snapshot: snapshot)
        // Times as the run-sheet prints them: fixed, or following from the rows before.
        let rows = zip(meeting.agenda, meeting.rowStarts).map { row, start in
            AgendaRow(
                anchor: "row-\(row.location.line)", time: start?.description ?? "", content: row.content.value,
                detail: row.detail?.value ?? "")
        }
        let parts = kit.rows.enumerated().map { index, row in
            PrintListRow(
                item: row.item, paper: row.paper, pages: row.pages, copies: row.copies, purpose: row.purpose,
                file: row.file, href: index == 0 ? "" : "\(base)/parts/\(index).pdf")
        }
        let found = snapshot.diagnostics.filter { $0.location?.file == meeting.location.file && $0.severity != .note }
        let scans = ScanPages.listed(meeting, basics: basics)
        let content = Content(
            base: base,
            meeting: meeting.title.value,
            subtitle: meeting.subtitle?.value ?? "",
            date: meeting.date.map { basics.language.dateLine($0.value) } ?? labels("no_date"),
            hours: ClockTime.span(from: meeting.starts?.value, to: meeting.ends?.value) ?? "",
            venue: meeting.venue?.value ?? "",
            goal: meeting.goal?.value ?? "",
            rows: rows, hasRows: !rows.isEmpty,
            parts: parts,
            files: kit.files.map { PageLink(href: "\(base)/kit/\(percentEncoded($0))", name: $0) },
            agendaHref: "\(base)/agenda.pdf", handoutHref: "\(base)/handout.pdf", kitHref: "\(base)/kit.zip",
            problems: found.map(basics.problem), hasProblems: !found.isEmpty,
            scans: scans, hasScans: !scans.isEmpty)
        return basics.page("meeting", title: meeting.title.value, path: base, content: content, request: request)
    }
}
