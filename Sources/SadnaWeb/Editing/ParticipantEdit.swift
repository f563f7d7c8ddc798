import Foundation
import SadnaKit

/// A participant as the team's form holds them, and saving them into participants.yaml: a new
/// person added at the end of the list in the list's own style, a person's changed fields only,
/// and everything else (attendance, comments, the others) left as it was.
struct ParticipantValues: Equatable {
    /// The form's inputs, each a key of the person's entry, in the order the loader documents them.
    static let keys = ["name", "department", "role", "email"]
    static let keyOrder = ["name", "department", "role", "email", "attended"]

    var texts: [String: String]

    subscript(key: String) -> String { texts[key] ?? "" }

    static func from(_ form: PostedForm) -> ParticipantValues {
        ParticipantValues(texts: Dictionary(uniqueKeysWithValues: keys.map { ($0, formText(form[$0])) }))
    }

    /// A person's entry: a mapping, or a name alone.
    static func from(_ entry: YAMLValue?) -> ParticipantValues {
        guard let entry else { return ParticipantValues(texts: [:]) }
        if case .mapping = entry {
            return ParticipantValues(texts: Dictionary(uniqueKeysWithValues: keys.map { ($0, entry[.key($0)]?.formText ?? "") }))
        }
        return ParticipantValues(texts: ["name": entry.formText])
    }

    /// What cannot be saved as typed, by field: the workbench's word for it.
    var problems: [String: String] {
        var found: [String: String] = [:]
        if self["name"].isEmpty { found["name"] = "error_name_missing" }
        let email = self["email"]
        if !email.isEmpty, !(email.contains("@") && !email.contains(" ") && email.split(separator: "@").count == 2) {
            found["email"] = "error_email_wrong"
        }
        return found
    }

    /// The entry with these values, changing only the fields that differ.
    func changes(from old: ParticipantValues) -> MappingChanges {
        var changes = MappingChanges(order: Self.keyOrder)
        for key in Self.keys where self[key] != old[key] { changes.set(key, self[key].isEmpty ? nil : .string(self[key])) }
        return changes
    }
}

enum ParticipantEdit {
    static let file = "participants.yaml"

    /// participants.yaml with `values` added as its last person (a new file when there is none).
    static func add(_ values: ParticipantValues, to text: String?) throws -> String {
        let entry = values.changes(from: ParticipantValues(texts: [:])).applied(to: nil)
        guard let text, var editor = try? YAMLDocumentEditor(text: text), let people = editor.value.items, !people.isEmpty else {
            var editor = try YAMLDocumentEditor(
                text: "# The programme's team, one person an entry (written in the workbench).\n- _\n")
            try editor.set([.index(0)], to: entry)
            return editor.text
        }
        try editor.insertItem(entry, into: [], at: people.count)
        return editor.text
    }

    /// participants.yaml with the person at `index` given `values`.
    static func update(_ values: ParticipantValues, at index: Int, in text: String) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        guard let entry = editor.value[[.index(index)]] else { return text }
        let changes = values.changes(from: ParticipantValues.from(entry))
        guard !changes.isEmpty else { return text }
        if case .mapping = entry {
            try editor.set([.index(index)], to: changes.applied(to: entry))
        } else {
            // A name alone becomes a person with details.
            try editor.set([.index(index)], to: changes.applied(to: .mapping([.init("name", entry)])))
        }
        return editor.text
    }
}
