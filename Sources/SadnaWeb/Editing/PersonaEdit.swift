import Foundation
import SadnaKit

/// A persona as its form shows it: each field as the text its input holds (a list one item per
/// line, a channel by its key), so that what a person sees, what they send back and what the file
/// says can be compared field by field.
struct PersonaFormValues: Equatable {
    var texts: [PersonaField: String]

    /// The fields the form edits: all but the photo, which is uploaded.
    static let fields = PersonaField.allCases.filter { $0 != .photo }

    subscript(field: PersonaField) -> String { texts[field] ?? "" }

    /// The values by their fields' keys, as `FieldMerge` compares them.
    var byKey: [String: String] { Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, $0.value) }) }

    init(texts: [PersonaField: String]) {
        self.texts = texts
    }

    init(byKey: [String: String]) {
        texts = Dictionary(
            uniqueKeysWithValues: byKey.compactMap { key, value in PersonaField(rawValue: key).map { ($0, value) } })
    }

    /// The values a form was opened with, carried in it (`FieldMerge.carry`).
    var carried: String { FieldMerge.carry(byKey) }

    init?(carried text: String?) {
        guard let values = FieldMerge.carried(text) else { return nil }
        self.init(byKey: values)
    }

    /// The form's own problems, by field, in the page's words: a persona without a name, a number
    /// that is not one (each field named by its label on the page).
    func problems(template: PersonaTemplate, labels: Labels<TextLabel>, language: Language) -> [PersonaField: String] {
        var problems: [PersonaField: String] = [:]
        if !self[.name].unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) {
            problems[.name] = labels("error_persona_name")
        }
        for spec in template.fields where spec.field.kind == .number && !self[spec.field].isEmpty {
            let label = spec.label(language)
            guard let number = Int(self[spec.field]) else {
                problems[spec.field] = labels("error_whole_number", ["field": label])
                continue
            }
            if let range = spec.field.range, !range.contains(number) {
                problems[spec.field] = labels(
                    "error_number_range", ["field": label, "low": String(range.lowerBound), "high": String(range.upperBound)])
            }
        }
        return problems
    }

    /// What the file holds now.
    static func from(_ value: YAMLValue) -> PersonaFormValues {
        var texts: [PersonaField: String] = [:]
        for field in fields {
            guard let raw = value[[.key(field.rawValue)]] else { continue }
            texts[field] = text(of: raw, for: field)
        }
        return PersonaFormValues(texts: texts)
    }

    /// What a form posted (each value trimmed; a list's empty lines dropped).
    static func from(_ form: PostedForm) -> PersonaFormValues {
        var texts: [PersonaField: String] = [:]
        for field in fields {
            let posted = (form[field.rawValue] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            // A list's input holds one item a line (an item may hold a comma).
            let text =
                field.kind == .list
                ? posted.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    .joined(separator: "\n")
                : posted.trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { texts[field] = text }
        }
        return PersonaFormValues(texts: texts)
    }

    /// A YAML value as its field's input shows it.
    static func text(of value: YAMLValue, for field: PersonaField) -> String {
        switch (field.kind, value) {
        case let (.list, .sequence(items)): return items.map { $0.formText }.joined(separator: "\n")
        case (.list, _): return PersonaValue.items(from: value.formText).joined(separator: "\n")
        case (.channel, _): return Channel.parse(value.formText)?.rawValue ?? value.formText
        default: return value.formText
        }
    }
}

/// Saving a persona's form into its file, changing only the fields the person changed: the
/// file's comments, key order and untouched values stay byte for byte.
enum PersonaEdit {
    /// `text` with the fields that differ from `values` rewritten, added or removed.
    static func apply(
        _ values: PersonaFormValues, to text: String, template: PersonaTemplate, language: Language
    ) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        let current = PersonaFormValues.from(editor.value)
        let order = template.fields.map(\.field.rawValue)
        for field in PersonaFormValues.fields where values[field] != current[field] {
            let key = field.rawValue
            let present = editor.value[[.key(key)]] != nil
            guard let value = yamlValue(values[field], for: field, template: template, language: language) else {
                if present { try editor.remove([.key(key)]) }
                continue
            }
            if present {
                try editor.set(YAMLValue.textPath([.key(key)], in: editor.value, for: value), to: value)
            } else {
                // A new key goes after the nearest field before it in the template's order.
                let earlier = order.prefix { $0 != key }.reversed().first { editor.value[[.key($0)]] != nil }
                try editor.insertKey(key, value: value, after: earlier)
            }
        }
        return editor.text
    }

    /// Sets the photo's path (relative to the persona's file).
    static func setPhoto(_ path: String, in text: String) throws -> String {
        var editor = try YAMLDocumentEditor(text: text)
        if editor.value[[.key("photo")]] != nil {
            try editor.set([.key("photo")], to: .string(path))
        } else {
            try editor.insertKey(
                "photo", value: .string(path), after: editor.value[[.key("summary")]] != nil ? "summary" : "name")
        }
        return editor.text
    }

    /// A new persona's file: a comment saying where it came from, then its fields in the
    /// template's order.
    static func create(_ values: PersonaFormValues, template: PersonaTemplate, language: Language) throws -> String {
        var editor = try YAMLDocumentEditor(text: "# Written in the workbench (sadna serve).\nname: _\n")
        for spec in template.fields where PersonaFormValues.fields.contains(spec.field) {
            guard let value = yamlValue(values[spec.field], for: spec.field, template: template, language: language) else {
                continue
            }
            if spec.field == .name {
                try editor.set([.key("name")], to: value)
            } else {
                try editor.insertKey(spec.field.rawValue, value: value)
            }
        }
        return editor.text
    }

    /// The value to write for a field's input; nil when the input is empty. A number that is not
    /// one is kept as written (the check then says so): a person's words are never thrown away.
    static func yamlValue(_ text: String, for field: PersonaField, template: PersonaTemplate, language: Language) -> YAMLValue? {
        guard !text.isEmpty else { return nil }
        switch field.kind {
        case .text: return .string(text)
        case .number: return Int(text).map(YAMLValue.int) ?? .string(text)
        case .list: return .sequence(text.split(separator: "\n").map { .string(String($0)) })
        case .channel:
            // Written in the workshop's own words ("מקוון"), as a person would type it.
            return .string(Channel(rawValue: text).map { template.channelName($0, language: language) } ?? text)
        }
    }
}
