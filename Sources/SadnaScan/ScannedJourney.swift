import Foundation
import SadnaKit
import SadnaPrint

/// A filled journey canvas becomes a journey whose cells hold the crops of their stage × lane:
/// each stage's `scanned:` names its handwritten title and each lane's crop (`actions`,
/// `pains`, …), and the journey's `scanned:` its heading (`service`, `persona`, `group`,
/// `date`). A cell shows its crop until someone types its notes: typed text always wins, and a
/// scan never writes over it.
public enum ScannedJourney {
    /// The journey file's path in the workshop (`journeys/3-journey-canvas-1.yaml`).
    public static func path(for saved: ScanStore.Saved) -> String { "journeys/\(ScanFiles.id(for: saved.folder)).yaml" }

    /// The canvas's heading fields with ink, to their crops.
    static func heading(_ saved: ScanStore.Saved) -> [(field: String, path: String)] {
        saved.inked.filter { !$0.field.hasPrefix("stage-") }
    }

    /// Each stage from the first to the last with ink (a stage's place on the canvas is its
    /// number), with its inked cells by lane id; its title's crop always, since a stage needs one.
    static func stages(_ saved: ScanStore.Saved) -> [[(field: String, path: String)]] {
        func cell(_ field: String) -> (stage: Int, name: String)? {
            let parts = field.split(separator: "-", maxSplits: 2).map(String.init)
            guard parts.count == 3, parts[0] == "stage", let stage = Int(parts[1]), stage >= 1 else { return nil }
            return (stage, parts[2])
        }
        let inked = saved.inked.compactMap { field, path in cell(field).map { ($0.stage, $0.name, path) } }
        guard let last = inked.map(\.0).max() else { return [] }
        return (1...last).map { stage in
            let title = saved.crops["stage-\(stage)-title"].map { [(field: "title", path: $0)] } ?? []
            return title + inked.filter { $0.0 == stage && $0.1 != "title" }.map { (field: $0.1, path: $0.2) }
        }
    }

    /// The lanes the canvas was printed with, when they were chosen (`6:actions,pains`).
    static func lanes(_ saved: ScanStore.Saved) -> [String] {
        let parts = (saved.identity.item ?? "").split(separator: ":", maxSplits: 1)
        return parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
    }

    /// A new journey file's text: a title to replace (the handwritten service is in its crop),
    /// the canvas's lanes when chosen, and the stages with their cells' crops.
    public static func yaml(for saved: ScanStore.Saved) -> String {
        var text = """
            # From a photo of a filled journey canvas (`sadna scan`). Each cell under `scanned` is the
            # handwriting's crop; type a stage's title or a lane's notes beside it (e.g. `actions:
            # [מחפשת באתר]`) and the typed text wins.
            title: \(ScanStore.quoted(ScanFiles.id(for: saved.folder)))

            """
        let lanes = Self.lanes(saved)
        if !lanes.isEmpty { text += "lanes: [\(lanes.joined(separator: ", "))]\n" }
        let heading = Self.heading(saved)
        if !heading.isEmpty {
            text += "scanned:\n" + heading.map { "  \($0.field): \(ScanStore.quoted($0.path))\n" }.joined()
        }
        text += "stages:\n"
        for cells in stages(saved) {
            text += "  - scanned:\n" + cells.map { "      \($0.field): \(ScanStore.quoted($0.path))\n" }.joined()
        }
        return text
    }

    /// An existing journey file's `text` with its crops made the scan's: each stage's
    /// `scanned:` renewed in place (stages the file lacks are added), the heading's too; every
    /// typed title, note, comment and other key stays as it is.
    public static func merge(_ saved: ScanStore.Saved, into text: String) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        if !heading(saved).isEmpty || editor.value(at: [.key("scanned")]) != nil {
            try editor.set([.key("scanned")], to: ScanFiles.mapping(heading(saved)))
        }
        let written = editor.value(at: [.key("stages")])?.items?.count ?? 0
        for (index, cells) in stages(saved).enumerated() {
            let crops = ScanFiles.mapping(cells)
            if index < written {
                try editor.set([.key("stages"), .index(index), .key("scanned")], to: crops)
            } else if editor.value(at: [.key("stages")]) == nil {
                try editor.set([.key("stages")], to: .sequence([.mapping([.init("scanned", crops)])]))
            } else {
                try editor.insertItem(.mapping([.init("scanned", crops)]), into: [.key("stages")], at: index)
            }
        }
        return editor.text
    }

    /// Writes the journey file for a canvas's scan: a new file, or (with `replace`) the
    /// existing one's crops renewed, its typed text untouched. Returns its path in the
    /// workshop, or nil when a file that exists was kept.
    public static func write(_ saved: ScanStore.Saved, workshop: URL, replace: Bool) throws -> String? {
        try ScanFiles.write(
            Self.path(for: saved), in: workshop, replace: replace, new: { yaml(for: saved) },
            merge: { try merge(saved, into: $0) })
    }
}
