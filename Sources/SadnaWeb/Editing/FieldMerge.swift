import Foundation

/// Two people's edits of one form, field by field: what she changed (her values against the ones
/// her form was opened with) goes onto the file as it is now, so that a colleague's save of other
/// fields meanwhile stays; only a field both changed, to different values, is a conflict.
struct FieldMerge {
    /// The file's values now with her changes made (her choice left to her where they conflict).
    let result: [String: String]
    /// The fields both changed, in the form's order.
    let conflicts: [String]
    /// The fields she changed.
    let changed: [String]

    /// `fields` in the form's order; `loaded` what her form was opened with, `mine` what she
    /// posted, `current` what the file holds now (a missing field is empty).
    init(fields: [String], loaded: [String: String], mine: [String: String], current: [String: String]) {
        var result = current
        var conflicts: [String] = [], changed: [String] = []
        for field in fields {
            let was = loaded[field] ?? "", new = mine[field] ?? "", now = current[field] ?? ""
            guard new != was else { continue }
            changed.append(field)
            if now != was && now != new {
                conflicts.append(field)
            } else {
                result[field] = new
            }
        }
        self.result = result
        self.conflicts = conflicts
        self.changed = changed
    }
}

extension FieldMerge {
    /// The values a form was opened with, carried in it (a hidden `loaded` field) so that its
    /// save can tell what the person changed from what someone else changed meanwhile.
    static func carry(_ values: [String: String]) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: values, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
    }

    /// What `carry` wrote; nil when the form carried nothing (a page from before, a new item).
    static func carried(_ text: String?) -> [String: String]? {
        guard let text, !text.isEmpty, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return nil }
        return object as? [String: String]
    }

    /// The conflict page for the fields both changed: only those are shown, each with a choice
    /// (`labels`, in the form's order, name them); its "save" posts her other changes merged
    /// already, with the file's values now as what the form was opened with.
    func conflict(
        action: String, fileText: String, current: [String: String], mine: [String: String],
        labels: [(key: String, label: String)]
    ) -> EditConflict {
        var posted = PostedForm()
        for (key, _) in labels where !conflicts.contains(key) { posted.fields.append((key, result[key] ?? "")) }
        posted.fields.append(("loaded", Self.carry(current)))
        let rows = labels.filter { conflicts.contains($0.key) }.map {
            EditConflict.Row(label: $0.label, theirs: current[$0.key] ?? "", mine: mine[$0.key] ?? "", choice: $0.key)
        }
        var conflict = EditConflict(
            action: action, version: WorkshopFiles.version(of: Data(fileText.utf8)), rows: rows, showsAll: false, posted: posted)
        conflict.choosing = true
        return conflict
    }
}
