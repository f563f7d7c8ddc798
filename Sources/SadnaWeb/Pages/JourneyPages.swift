import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// Customer journeys: the list, a new journey, and each journey as a grid that looks like its
/// printed map (stages across in the page's reading direction, lanes down), where stages are
/// added, moved and removed, notes written into lane cells with their evidence, and the emotion
/// set; a future journey started from a current one; the A3 map as a picture and a PDF.
enum JourneyPages {
    // MARK: The list

    /// `journeys.mustache`.
    struct List {
        var journeys: [Item]
        var hasJourneys: Bool
    }

    /// A journey as the list shows it.
    struct Item {
        var href: String
        var title: String
        var variant: String
        var future: Bool
        var persona: String
        var stages: String
        var example: Bool
    }

    static func list(_ request: Request, workbench: Workbench) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let words = templates.journey.labels.words(in: basics.language)
        let journeys = workshop.journeys.map { journey in
            let stages = journey.stages.count
            return Item(
                href: "/journeys/\(percentEncoded(journey.id))", title: journey.title.value,
                variant: words(.variant(journey.variant.value)), future: journey.variant.value == .future,
                persona: journey.persona.flatMap { workshop.persona(named: $0.value)?.name.value } ?? "",
                stages: basics.labels.count("stage_count", stages),
                example: journey.isExample)
        }
        return basics.page(
            "journeys", title: basics.labels("journeys_title"), path: "/journeys",
            content: List(journeys: journeys, hasJourneys: !journeys.isEmpty), request: request)
    }

    // MARK: A new journey

    /// `journey-new.mustache`: a title, a persona, the lanes, the stages.
    struct NewForm {
        var personas: [Choice]
        var laneSets: [Choice]
        /// What was typed, when a save came back (a journey needs a title).
        /// (Not `title`: the layout's page title has that name.)
        var typedTitle = ""
        var stages = ""
        var titleMessage = ""
        /// Why a save came back (nothing saved), and its error summary.
        var refill = FormProblems()
    }

    static func newForm(_ request: Request, workbench: Workbench) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let content = NewForm(
            personas: personaChoices(workshop, selected: ""),
            laneSets: laneChoices(templates.journey, selected: "", basics: basics))
        return basics.page(
            "journey-new", title: basics.labels("new_journey"), path: "/journeys/new", content: content,
            request: request)
    }

    static func create(_ request: Request, workbench: Workbench) async throws -> Response {
        let (form, basics, _, templates) = try await PageBasics.posting(request, workbench: workbench)
        let title = formText(form["title"])
        guard hasWords(title) else {
            // A journey without a title is not saved as one: the form comes back with what was typed.
            let refill = FormRefill(
                posted: form, notice: basics.labels("form_not_sent"), messages: ["title": basics.labels("error_journey_title")])
            return try redrawNew(refill, request: request, workbench: workbench)
        }
        let stages = formLines(form["stages"] ?? "").prefix(JourneyGrid.maxStages)
        let stageWord = templates.journey.labels.words(in: basics.language)(.stage)
        let id = try WorkshopFiles.create(in: "journeys", of: workbench, named: title, fallback: "journey") { _ in
            try JourneyEdit.create(
                title: title, persona: formText(form["persona"]),
                variant: .current, improves: nil, lanes: formText(form["lanes"]),
                stages: stages.isEmpty ? ["\(stageWord) 1"] : Array(stages),
                comment: "Written in the workbench (sadna serve).")
        }
        return Response.seeOther("/journeys/\(percentEncoded(id))")
    }

    /// Whether a title has a word in it (not only spaces or "_").
    static func hasWords(_ text: String) -> Bool {
        text.unicodeScalars.contains { CharacterSet.alphanumerics.contains($0) }
    }

    /// The new journey's form with what was posted (`SameForm`).
    static func redrawNew(_ refill: FormRefill, request: Request, workbench: Workbench) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let form = refill.posted
        let content = NewForm(
            personas: personaChoices(workshop, selected: formText(form["persona"])),
            laneSets: laneChoices(templates.journey, selected: formText(form["lanes"]), basics: basics),
            typedTitle: form["title"] ?? "", stages: form["stages"] ?? "", titleMessage: refill.message(for: "title"),
            refill: refill.problems([
                ("title", "field-title"), ("persona", "field-persona"), ("lanes", "field-lanes"), ("stages", "field-stages"),
            ]))
        return basics.page(
            "journey-new", title: refill.title(basics.labels("new_journey"), labels: basics.labels),
            path: "/journeys/new", content: content, status: refill.status, request: request)
    }

    /// The journeys' forms drawn again after a post that came back (`SameForm`): a new journey's,
    /// a grid's with every cell as typed, and the grid after "start a future journey".
    static let sameForms = [
        SameForm("journeys") { refill, _, request, workbench in try redrawNew(refill, request: request, workbench: workbench) },
        SameForm("journeys/:") { refill, ids, request, workbench in
            try drawGrid(request, id: ids[0], refill: refill, workbench: workbench)
        },
        SameForm("journeys/:/future") { refill, ids, request, workbench in
            var refill = refill
            refill.unread = true  // a button, nothing typed: the grid as the file has it
            return try drawGrid(request, id: ids[0], refill: refill, workbench: workbench)
        },
    ]

    /// A future journey from a current one: its stages copied, to be rethought with the managers.
    static func future(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        var request = request
        _ = try await request.postedForm(limit: BodyLimits.form)
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        guard let journey = workshop.journey(named: id) else { throw HTTPError(.notFound) }
        let name = id.hasSuffix("-current") ? String(id.dropLast(8)) + "-future" : id + "-future"
        let words = templates.journey.labels.words(in: basics.language)
        let newID = try WorkshopFiles.create(in: "journeys", of: workbench, named: name, fallback: "journey") { _ in
            try JourneyEdit.create(
                title: journey.title.value, persona: journey.persona?.value ?? "", variant: .future,
                improves: id, lanes: journey.lanes.map(\.value).joined(separator: ", "),
                stages: journey.stages.map(\.title.value),
                comment: "\(words(.future)): \(journey.title.value) (from \(id).yaml), written in the workbench.")
        }
        return Response.seeOther("/journeys/\(percentEncoded(newID))")
    }

    // MARK: The grid

    /// `journey.mustache`: the journey's facts, its grid of stages and lanes, and its map.
    struct Grid {
        var action: String
        var version: String
        var fileName: String
        var heading: String
        var variant: String
        var example: Bool
        var isCurrent: Bool
        var futureAction: String
        /// The current journey a future one improves on.
        var improves: Improves?
        var title: String
        var date: String
        var group: String
        var personas: [Choice]
        var laneSets: [Choice]
        /// Which lanes the form holds, posted back so that a save changes only those.
        var shown: String
        var stageCount: Int
        var axis: String
        var stages: [Stage]
        var rows: [Lane]
        var newStageLabel: String
        var preview: String
        var pdf: String
        var problems: [PageProblem]
        var hasProblems: Bool
        var saved: Bool
        var added: Bool
        /// The cells the form was opened with (`FieldMerge.carry`), so that a save merges cell by cell.
        var loaded: String
        /// Why a save came back (nothing saved), its summary, and the title's message.
        var refill: FormProblems
        var titleMessage: String
        /// What a photographed canvas's heading says in handwriting, beside each field's input.
        var titleCrop: ScanFormPage.Crop?
        var personaCrop: ScanFormPage.Crop?
        var dateCrop: ScanFormPage.Crop?
        var groupCrop: ScanFormPage.Crop?
    }

    /// A link to the journey a future one improves on.
    struct Improves {
        var href: String
        var title: String
    }

    /// A stage's column head: its title and the buttons that move or remove it.
    struct Stage {
        var index: Int
        var number: String
        /// Not `title`: an untitled stage would show the journey's title, as Mustache looks
        /// outwards for a name that is empty here.
        var stageTitle: String
        var id: String
        var titleLabel: String
        var earlier: String
        var later: String
        var remove: String
        var earlierLabel: String
        var laterLabel: String
        var removeLabel: String
        /// The stage's title as handwritten on a photographed canvas.
        var crop: ScanFormPage.Crop?
    }

    /// A lane of the grid: a row with a cell per stage.
    struct Lane {
        var label: String
        var cells: [Cell]
        var pain: Bool
    }

    /// A cell of the grid: the emotion's score and word, or a lane's notes and a new one.
    struct Cell {
        /// The cell as handwritten on a photographed canvas: the secretary types what she sees.
        var crop: ScanFormPage.Crop?
        var emotion = false
        var scoreName = ""
        var wordName = ""
        var word = ""
        var scoreID = ""
        var wordID = ""
        var scoreLabel = ""
        var wordLabel = ""
        var scores: [Choice] = []
        var notes: [Note] = []
        var pain = false
        var newName = ""
        var newID = ""
        var newLabel = ""
        var evidence: [Choice] = []
        var newEvidenceLabel = ""
    }

    /// A note in a lane's cell, with what it rests on.
    struct Note {
        var name: String
        var id: String
        var text: String
        var label: String
        var recommendation: String
        var evidence: [Choice]
        var evidenceLabel: String
    }

    static func grid(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        guard let page = try drawGrid(request, id: id, refill: nil, workbench: workbench) else { throw HTTPError(.notFound) }
        return page
    }

    /// The grid as the file has it; after a post that came back (`refill`), as it was posted.
    static func drawGrid(_ request: Request, id: String, refill: FormRefill?, workbench: Workbench) throws -> Response? {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let snapshot = basics.snapshot
        guard let journey = workshop.journey(named: id),
            let file = WorkshopFiles.read("journeys/\(id).yaml", in: workbench.settings.workshop),
            let editor = try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self))
        else {
            return nil
        }
        let lanes = templates.journey.lanes(journey.lanes.map(\.value)).lanes
        let shown = JourneyGrid.Shown(lanes)
        var grid = JourneyGrid.from(editor.value, shown: shown)
        var (version, loaded) = (file.version, FieldMerge.carry(grid.cells(shown)))
        if let refill, !refill.unread {
            grid = posted(refill.posted, shown: shown)
            (version, loaded) = (refill.posted["version"] ?? "", refill.posted["loaded"] ?? "")
        }
        let language = basics.language, labels = basics.labels
        let words = templates.journey.labels.words(in: language)
        let base = "/journeys/\(percentEncoded(id))"
        let evidence = { (selected: JourneyNote.Evidence?) -> [Choice] in
            [Choice(value: "", name: labels("evidence_none"), selected: selected == nil)]
                + JourneyNote.Evidence.allCases.map {
                    Choice(value: $0.rawValue, name: words(.evidence($0)), selected: $0 == selected)
                }
        }
        let count = grid.stages.count
        /// The crop a photographed canvas left in stage `index`'s `cell`, named for a reader by `field`.
        func handwriting(_ index: Int, _ cell: String, field: String) -> ScanFormPage.Crop? {
            guard index < journey.stages.count else { return nil }
            return ScanFormPage.Crop.handwriting(journey.stages[index].scanned[cell], field: field, labels: labels)
        }
        let stages = grid.stages.enumerated().map { index, stage in
            let number = String(index + 1)
            return Stage(
                index: index, number: number, stageTitle: stage.title, id: "stage-\(index)",
                titleLabel: labels("stage_title", ["n": number]),
                earlier: index > 0 ? "move:\(index):\(index - 1)" : "",
                later: index < count - 1 ? "move:\(index):\(index + 1)" : "",
                remove: count > 1 ? "remove:\(index)" : "",
                earlierLabel: labels("stage_earlier_of", ["n": number]),
                laterLabel: labels("stage_later_of", ["n": number]),
                removeLabel: labels("stage_remove_of", ["n": number]),
                crop: handwriting(index, "title", field: labels("stage_title", ["n": number])))
        }
        let rows = lanes.map { lane in
            let laneName = lane.label(language)
            let cells = grid.stages.enumerated().map { index, stage -> Cell in
                let number = String(index + 1)
                if lane.isEmotion {
                    let scores = Emotion.range.map { score in
                        Choice(value: String(score), name: scoreName(score, labels: labels), selected: stage.score == score)
                    }
                    return Cell(
                        crop: handwriting(index, lane.id, field: "\(laneName) · \(number)"),
                        emotion: true, scoreName: "s\(index)-score", wordName: "s\(index)-word", word: stage.word,
                        scoreID: "s\(index)-score", wordID: "s\(index)-word",
                        scoreLabel: labels("score_label", ["n": number]), wordLabel: labels("word_label", ["n": number]),
                        scores: [Choice(value: "", name: labels("score_none"), selected: stage.score == nil)] + scores)
                }
                var position = 0
                let notes = lane.shows.flatMap { field in
                    stage.notes(field).map { note in
                        position += 1
                        let name = "s\(index)-\(field.rawValue)"
                        return Note(
                            name: name, id: "\(name)-\(position)", text: note.text,
                            label: labels("note_label", ["lane": laneName, "n": number, "k": String(position)]),
                            recommendation: field == .recommendations ? words(.recommendation) : "",
                            evidence: evidence(note.evidence),
                            evidenceLabel: labels("evidence_of", ["k": String(position)]))
                    }
                }
                let first = lane.shows.first?.rawValue ?? ""
                return Cell(
                    crop: handwriting(index, lane.id, field: "\(laneName) · \(number)"),
                    notes: notes, pain: lane.isPain, newName: "s\(index)-\(first)-new", newID: "s\(index)-\(lane.id)-new",
                    newLabel: labels("new_note_label", ["lane": laneName, "n": number]), evidence: evidence(nil),
                    newEvidenceLabel: labels("new_note_evidence", ["lane": laneName, "n": number]))
            }
            return Lane(label: laneName, cells: cells, pain: lane.isPain)
        }
        let path = workshop.source.displayPath("journeys/\(id).yaml")
        let found =
            refill != nil
            ? [] : snapshot.diagnostics.filter { $0.location?.file == path && $0.severity != .note }.map(basics.problem)
        let inputs = ["title", "persona", "group", "date", "lanes"].map { ($0, "field-\($0)") }
        func heading(_ field: String, _ label: String) -> ScanFormPage.Crop? {
            ScanFormPage.Crop.handwriting(journey.scanned[field], field: labels(label), labels: labels)
        }
        let content = Grid(
            action: base, version: version, fileName: "journeys/\(id).yaml",
            heading: grid.title.isEmpty ? journey.title.value : grid.title, variant: words(.variant(journey.variant.value)),
            example: journey.isExample,
            isCurrent: journey.variant.value == .current, futureAction: "\(base)/future",
            improves: journey.improves.flatMap { workshop.journey(named: $0.value) }.map {
                Improves(href: "/journeys/\(percentEncoded($0.id))", title: $0.title.value)
            },
            title: grid.title, date: grid.date, group: grid.group.joined(separator: "\n"),
            personas: personaChoices(workshop, selected: grid.persona),
            laneSets: laneChoices(templates.journey, selected: grid.lanes, basics: basics),
            shown: shown.formValue, stageCount: count, axis: templates.journey.stageAxis(language),
            stages: stages, rows: rows, newStageLabel: labels("new_stage_label"),
            preview: "\(base)/map.png?v=\(file.version)", pdf: "\(base)/map.pdf",
            problems: found, hasProblems: !found.isEmpty,
            saved: refill == nil && request.uri.queryParameters["saved"] != nil,
            added: refill == nil && request.uri.queryParameters["added"] != nil,
            loaded: loaded, refill: refill?.problems(inputs) ?? FormProblems(), titleMessage: refill?.message(for: "title") ?? "",
            titleCrop: heading("service", "journey_title"), personaCrop: heading("persona", "journey_persona"),
            dateCrop: heading("date", "journey_date"), groupCrop: heading("group", "journey_group"))
        let heading = grid.title.isEmpty ? journey.title.value : grid.title
        return basics.page(
            "journey", title: refill.map { $0.title(heading, labels: labels) } ?? heading, path: base, content: content,
            status: refill?.status ?? .ok, request: request)
    }

    /// The grid a form posted: its inputs, or its cells from the conflict page (`JourneyCells`).
    static func posted(_ form: PostedForm, shown: JourneyGrid.Shown) -> JourneyGrid {
        guard form[JourneyGrid.cellsMarker.name] == JourneyGrid.cellsMarker.value else {
            return JourneyGrid.from(form, shown: shown)
        }
        return JourneyGrid(
            cells: Dictionary(form.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }), shown: shown)
    }

    /// Saves the cells the person changed onto the file as it is now (a colleague's save of other
    /// cells meanwhile stays); a cell both changed is a conflict, asked about cell by cell. A grid
    /// without a title comes back with everything typed.
    static func save(_ request: Request, id: String, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, templates) = try await PageBasics.posting(request, workbench: workbench)
        guard workshop.fileIDs["journeys"]?.contains(id) == true else { throw HTTPError(.notFound) }
        let shown = JourneyGrid.Shown(formValue: form["shown"] ?? "")
        let grid = posted(form, shown: shown)
        guard hasWords(grid.title) else {
            let refill = FormRefill(
                posted: form, notice: basics.labels("form_not_saved"), messages: ["title": basics.labels("error_journey_title")])
            return try drawGrid(request, id: id, refill: refill, workbench: workbench) ?? Response.seeOther("/journeys")
        }
        let action = JourneyAction.from(form)
        let words = templates.journey.labels.words(in: basics.language)
        // Evidence is written as a team would type it: in Hebrew in a Hebrew workshop.
        let evidenceWords = { (evidence: JourneyNote.Evidence) -> String in
            workshop.language == .he ? templates.journey.labels.words(in: .he)(.evidence(evidence)) : evidence.rawValue
        }
        var stage: Int?
        let base = "/journeys/\(percentEncoded(id))"
        let loaded = FieldMerge.carried(form["loaded"])
        try WorkshopFiles.update(
            "journeys/\(id).yaml", in: workbench, version: loaded == nil ? form["version"] ?? "" : nil,
            conflict: { file in
                EditConflict(
                    action: base, version: file.version,
                    rows: conflictRows(
                        file.data, mine: grid, shown: shown, basics: basics,
                        template: templates.journey),
                    showsAll: false, posted: form)
            }
        ) { text in
            var mine = grid, action = action
            if let loaded {
                let current = JourneyGrid.from(try YAMLDocumentEditor(text: text).value, shown: shown)
                let theirs = current.cells(shown)
                // Her stages matched to the file's by their titles: a stage a colleague moved or
                // added meanwhile does not shift what she typed onto another stage.
                let stages = ListAlignment(
                    JourneyGrid.stageShape(shown), loaded: loaded, mine: grid.cells(shown), current: theirs)
                let ours = stages.mine
                action = action.renumbered(stages.position)
                let count = max(current.stages.count, stages.count)
                let merge = FieldMerge(
                    fields: JourneyGrid.cellNames(shown, stages: count), loaded: stages.loaded, mine: ours, current: theirs)
                guard merge.conflicts.isEmpty else {
                    var conflict = merge.conflict(
                        action: base, fileText: text, current: theirs, mine: ours,
                        labels: cellLabels(shown, stages: count, basics: basics, template: templates.journey))
                    conflict.posted += [
                        JourneyGrid.cellsMarker, ("shown", shown.formValue), ("action", action.formValue),
                        ("new-stage", form["new-stage"] ?? ""),
                    ]
                    for index in conflict.rows.indices {
                        conflict.rows[index].theirsShown = cellWords(
                            conflict.rows[index].theirs, basics: basics, template: templates.journey)
                        conflict.rows[index].mineShown = cellWords(
                            conflict.rows[index].mine, basics: basics, template: templates.journey)
                    }
                    throw conflict
                }
                mine = JourneyGrid(cells: merge.result, shown: shown)
            }
            let (changed, focus) = try JourneyEdit.apply(
                mine, shown: shown, action: action, to: text, evidenceWords: evidenceWords,
                newStageTitle: { "\(words(.stage)) \($0)" })
            stage = focus
            return changed
        }
        var added = ""
        if case .addStage = action { added = "&added=1" }
        return Response.seeOther("\(base)?saved=1\(added)" + (stage.map { "#stage-\($0)" } ?? ""))
    }

    /// Each cell's name on the conflict page: the fact's label, or "שלב 2 · כאבים".
    static func cellLabels(
        _ shown: JourneyGrid.Shown, stages: Int, basics: PageBasics, template: JourneyTemplate
    ) -> [(key: String, label: String)] {
        let labels = basics.labels, words = template.labels.words(in: basics.language)
        return JourneyGrid.cellNames(shown, stages: stages).map { name in
            let facts = [
                "title": "journey_title", "persona": "journey_persona", "group": "journey_group", "date": "journey_date",
                "lanes": "journey_lanes", "stage-count": "journey_stages",
            ]
            if let key = facts[name] { return (name, labels(key)) }
            let parts = name.dropFirst().split(separator: "-", maxSplits: 1).map(String.init)
            let number = String((Int(parts[0]) ?? 0) + 1), part = parts.count > 1 ? parts[1] : ""
            switch part {
            case "title": return (name, labels("stage_title", ["n": number]))
            case "score": return (name, labels("score_label", ["n": number]))
            case "word": return (name, labels("word_label", ["n": number]))
            default:
                let field = JourneyField(rawValue: part)
                let lane = template.lanes.first { lane in field.map { lane.shows.contains($0) } ?? false }?.label(basics.language)
                return (name, "\(words(.stage)) \(number) · \(lane ?? part)")
            }
        }
    }

    /// A cell's value as the conflict page shows it: a lane's notes as words, one a line, each with its evidence.
    static func cellWords(_ value: String, basics: PageBasics, template: JourneyTemplate) -> String {
        guard value.hasPrefix("[") else { return value.isEmpty ? basics.labels("conflict_empty") : value }
        let words = template.labels.words(in: basics.language)
        return JourneyGrid.decode(value).map { note in note.text + (note.evidence.map { " (\(words(.evidence($0))))" } ?? "") }
            .joined(separator: "\n")
    }

    /// The grid's values in both versions, one row a cell.
    static func conflictRows(
        _ current: Data, mine: JourneyGrid, shown: JourneyGrid.Shown, basics: PageBasics,
        template: JourneyTemplate
    ) -> [EditConflict.Row] {
        let theirs =
            (try? YAMLDocumentEditor(text: String(decoding: current, as: UTF8.self))).map {
                JourneyGrid.from($0.value, shown: shown)
            } ?? JourneyGrid()
        let labels = basics.labels, words = template.labels.words(in: basics.language)
        func cells(_ grid: JourneyGrid) -> [(String, String)] {
            var cells: [(String, String)] = [
                (labels("journey_title"), grid.title), (labels("journey_persona"), grid.persona),
                (labels("journey_group"), grid.group.joined(separator: "\n")),
                (labels("journey_date"), grid.date), (labels("journey_lanes"), grid.lanes),
            ]
            for (index, stage) in grid.stages.enumerated() {
                let number = String(index + 1)
                cells.append((labels("stage_title", ["n": number]), stage.title))
                for field in shown.fields {
                    let lane = template.lanes.first { $0.shows.contains(field) }?.label(basics.language) ?? field.rawValue
                    cells.append(
                        (
                            "\(words(.stage)) \(number) · \(lane)",
                            stage.notes(field).map { note in
                                note.text + (note.evidence.map { " (\(words(.evidence($0))))" } ?? "")
                            }.joined(separator: "\n")
                        ))
                }
                if shown.emotion {
                    cells.append(
                        (
                            labels("score_label", ["n": number]),
                            [stage.score.map { scoreName($0, labels: labels) } ?? "", stage.word].filter { !$0.isEmpty }.joined(
                                separator: " · ")
                        ))
                }
            }
            return cells
        }
        let before = cells(theirs), after = cells(mine)
        return (0..<max(before.count, after.count)).map { index in
            EditConflict.Row(
                label: index < after.count ? after[index].0 : before[index].0,
                theirs: index < before.count ? before[index].1 : "", mine: index < after.count ? after[index].1 : "")
        }
    }

    /// An emotion's score as its choice reads: "רע מאוד (−2)". The signed number is isolated
    /// left to right, or a Hebrew or Arabic line would show its sign after it ("2−").
    static func scoreName(_ score: Int, labels: Labels<TextLabel>) -> String {
        let number = score > 0 ? "+\(score)" : score < 0 ? "−\(-score)" : "0"
        return "\(labels("score_\(score)")) (\u{2066}\(number)\u{2069})"
    }

    // MARK: The map

    static func map(_ request: Request, id: String, format: DownloadFormat, workbench: Workbench) throws -> Response {
        try PrintableDownloads.respond(
            request, PrintRequest(.journey, items: [id]), name: id, format: format, workbench: workbench)
    }

    // MARK: Choices

    static func personaChoices(_ workshop: Workshop, selected: String) -> [Choice] {
        var choices = workshop.personas.map { Choice(value: $0.id, name: $0.name.value, selected: $0.id == selected) }
        if !selected.isEmpty, workshop.persona(named: selected) == nil {
            choices.append(Choice(value: selected, name: selected, selected: true))
        }
        return choices
    }

    /// The lane sets of `Templates/journey.yaml`, and the journey's own list when it has one.
    static func laneChoices(_ template: JourneyTemplate, selected: String, basics: PageBasics) -> [Choice] {
        let language = basics.language
        var choices = template.sets.keys.sorted().map { name in
            let lanes = template.lanes([name]).lanes.map { $0.label(language) }.joined(separator: " · ")
            return Choice(value: name, name: lanes, selected: name == selected)
        }
        let defaults = template.lanes([]).lanes.map { $0.label(language) }.joined(separator: " · ")
        let standard = Choice(value: "", name: basics.labels("lanes_default", ["lanes": defaults]), selected: selected.isEmpty)
        choices.insert(standard, at: 0)
        if !selected.isEmpty, template.sets[selected] == nil {
            let lanes = template.lanes(selected.components(separatedBy: ", ")).lanes.map { $0.label(language) }.joined(
                separator: " · ")
            choices.append(Choice(value: selected, name: lanes, selected: true))
        }
        return choices
    }
}
