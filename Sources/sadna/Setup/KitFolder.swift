import Foundation
import SadnaKit
import SadnaPrint

/// A meeting's folder in a kit's output (`out/03/`), which `sadna kit` replaces as a whole: it
/// may hold only what a kit writes there, so that replacing it never takes a person's own file.
enum KitFolder {
    /// Throws, naming the files and what to do, when `folder` holds anything a kit did not write.
    static func checkReplaceable(_ folder: URL, meeting id: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw InputFailure(
                .kitFolderIsFile, ["folder": .path(DisplayPath.of(folder)), "kit": .code(id), "output": .code("--output")])
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let foreign = names.filter { !isKitFile($0, meeting: id) }.sorted()
        guard foreign.isEmpty else {
            throw InputFailure(
                .kitFolderForeign,
                [
                    "folder": .path(DisplayPath.of(folder)), "files": .list(foreign.prefix(5).map(MessageArgument.path)),
                    "output": .code("--output"),
                ])
        }
    }

    /// What a kit writes into its meeting's folder: its PDFs and their previews, the print list,
    /// and the hidden temporary files of a run.
    static func isKitFile(_ name: String, meeting id: String) -> Bool {
        if name == "print-list.txt" { return true }
        if name.hasPrefix(".") && name.hasSuffix(".tmp") && name.contains(".sadna-") { return true }
        let ext = (name as NSString).pathExtension.lowercased()
        let prefix = id == KitBuilder.programmeKitID ? "\(id)-" : "meeting-\(id)-"
        return name.hasPrefix(prefix) && (ext == "pdf" || ext == "png")
    }
}
