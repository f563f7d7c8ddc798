import Foundation
import Hummingbird
import SadnaKit

/// "עריכת סדר היום": a meeting's agenda as rows to edit, timed as SessionLab times a session: a
/// row with a fixed time starts then, any other when the row before it ends. Rows are added,
/// removed and moved by plain form posts (no script needed); each such post brings the page back
/// with the times worked out again and nothing saved until "שמירה". The agenda's end is shown,
/// with a warning when it runs past the meeting's hours, and what the rows need is gathered into
/// the list of what to prepare.
enum AgendaEditorPage {
    /// `agenda-editor.mustache`.
    struct Content {
        var action: String
        var version: String
        /// The rows the form was opened with (`RowMerge.carry`), so that a save merges by row and field.
        var loaded: String
        var meeting: String
        var meetingHref: String
        var runSheetHref: String
        var rows: [Row]
        var rowCount: Int
        var hasRows: Bool
        var ends: String
        var overrun: String
        var materials: [Material]
        var hasMaterials: Bool
        var errors: [PageProblem]
        var hasErrors: Bool
        var saved: Bool
        var unsaved: Bool
        /// Why nothing was saved (a form sent again after a restart, a save that failed), at the top.
        var notice = ""
    }

    /// A row of the agenda: its times as worked out, its inputs, and its buttons.
    struct Row {
        var index: Int
        var id: String
        var legend: String
        var times: String
        var source: String
        var timing: [FormField]
        var content: FormField
        var more: [FormField]
        var up: String
        var down: String
        var remove: String
        var upLabel: String
        var downLabel: String
        var removeLabel: String
        var invalid: Bool
    }

    /// A thing to prepare and the row it is for.
    struct Material {
        var need: String
        var row: String
    }

    static func path(_ id: String) -> String { "/meetings/\(percentEncoded(id))/agenda" }

    static func form(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        guard let meeting = workshop.meetings.first(where: { $0.id == id }),
            let file = WorkshopFiles.read("meetings/\(id).yaml", in: workbench.settings.workshop),
            let editor = try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))
        else { throw HTTPError(.notFound) }
        let draft = AgendaDraft.from(editor.value)
        return render(
            draft, meeting: meeting,
            version: PartVersion.combined(fileVersion: file.version, part: "agenda", text: editor.text),
            loaded: RowMerge.carry(draft.rows.map(\.values)), basics: basics,
            saved: request.uri.queryParameters["saved"] != nil, request: request)
    }

    static func post(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        var draft = AgendaDraft.from(form)
        let version = form["version"] ?? "", loaded = form["loaded"] ?? ""
        let action = RowAction(form["action"])
        guard action == .save else {
            let focus = draft.perform(action)
            return render(
                draft, meeting: meeting, version: version, loaded: loaded, basics: basics, unsaved: true, focus: focus,
                request: request)
        }
        let problems = draft.problems { row in
            row.source.map { meeting.agenda.indices.contains($0) && meeting.agenda[$0].untimed } ?? false
        }
        guard problems.isEmpty else {
            return render(
                draft, meeting: meeting, version: version, loaded: loaded, basics: basics, problems: problems, unsaved: true,
                status: .unprocessableContent, request: request)
        }
        let base = path(id), labels = basics.labels
        /// A row's words on the conflict page.
        func line(_ row: AgendaDraft.Row?) -> String {
            guard let row else { return "" }
            return [row.start, row.duration.isEmpty ? "" : labels("minutes_short", ["n": row.duration]), row.content]
                .filter { !$0.isEmpty }.joined(separator: " · ")
        }
        // The rows the form was opened with merge her changes by row and field; a page from
        // before carries none, and is checked by the agenda's version as a whole.
        let opened = RowMerge.carried(loaded)
        try WorkshopFiles.update(
            "meetings/\(id).yaml", in: workbench,
            version: opened != nil
                ? nil : PartVersion.base("meetings/\(id).yaml", part: "agenda", posted: version, in: workbench.settings.workshop),
            conflict: { file in
                let theirs =
                    (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))).map { AgendaDraft.from($0.value) }
                    ?? AgendaDraft(rows: [])
                let mine = draft.rows.filter { !$0.isBlank }
                let rows = (0..<max(theirs.rows.count, mine.count)).map { index in
                    EditConflict.Row(
                        label: labels("row_number", ["n": String(index + 1)]),
                        theirs: line(theirs.rows.indices.contains(index) ? theirs.rows[index] : nil),
                        mine: line(mine.indices.contains(index) ? mine[index] : nil))
                }
                return EditConflict(action: base, version: file.version, rows: rows, showsAll: true, posted: form)
            }
        ) { text in
            let folder = workbench.settings.workshop, title = meeting.title.value
            /// The rows this save takes out, kept in the bin.
            func binned(_ rows: [AgendaDraft.Row]) throws {
                try RemovedRows.keep(
                    from: text, list: "agenda", kept: rows.filter { !$0.isBlank }.map(\.source), kind: "agenda-row",
                    file: "meetings/\(id).yaml", in: folder
                ) { "\($0[.key("content")]?.formText ?? "") · \(title)" }
            }
            guard let opened else {
                try binned(draft.rows)
                return try draft.apply(to: text)
            }
            let current = AgendaDraft.from(try YAMLDocumentEditor(text: text).value).rows.map(\.values)
            let merge = RowMerge(
                fields: AgendaDraft.Row.fields, loaded: opened,
                mine: draft.rows.map { RowMerge.Row(source: $0.source, values: $0.values) }, current: current)
            guard merge.conflicts.isEmpty else {
                var conflict = merge.conflict(
                    action: base, version: WorkshopFiles.version(of: Data(text.utf8)), current: current, prefix: "r",
                    count: "row-count", rowLabel: { labels("row_number", ["n": String($0 + 1)]) },
                    fieldLabel: { labels("agenda_\($0)") }, line: { line(AgendaDraft.Row(source: nil, values: $0)) },
                    words: (labels("conflict_row_removed"), labels("conflict_row_removed_mine")))
                // Her choice posted again saves, as her "שמירה" did.
                conflict.posted.append((name: "action", value: "save"))
                throw conflict
            }
            let merged = AgendaDraft(rows: merge.result.map { AgendaDraft.Row(source: $0.source, values: $0.values) })
            try binned(merged.rows)
            return try merged.apply(to: text)
        }
        return Response.seeOther("\(base)?saved=1")
    }

    static func render(
        _ draft: AgendaDraft, meeting: Meeting, version: String, loaded: String, basics: PageBasics,
        problems: [Int: [String: String]] = [:], saved: Bool = false, unsaved: Bool = false, focus: Int? = nil,
        notice: String = "", status: HTTPResponse.Status = .ok, request: Request
    ) -> Response {
        let labels = basics.labels
        let timed = draft.timed(meeting)
        let starts = timed.rowStarts, durations = timed.rowDurations
        let count = draft.rows.count
        var errors: [PageProblem] = []
        let rows = draft.rows.enumerated().map { index, row -> Row in
            let number = String(index + 1)
            let suffix = labels("row_number", ["n": number])
            func field(
                _ key: String, _ value: String, hint: String = "", ltr: Bool = false, long: Bool = false,
                inputmode: String = ""
            ) -> FormField {
                let message = problems[index]?[key].map { labels($0, ["n": number]) } ?? ""
                return FormField(
                    name: "r\(index)-\(key)", id: "r\(index)-\(key)", label: labels("agenda_\(key)"), labelSuffix: suffix,
                    hint: hint, value: value, message: message, ltr: ltr, long: long, rows: 2, inputmode: inputmode)
            }
            var content = field("content", row.content)
            content.autofocus = focus == index && row.isBlank
            let timing = [field("start", row.start, ltr: true), field("duration", row.duration, ltr: true, inputmode: "numeric")]
            let more = [
                field("detail", row.detail, long: true), field("owner", row.owner),
                field("needs", row.needs, hint: labels("one_per_line"), long: true),
            ]
            errors += (timing + [content] + more).compactMap(\.problem)
            let times: String =
                switch (starts[index], durations[index]) {
                case let (start?, minutes?): "\(start)\u{2013}\(ClockTime(minutes: start.minutes + minutes))"
                case let (start?, nil): "\(start)"
                default: labels("time_unknown")
                }
            return Row(
                index: index, id: "row-\(index)", legend: suffix, times: times, source: row.source.map(String.init) ?? "",
                timing: timing, content: content, more: more,
                up: index > 0 ? "up-\(index)" : "", down: index < count - 1 ? "down-\(index)" : "", remove: "remove-\(index)",
                upLabel: labels("move_up"), downLabel: labels("move_down"), removeLabel: labels("remove_row"),
                invalid: problems[index] != nil)
        }
        let ends = timed.agendaEnds
        var overrun = ""
        if let ends, let closes = meeting.ends?.value, ends > closes {
            // The span isolated left to right, or an Arabic sentence turns it round ("12:00–09:00").
            let hours = ClockTime.span(from: meeting.starts?.value, to: closes).map { "\u{2066}\($0)\u{2069}" } ?? ""
            overrun = labels("agenda_overrun", ["end": ends.description, "hours": hours])
        }
        let materials = zip(timed.agenda, starts).flatMap { row, start in
            row.needs.map {
                Material(need: $0.value, row: [start?.description, row.content.value].compactMap { $0 }.joined(separator: " "))
            }
        }
        let base = path(meeting.id)
        var content = Content(
            action: base, version: version, loaded: loaded, meeting: meeting.title.value,
            meetingHref: "/meetings/\(percentEncoded(meeting.id))",
            runSheetHref: "/meetings/\(percentEncoded(meeting.id))/agenda.pdf", rows: rows, rowCount: count, hasRows: count > 0,
            ends: ends.map { labels("agenda_ends", ["end": $0.description]) } ?? labels("agenda_ends_unknown"),
            overrun: overrun, materials: materials, hasMaterials: !materials.isEmpty,
            errors: errors, hasErrors: !errors.isEmpty, saved: saved, unsaved: unsaved && errors.isEmpty)
        let title = "\(labels("edit_agenda")) · \(meeting.title.value)"
        content.notice = notice
        return basics.page(
            "agenda-editor", title: errors.isEmpty ? title : "\(labels("error_title_prefix")) \(title)",
            path: base, content: content, status: status, request: request)
    }
}
