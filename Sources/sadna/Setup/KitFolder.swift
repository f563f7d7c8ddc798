import Foundation
import SadnaKit

/// A meeting's folder in a kit's output (`out/03/`), which `sadna kit` replaces as a whole: it
/// may hold only what a kit writes there, so that replacing it never takes a person's own file.
enum KitFolder {
    /// Throws, naming the files and what to do, when `folder` holds anything a kit did not write.
    static func checkReplaceable(_ folder: URL, meeting id: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw InputFailure(
                "\(DisplayPath.of(folder)) is a file, where the kit of meeting \(id) goes; "
                    + "move it, or give another --output")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let foreign = names.filter { !isKitFile($0, meeting: id) }.sorted()
        guard foreign.isEmpty else {
            let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? " and \(foreign.count - 3) more" : "")
            throw InputFailure(
                "\(DisplayPath.of(folder)) holds \(shown), which `sadna kit` did not write; the kit replaces the "
                    + "folder as a whole — move \(foreign.count == 1 ? "it" : "them") elsewhere, or give another --output")
        }
    }

    /// What a kit writes into its meeting's folder: its PDFs and their previews, the print list,
    /// and the hidden temporary files of a run.
    static func isKitFile(_ name: String, meeting id: String) -> Bool {
        if name == "print-list.txt" { return true }
        if name.hasPrefix(".") && name.hasSuffix(".tmp") && name.contains(".sadna-") { return true }
        let ext = (name as NSString).pathExtension.lowercased()
        return name.hasPrefix("meeting-\(id)-") && (ext == "pdf" || ext == "png")
    }
}
