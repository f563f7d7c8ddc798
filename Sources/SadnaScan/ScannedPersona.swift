import Foundation
import SadnaKit
import SadnaPrint

/// A filled persona form becomes a persona file whose fields hold their crops under
/// `scanned:`, until someone types them: typed text always wins and a scan never touches it.
public enum ScannedPersona {
    /// The persona's id for a scan in `folder` (`scans/3/persona-form-1` → `3-persona-form-1`).
    public static func id(for folder: String) -> String { ScanFiles.id(for: folder) }

    /// The persona file's path in the workshop (`personas/3-persona-form-1.yaml`).
    public static func path(for saved: ScanStore.Saved) -> String { "personas/\(id(for: saved.folder)).yaml" }

    /// Each inked field that is a persona's, to its crop.
    static func crops(_ saved: ScanStore.Saved) -> [(field: String, path: String)] {
        saved.inked.filter { PersonaField(rawValue: $0.field) != nil }
    }

    /// A new persona file's text: a name to replace (a name is required; the form's handwritten
    /// name is in its crop) and each inked field's crop.
    public static func yaml(for saved: ScanStore.Saved) -> String {
        var text = """
            # From a photo of a filled persona form (`sadna scan`). Each field under `scanned` is
            # the handwriting's crop; type a field above it (e.g. `age: 47`) and the typed text wins.
            name: \(ScanStore.quoted(id(for: saved.folder)))
            scanned:

            """
        for (field, path) in crops(saved) {
            text += "  \(field): \(ScanStore.quoted(path))\n"
        }
        return text
    }

    /// An existing persona file's `text` with its `scanned:` crops made the scan's: every typed
    /// field, comment and other key stays as it is.
    public static func merge(_ saved: ScanStore.Saved, into text: String) throws -> String {
        try ScanFiles.setting("scanned", to: ScanFiles.mapping(crops(saved)), in: text)
    }

    /// Writes the persona file for a persona form's scan: a new file, or (with `replace`) the
    /// existing one's crops renewed, its typed text untouched. Returns its path in the
    /// workshop, or nil when a file that exists was kept.
    public static func write(_ saved: ScanStore.Saved, workshop: URL, replace: Bool) throws -> String? {
        try ScanFiles.write(
            Self.path(for: saved), in: workshop, replace: replace, new: { yaml(for: saved) },
            merge: { try merge(saved, into: $0) })
    }
}
