import Foundation
import SadnaKit

/// A list of mappings under one key of a file (a meeting's `agenda:` or its `print:` plan) made
/// the rows of a form: rows removed, the kept ones moved into their new order (each carrying its
/// text and comments), new ones inserted in their places, and in each kept row only the keys
/// that changed — so that everything else in the file stays as it was.
enum ListEdit {
    /// A row of the form: its place in the file when the form was opened (nil for a row added
    /// since), and what it changes of the file's row (given nil for a new row).
    struct Row {
        var source: Int?
        var changes: (YAMLValue?) -> MappingChanges
    }

    /// `text` with the list under `key` made `rows`; a list the file does not have yet goes after
    /// the first of `after` that the file has (at the end when none).
    static func apply(_ rows: [Row], to key: String, after: [String], in text: String) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        let list: YAMLPath = [.key(key)]
        let existing = editor.value[list]?.items ?? []
        guard !existing.isEmpty else {
            guard !rows.isEmpty || editor.value[list] != nil else { return text }
            let items = YAMLValue.sequence(rows.map { $0.changes(nil).applied(to: nil) })
            if editor.value[list] != nil {
                try editor.set(list, to: items)
            } else {
                try editor.insertKey(key, value: items, after: after.first { editor.value[[.key($0)]] != nil })
            }
            return editor.text
        }
        // Rows removed, from the last, so that the earlier ones keep their places.
        let kept = rows.compactMap(\.source).filter { existing.indices.contains($0) }
        for index in existing.indices.reversed() where !kept.contains(index) {
            try editor.remove(list + [.index(index)])
        }
        // The kept rows moved into their new order, each carrying its text and comments.
        var order = existing.indices.filter { kept.contains($0) }
        for (target, source) in kept.enumerated() {
            guard let from = order.firstIndex(of: source), from != target else { continue }
            try editor.moveItem(in: list, from: from, to: target)
            order.insert(order.remove(at: from), at: target)
        }
        // New rows in their places, and in every kept row only the values that changed.
        for (index, row) in rows.enumerated() {
            if let source = row.source, existing.indices.contains(source) {
                let changes = row.changes(existing[source])
                if !changes.isEmpty {
                    try editor.set(list + [.index(index)], to: changes.applied(to: editor.value[list + [.index(index)]]))
                }
            } else {
                try editor.insertItem(row.changes(nil).applied(to: nil), into: list, at: index)
            }
        }
        return editor.text
    }
}
