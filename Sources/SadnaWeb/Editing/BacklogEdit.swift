import Foundation
import SadnaKit

/// Saving the backlog's ratings (`services/backlog.yaml`): each service's reach and complexity,
/// and nothing else of the file.
enum BacklogEdit {
    /// A service's ratings as the table's inputs hold them.
    struct Rating: Equatable {
        var impact: String
        var complexity: String
    }

    static let entryKeys = ["service", "department", "owner", "impact", "complexity", "status", "page"]

    /// `text` with the entries' ratings set to `ratings`, entry by entry in the file's order.
    static func apply(_ ratings: [Rating], to text: String) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        let entries = editor.value["services"]?.items ?? []
        for (index, rating) in ratings.enumerated() where index < entries.count {
            var changes = MappingChanges(order: entryKeys)
            for (key, typed) in [("impact", rating.impact), ("complexity", rating.complexity)]
            where typed != (entries[index][.key(key)]?.formText ?? "") {
                // A number is written as one; anything else as typed, for the check to point at.
                changes.set(key, typed.isEmpty ? nil : Int(typed).map(YAMLValue.int) ?? .string(typed))
            }
            if !changes.isEmpty { try editor.set(["services", .index(index)], to: changes.applied(to: entries[index])) }
        }
        return editor.text
    }

    /// `text` with the entry at `index` pointing at its new page.
    static func link(entry index: Int, to page: String, in text: String) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        guard let entry = editor.value["services"]?.items?[safe: index] else { return text }
        var changes = MappingChanges(order: entryKeys)
        changes.set("page", .string(page))
        try editor.set(["services", .index(index)], to: changes.applied(to: entry))
        return editor.text
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
