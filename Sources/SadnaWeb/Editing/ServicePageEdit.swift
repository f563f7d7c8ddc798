import Foundation
import SadnaKit

/// What a person does to a list of the service-page form besides typing: move or remove a way
/// to get the service or a question for the call centre. (A new one is typed into the empty one
/// the form always ends with: nothing is written to the file before there is something to write.)
enum ListAction: Equatable {
    case save
    case move(list: String, from: Int, to: Int)
    case remove(list: String, index: Int)

    /// The button pressed (`action`): "save", "move:how:2:1", "remove:questions:0".
    static func from(_ form: PostedForm, lists: Set<String>) -> ListAction {
        let parts = (form["action"] ?? "save").split(separator: ":").map(String.init)
        guard parts.count >= 2, lists.contains(parts[1]) else { return .save }
        switch (parts[0], parts.count) {
        case ("move", 4):
            if let from = Int(parts[2]), let to = Int(parts[3]) { return .move(list: parts[1], from: from, to: to) }
        case ("remove", 3):
            if let index = Int(parts[2]) { return .remove(list: parts[1], index: index) }
        default: break
        }
        return .save
    }

    /// The same action on the list renumbered into the file's order now (`ListAlignment.position`):
    /// a way moved or removed is the one she pressed it on, wherever it is now; none when it is gone.
    func renumbered(_ positions: [String: [Int?]]) -> ListAction {
        func at(_ list: String, _ index: Int) -> Int? {
            guard let position = positions[list] else { return index }
            return position.indices.contains(index) ? position[index] : nil
        }
        switch self {
        case .save: return self
        case let .move(list, from, to):
            guard let from = at(list, from), let to = at(list, to) else { return .save }
            return .move(list: list, from: from, to: to)
        case let .remove(list, index):
            return at(list, index).map { .remove(list: list, index: $0) } ?? .save
        }
    }

    /// As the form posts it (the other way of `from`).
    var formValue: String {
        switch self {
        case .save: "save"
        case let .move(list, from, to): "move:\(list):\(from):\(to)"
        case let .remove(list, index): "remove:\(list):\(index)"
        }
    }

    /// Does the action to the sequence under `list` of `editor`'s file. Returns the index the
    /// person was working on, to scroll back to.
    func apply(to editor: inout YAMLDocumentEditor) throws -> (list: String, index: Int)? {
        switch self {
        case .save:
            return nil
        case let .move(list, from, to):
            let count = editor.value[.key(list)]?.items?.count ?? 0
            guard (0..<count).contains(from), (0..<count).contains(to), from != to else { return nil }
            try editor.moveItem(in: [.key(list)], from: from, to: to)
            return (list, to)
        case let .remove(list, index):
            let count = editor.value[.key(list)]?.items?.count ?? 0
            guard (0..<count).contains(index) else { return nil }
            try editor.remove([.key(list), .index(index)])
            return (list, max(0, index - 1))
        }
    }
}

/// Saving a service page's form into its file, changing only what the person changed.
enum ServicePageEdit {
    /// The file's keys in the order the sketch puts them (and new keys are placed by).
    static let keyOrder = [
        "name", "url", "department", "owner", "status", "last_reviewed", "what", "for_whom", "how",
        "documents", "contact", "other_help", "digital_form", "questions",
    ]

    static func apply(
        _ form: ServicePageForm, action: ListAction, to text: String
    ) throws -> (String, (list: String, index: Int)?) {
        var editor = try YAMLDocumentEditor(text: text)
        let current = ServicePageForm.from(editor.value).meaning
        let mine = form.meaning
        var root = MappingChanges(order: keyOrder)
        var nested: [String: MappingChanges] = [
            "contact": MappingChanges(order: ["name", "phone", "email"]),
            "other_help": MappingChanges(order: ["reception_hours", "phones", "department"]),
        ]
        func set(_ path: YAMLPath, _ value: YAMLValue?) {
            guard case let .key(first) = path[0] else { return }
            if path.count == 1 {
                root.set(first, value)
            } else if case let .key(second) = path[1] {
                nested[first]?.set(second, value)
            }
        }
        for (input, path) in ServicePageForm.single where mine.fields[input] != current.fields[input] {
            let text = mine.fields[input] ?? ""
            set(path, text.isEmpty ? nil : .string(text))
        }
        for (input, path) in ServicePageForm.lists where mine.lists[input] != current.lists[input] {
            let items = mine.lists[input] ?? []
            set(path, items.isEmpty ? nil : .sequence(items.map(YAMLValue.string)))
        }
        for (key, changes) in nested where !changes.isEmpty {
            let value = changes.applied(to: editor.value[.key(key)])
            root.set(key, value.entries?.isEmpty == true ? nil : value)
        }
        if mine.ways != current.ways {
            let items = editor.value["how"]?.items ?? []
            let ways = mine.ways.enumerated().map { index, way -> YAMLValue in
                var changes = MappingChanges(order: ["channel", "steps", "address"])
                let before = index < current.ways.count ? current.ways[index] : nil
                if way.channel != before?.channel { changes.set("channel", way.channel.isEmpty ? nil : .string(way.channel)) }
                if way.steps != before?.steps {
                    changes.set("steps", way.steps.isEmpty ? nil : .sequence(way.steps.map(YAMLValue.string)))
                }
                if way.address != before?.address { changes.set("address", way.address.isEmpty ? nil : .string(way.address)) }
                return changes.applied(to: index < items.count ? items[index] : nil)
            }
            root.set("how", ways.isEmpty ? nil : .sequence(ways))
        }
        if mine.questions != current.questions {
            let items = editor.value["questions"]?.items ?? []
            let questions = mine.questions.enumerated().map { index, question -> YAMLValue in
                var changes = MappingChanges(order: ["q", "a"])
                let before = index < current.questions.count ? current.questions[index] : nil
                if question.question != before?.question { changes.set("q", .string(question.question)) }
                if question.answer != before?.answer {
                    changes.set("a", question.answer.isEmpty ? nil : .string(question.answer))
                }
                return changes.applied(to: index < items.count ? items[index] : nil)
            }
            root.set("questions", questions.isEmpty ? nil : .sequence(questions))
        }
        if !root.isEmpty { try editor.set([], to: root.applied(to: editor.value)) }
        let focus = try action.apply(to: &editor)
        return (editor.text, focus)
    }

    /// A new page's file: its name, department and owner, as a draft.
    static func create(name: String, department: String, owner: String) throws -> String {
        var entries: [YAMLValue.Entry] = [.init("name", .string(name))]
        if !department.isEmpty { entries.append(.init("department", .string(department))) }
        if !owner.isEmpty { entries.append(.init("owner", .string(owner))) }
        entries.append(.init("status", .string(ServicePage.Status.draft.rawValue)))
        var editor = try YAMLDocumentEditor(
            text: "# Written in the workbench (sadna serve), on the programme's sketch (meeting 6).\nname: _\n")
        try editor.set([], to: .mapping(entries))
        return editor.text
    }
}
