import Foundation
import SadnaKit

/// Where the workbench puts what a person removes: `.sadna/bin/` in the workshop's folder, one
/// file per removal, named and headed with the time, so that nothing saved is ever gone for good
/// (a facilitator, or whoever keeps the files, copies it back).
enum Bin {
    static let folder = ".sadna/bin"

    /// Keeps `value` (an entry taken out of `file`) as a YAML file of its own; returns its path.
    @discardableResult
    static func keep(
        _ value: YAMLValue, removedFrom file: String, named name: String, in workshop: URL,
        at time: Date = Date()
    ) throws -> String {
        let stamp = timestamp(time)
        var editor = try YAMLDocumentEditor(
            text: "# Removed from \(file) in the workbench (sadna serve) at \(stamp) UTC.\n"
                + "# To restore it, copy the entry below back into \(file).\n- _\n")
        try editor.set([.index(0)], to: value)
        let base = WorkshopFiles.slug(name).prefix(40)
        var path =
            "\(folder)/\(stamp.replacingOccurrences(of: ":", with: "-").replacingOccurrences(of: " ", with: "-"))"
            + "-\((file as NSString).deletingPathExtension)" + (base.isEmpty ? "" : "-\(base)")
        var number = 2
        while FileManager.default.fileExists(atPath: workshop.appendingPathComponent(path + ".yaml").path) {
            path += "-\(number)"
            number += 1
        }
        try FileManager.default.createDirectory(at: workshop.appendingPathComponent(folder), withIntermediateDirectories: true)
        try WorkshopFiles.write(editor.text, to: path + ".yaml", in: workshop)
        return path + ".yaml"
    }

    /// "2026-12-06 17:20:05", in UTC.
    static func timestamp(_ time: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: time)
    }
}

extension Bin {
    /// What a whole-file delete keeps: the files as they were, under their own paths, in a folder
    /// of the bin named with the time, and `entry.yaml` saying what it was, so that "שחזור" on the
    /// bin's page puts them back where they were.
    struct Entry: Equatable {
        /// The entry's folder name in the bin (`2026-12-06-17-20-05-personas-rochan`).
        var name: String
        /// persona, journey, service, task-card, photo.
        var kind: String
        var title: String
        /// "2026-12-06 17:20:05" UTC.
        var deleted: String
        /// The workshop paths it held (`personas/rochan.yaml`, `personas/photos/rochan.png`).
        var files: [String]
        /// For a photo: the persona it belonged to, whose `photo:` it was.
        var photoOf: String?
    }

    /// Moves `files` (paths in the workshop; the first is what was deleted) into a new entry of
    /// the bin; returns the entry's name. Nothing is removed until every file is copied.
    @discardableResult
    static func move(
        _ files: [String], kind: String, title: String, photoOf: String? = nil, in workshop: URL, at time: Date = Date()
    ) throws -> String {
        let stamp = timestamp(time)
        let base =
            stamp.replacingOccurrences(of: ":", with: "-").replacingOccurrences(of: " ", with: "-") + "-"
            + ((files.first ?? kind) as NSString).deletingPathExtension.replacingOccurrences(of: "/", with: "-")
        var name = base, number = 2
        while FileManager.default.fileExists(atPath: workshop.appendingPathComponent("\(folder)/\(name)").path) {
            name = "\(base)-\(number)"
            number += 1
        }
        let entry = workshop.appendingPathComponent("\(folder)/\(name)")
        for file in files {
            let target = entry.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: workshop.appendingPathComponent(file), to: target)
        }
        var editor = try YAMLDocumentEditor(
            text: "# Deleted in the workbench (sadna serve). The bin's page (סל המחזור) restores it.\nkind: _\n")
        try editor.set([.key("kind")], to: .string(kind))
        try editor.insertKey("title", value: .string(title))
        try editor.insertKey("deleted", value: .string(stamp))
        try editor.insertKey("files", value: .sequence(files.map { .string($0) }))
        if let photoOf { try editor.insertKey("photo_of", value: .string(photoOf)) }
        try WorkshopFiles.write(editor.text, to: "\(folder)/\(name)/entry.yaml", in: workshop)
        for file in files { try FileManager.default.removeItem(at: workshop.appendingPathComponent(file)) }
        return name
    }

    /// The bin's entries, the latest first.
    static func entries(in workshop: URL) -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: workshop.appendingPathComponent(folder).path)) ?? []
        return names.compactMap { entry(named: $0, in: workshop) }.sorted { ($0.deleted, $0.name) > ($1.deleted, $1.name) }
    }

    /// The entry called `name`, when it is one (never a path).
    static func entry(named name: String, in workshop: URL) -> Entry? {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix("."),
            let data = try? FolderSource(workshop).read("\(folder)/\(name)/entry.yaml", limit: Limits.yamlFileBytes),
            let value = try? YAMLDocumentEditor(text: String(decoding: data, as: UTF8.self)).value
        else { return nil }
        let files = value[[.key("files")]]?.formLines ?? []
        guard let kind = value[[.key("kind")]]?.formText, !files.isEmpty,
            files.allSatisfy({ !$0.hasPrefix("/") && !$0.split(separator: "/").contains("..") && !$0.hasPrefix(".") })
        else { return nil }
        return Entry(
            name: name, kind: kind, title: value[[.key("title")]]?.formText ?? "",
            deleted: value[[.key("deleted")]]?.formText ?? "",
            files: files, photoOf: value[[.key("photo_of")]]?.formText)
    }

    /// The workshop paths of `entry`'s files that hold another file now (a persona of that name
    /// made again since).
    static func taken(_ entry: Entry, in workshop: URL) -> [String] {
        entry.files.filter { FileManager.default.fileExists(atPath: workshop.appendingPathComponent($0).path) }
    }

    /// Puts `entry`'s files back; with `renamed`, its first file under that id instead (its
    /// other files, a persona's photo, as they were). The entry leaves the bin once all are back.
    static func restore(_ entry: Entry, renamed: String? = nil, in workshop: URL) throws {
        let source = workshop.appendingPathComponent("\(folder)/\(entry.name)")
        for (index, file) in entry.files.enumerated() {
            var target = file
            if index == 0, let renamed {
                target = ((file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
                    "\(renamed).\((file as NSString).pathExtension)")
            }
            let url = workshop.appendingPathComponent(target)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: url)
        }
        try FileManager.default.removeItem(at: source)
    }
}
