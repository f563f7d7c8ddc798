import Foundation
import SadnaKit
import SadnaPrint

/// A form filled at a meeting and photographed — the minutes form, a service-page sketch, a
/// worksheet — is attached to its meeting: the meeting's file names the straightened page and
/// each written field's crop under `scanned:`, by the form's folder (``MeetingScan``).
public enum ScannedMeetingForm {
    /// Whether a scan of `kind` is attached to its meeting (the others become files of their
    /// own: a persona, a journey, attendance).
    public static func attaches(_ kind: PrintableKind) -> Bool {
        ![.personaForm, .journeyCanvas, .signIn].contains(kind)
    }

    /// The name the meeting's `scanned:` gives the form: its folder's (`minutes-blank`,
    /// `service-sketch-1`).
    static func name(of saved: ScanStore.Saved) -> String {
        saved.folder.split(separator: "/").last.map(String.init) ?? saved.folder
    }

    /// The meeting file's `text` with the form's page and inked fields under `scanned.FORM`;
    /// everything else in the file stays as it is.
    public static func attach(_ saved: ScanStore.Saved, to text: String) throws -> String {
        let crops = ScanFiles.mapping([(field: "page", path: saved.page)] + saved.inked)
        var editor = try YAMLDocumentEditor(text: text)
        if editor.value(at: [.key("scanned")])?.entries == nil {
            try editor.set([.key("scanned")], to: .mapping([.init(name(of: saved), crops)]))
        } else {
            try editor.set([.key("scanned"), .key(name(of: saved))], to: crops)
        }
        return editor.text
    }

    /// Attaches the scan to `meeting`'s file (`meetings/ID.yaml`). Returns its path.
    @discardableResult
    public static func write(_ saved: ScanStore.Saved, meeting: Meeting, workshop: URL) throws -> String {
        let path = "meetings/\(meeting.id).yaml"
        try ScanFiles.change(path, in: workshop) { old in try old.map { try attach(saved, to: $0) } }
        return path
    }
}
