import Foundation
import SadnaKit
import SadnaPrint

/// A filled journey canvas becomes a journey whose cells hold the crops of their stage × lane:
/// each stage's `scanned:` names its handwritten title and each lane's crop (`actions`,
/// `pains`, …), and the journey's `scanned:` its heading (`service`, `persona`, `group`,
/// `date`). A cell shows its crop until someone types its notes: typed text always wins, and a
/// scan never writes over it.
///
/// A canvas printed as four A4 sheets comes back sheet by sheet: every sheet of a copy fills the
/// same journey, each renewing only the cells it holds.
public enum ScannedJourney {
    /// The journey a canvas's scan folder becomes (`scans/3/journey-canvas-2-sheet-3` →
    /// `3-journey-canvas-2`): one for each copy of the canvas, whichever sheets it came as.
    public static func id(for folder: String) -> String { ScanStore.copy(ScanFiles.id(for: folder)) }

    /// The journey file's path in the workshop (`journeys/3-journey-canvas-1.yaml`).
    public static func path(for saved: ScanStore.Saved) -> String { "journeys/\(id(for: saved.folder)).yaml" }

    /// A crop for a field of the page, or none where the field is empty.
    typealias Crop = (field: String, path: String?)

    /// A canvas cell's field as its stage's number and its name in the stage (`stage-3-pains`).
    static func cell(_ field: String) -> (stage: Int, name: String)? {
        let parts = field.split(separator: "-", maxSplits: 2).map(String.init)
        guard parts.count == 3, parts[0] == "stage", let stage = Int(parts[1]), stage >= 1 else { return nil }
        return (stage, parts[2])
    }

    /// The canvas's heading fields on the page (service, persona, group, date), with their crops where written.
    static func heading(_ saved: ScanStore.Saved) -> [Crop] {
        saved.fields.filter { cell($0) == nil }.map { (field: $0, path: inked($0, saved)) }
    }

    /// The last stage with ink on the page (0 when none): the canvas's stages count to it.
    static func lastStage(_ saved: ScanStore.Saved) -> Int {
        saved.inked.compactMap { cell($0.field)?.stage }.max() ?? 0
    }

    /// Stage `number`'s cells on the page, by lane id (`title` for its title), with their crops
    /// where written.
    static func cells(of number: Int, _ saved: ScanStore.Saved) -> [Crop] {
        saved.fields.compactMap { field in
            guard let (stage, name) = cell(field), stage == number else { return nil }
            return (field: name, path: inked(field, saved))
        }
    }

    static func inked(_ field: String, _ saved: ScanStore.Saved) -> String? {
        saved.inked.first { $0.field == field }?.path
    }

    /// The crops that are there: the fields with ink.
    static func written(_ crops: [Crop]) -> [(field: String, path: String)] {
        crops.compactMap { crop in crop.path.map { (field: crop.field, path: $0) } }
    }

    /// The lanes the canvas was printed with, when they were chosen (`6:actions,pains`).
    static func lanes(_ saved: ScanStore.Saved) -> [String] {
        let parts = (saved.identity.item ?? "").split(separator: ":", maxSplits: 1)
        return parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
    }

    /// A new journey file's text: a title to replace (the handwritten service is in its crop),
    /// the canvas's lanes when chosen, and the stages up to the last written one with their
    /// cells' crops (a stage on another sheet of the canvas comes with none yet).
    public static func yaml(for saved: ScanStore.Saved) -> String {
        var text = """
            # From a photo of a filled journey canvas (`sadna scan`). Each cell under `scanned` is the
            # handwriting's crop; type a stage's title or a lane's notes beside it (e.g. `actions:
            # [מחפשת באתר]`) and the typed text wins.
            title: \(ScanStore.quoted(id(for: saved.folder)))

            """
        let lanes = Self.lanes(saved)
        if !lanes.isEmpty { text += "lanes: [\(lanes.joined(separator: ", "))]\n" }
        let heading = written(heading(saved))
        if !heading.isEmpty {
            text += "scanned:\n" + heading.map { "  \($0.field): \(ScanStore.quoted($0.path))\n" }.joined()
        }
        text += "stages:\n"
        for stage in 1..<(lastStage(saved) + 1) {
            let cells = written(cells(of: stage, saved))
            text += cells.isEmpty ? "  - scanned: {}\n" : "  - scanned:\n"
            text += cells.map { "      \($0.field): \(ScanStore.quoted($0.path))\n" }.joined()
        }
        return text
    }

    /// An existing journey file's `text` with the page's crops: each of the page's cells renewed
    /// in its stage's `scanned:` (stages the file lacks are added), the heading's too; cells of
    /// the canvas's other sheets, and every typed title, note, comment and other key, stay as
    /// they are.
    public static func merge(_ saved: ScanStore.Saved, into text: String) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        let heading = heading(saved)
        if editor.value(at: [.key("scanned")]) == nil, !written(heading).isEmpty {
            // Where a new file has it, above the stages, for a person reading the file.
            let before = ["lanes", "title"].first { editor.value(at: [.key($0)]) != nil }
            try editor.insertKey("scanned", value: ScanFiles.mapping(written(heading)), after: before)
        }
        try renew(heading, at: [.key("scanned")], in: &editor)
        let stages: YAMLPath = [.key("stages")]
        let count = editor.value(at: stages)?.items?.count ?? 0
        for number in 1..<(max(count, lastStage(saved)) + 1) {
            let cells = cells(of: number, saved)
            if number <= count {
                try renew(cells, at: stages + [.index(number - 1), .key("scanned")], in: &editor)
                continue
            }
            let stage = YAMLValue.mapping([.init("scanned", ScanFiles.mapping(written(cells)))])
            if count == 0 && number == 1 {
                try editor.set(stages, to: .sequence([stage]))
            } else {
                try editor.insertItem(stage, into: stages, at: number - 1)
            }
        }
        return editor.text
    }

    /// The mapping at `place` with each of `crops` renewed: set where the page has ink there,
    /// removed where it has none; its other keys are another sheet's and stay.
    static func renew(_ crops: [Crop], at place: YAMLPath, in editor: inout YAMLDocumentEditor) throws {
        let old = editor.value(at: place)?.entries ?? []
        let fields = Set(crops.map(\.field))
        let kept = old.filter { !fields.contains($0.key) }
        if kept.isEmpty {
            // Nothing of another sheet's to keep: the mapping is the page's (or none at all).
            if !written(crops).isEmpty || editor.value(at: place) != nil {
                try editor.set(place, to: ScanFiles.mapping(written(crops)))
            }
            return
        }
        for crop in crops {
            if let path = crop.path {
                try editor.set(place + [.key(crop.field)], to: .string(path))
            } else if old.contains(where: { $0.key == crop.field }) {
                try editor.remove(place + [.key(crop.field)])
            }
        }
    }

    /// Writes the journey file for a canvas's scan: a new file, or (with `replace`, or for any
    /// sheet of a canvas printed as tiles, which fills the journey its other sheets began) the
    /// existing one's crops renewed, its typed text untouched. Returns its path in the
    /// workshop, or nil when a file that exists was kept.
    public static func write(_ saved: ScanStore.Saved, workshop: URL, replace: Bool) throws -> String? {
        try ScanFiles.write(
            Self.path(for: saved), in: workshop, replace: replace || saved.identity.tile != nil,
            new: { yaml(for: saved) }, merge: { try merge(saved, into: $0) })
    }
}
