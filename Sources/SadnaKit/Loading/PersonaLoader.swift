import Foundation
import Yams

/// Reads `personas/ID.yaml` into a ``Persona``.
enum PersonaLoader {
    static let keys = PersonaField.allCases.map(\.rawValue) + ["example", "tags", "scanned"] + Authorship.keys

    static func load(_ id: String, _ root: Node?, _ reader: NodeReader) -> Persona? {
        guard let root else {
            reader.report(
                .error(.fieldRequiredPersonaEmpty, ["command": .code("sadna new persona \(id)")], at: .startOf(reader.file)))
            return nil
        }
        guard let p = reader.mapping(root, what: "a persona", keys: keys) else { return nil }
        var values: [PersonaField: Located<PersonaValue>] = [:]
        for field in PersonaField.allCases where p.has(field.rawValue) {
            if let value = value(of: field, in: p, reader: reader) { values[field] = value }
        }
        if values[.name] == nil && !p.has("name") {
            _ = p.text("name", required: true, example: "רוחן")
        }
        guard let name = values[.name] else { return nil }
        // "_" or "?" is a placeholder, not a name: a card of it would print 18 times over.
        if case let .text(text) = name.value, !text.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) {
            reader.report(
                .error(.fieldRequiredPersonaName, ["name": .quoted(text), "example": .code("name: רוחן")], at: name.location))
            return nil
        }
        var persona = Persona(id: id, location: p.location, values: values, isExample: p.flag("example")?.value ?? false)
        persona.authorship = p.authorship
        persona.tags = p.texts("tags")
        if let node = p.value("scanned"),
            let crops = reader.mapping(node, what: "the scanned fields", keys: PersonaField.allCases.map(\.rawValue))
        {
            for field in PersonaField.allCases { if let path = crops.text(field.rawValue) { persona.scanned[field] = path } }
        }
        return persona
    }

    private static func value(of field: PersonaField, in p: MappingReader, reader: NodeReader) -> Located<PersonaValue>? {
        let key = field.rawValue
        switch field.kind {
        case .text:
            return p.text(key, required: field == .name).map { $0.map(PersonaValue.text) }
        case .number:
            guard let text = p.text(key), let result = PersonaValues.number(text, field: field, label: .key(key)) else {
                return nil
            }
            switch result {
            case let .success(value): return value
            case let .failure(problem):
                reader.report(problem)
                return nil
            }
        case .list:
            let items: [Located<String>]
            if case .sequence? = p.value(key) {
                items = p.texts(key)
            } else {
                items =
                    p.text(key).map { text in PersonaValue.items(from: text.value).map { Located($0, at: text.location) } } ?? []
            }
            guard let first = items.first else { return nil }
            return Located(.list(items.map(\.value)), at: first.location)
        case .channel:
            guard let text = p.text(key) else { return nil }
            switch PersonaValues.channel(text, label: .key(key)) {
            case let .success(value): return value
            case let .failure(problem):
                reader.report(problem)
                return nil
            }
        }
    }
}

/// Reading a persona's typed values from text, the same way for YAML files and spreadsheet cells.
public enum PersonaValues {
    /// A number field, checked against its range. Nil when the text is empty.
    public static func number(
        _ text: Located<String>, field: PersonaField,
        label: MessageArgument
    ) -> Result<Located<PersonaValue>, Diagnostic>? {
        let trimmed = text.value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        guard let number = Int(trimmed) else {
            return .failure(.error(.personaNumber, ["field": label, "value": .quoted(trimmed)], at: text.location))
        }
        if let range = field.range, !range.contains(number) {
            return .failure(
                .error(
                    field == .age ? .personaRangeAge : .personaRange,
                    [
                        "field": label, "number": .number(number), "low": .number(range.lowerBound),
                        "high": .number(range.upperBound),
                    ],
                    at: text.location))
        }
        return .success(Located(.number(number), at: text.location))
    }

    public static func channel(_ text: Located<String>, label: MessageArgument) -> Result<Located<PersonaValue>, Diagnostic> {
        if let channel = Channel.parse(text.value) {
            return .success(Located(.channel(channel), at: text.location))
        }
        return .failure(.error(.personaChannel, ["field": label, "value": .quoted(text.value)], at: text.location))
    }
}
