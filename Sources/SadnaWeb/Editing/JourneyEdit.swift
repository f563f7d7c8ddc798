import Foundation
import SadnaKit

/// A journey as its grid shows it: the journey's facts, and for each stage its title, the notes
/// of the lanes the map shows (each with its evidence) and the emotion. Lanes the map does not
/// show are not in the grid, and a save leaves them as they are.
struct JourneyGrid: Equatable {
    struct Note: Equatable {
        var text: String
        var evidence: JourneyNote.Evidence?
    }

    struct Stage: Equatable {
        var title: String
        var notes: [JourneyField: [Note]] = [:]
        var score: Int?
        var word: String = ""

        func notes(_ field: JourneyField) -> [Note] { notes[field] ?? [] }
    }

    var title = ""
    var persona = ""
    var group: [String] = []
    var date = ""
    /// The `lanes:` as written: one set's name, or lane ids joined with ", ".
    var lanes = ""
    var stages: [Stage] = []

    /// The most stages a posted grid may hold (bounded work, whatever a form claims).
    static let maxStages = 200

    /// What a grid edits: the fields of the lanes shown, and whether the emotion lane is one.
    struct Shown: Equatable {
        var fields: [JourneyField]
        var emotion: Bool

        init(fields: [JourneyField], emotion: Bool) {
            self.fields = fields
            self.emotion = emotion
        }

        init(_ lanes: [JourneyTemplate.Lane]) {
            fields = lanes.flatMap(\.shows)
            emotion = lanes.contains { $0.isEmotion }
        }

        /// As a form carries it: "actions pains needs emotion".
        var formValue: String { (fields.map(\.rawValue) + (emotion ? ["emotion"] : [])).joined(separator: " ") }

        init(formValue: String) {
            let words = formValue.split(separator: " ").map(String.init)
            fields = words.compactMap(JourneyField.init(rawValue:))
            emotion = words.contains("emotion")
        }
    }

    // MARK: From the file

    static func from(_ value: YAMLValue, shown: Shown) -> JourneyGrid {
        var grid = JourneyGrid()
        grid.title = value["title"]?.formText ?? ""
        grid.persona = value["persona"]?.formText ?? ""
        grid.group = value["group"]?.formLines ?? []
        grid.date = value["date"]?.formText ?? ""
        grid.lanes = value["lanes"]?.formLines.joined(separator: ", ") ?? ""
        grid.stages = (value["stages"]?.items ?? []).map { stage(from: $0, shown: shown) }
        return grid
    }

    static func stage(from value: YAMLValue, shown: Shown) -> Stage {
        var stage = Stage(title: value["title"]?.formText ?? "")
        for field in shown.fields {
            guard let lane = value[.key(field.rawValue)] else { continue }
            let items = lane.items ?? [lane]
            let notes = items.compactMap { item -> Note? in
                if case .mapping = item {
                    return Note(
                        text: item["text"]?.formText ?? "",
                        evidence: item["evidence"].flatMap { JourneyNote.Evidence.parse($0.formText) })
                }
                return item.formText.isEmpty ? nil : Note(text: item.formText)
            }
            if !notes.isEmpty { stage.notes[field] = notes }
        }
        if shown.emotion, let emotion = value["emotion"] {
            let scoreText = (emotion.entries != nil ? emotion["score"]?.formText : emotion.formText) ?? ""
            stage.score = score(scoreText)
            stage.word = emotion["word"]?.formText ?? ""
        }
        return stage
    }

    /// "-1", "−1", "+2": the loader's own reading.
    static func score(_ text: String) -> Int? {
        Int(
            text.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "+", with: "").trimmingCharacters(
                in: .whitespaces))
    }

    // MARK: From the form

    static func from(_ form: PostedForm, shown: Shown) -> JourneyGrid {
        var grid = JourneyGrid()
        grid.title = formText(form["title"])
        grid.persona = formText(form["persona"])
        grid.group = formLines(form["group"] ?? "")
        grid.date = formText(form["date"])
        grid.lanes = formText(form["lanes"])
        let count = min(max(Int(form["stage-count"] ?? "") ?? 0, 0), maxStages)
        grid.stages = (0..<count).map { index in
            let prefix = "s\(index)-"
            var stage = Stage(title: formText(form[prefix + "title"]))
            for field in shown.fields {
                var notes: [Note] = []
                // Each note's text and its evidence are posted side by side, in the grid's order;
                // the lane's empty "new note" comes last.
                for key in ["\(prefix)\(field.rawValue)", "\(prefix)\(field.rawValue)-new"] {
                    let evidences = form.all(key + "-evidence")
                    for (position, text) in form.all(key).enumerated() where !formText(text).isEmpty {
                        let evidence = position < evidences.count ? JourneyNote.Evidence(rawValue: evidences[position]) : nil
                        notes.append(Note(text: formText(text), evidence: evidence))
                    }
                }
                if !notes.isEmpty { stage.notes[field] = notes }
            }
            if shown.emotion {
                stage.score = score(form[prefix + "score"] ?? "")
                stage.word = formText(form[prefix + "word"])
            }
            return stage
        }
        return grid
    }
}

/// What a person does to a journey's grid, besides typing: add, move or remove a stage.
enum JourneyAction: Equatable {
    case save
    case addStage(title: String)
    case move(from: Int, to: Int)
    case remove(Int)

    /// The button pressed (`action`): "save", "add-stage", "move:2:1", "remove:3".
    static func from(_ form: PostedForm) -> JourneyAction {
        let parts = (form["action"] ?? "save").split(separator: ":").map(String.init)
        switch parts.first {
        case "add-stage": return .addStage(title: formText(form["new-stage"]))
        case "move" where parts.count == 3:
            if let from = Int(parts[1]), let to = Int(parts[2]) { return .move(from: from, to: to) }
        case "remove" where parts.count == 2:
            if let index = Int(parts[1]) { return .remove(index) }
        default: break
        }
        return .save
    }

    /// As the form posts it (the other way of `from`).
    var formValue: String {
        switch self {
        case .save: "save"
        case .addStage: "add-stage"
        case let .move(from, to): "move:\(from):\(to)"
        case let .remove(index): "remove:\(index)"
        }
    }

    /// The same action on the stages renumbered into the file's order now (`ListAlignment.position`):
    /// a stage moved or removed is the one she pressed it on, wherever it is now; none when it is gone.
    func renumbered(_ position: [Int?]) -> JourneyAction {
        func at(_ index: Int) -> Int? { position.indices.contains(index) ? position[index] : nil }
        switch self {
        case .save, .addStage: return self
        case let .move(from, to):
            guard let from = at(from), let to = at(to) else { return .save }
            return .move(from: from, to: to)
        case let .remove(index):
            return at(index).map { .remove($0) } ?? .save
        }
    }
}

/// Saving a journey's grid into its file, changing only what the person changed.
enum JourneyEdit {
    /// A journey file's keys in the order they are written.
    static let keyOrder = ["example", "title", "persona", "variant", "improves", "group", "date", "lanes", "stages"]
    /// A stage's keys in the order they are written (as the shipped journeys write them).
    static let stageKeyOrder = ["title"] + JourneyField.allCases.map(\.rawValue) + ["emotion"]

    /// `text` with `grid`'s changes made to what `shown` covers, then `action` done.
    /// Returns the new text and the stage the person was working on (to scroll back to).
    static func apply(
        _ grid: JourneyGrid, shown: JourneyGrid.Shown, action: JourneyAction, to text: String,
        evidenceWords: (JourneyNote.Evidence) -> String, newStageTitle: (Int) -> String
    ) throws -> (String, Int?) {
        var editor = try YAMLDocumentEditor(text: text)
        let current = JourneyGrid.from(editor.value, shown: shown)
        var root = MappingChanges(order: keyOrder)
        if grid.title != current.title { root.set("title", grid.title.isEmpty ? nil : .string(grid.title)) }
        if grid.persona != current.persona { root.set("persona", grid.persona.isEmpty ? nil : .string(grid.persona)) }
        if grid.group != current.group {
            root.set("group", grid.group.isEmpty ? nil : .sequence(grid.group.map(YAMLValue.string)))
        }
        if grid.date != current.date { root.set("date", grid.date.isEmpty ? nil : .string(grid.date)) }
        if grid.lanes != current.lanes {
            let names = grid.lanes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            root.set("lanes", names.isEmpty ? nil : names.count == 1 ? .string(names[0]) : .sequence(names.map(YAMLValue.string)))
        }
        let items = editor.value["stages"]?.items ?? []
        var stages: [YAMLValue] = []
        for (index, stage) in grid.stages.enumerated() {
            let before = index < current.stages.count ? current.stages[index] : nil
            let changes = stageChanges(stage, from: before, shown: shown, evidenceWords: evidenceWords)
            stages.append(index < items.count ? changes.applied(to: items[index]) : changes.applied(to: nil))
        }
        if grid.stages != current.stages { root.set("stages", .sequence(stages)) }
        if !root.isEmpty { try editor.set([], to: root.applied(to: editor.value)) }

        let count = editor.value["stages"]?.items?.count ?? 0
        switch action {
        case .save:
            return (editor.text, nil)
        case let .addStage(title):
            let title = title.isEmpty ? newStageTitle(count + 1) : title
            if count == 0 {
                try editor.set(["stages"], to: .sequence([.mapping([.init("title", .string(title))])]))
            } else {
                try editor.insertItem(.mapping([.init("title", .string(title))]), into: ["stages"], at: count)
            }
            return (editor.text, count)
        case let .move(from, to):
            guard (0..<count).contains(from), (0..<count).contains(to), from != to else { return (editor.text, nil) }
            try editor.moveItem(in: ["stages"], from: from, to: to)
            return (editor.text, to)
        case let .remove(index):
            guard (0..<count).contains(index), count > 1 else { return (editor.text, nil) }
            try editor.remove(["stages", .index(index)])
            return (editor.text, max(0, index - 1))
        }
    }

    /// A stage's changed keys: a lane rewritten only when its notes differ in meaning (a note
    /// whose evidence is written "observed" or "נצפה" is the same note).
    static func stageChanges(
        _ stage: JourneyGrid.Stage, from before: JourneyGrid.Stage?, shown: JourneyGrid.Shown,
        evidenceWords: (JourneyNote.Evidence) -> String
    ) -> MappingChanges {
        var changes = MappingChanges(order: stageKeyOrder)
        if stage.title != before?.title { changes.set("title", .string(stage.title)) }
        for field in shown.fields where stage.notes(field) != (before?.notes(field) ?? []) {
            let notes = stage.notes(field).map { note -> YAMLValue in
                guard let evidence = note.evidence else { return .string(note.text) }
                return .mapping([.init("text", .string(note.text)), .init("evidence", .string(evidenceWords(evidence)))])
            }
            changes.set(field.rawValue, notes.isEmpty ? nil : .sequence(notes))
        }
        if shown.emotion, stage.score != before?.score || stage.word != (before?.word ?? "") {
            var emotion: [YAMLValue.Entry] = []
            if let score = stage.score { emotion.append(.init("score", .int(score))) }
            // A word without a score is kept (the check then asks for the score): typed words are never lost.
            if !stage.word.isEmpty { emotion.append(.init("word", .string(stage.word))) }
            changes.set("emotion", emotion.isEmpty ? nil : .mapping(emotion))
        }
        return changes
    }

    /// A new journey's file.
    static func create(
        title: String, persona: String, variant: Journey.Variant, improves: String?, lanes: String,
        stages: [String], comment: String
    ) throws -> String {
        var entries: [YAMLValue.Entry] = [.init("title", .string(title))]
        if !persona.isEmpty { entries.append(.init("persona", .string(persona))) }
        entries.append(.init("variant", .string(variant.rawValue)))
        if let improves { entries.append(.init("improves", .string(improves))) }
        if !lanes.isEmpty { entries.append(.init("lanes", .string(lanes))) }
        entries.append(.init("stages", .sequence(stages.map { .mapping([.init("title", .string($0))]) })))
        var editor = try YAMLDocumentEditor(text: "# \(comment)\ntitle: _\n")
        try editor.set([], to: .mapping(entries))
        return editor.text
    }
}
