import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// "מה להדפיס": a meeting's print plan as items to edit — what it prints, which of them, how
/// many copies (a number, per group, per participant), on which paper, and every option the kind
/// takes — with what the check finds beside each item and the print list's pages and copies
/// below, as the kit will print them. Adding, removing, moving and checking are plain form posts
/// (the page comes back worked out again, nothing saved until "שמירה"); with JavaScript the
/// findings and counts follow each change.
enum PrintPlanPage {
    /// `print-plan.mustache`.
    struct Content {
        var action: String
        var version: String
        /// The items the form was opened with (`RowMerge.carry`), so that a save merges by item and field.
        var loaded: String
        var meeting: String
        var meetingHref: String
        var items: [Item]
        var itemCount: Int
        var hasItems: Bool
        var general: [PageProblem]
        var hasGeneral: Bool
        var parts: [MeetingPage.PrintListRow]
        var hasParts: Bool
        var total: String
        var errors: [PageProblem]
        var hasErrors: Bool
        var saved: Bool
        var unsaved: Bool
        /// Why nothing was saved (a form sent again after a restart, a save that failed), at the top.
        var notice = ""
    }

    /// An item of the plan: its inputs, its findings and its buttons.
    struct Item {
        var index: Int
        var id: String
        var legend: String
        var summary: String
        var source: String
        var kind: Select
        var things: [PlanChoices.Thing]
        var hasThings: Bool
        var thingsLegend: String
        var thingsHint: String
        var pool: [FormField]
        var poolFrom: Bool
        var poolOpen: Bool
        var hasPool: Bool
        var count: Select
        var copies: FormField
        var forRow: Select
        var selects: [Select]
        var fields: [FormField]
        /// The kind's on/off options (an A5 booklet, a test sheet).
        var flags: [Flag]
        var findings: [PageProblem]
        var hasFindings: Bool
        var up: String
        var down: String
        var remove: String
        var upLabel: String
        var downLabel: String
        var removeLabel: String
        var invalid: Bool
    }

    /// A `<select>` with its label, its hint and, after a save that found it wrong, its message.
    /// An on/off option of an item, as a checkbox.
    struct Flag {
        var id: String
        var label: String
        var checked: Bool
    }

    struct Select {
        var name: String
        var id: String
        var label: String
        var labelSuffix: String
        var hint: String
        var hintID: String
        var message: String
        var invalid: Bool
        var options: [Choice]

        init(
            name: String, id: String, label: String, labelSuffix: String, hint: String = "", message: String = "",
            options: [Choice]
        ) {
            self.name = name
            self.id = id
            self.label = label
            self.labelSuffix = labelSuffix
            self.hint = hint
            hintID = hint.isEmpty ? "" : "\(id)-hint"
            self.message = message
            invalid = !message.isEmpty
            self.options = options
        }

        /// The error summary's line for it.
        var problem: PageProblem? {
            message.isEmpty ? nil : PageProblem(message: message, hint: "", error: true, warning: false, href: "#\(id)")
        }
    }

    static func path(_ id: String) -> String { "/meetings/\(percentEncoded(id))/print" }
    /// The label of an item's input (`pool-per-group` is `print_pool_per_group`).
    static func fieldWord(_ key: String) -> String { "print_\(key.replacingOccurrences(of: "-", with: "_"))" }
    static func filePath(_ id: String) -> String { "meetings/\(id).yaml" }

    static func form(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        let (basics, workshop, _) = try PageBasics.opening(request, workbench: workbench)
        guard workshop.meetings.contains(where: { $0.id == id }),
            let file = WorkshopFiles.read(filePath(id), in: workbench.settings.workshop),
            let editor = try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))
        else { throw HTTPError(.notFound) }
        let draft = PrintPlanDraft.from(editor.value)
        return try render(
            draft, id: id, text: editor.text,
            version: PartVersion.combined(fileVersion: file.version, part: "print", text: editor.text),
            loaded: RowMerge.carry(draft.items.map(\.values)), basics: basics,
            workbench: workbench, saved: request.uri.queryParameters["saved"] != nil, request: request)
    }

    static func post(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, templates) = try await PageBasics.posting(request, workbench: workbench)
        guard workshop.meetings.contains(where: { $0.id == id }),
            let file = WorkshopFiles.read(filePath(id), in: workbench.settings.workshop)
        else { throw HTTPError(.notFound) }
        let text = String(decoding: file.data, as: UTF8.self)
        var draft = PrintPlanDraft.from(form)
        let version = form["version"] ?? "", loaded = form["loaded"] ?? ""
        let action = RowAction(form["action"])
        guard action == .save else {
            let focus = draft.perform(action)
            return try render(
                draft, id: id, text: text, version: version, loaded: loaded, basics: basics, workbench: workbench,
                unsaved: true, focus: focus, request: request)
        }
        let problems = draft.problems()
        guard problems.isEmpty else {
            return try render(
                draft, id: id, text: text, version: version, loaded: loaded, basics: basics, workbench: workbench,
                problems: problems,
                unsaved: true, status: .unprocessableContent, request: request)
        }
        let labels = basics.labels
        // The items the form was opened with merge her changes by item and field; a page from
        // before carries none, and is checked by the plan's version as a whole.
        let opened = RowMerge.carried(loaded)
        /// An item's words on the conflict page.
        func line(_ item: PrintPlanDraft.Item?) -> String {
            guard let item else { return "" }
            return ([item.kind] + item.items + [item.copiesValue.formText, item.forRow]).filter { !$0.isEmpty }
                .joined(separator: " · ")
        }
        try WorkshopFiles.update(
            filePath(id), in: workbench,
            version: opened != nil
                ? nil : PartVersion.base(filePath(id), part: "print", posted: version, in: workbench.settings.workshop),
            conflict: { file in
                let theirs =
                    (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))).map {
                        PrintPlanDraft.from($0.value)
                    }
                    ?? PrintPlanDraft(items: [])
                let mine = draft.items.filter { !$0.isBlank }
                let rows = (0..<max(theirs.items.count, mine.count)).map { index in
                    EditConflict.Row(
                        label: labels("print_item_number", ["n": String(index + 1)]),
                        theirs: line(theirs.items.indices.contains(index) ? theirs.items[index] : nil),
                        mine: line(mine.indices.contains(index) ? mine[index] : nil))
                }
                return EditConflict(action: path(id), version: file.version, rows: rows, showsAll: true, posted: form)
            }
        ) { text in
            let meeting = try YAMLDocumentEditor(text: text).value
            var plan = draft
            if let opened {
                let current = PrintPlanDraft.from(meeting).items.map(\.values)
                let merge = RowMerge(
                    fields: PrintPlanDraft.Item.fields, loaded: opened,
                    mine: draft.items.map { RowMerge.Row(source: $0.source, values: $0.values) }, current: current)
                guard merge.conflicts.isEmpty else {
                    var conflict = merge.conflict(
                        action: path(id), version: WorkshopFiles.version(of: Data(text.utf8)), current: current, prefix: "p",
                        count: "item-count", rowLabel: { labels("print_item_number", ["n": String($0 + 1)]) },
                        fieldLabel: { labels(PrintPlanPage.fieldWord($0)) },
                        line: { line(PrintPlanDraft.Item(source: nil, values: $0)) },
                        words: (labels("conflict_row_removed"), labels("conflict_row_removed_mine")))
                    conflict.posted.append((name: "action", value: "save"))
                    throw conflict
                }
                plan = PrintPlanDraft(items: merge.result.map { PrintPlanDraft.Item(source: $0.source, values: $0.values) })
            }
            let title = workshop.meetings.first { $0.id == id }?.title.value ?? id
            try RemovedRows.keep(
                from: text, list: "print", kept: plan.items.filter { !$0.isBlank }.map(\.source), kind: "print-item",
                file: filePath(id), in: workbench.settings.workshop
            ) { item in
                let kind = item[.key("kind")]?.formText ?? ""
                let name = PrintableKind(rawValue: kind).flatMap { templates.name(of: $0, in: basics.language) } ?? kind
                return "\(name) · \(title)"
            }
            return try plan.apply(to: text, rowIDs: rowIDs(for: plan, agenda: meeting[[.key("agenda")]]?.items ?? []))
        }
        return Response.seeOther("\(path(id))?saved=1")
    }

    /// The ids rows get when an item is for a row that has none: from the row's words, not yet taken.
    static func rowIDs(for draft: PrintPlanDraft, agenda: [YAMLValue]) -> [Int: String] {
        var taken = agenda.compactMap { $0[.key("id")]?.formText }
        var ids: [Int: String] = [:]
        for item in draft.items {
            guard let row = PrintPlanDraft.unnamedRow(item.forRow), agenda.indices.contains(row), ids[row] == nil else {
                continue
            }
            let id = WorkshopFiles.newID(
                from: agenda[row][.key("content")]?.formText ?? "", taken: taken, fallback: "row-\(row + 1)")
            taken.append(id)
            ids[row] = id
        }
        return ids
    }

    // MARK: The page

    static func render(
        _ draft: PrintPlanDraft, id: String, text: String, version: String, loaded: String, basics: PageBasics,
        workbench: Workbench,
        problems: [Int: [String: String]] = [:], saved: Bool = false, unsaved: Bool = false, focus: Int? = nil,
        notice: String = "", status: HTTPResponse.Status = .ok, request: Request
    ) throws -> Response {
        let (workshop, templates) = try basics.files()
        guard let meeting = workshop.meetings.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let labels = basics.labels
        let preview = PlanPreview(
            draft, meeting: meeting, text: text, workbench: workbench, templates: templates,
            rowIDs: rowIDs(for: draft, agenda: (try? YAMLDocumentEditor(text: text))?.value[[.key("agenda")]]?.items ?? []),
            // The plan as saved: its print list is the meeting page's, laid out once and kept.
            kit: unsaved
                ? nil
                : {
                    try KitDownloads.built(
                        meeting, language: Workbench.printLanguage(basics.snapshot), workbench: workbench,
                        snapshot: basics.snapshot
                    ).rows
                })
        let catalog = PlanChoices(workshop: preview.workshop ?? workshop, templates: templates, basics: basics)
        let count = draft.items.count
        var errors: [PageProblem] = []
        let items = draft.items.enumerated().map { index, item -> Item in
            let number = String(index + 1)
            let suffix = labels("print_item_number", ["n": number])
            func message(_ key: String) -> String { problems[index]?[key].map { labels($0, ["n": number]) } ?? "" }
            func field(_ key: String, _ value: String, hint: String = "", long: Bool = false, numeric: Bool = false) -> FormField
            {
                FormField(
                    name: "p\(index)-\(key)", id: "p\(index)-\(key)",
                    label: labels("print_\(key.replacingOccurrences(of: "-", with: "_"))"),
                    labelSuffix: suffix, hint: hint, value: value, message: message(key), ltr: numeric, long: long, rows: 2,
                    inputmode: numeric ? "numeric" : "")
            }
            func select(_ key: String, _ value: String, _ options: [(String, String)], hint: String = "") -> Select {
                var options = options
                // A value written by hand that the list does not offer stays offered, and chosen.
                if !value.isEmpty, !options.contains(where: { $0.0 == value }) { options.append((value, value)) }
                return Select(
                    name: "p\(index)-\(key)", id: "p\(index)-\(key)", label: labels("print_\(key)"), labelSuffix: suffix,
                    hint: hint, message: message(key),
                    options: options.map { Choice(value: $0.0, name: $0.1, selected: $0.0 == value) })
            }
            let kind = item.printable
            let options = kind?.options ?? []
            // An option the kind does not take is shown while the file still gives it, so that it can be emptied.
            func shows(_ option: PrintOption, _ value: String) -> Bool { options.contains(option) || !value.isEmpty }
            var selects: [Select] = []
            var fields: [FormField] = []
            if let kind, !kind.papers.isEmpty || !item.paper.isEmpty {
                selects.append(
                    select(
                        "paper", item.paper,
                        [("", labels("print_paper_default"))]
                            + kind.papers.flatMap { format in
                                [
                                    (format.rawValue, format.rawValue),
                                    ("\(format.rawValue) landscape", labels("paper_landscape", ["paper": format.rawValue])),
                                ]
                            }))
            }
            if shows(.card, item.card) {
                selects.append(
                    select(
                        "card", item.card,
                        [("", labels("print_default"))] + (kind?.cardSizes ?? []).map { ($0.rawValue, $0.description) }))
            }
            if shows(.backs, item.backs) {
                selects.append(
                    select(
                        "backs", item.backs,
                        [("", labels("print_default"))] + Backs.allCases.map { ($0.rawValue, labels("backs_\($0.rawValue)")) }))
            }
            if shows(.deck, item.deck) {
                selects.append(
                    select(
                        "deck", item.deck,
                        [("", labels("print_deck_only"))] + catalog.decks.map { ($0.id, $0.name) }))
            }
            var flags: [Flag] = []
            if options.contains(.booklet) || item.booklet {
                flags.append(Flag(id: "p\(index)-booklet", label: labels("print_booklet"), checked: item.booklet))
            }
            if options.contains(.testSheet) || item.testSheet {
                flags.append(Flag(id: "p\(index)-test-sheet", label: labels("print_test_sheet"), checked: item.testSheet))
            }
            if shows(.bleed, item.bleed) { fields.append(field("bleed", item.bleed, numeric: true)) }
            if shows(.lanes, item.lanes) {
                fields.append(field("lanes", item.lanes, hint: labels("print_lanes_hint"), long: true))
            }
            if shows(.stages, item.stages) { fields.append(field("stages", item.stages, numeric: true)) }
            if shows(.sheet, item.sheet) { fields.append(field("sheet", item.sheet, hint: labels("print_sheet_hint"))) }
            fields.append(field("note", item.note, hint: labels("print_note_hint")))
            let things = catalog.things(for: kind, chosen: item.items, item: index, deck: item.deck)
            let pool =
                kind?.items == .personas
                ? [
                    field("pool-per-group", item.poolPerGroup, hint: labels("print_pool_per_group_hint"), numeric: true),
                    field("pool-tags", item.poolTags, hint: labels("one_per_line"), long: true),
                    field("pool-service", item.poolService),
                ] : []
            let kindSelect = select(
                "kind", item.kind, [("", labels("choose"))] + PrintableKind.plannable.map { ($0.rawValue, catalog.name(of: $0)) })
            var copies = field("copies", item.copies, numeric: true)
            copies.autofocus = focus == index && item.isBlank
            let countSelect = select(
                "count", item.count.rawValue,
                PrintPlanDraft.Count.allCases.map {
                    ($0.rawValue, labels("print_count_\($0.rawValue.replacingOccurrences(of: "-", with: "_"))"))
                })
            let rows = catalog.rows(of: meeting)
            let forSelect = select("for", item.forRow, [("", labels("print_for_none"))] + rows)
            errors += [kindSelect, countSelect].compactMap(\.problem) + ([copies] + pool + fields).compactMap(\.problem)
            let findings = (preview.findings[index] ?? []).map(basics.problem)
            return Item(
                index: index, id: "item-\(index)", legend: suffix,
                summary: kind.map { catalog.name(of: $0) } ?? "", source: item.source.map(String.init) ?? "",
                kind: kindSelect, things: things, hasThings: !things.isEmpty,
                thingsLegend: labels("print_items"),
                thingsHint: labels(
                    kind?.items == .meetings
                        ? "print_items_meeting" : kind?.needsItems == true ? "print_items_some" : "print_items_all"),
                pool: pool, poolFrom: item.poolFromParticipants,
                poolOpen: item.isPool || problems[index]?["pool-per-group"] != nil,
                hasPool: !pool.isEmpty,
                count: countSelect, copies: copies, forRow: forSelect, selects: selects, fields: fields, flags: flags,
                findings: findings, hasFindings: !findings.isEmpty,
                up: index > 0 ? "up-\(index)" : "", down: index < count - 1 ? "down-\(index)" : "", remove: "remove-\(index)",
                upLabel: labels("move_up"), downLabel: labels("move_down"), removeLabel: labels("remove_print_item"),
                invalid: problems[index] != nil)
        }
        let base = "/meetings/\(percentEncoded(id))"
        let parts = preview.rows.enumerated().map { index, row in
            MeetingPage.PrintListRow(
                item: row.item, paper: row.paper, pages: row.pages, copies: row.copies, purpose: row.purpose,
                file: row.file, href: unsaved || index == 0 ? "" : "\(base)/parts/\(index).pdf")
        }
        let sheets = preview.rows.reduce(0) { $0 + $1.pages * $1.copies }
        let general = preview.general.map(basics.problem)
        var content = Content(
            action: path(id), version: version, loaded: loaded, meeting: meeting.title.value, meetingHref: base, items: items,
            itemCount: count, hasItems: count > 0, general: general, hasGeneral: !general.isEmpty,
            parts: parts, hasParts: !parts.isEmpty,
            total: labels(sheets == 1 ? "print_total_one" : "print_total", ["pages": String(sheets)]),
            errors: errors, hasErrors: !errors.isEmpty, saved: saved, unsaved: unsaved && errors.isEmpty)
        let title = "\(labels("edit_print_plan")) · \(meeting.title.value)"
        content.notice = notice
        return basics.page(
            "print-plan", title: errors.isEmpty ? title : "\(labels("error_title_prefix")) \(title)",
            path: path(id), content: content, status: status, request: request)
    }
}
