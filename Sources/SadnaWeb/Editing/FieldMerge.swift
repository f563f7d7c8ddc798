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
