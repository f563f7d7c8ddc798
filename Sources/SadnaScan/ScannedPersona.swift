import Foundation
import SadnaKit
import SadnaPrint

/// A filled persona form becomes a persona file whose fields hold their crops under
/// `scanned:`, until someone types them: typed text always wins and a scan never touches it.
public enum ScannedPersona {
    /// The persona's id for a scan in `folder` (`scans/3/persona-form-1` → `3-persona-form-1`).
    public static func id(for folder: String) -> String {
        folder.split(separator: "/").dropFirst().joined(separator: "-")
    }

    /// The persona file's text: a name to replace (a name is required; the form's handwritten
    /// name is in its crop) and each inked field's crop.
    public static func yaml(for saved: ScanStore.Saved) -> String {
        var text = """
            # From a photo of a filled persona form (`sadna scan`). Each field under `scanned` is
            # the handwriting's crop; type a field above it (e.g. `age: 47`) and the typed text wins.
            name: \(ScanStore.quoted(id(for: saved.folder)))
            scanned:

            """
        for (field, path) in saved.inked where PersonaField(rawValue: field) != nil {
            text += "  \(field): \(ScanStore.quoted(path))\n"
        }
        return text
    }

    /// Writes the persona file for a persona form's scan, never over a file that exists (a
    /// person may have typed in it) unless `replace`. Returns its path in the workshop, or nil
    /// when it was kept.
    public static func write(_ saved: ScanStore.Saved, workshop: URL, replace: Bool) throws -> String? {
        let path = "personas/\(id(for: saved.folder)).yaml"
        let url = workshop.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path), !replace { return nil }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(yaml(for: saved).utf8).write(to: url, options: .atomic)
        return path
    }
}
