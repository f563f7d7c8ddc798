import Foundation
import Hummingbird
import SadnaKit

/// "פרוטוקול": a meeting's minutes written in the browser: who came (from attendance until
/// changed), who did not, who was invited, and numbered items, each with what was said and what
/// was decided, a decision with who does it and by when. "הוספת נושא" brings the form back with
/// one more item, nothing saved until "שמירה"; the minutes then print as `sadna render minutes`.
/// When the meeting's blank minutes form was photographed, each written field's handwriting shows
/// beside the input it is typed into (``MinutesHandwriting``).
enum MinutesPage {
    /// `minutes.mustache`.
    struct Content {
        var action: String
        var version: String
        /// The minutes the form was opened with (`FieldMerge.carry`), so that a save merges by field.
        var loaded: String
        var meeting: String
        var meetingHref: String
        var pdfHref: String
        var people: [FormField]
        var items: [Item]
        var itemCount: Int
        var errors: [PageProblem]
        var hasErrors: Bool
        var saved: Bool
        var unsaved: Bool
        /// Why nothing was saved (a form sent again after a restart, a save that failed), at the top.
        var notice = ""
        /// The photographed form's pages, when there is one, and its action table as written.
        var scanPages: [MinutesHandwriting.Page] = []
        var scanned = false
        var writtenActions: [MinutesHandwriting.ActionRow] = []
        var hasWrittenActions = false
    }

    /// A numbered item of the minutes.
    struct Item {
        var index: Int
        var id: String
        var legend: String
        var title: FormField
        var discussion: FormField
        var decisions: [Decision]
        var decisionCount: Int
        var invalid: Bool
    }

    /// A decision and its action's inputs.
    struct Decision {
        var legend: String
        var fields: [FormField]
        var isNew: Bool
    }

    static func path(_ id: String) -> String { "/meetings/\(percentEncoded(id))/minutes" }

    static func form(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        guard let meeting = workshop.meetings.first(where: { $0.id == id }),
            let file = WorkshopFiles.read("meetings/\(id).yaml", in: workbench.settings.workshop),
            let editor = try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))
        else { throw HTTPError(.notFound) }
        let draft = MinutesDraft.from(editor.value[[.key("minutes")]], attendance: attendance(meeting, in: workshop))
        return render(
            draft, meeting: meeting,
            version: PartVersion.combined(fileVersion: file.version, part: "minutes", text: editor.text),
            loaded: FieldMerge.carry(draft.fields), basics: basics,
            saved: request.uri.queryParameters["saved"] != nil, request: request)
    }

    /// Who came by attendance (participants.yaml), as the minutes print it when they do not say.
    static func attendance(_ meeting: Meeting, in workshop: Workshop) -> [String] {
        workshop.participants.filter { person in
            (person.attended ?? []).contains { workshop.meeting(named: $0.value)?.id == meeting.id }
        }.map(\.name.value)
    }

    static func post(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        var draft = MinutesDraft.from(form)
        let version = form["version"] ?? "", loaded = form["loaded"] ?? ""
        guard form["action"] == "save" else {
            if form["action"] == "add-item", draft.items.count < MinutesDraft.maxItems { draft.items.append(.init()) }
            return render(
                draft, meeting: meeting, version: version, loaded: loaded, basics: basics, unsaved: true,
                focus: form["action"] == "add-item" ? draft.items.count - 1 : nil, request: request)
        }
        let problems = draft.problems(in: workshop)
        guard problems.isEmpty else {
            return render(
                draft, meeting: meeting, version: version, loaded: loaded, basics: basics, problems: problems,
                status: .unprocessableContent, request: request)
        }
        let attendance = attendance(meeting, in: workshop), labels = basics.labels
        // The minutes the form was opened with merge her changes by field; a page from before
        // carries none, and is checked by the minutes' version as a whole.
        let opened = FieldMerge.carried(loaded)
        try WorkshopFiles.update(
            "meetings/\(id).yaml", in: workbench,
            version: opened != nil
                ? nil
                : PartVersion.base("meetings/\(id).yaml", part: "minutes", posted: version, in: workbench.settings.workshop),
            conflict: { file in
                let theirs =
                    (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))).map {
                        MinutesDraft.from($0.value[[.key("minutes")]], attendance: attendance)
                    } ?? MinutesDraft()
                func summary(_ draft: MinutesDraft) -> [(String, String)] {
                    [
                        (labels("minutes_present"), draft.present), (labels("minutes_absent"), draft.absent),
                        (labels("minutes_invited"), draft.invited),
                    ]
                        + draft.items.enumerated().map { index, item in
                            (
                                labels("minutes_item", ["n": String(index + 1)]),
                                ([item.title, item.discussion] + item.decisions.map(\.text)).filter { !$0.isEmpty }.joined(
                                    separator: "\n")
                            )
                        }
                }
                let before = summary(theirs), after = summary(draft)
                let rows = (0..<max(before.count, after.count)).map { index in
                    EditConflict.Row(
                        label: index < after.count ? after[index].0 : before[index].0,
                        theirs: index < before.count ? before[index].1 : "", mine: index < after.count ? after[index].1 : "")
                }
                return EditConflict(action: path(id), version: file.version, rows: rows, showsAll: true, posted: form)
            }
        ) { text in
            guard let opened else { return try draft.apply(to: text, attendance: attendance, in: workshop) }
            let now = MinutesDraft.from(try YAMLDocumentEditor(text: text).value[[.key("minutes")]], attendance: attendance)
            let current = now.fields, mine = draft.fields
            let order = MinutesDraft.fieldOrder([MinutesDraft(fields: opened), draft, now])
            let merge = FieldMerge(fields: order, loaded: opened, mine: mine, current: current)
            guard merge.conflicts.isEmpty else {
                var conflict = merge.conflict(
                    action: path(id), fileText: text, current: current, mine: mine,
                    labels: order.map { ($0, fieldLabel($0, labels: labels)) })
                var chosen = merge.result
                for field in merge.conflicts { chosen[field] = mine[field] }
                conflict.posted += MinutesDraft.counts(of: MinutesDraft(fields: chosen)) + [(name: "action", value: "save")]
                throw conflict
            }
            return try MinutesDraft(fields: merge.result).apply(to: text, attendance: attendance, in: workshop)
        }
        return Response.seeOther("\(path(id))?saved=1")
    }

    /// A field of the minutes by its labels on the page: "נושא 2 · כותרת", "נושא 2, החלטה 1 · מי".
    static func fieldLabel(_ field: String, labels: Labels<TextLabel>) -> String {
        let parts = field.split(separator: "-").map(String.init)
        guard parts.count >= 2, let item = Int(parts[0].dropFirst()) else { return labels("minutes_\(field)") }
        let legend = labels("minutes_item", ["n": String(item + 1)])
        if parts.count == 2 { return "\(legend) · \(labels(parts[1] == "title" ? "item_title" : "item_discussion"))" }
        let decision = labels("decision_number", ["k": String((Int(parts[1].dropFirst()) ?? 0) + 1)])
        let word = ["text": "decision", "owner": "action_owner", "due": "action_due"][parts[2]] ?? "decision"
        return "\(legend), \(decision) · \(labels(word))"
    }

    static func render(
        _ draft: MinutesDraft, meeting: Meeting, version: String, loaded: String, basics: PageBasics,
        problems: [String: String] = [:],
        saved: Bool = false, unsaved: Bool = false, focus: Int? = nil, notice: String = "",
        status: HTTPResponse.Status = .ok, request: Request
    ) -> Response {
        let labels = basics.labels, handwriting = MinutesHandwriting(meeting, labels: labels)
        // Each item written on paper has an item to be typed into; those left empty are not saved.
        let written = handwriting.writtenItems
        var draft = draft
        while draft.items.count < min(written.count, MinutesDraft.maxItems) { draft.items.append(.init()) }
        func field(
            _ name: String, label: String, suffix: String = "", value: String, hint: String = "", long: Bool = false,
            ltr: Bool = false, fill: [String: String] = [:]
        ) -> FormField {
            FormField(
                name: name, id: name, label: label, labelSuffix: suffix, hint: hint, value: value,
                message: problems[name].map { labels($0, fill) } ?? "", ltr: ltr, long: long, rows: long ? lines(value) : 1)
        }
        // Three lists side by side, of one height, each scrolling when long.
        var people = [
            field(
                "present", label: labels("minutes_present"), value: draft.present, hint: labels("minutes_present_hint"),
                long: true),
            field("absent", label: labels("minutes_absent"), value: draft.absent, hint: labels("one_per_line"), long: true),
            field("invited", label: labels("minutes_invited"), value: draft.invited, hint: labels("one_per_line"), long: true),
        ]
        let listRows = min(max(([draft.present, draft.absent, draft.invited].map { lines($0) }.max() ?? 3), 3), 8)
        people = people.map { field in
            var field = field
            field.rows = listRows
            field.crop = handwriting.crop(field.name, label: field.label, labels: labels)
            return field
        }
        let items = draft.items.enumerated().map { index, item -> Item in
            let number = String(index + 1), legend = labels("minutes_item", ["n": number])
            let onPaper = written.indices.contains(index) ? written[index] : nil
            // Every item offers one empty decision more, to write the next one in.
            let decisions = (item.decisions.filter { !$0.isBlank } + [MinutesDraft.Decision()]).enumerated().map {
                position, decision in
                let name = "i\(index)-d\(position)", fill = ["n": number, "k": String(position + 1)]
                let suffix = "\(legend), \(labels("decision_number", ["k": String(position + 1)]))"
                var text = field(
                    "\(name)-text", label: labels("decision"), suffix: suffix, value: decision.text, long: true, fill: fill)
                // The form's decision lines under an item are its first decision.
                if position == 0, let onPaper {
                    text.crop = handwriting.crop(
                        "decision-\(onPaper)", label: "\(legend) · \(labels("decision"))", labels: labels)
                }
                return Decision(
                    legend: decision.isBlank ? labels("new_decision") : labels("decision_number", ["k": String(position + 1)]),
                    fields: [
                        text,
                        field("\(name)-owner", label: labels("action_owner"), suffix: suffix, value: decision.owner, fill: fill),
                        field(
                            "\(name)-due", label: labels("action_due"), suffix: suffix, value: decision.due,
                            hint: labels("action_due_hint"), ltr: true, fill: fill),
                    ],
                    isNew: decision.isBlank)
            }
            var title = field(
                "i\(index)-title", label: labels("item_title"), suffix: legend, value: item.title, fill: ["n": number])
            title.autofocus = focus == index
            // The form's item block holds its title and what was said: shown once, above the title.
            title.crop = onPaper.flatMap { handwriting.crop("item-\($0)", label: legend, labels: labels) }
            return Item(
                index: index, id: "item-\(index)", legend: legend, title: title,
                discussion: field(
                    "i\(index)-discussion", label: labels("item_discussion"), suffix: legend, value: item.discussion,
                    hint: labels("one_per_line"), long: true),
                decisions: decisions, decisionCount: decisions.count,
                invalid: problems.keys.contains { $0.hasPrefix("i\(index)-") })
        }
        let errors = (people + items.flatMap { [$0.title, $0.discussion] + $0.decisions.flatMap(\.fields) }).compactMap(\.problem)
        var content = Content(
            action: path(meeting.id), version: version, loaded: loaded, meeting: meeting.title.value,
            meetingHref: "/meetings/\(percentEncoded(meeting.id))",
            pdfHref: "/meetings/\(percentEncoded(meeting.id))/minutes.pdf", people: people, items: items,
            itemCount: items.count, errors: errors, hasErrors: !errors.isEmpty, saved: saved,
            unsaved: unsaved && errors.isEmpty)
        let title = "\(labels("minutes")) · \(meeting.title.value)"
        content.notice = notice
        content.scanPages = handwriting.pages
        content.scanned = !handwriting.isEmpty
        content.writtenActions = handwriting.actions(labels: labels)
        content.hasWrittenActions = !content.writtenActions.isEmpty
        return basics.page(
            "minutes", title: errors.isEmpty ? title : "\(labels("error_title_prefix")) \(title)",
            path: path(meeting.id), content: content, status: status, request: request)
    }

    /// Room for a text as it is and a little more, so that what was written shows whole.
    static func lines(_ text: String) -> Int {
        let wrapped = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.count / 70 + 1 }.reduce(0, +)
        return min(max(wrapped + 1, 3), 14)
    }

    /// The minutes as `sadna render minutes` prints them.
    static func pdf(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        guard workbench.snapshot().workshop?.meetings.contains(where: { $0.id == id }) == true else { throw HTTPError(.notFound) }
        return try PrintableDownloads.respond(
            request, PrintRequest(.minutes, items: [id]), name: "minutes-\(id)", format: .pdf,
            workbench: workbench)
    }
}
