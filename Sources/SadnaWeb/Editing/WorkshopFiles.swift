import Foundation
import SadnaKit

/// The workshop's files as the workbench reads and writes them: ids that exist (never paths from
/// a request), versions to detect a file changed since a form was opened, and atomic saves.
enum WorkshopFiles {
    /// The folder and id of the file a diagnostic names (`personas`, `rochan`), when it is one of
    /// the workshop's entity files.
    static func entity(of file: String, in workshop: Workshop) -> (folder: String, id: String)? {
        for folder in ["personas", "meetings", "journeys", "task-cards", "services"] {
            for id in workshop.fileIDs[folder] ?? [] where workshop.source.displayPath("\(folder)/\(id).yaml") == file {
                return (folder, id)
            }
        }
        return nil
    }

    /// The top-level key whose value a line of a YAML file belongs to.
    static func key(atLine line: Int, in text: String) -> String? {
        var current: String?
        for (index, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index + 1 > line { break }
            if let first = content.first, first != " ", first != "#", first != "-", let colon = content.firstIndex(of: ":") {
                current = String(content[..<colon])
            }
        }
        return current
    }

    /// A file's version: changes whenever its bytes do.
    static func version(of data: Data) -> String { FNV.of(data) }

    /// The file at `path` under the workshop folder, and its version; nil when there is none.
    static func read(_ path: String, in folder: URL) -> (data: Data, version: String)? {
        guard let data = try? FolderSource(folder).read(path, limit: Limits.yamlFileBytes) else { return nil }
        return (data, version(of: data))
    }

    /// A file name from a person's or a service's name: letters and digits of any script, words
    /// joined by "-" (as `sadna import` names them), never a path.
    static func slug(_ name: String) -> String {
        name.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }

    /// An id for a new file in `folder` made from `name`, not yet taken.
    static func newID(from name: String, taken: [String]) -> String {
        let base = slug(name).isEmpty ? "persona" : String(slug(name).prefix(60))
        var id = base, number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        return id
    }
}
