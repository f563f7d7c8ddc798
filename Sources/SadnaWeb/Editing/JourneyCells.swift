import Foundation
import SadnaKit

/// A journey's grid cell by cell, for merging two people's edits (`FieldMerge`): the journey's
/// facts, and for each stage its title, each lane's notes and the emotion, each a cell of its own,
/// so that two people writing into different cells both keep what they wrote.
///
/// A cell's value is text, as `FieldMerge` compares it; a lane's notes (each with its evidence)
/// are written as JSON, and the conflict page shows them as words (`shown`).
extension JourneyGrid {
    /// The cells, by name (`title`, `stage-count`, `s2-title`, `s2-pains`, `s2-score`…).
    func cells(_ shown: Shown) -> [String: String] {
        var cells = [
            "title": title, "persona": persona, "group": group.joined(separator: "\n"), "date": date, "lanes": lanes,
            "stage-count": String(stages.count),
        ]
        for (index, stage) in stages.enumerated() {
            let prefix = "s\(index)-"
            cells[prefix + "title"] = stage.title
            for field in shown.fields {
                let notes = stage.notes(field)
                cells[prefix + field.rawValue] = notes.isEmpty ? "" : Self.encode(notes)
            }
            if shown.emotion {
                cells[prefix + "score"] = stage.score.map(String.init) ?? ""
                cells[prefix + "word"] = stage.word
            }
        }
        return cells
    }

    /// The grid the cells make (the other way of `cells`).
    init(cells: [String: String], shown: Shown) {
        self.init()
        title = cells["title"] ?? ""
        persona = cells["persona"] ?? ""
        group = formLines(cells["group"] ?? "")
        date = cells["date"] ?? ""
        lanes = cells["lanes"] ?? ""
        let count = min(max(Int(cells["stage-count"] ?? "") ?? 0, 0), Self.maxStages)
        stages = (0..<count).map { index in
            let prefix = "s\(index)-"
            var stage = Stage(title: cells[prefix + "title"] ?? "")
            for field in shown.fields {
                let notes = Self.decode(cells[prefix + field.rawValue] ?? "")
                if !notes.isEmpty { stage.notes[field] = notes }
            }
            if shown.emotion {
                stage.score = Self.score(cells[prefix + "score"] ?? "")
                stage.word = cells[prefix + "word"] ?? ""
            }
            return stage
        }
    }

    /// The cells' names in the grid's reading order, for stages up to `stages`.
    static func cellNames(_ shown: Shown, stages: Int) -> [String] {
        var names = ["title", "persona", "group", "date", "lanes", "stage-count"]
        for index in 0..<stages {
            names.append("s\(index)-title")
            names += shown.fields.map { "s\(index)-\($0.rawValue)" }
            if shown.emotion { names += ["s\(index)-score", "s\(index)-word"] }
        }
        return names
    }

    /// The stages as a list of cells, matched by their titles when two people's saves merge.
    static func stageShape(_ shown: Shown) -> ListAlignment.Shape {
        ListAlignment.Shape(
            cell: { "s\($0)-\($1)" }, count: "stage-count",
            parts: ["title"] + shown.fields.map(\.rawValue) + (shown.emotion ? ["score", "word"] : []), identity: ["title"])
    }

    /// Whether a post carries the grid as cells (the conflict page's "save" does), not as the grid's inputs.
    static let cellsMarker = (name: "grid-as", value: "cells")

    static func encode(_ notes: [Note]) -> String {
        let list = notes.map { [$0.text, $0.evidence?.rawValue ?? ""] }
        let data = (try? JSONSerialization.data(withJSONObject: list, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) -> [Note] {
        guard !text.isEmpty, let list = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String]] else { return [] }
        return list.compactMap { pair in
            guard let text = pair.first, !text.isEmpty else { return nil }
            return Note(text: text, evidence: pair.count > 1 ? JourneyNote.Evidence(rawValue: pair[1]) : nil)
        }
    }
}
