import SadnaKit

/// The changes a form makes to one mapping of a file (a persona, a journey's stage, a service
/// page): keys set, added or removed, and only those. The editor is then given the whole
/// changed value, and it rewrites only what differs, so untouched keys keep their text,
/// comments and order.
struct MappingChanges {
    /// The keys in the order a new key is placed by: after the nearest key before it here.
    let order: [String]
    private(set) var changes: [(key: String, value: YAMLValue?)] = []

    init(order: [String]) {
        self.order = order
    }

    /// Sets `key` to `value`, or removes it when `value` is nil.
    mutating func set(_ key: String, _ value: YAMLValue?) {
        changes.removeAll { $0.key == key }
        changes.append((key, value))
    }

    var isEmpty: Bool { changes.isEmpty }

    /// `value` (a mapping, or nothing yet) with the changes made.
    func applied(to value: YAMLValue?) -> YAMLValue {
        var entries: [YAMLValue.Entry]
        if case let .mapping(existing) = value { entries = existing } else { entries = [] }
        for (key, new) in changes {
            let index = entries.firstIndex { $0.key == key }
            switch (index, new) {
            case let (index?, new?): entries[index].value = entries[index].value.replacingText(with: new)
            case let (index?, nil): entries.remove(at: index)
            case let (nil, new?):
                // After the nearest key before it in the order, else at the start when only later
                // keys are present, else at the end.
                let earlier = order.prefix { $0 != key }.reversed().compactMap { earlier in
                    entries.firstIndex { $0.key == earlier }
                }.first
                let later = order.drop { $0 != key }.dropFirst().compactMap { later in entries.firstIndex { $0.key == later } }
                    .min()
                entries.insert(.init(key, new), at: earlier.map { $0 + 1 } ?? later ?? entries.endIndex)
            case (nil, nil): break
            }
        }
        return .mapping(entries)
    }
}

extension YAMLValue {
    /// Where a form's new text for the value at `path` goes: into the main language of a text
    /// kept in several, else the value itself.
    static func textPath(_ path: YAMLPath, in root: YAMLValue, for new: YAMLValue) -> YAMLPath {
        guard case let .mapping(entries)? = root[path], isTranslations(entries), case .string = new else { return path }
        return path + [.key(entries[0].key)]
    }

    /// This value with a form's new text in it: a text kept in several languages changes in
    /// its main language only (the form shows that one), and keeps the others.
    func replacingText(with new: YAMLValue) -> YAMLValue {
        guard case var .mapping(entries) = self, Self.isTranslations(entries), case .string = new else { return new }
        entries[0].value = new
        return .mapping(entries)
    }
}

/// A textarea's text as a list: one item a line, blank lines dropped.
func formLines(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n")
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

/// A text input's value, trimmed.
func formText(_ text: String?) -> String {
    (text ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
}
