import Foundation
import SadnaKit

/// Where a scan's results go in the workshop's own files, and how they are written there: each
/// file changed in one step (whole or not at all), through ``YAMLDocumentEditor`` so that its
/// comments and everything a person typed stay as they were.
public enum ScanFiles {
    /// The id a scan in `folder` gives the file it becomes (`scans/3/persona-form-1` →
    /// `3-persona-form-1`).
    public static func id(for folder: String) -> String {
        folder.split(separator: "/").dropFirst().joined(separator: "-")
    }

    /// The meeting a scan in `folder` was filed under (`scans/3/…` → meeting 3), when the
    /// workshop has it.
    public static func meeting(of saved: ScanStore.Saved, in workshop: Workshop) -> Meeting? {
        let name = saved.identity.meeting ?? saved.folder.split(separator: "/").dropFirst().first.map(String.init) ?? ""
        return workshop.meeting(named: name)
    }

    /// `path`'s text (nil when there is no such file) made into `change`'s; nothing is written
    /// when `change` gives nil or the same text. Returns whether the file was written.
    @discardableResult
    static func change(_ path: String, in workshop: URL, _ change: (String?) throws -> String?) throws -> Bool {
        let url = workshop.appendingPathComponent(path)
        let old = FileManager.default.fileExists(atPath: url.path) ? try String(contentsOf: url, encoding: .utf8) : nil
        guard let new = try change(old), new != old else { return false }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(new.utf8).write(to: url, options: .atomic)
        return true
    }

    /// Writes the file a scan becomes at `path`: `new()` when there is none, or (with
    /// `replace`) the existing text through `merge`, which renews the crops and keeps what was
    /// typed. Returns `path`, or nil when a file that exists was kept.
    static func write(
        _ path: String, in workshop: URL, replace: Bool, new: () -> String, merge: (String) throws -> String
    ) throws -> String? {
        let written = try change(path, in: workshop) { old in
            guard let old else { return new() }
            return replace ? try merge(old) : nil
        }
        return written ? path : nil
    }

    /// Crops as a YAML mapping, field by field: `name: scans/3/persona-form-1/name.png`.
    static func mapping(_ crops: [(field: String, path: String)]) -> YAMLValue {
        .mapping(crops.map { YAMLValue.Entry($0.field, .string($0.path)) })
    }

    /// `text` with `value` at `key` of its top-level mapping (added at its end when missing).
    static func setting(_ key: String, to value: YAMLValue, in text: String) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        try editor.set([.key(key)], to: value)
        return editor.text
    }
}
