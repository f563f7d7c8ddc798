import Foundation
import SadnaKit

/// Who a meeting is for (`invitees:` in its file), as its form holds it: everyone on the team (no
/// `invitees:`), or the people it names — team members ticked, and others (a steering committee's
/// members from outside the cohort) one a line, "name, department". Saving keeps each named
/// person's entry as the file writes it (their role, their email, a comment) and changes the list
/// only where the form did.
struct InviteesDraft: Equatable {
    /// Whether the meeting names its invitees, rather than inviting the whole team.
    var named: Bool
    /// Team members invited, by name.
    var team: [String]
    /// Others, one a line: "name" or "name, department".
    var others: String

    /// More people than a meeting's sign-in sheet should list.
    static let maxPeople = 500

    /// The form's draft of the file's `invitees:`; `members` are the names on participants.yaml.
    static func from(_ file: YAMLValue, members: Set<String>) -> InviteesDraft {
        guard let list = file[[.key("invitees")]] else { return InviteesDraft(named: false, team: [], others: "") }
        var team: [String] = [], others: [String] = []
        for entry in list.items ?? [] {
            let name = entry[.key("name")]?.formText ?? entry.formText
            guard !name.isEmpty else { continue }
            if members.contains(name) {
                team.append(name)
            } else {
                let department = entry[.key("department")]?.formText ?? ""
                others.append(department.isEmpty ? name : "\(name), \(department)")
            }
        }
        return InviteesDraft(named: true, team: team, others: others.joined(separator: "\n"))
    }

    /// The draft a form posted (`who`, `member`…, `others`).
    static func from(_ form: PostedForm) -> InviteesDraft {
        InviteesDraft(
            named: form["who"] == "named",
            team: Array(form.all("member").map { formText($0) }.filter { !$0.isEmpty }.prefix(maxPeople)),
            others: formLines(form["others"] ?? "").prefix(maxPeople).joined(separator: "\n"))
    }

    /// The others as names and departments.
    var outsiders: [(name: String, department: String)] {
        formLines(others).map { line in
            let parts = line.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }.filter { !$0.name.isEmpty }
    }

    /// Everyone it names, once each, in the order the sign-in sheet lists them: the team's
    /// members in the team's order (`order`), then the others as typed.
    func names(order: [String]) -> [String] {
        var seen = Set<String>()
        let chosen = Set(team)
        return (order.filter { chosen.contains($0) } + outsiders.map(\.name)).filter { seen.insert($0).inserted }
    }

    /// `text` (the meeting's file) with its invitees made this draft; `order` is the team's names in order.
    func apply(to text: String, order: [String]) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        let path: YAMLPath = [.key("invitees")]
        guard named else {
            if editor.value[path] != nil { try editor.remove(path) }
            return editor.text
        }
        // Each person's entry as the file has it, when it names them already.
        var written: [String: YAMLValue] = [:]
        for entry in editor.value[path]?.items ?? [] {
            let name = entry[.key("name")]?.formText ?? entry.formText
            if written[name] == nil { written[name] = entry }
        }
        let departments = Dictionary(outsiders.map { ($0.name, $0.department) }, uniquingKeysWith: { first, _ in first })
        let entries: [YAMLValue] = names(order: order).map { name in
            let old = written[name]
            guard let department = departments[name] else { return old ?? .string(name) }
            // An outsider's department as typed; the rest of their entry as written.
            let was = old?[.key("department")]?.formText ?? ""
            if let old, was == department { return old }
            var changes = MappingChanges(order: ["name", "department", "role", "email"])
            changes.set("name", .string(name))
            changes.set("department", department.isEmpty ? nil : .string(department))
            let value = changes.applied(to: old.flatMap { if case .mapping = $0 { $0 } else { nil } })
            if case let .mapping(entries) = value, entries.count == 1 { return .string(name) }
            return value
        }
        let list = YAMLValue.sequence(entries)
        if editor.value[path] == list { return text }
        if editor.value[path] != nil {
            try editor.set(path, to: list)
        } else {
            try editor.insertKey(
                "invitees", value: list,
                after: ["groups", "participants", "goal", "venue", "hours", "date", "title"].first {
                    editor.value[[.key($0)]] != nil
                })
        }
        return editor.text
    }
}
