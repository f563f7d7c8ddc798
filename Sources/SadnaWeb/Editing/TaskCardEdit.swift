import Foundation
import SadnaKit

/// A task card as its form holds it, and saving it into its file (only what changed), and the
/// deck's order written as each card's `order:`.
enum TaskCardEdit {
    /// The form's inputs, each one key of the file, in the order a new key is placed by.
    static let keys = ["headline", "story", "mission", "department", "owner", "service", "journey"]
    static let keyOrder = ["headline", "story", "mission", "service", "department", "owner", "journey", "order", "example"]

    /// The form's inputs of a card of `deck`: its own fields, then its service and journey; the
    /// field exercise's keys for its deck.
    static func keys(of deck: Deck) -> [String] {
        guard let definition = deck.definition else { return keys }
        return definition.fields.map(\.key) + ["service", "journey"]
    }

    /// The order a new key is placed by in a card file of `deck`.
    static func keyOrder(of deck: Deck) -> [String] {
        guard deck.definition != nil else { return keyOrder }
        return keys(of: deck) + ["order", "example", "author"]
    }

    static func values(of value: YAMLValue, keys: [String] = keys) -> [String: String] {
        Dictionary(uniqueKeysWithValues: keys.map { ($0, value[.key($0)]?.formText ?? "") })
    }

    static func values(of form: PostedForm, keys: [String] = keys) -> [String: String] {
        Dictionary(uniqueKeysWithValues: keys.map { ($0, formText(form[$0])) })
    }

    /// `text` with the keys whose value differs from `values` set, added or removed.
    static func apply(
        _ values: [String: String], to text: String, keys: [String] = keys, keyOrder: [String] = keyOrder
    ) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        let current = self.values(of: editor.value, keys: keys)
        var changes = MappingChanges(order: keyOrder)
        for key in keys where values[key] != current[key] {
            let text = values[key] ?? ""
            changes.set(key, text.isEmpty ? nil : .string(text))
        }
        if !changes.isEmpty { try editor.set([], to: changes.applied(to: editor.value)) }
        return editor.text
    }

    static func create(_ values: [String: String], keys: [String] = keys, keyOrder: [String] = keyOrder) throws -> String {
        var changes = MappingChanges(order: keyOrder)
        for key in keys where !(values[key] ?? "").isEmpty { changes.set(key, .string(values[key]!)) }
        var editor = try YAMLDocumentEditor(text: "# Written in the workbench (sadna serve).\nstory: _\n")
        try editor.set([], to: changes.applied(to: nil))
        return editor.text
    }

    /// The deck in the order the person asked for: each card at the place it was given. A card
    /// given a new place takes it, ahead of the card that was there ("5 goes second": 1, 5, 2, 3…);
    /// otherwise the deck's present order stands.
    static func reordered(_ deck: [String], places: [String: Int]) -> [String] {
        func key(_ offset: Int, _ id: String) -> (Int, Int, Int) {
            let place = places[id] ?? offset + 1
            return (place, place == offset + 1 ? 1 : 0, offset)
        }
        return deck.enumerated().sorted { key($0.offset, $0.element) < key($1.offset, $1.element) }.map(\.element)
    }

    /// A card's file with its `order:` making it the deck's `position`-th card: removed when its
    /// file's number already says so, set otherwise.
    static func place(_ text: String, id: String, at position: Int) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        let byName = id.split(separator: "-").first.flatMap { Int($0) }
        var changes = MappingChanges(order: keyOrder)
        let wanted: YAMLValue? = byName == position ? nil : .int(position)
        guard editor.value["order"] != wanted else { return text }
        changes.set("order", wanted)
        try editor.set([], to: changes.applied(to: editor.value))
        return editor.text
    }
}
