import Foundation
import SadnaKit

/// The rows a save takes out of a list of a file (an agenda's row, a print plan's item removed
/// with "הסרה"), each kept in the bin as it was, so that "שחזור" puts it back at the list's end.
enum RemovedRows {
    /// Keeps the entries of the list under `key` in `text` that `kept` (places in that list) does
    /// not keep; `title` says what each was, for the bin's page.
    static func keep(
        from text: String, list key: String, kept: [Int?], kind: String, file: String, in workshop: URL,
        title: (YAMLValue) -> String
    ) throws {
        let items = (try YAMLDocumentEditor(text: text)).value[[.key(key)]]?.items ?? []
        let keeps = Set(kept.compactMap { $0 })
        for (index, item) in items.enumerated() where !keeps.contains(index) {
            try Bin.keep(item, kind: kind, title: title(item), removedFrom: file, list: key, in: workshop)
        }
    }

    /// `text` with `entry` back at the end of its list under `key` (the list made when the file
    /// has none any more).
    static func restore(_ entry: YAMLValue, list key: String, in text: String) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        if let items = editor.value[[.key(key)]]?.items, !items.isEmpty {
            try editor.insertItem(entry, into: [.key(key)], at: items.count)
        } else if editor.value[[.key(key)]] != nil {
            try editor.set([.key(key)], to: .sequence([entry]))
        } else {
            try editor.insertKey(key, value: .sequence([entry]))
        }
        return editor.text
    }
}
