import Foundation
import SadnaKit

/// Where the workbench puts what a person removes: `.sadna/bin/` in the workshop's folder, one
/// file per removal, named and headed with the time, so that nothing saved is ever gone for good
/// (a facilitator, or whoever keeps the files, copies it back).
enum Bin {
    static let folder = ".sadna/bin"

    /// Keeps `value`, an entry taken out of the list in `file` (a person out of participants.yaml),
    /// as an entry of the bin like a deleted file's: `entry.yaml` saying what it was, with the
    /// entry itself under `entry:`, so that "שחזור" puts it back into the list. Returns its name.
    @discardableResult
    static func keep(
        _ value: YAMLValue, kind: String, title: String, removedFrom file: String, list: String? = nil, in workshop: URL,
        at time: Date = Date()
    ) throws -> String {
        let stamp = timestamp(time)
        let slug = WorkshopFiles.slug(title).prefix(40)
        let name = freeName(
            stamp.replacingOccurrences(of: ":", with: "-").replacingOccurrences(of: " ", with: "-") + "-"
                + (file as NSString).deletingPathExtension.replacingOccurrences(of: "/", with: "-")
                + (slug.isEmpty ? "" : "-\(slug)"),
            in: workshop)
        var editor = try YAMLDocumentEditor(
            text: "# Removed in the workbench (sadna serve). The bin's page (סל המחזור) restores it.\nkind: _\n")
        try editor.set([.key("kind")], to: .string(kind))
        try editor.insertKey("title", value: .string(title))
        try editor.insertKey("deleted", value: .string(stamp))
        try editor.insertKey("part_of", value: .string(file))
        if let list { try editor.insertKey("list", value: .string(list)) }
        try editor.insertKey("entry", value: value)
        try FileManager.default.createDirectory(
            at: workshop.appendingPathComponent("\(folder)/\(name)"), withIntermediateDirectories: true)
        try WorkshopFiles.write(editor.text, to: "\(folder)/\(name)/entry.yaml", in: workshop)
        return name
    }

    /// `base`, or `base-2`, `base-3`… when an entry of the bin has that name already.
    static func freeName(_ base: String, in workshop: URL) -> String {
        var name = base, number = 2
        while FileManager.default.fileExists(atPath: workshop.appendingPathComponent("\(folder)/\(name)").path) {
            name = "\(base)-\(number)"
            number += 1
        }
        return name
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
        /// For an entry taken out of a list (a participant, an agenda's row): the list's file,
        /// the key it is under (none for a file that is the list), and the entry.
        var partOf: String?
        var list: String?
        var value: YAMLValue?
    }

    /// Moves `files` (paths in the workshop; the first is what was deleted) into a new entry of
    /// the bin; returns the entry's name. Nothing is removed until every file is copied.
    @discardableResult
    static func move(
        _ files: [String], kind: String, title: String, photoOf: String? = nil, in workshop: URL, at time: Date = Date()
    ) throws -> String {
        let stamp = timestamp(time)
        let name = freeName(
            stamp.replacingOccurrences(of: ":", with: "-").replacingOccurrences(of: " ", with: "-") + "-"
                + ((files.first ?? kind) as NSString).deletingPathExtension.replacingOccurrences(of: "/", with: "-"),
            in: workshop)
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
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else { return nil }
        if name.hasSuffix(".yaml") { return earlierEntry(named: name, in: workshop) }
        guard let data = try? FolderSource(workshop).read("\(folder)/\(name)/entry.yaml", limit: Limits.yamlFileBytes),
            let value = try? YAMLDocumentEditor(text: String(decoding: data, as: UTF8.self)).value
        else { return nil }
        let files = value[[.key("files")]]?.formLines ?? []
        if let file = value[[.key("part_of")]]?.formText, let kept = value[[.key("entry")]],
            let kind = value[[.key("kind")]]?.formText, Self.isWorkshopPath(file), file.hasSuffix(".yaml")
        {
            return Entry(
                name: name, kind: kind, title: value[[.key("title")]]?.formText ?? "",
                deleted: value[[.key("deleted")]]?.formText ?? "", files: [], partOf: file,
                list: value[[.key("list")]]?.formText, value: kept)
        }
        guard let kind = value[[.key("kind")]]?.formText, !files.isEmpty,
            files.allSatisfy(Self.isWorkshopPath)
        else { return nil }
        return Entry(
            name: name, kind: kind, title: value[[.key("title")]]?.formText ?? "",
            deleted: value[[.key("deleted")]]?.formText ?? "",
            files: files, photoOf: value[[.key("photo_of")]]?.formText)
    }

    /// A path inside the workshop that an entry may name: never absolute, up, or hidden.
    static func isWorkshopPath(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && !path.hasPrefix(".")
    }

    /// A person removed from the team before the bin kept entries in folders: a file of its own,
    /// `# Removed from participants.yaml … at 2026-12-06 17:20:05 UTC.` above the entry.
    static func earlierEntry(named name: String, in workshop: URL) -> Entry? {
        guard let data = try? FolderSource(workshop).read("\(folder)/\(name)", limit: Limits.yamlFileBytes) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let kept = (try? YAMLDocumentEditor(text: text))?.value[[.index(0)]],
            let header = text.split(separator: "\n").first, header.hasPrefix("# Removed from participants.yaml ")
        else { return nil }
        let stamp = header.range(of: " at ").map { String(header[$0.upperBound...].prefix(19)) } ?? ""
        return Entry(
            name: name, kind: "participant", title: ParticipantValues.from(kept)["name"], deleted: stamp, files: [],
            partOf: ParticipantEdit.file, value: kept)
    }

    /// Takes an entry out of the bin once it is back (its folder, or an earlier entry's file).
    static func forget(_ entry: Entry, in workshop: URL) throws {
        try FileManager.default.removeItem(at: workshop.appendingPathComponent("\(folder)/\(entry.name)"))
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
