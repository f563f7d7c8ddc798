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

extension ParticipantEdit {
    /// What putting a removed person back did.
    enum Restored: Equatable {
        /// Back on the list as they were, at `number` (1 for the first).
        case added(number: Int)
        /// Someone of that name is on the list again: what their entry lacked was filled in from
        /// the bin's; `differing` are the fields (keys) both have with other values, kept as they
        /// are on the list (the bin keeps its entry then).
        case merged(number: Int, differing: [String])
    }

    /// participants.yaml (nil when there is none) with the removed person `entry` back: at the
    /// end of the list, or merged by field into the person of the same name.
    static func restore(_ entry: YAMLValue, into text: String?) throws -> (text: String, restored: Restored) {
        let binned = ParticipantValues.from(entry)
        guard let text, var editor = try? YAMLDocumentEditor(text: text), let people = editor.value.items, !people.isEmpty
        else {
            var editor = try YAMLDocumentEditor(
                text: "# The programme's team, one person an entry (written in the workbench).\n- _\n")
            try editor.set([.index(0)], to: entry)
            return (editor.text, .added(number: 1))
        }
        guard let index = people.firstIndex(where: { ParticipantValues.from($0)["name"] == binned["name"] }) else {
            try editor.insertItem(entry, into: [], at: people.count)
            return (editor.text, .added(number: people.count + 1))
        }
        let now = ParticipantValues.from(people[index])
        var merged = now
        for key in ParticipantValues.keys where now[key].isEmpty { merged.texts[key] = binned[key] }
        let differing = ParticipantValues.keys.filter {
            !now[$0].isEmpty && !binned[$0].isEmpty && now[$0] != binned[$0]
        }
        var changed = try update(merged, at: index, in: editor.text)
        // The attendance kept with the removed entry, when the entry now has none.
        editor = try YAMLDocumentEditor(text: changed)
        if let attended = entry[.key("attended")], let person = editor.value[[.index(index)]], case .mapping = person,
            person[.key("attended")] == nil
        {
            var changes = MappingChanges(order: ParticipantValues.keyOrder)
            changes.set("attended", attended)
            try editor.set([.index(index)], to: changes.applied(to: person))
            changed = editor.text
        }
        return (changed, .merged(number: index + 1, differing: differing))
    }
}
