import Foundation
import Hummingbird
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

    /// An id for a new file made from `name` (`fallback` when it has no letters), not yet taken.
    static func newID(from name: String, taken: [String], fallback: String) -> String {
        let base = slug(name).isEmpty ? fallback : String(slug(name).prefix(60))
        var id = base, number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        return id
    }

    /// Changes an existing file: under the workbench's save lock, refused with `conflict` when the
    /// file is no longer the `version` the form was opened on (nil: `change` merges onto the file
    /// as it is now), written only when `change` changed it.
    static func update(
        _ path: String, in workbench: Workbench, version: String?,
        conflict: ((data: Data, version: String)) -> EditConflict, change: (String) throws -> String
    ) throws {
        let folder = workbench.settings.workshop
        try workbench.saving.withLock {
            guard let file = read(path, in: folder) else { throw HTTPError(.notFound) }
            if let version, file.version != version { throw conflict(file) }
            let text = try change(String(decoding: file.data, as: UTF8.self))
            if !text.utf8.elementsEqual(file.data) { try write(text, to: path, in: folder) }
        }
    }

    /// Changes an existing file the workbench itself decided to change (a backlog entry pointing
    /// at the page just made), under the save lock; nothing when the file is gone.
    static func change(_ path: String, in workbench: Workbench, change: (String) throws -> String) throws {
        let folder = workbench.settings.workshop
        try workbench.saving.withLock {
            guard let file = read(path, in: folder) else { return }
            let text = try change(String(decoding: file.data, as: UTF8.self))
            if !text.utf8.elementsEqual(file.data) { try write(text, to: path, in: folder) }
        }
    }

    /// Writes a new file into `subfolder`, named after `name`; returns its id.
    static func create(
        in subfolder: String, of workbench: Workbench, named name: String, fallback: String,
        text: (String) throws -> String
    ) throws -> String {
        let folder = workbench.settings.workshop
        return try workbench.saving.withLock {
            let id = newID(from: name, taken: ids(in: subfolder, of: folder), fallback: fallback)
            try write(try text(id), to: "\(subfolder)/\(id).yaml", in: folder)
            return id
        }
    }

    /// Writes a file of the workshop atomically: all of it, or (on a full disk) nothing and an
    /// error that says so (`SaveFailure`).
    static func write(_ text: String, to path: String, in folder: URL) throws {
        do {
            try AtomicFile.write(Data(text.utf8), to: folder.appendingPathComponent(path))
        } catch {
            throw SaveFailure.error(error)
        }
    }

    /// The ids of the `.yaml` files in one of the workshop's folders, as they are on disk now.
    static func ids(in subfolder: String, of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(subfolder).path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
    }
}
