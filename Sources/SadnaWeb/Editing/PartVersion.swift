import Foundation
import SadnaKit

/// The version of one part of a file (a meeting's `agenda:` or its `minutes:`), so that a save
/// of that part goes onto the file as it is now when only other parts changed meanwhile: the
/// facilitator's agenda and a colleague's minutes, both in the meeting's file, are both kept.
/// Only when the part itself changed is the save refused and both versions shown.
enum PartVersion {
    /// The part's version: changes whenever its value does (its comments and layout aside).
    static func of(_ key: String, in text: String) -> String {
        var hasher = FNV()
        hasher.add(String(describing: (try? YAMLDocumentEditor(text: text))?.value[[.key(key)]]))
        return hasher.hex
    }

    /// What a form carries: the file's version and the part's, together.
    static func combined(fileVersion: String, part key: String, text: String) -> String {
        "\(fileVersion).\(of(key, in: text))"
    }

    /// The file version to save over: the one the form was opened on, or the file's version now
    /// when the file changed since but the part did not. A plain file version (from the conflict
    /// page's "keep mine") is saved over as it is.
    static func base(_ path: String, part key: String, posted: String, in folder: URL) -> String {
        let pieces = posted.split(separator: ".", maxSplits: 1).map(String.init)
        guard pieces.count == 2 else { return posted }
        guard let file = WorkshopFiles.read(path, in: folder), file.version != pieces[0],
            of(key, in: String(decoding: file.data, as: UTF8.self)) == pieces[1]
        else { return pieces[0] }
        return file.version
    }
}
