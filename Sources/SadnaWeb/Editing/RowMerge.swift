import Foundation

/// Two people's edits of one list of rows (a meeting's agenda, its print plan), row by row and
/// field by field, as `FieldMerge` merges one form: her rows are matched to the file's rows as
/// they are now through the rows her form was opened with, and in each only the fields she
/// changed go onto the file; a colleague's change to another row or another field stays. A field
/// both changed to different values is a conflict; so is a row one of them removed and the other
/// changed.
struct RowMerge {
    /// A row as the form posts it: its place in the file when the form was opened (nil for a new
    /// row), and its values by field.
    struct Row: Equatable {
        var source: Int?
        var values: [String: String]
    }

    /// What cannot be merged without her: a field both changed, or a row one removed that the
    /// other changed.
    enum Conflict: Equatable {
        /// Row `row` of the result (her order): both changed `field`.
        case field(row: Int, field: String, theirs: String, mine: String)
        /// Row `row` of the result: she changed it, someone removed it meanwhile.
        case removedByThem(row: Int)
        /// Row `row` of the result: she removed it, someone changed it meanwhile (it is kept
        /// in the result with their values until she chooses).
        case removedByMe(row: Int)
    }

    /// The rows to save, in her order with rows others added meanwhile in their places; each
    /// `source` is the row's place in the file now (nil for a row new to the file).
    let result: [Row]
    let conflicts: [Conflict]

    /// `fields` the rows' fields in the form's order; `loaded` the file's rows when her form was
    /// opened, `mine` what she posted, `current` the file's rows now.
    init(fields: [String], loaded: [[String: String]], mine: [Row], current: [[String: String]]) {
        let matched = Self.match(loaded, current)
        let currentOf = Dictionary(uniqueKeysWithValues: matched.map { ($0.0, $0.1) })
        let kept = Set(mine.compactMap(\.source))
        var result: [Row] = [], conflicts: [Conflict] = []
        for row in mine {
            guard let source = row.source, loaded.indices.contains(source) else {
                result.append(Row(source: nil, values: row.values))
                continue
            }
            let was = loaded[source]
            guard let now = currentOf[source] else {
                // Removed meanwhile: gone, unless she changed it.
                if fields.contains(where: { (row.values[$0] ?? "") != (was[$0] ?? "") }) {
                    conflicts.append(.removedByThem(row: result.count))
                    result.append(Row(source: nil, values: row.values))
                }
                continue
            }
            let merge = FieldMerge(fields: fields, loaded: was, mine: row.values, current: current[now])
            for field in merge.conflicts {
                conflicts.append(
                    .field(row: result.count, field: field, theirs: current[now][field] ?? "", mine: row.values[field] ?? ""))
            }
            var values = merge.result
            for field in merge.conflicts { values[field] = row.values[field] ?? "" }
            result.append(Row(source: now, values: values))
        }
        // Rows she removed: gone, unless someone changed them meanwhile.
        for (source, now) in matched.sorted(by: { $0.1 < $1.1 }) where !kept.contains(source) && current[now] != loaded[source] {
            let at = Self.place(of: now, in: result)
            result.insert(Row(source: now, values: current[now]), at: at)
            conflicts = conflicts.map { $0.shifted(from: at) }
            conflicts.append(.removedByMe(row: at))
        }
        // Rows others added meanwhile, after the row they follow in the file.
        let known = Set(matched.map(\.1))
        for now in current.indices where !known.contains(now) {
            let at = Self.place(of: now, in: result)
            result.insert(Row(source: now, values: current[now]), at: at)
            conflicts = conflicts.map { $0.shifted(from: at) }
        }
        self.result = result
        self.conflicts = conflicts
    }

    /// Where a row at `now` in the file goes among `rows`: after the last row that comes before
    /// it in the file.
    private static func place(of now: Int, in rows: [Row]) -> Int {
        (rows.lastIndex { row in row.source.map { $0 < now } ?? false }).map { $0 + 1 } ?? 0
    }

    /// The rows her form was opened with, matched to the file's rows now (`loaded` index, `current`
    /// index): rows the same in both first, in order; then, between two such, rows in the same
    /// places when as many are left on each side, else rows that still share a value.
    static func match(_ loaded: [[String: String]], _ current: [[String: String]]) -> [(Int, Int)] {
        let n = loaded.count, m = current.count
        var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = loaded[i] == current[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var same: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n && j < m {
            if loaded[i] == current[j] {
                same.append((i, j))
                i += 1
                j += 1
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        var pairs: [(Int, Int)] = []
        var previous = (-1, -1)
        for anchor in same + [(n, m)] {
            let gapLoaded = Array(previous.0 + 1..<anchor.0), gapCurrent = Array(previous.1 + 1..<anchor.1)
            if gapLoaded.count == gapCurrent.count {
                pairs += zip(gapLoaded, gapCurrent).map { ($0, $1) }
            } else {
                var used = Set<Int>()
                for row in gapLoaded {
                    let shared = gapCurrent.filter { !used.contains($0) }.map { candidate in
                        (candidate, loaded[row].filter { !$0.value.isEmpty && current[candidate][$0.key] == $0.value }.count)
                    }
                    if let best = shared.filter({ $0.1 > 0 }).max(by: { $0.1 < $1.1 }) {
                        used.insert(best.0)
                        pairs.append((row, best.0))
                    }
                }
            }
            if anchor.0 < n { pairs.append(anchor) }
            previous = anchor
        }
        return pairs
    }
}

extension RowMerge.Conflict {
    /// The same conflict after a row was inserted at `index` of the result.
    func shifted(from index: Int) -> Self {
        switch self {
        case let .field(row, field, theirs, mine):
            .field(row: row >= index ? row + 1 : row, field: field, theirs: theirs, mine: mine)
        case let .removedByThem(row): .removedByThem(row: row >= index ? row + 1 : row)
        case let .removedByMe(row): .removedByMe(row: row >= index ? row + 1 : row)
        }
    }

    var row: Int {
        switch self {
        case let .field(row, _, _, _), let .removedByThem(row), let .removedByMe(row): row
        }
    }
}

extension RowMerge {
    /// The rows a form was opened with, carried in it (a hidden `loaded` field).
    static func carry(_ rows: [[String: String]]) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
    }

    /// What `carry` wrote; nil when the form carried nothing (a page from before).
    static func carried(_ text: String?) -> [[String: String]]? {
        guard let text, !text.isEmpty, let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return nil }
        return object as? [[String: String]]
    }

    /// The conflict page for what both changed: the form posted again with the merged rows (each
    /// row's `source` its place in the file now, and the file's rows now as what the form was
    /// opened with), and a choice for each conflicting field or removed row. `prefix` names a
    /// row's inputs (`r` for `r0-content`), `count` the rows' count input, `label` a row's name
    /// on the page and `fieldLabel` a field's, `line` a row's words.
    func conflict(
        action: String, version: String, current: [[String: String]], prefix: String, count: String,
        rowLabel: (Int) -> String, fieldLabel: (String) -> String, line: ([String: String]) -> String,
        words: (removed: String, keepRemoved: String)
    ) -> EditConflict {
        var posted = PostedForm()
        let choices = Dictionary(grouping: conflicts, by: \.row)
        posted.fields.append((count, String(result.count)))
        for (index, row) in result.enumerated() {
            posted.fields.append(("\(prefix)\(index)-source", row.source.map(String.init) ?? ""))
            let chosen = Set((choices[index] ?? []).compactMap { if case let .field(_, field, _, _) = $0 { field } else { nil } })
            // An empty value is not sent, as a box not ticked is not.
            for (field, value) in row.values.sorted(by: { $0.key < $1.key }) where !chosen.contains(field) && !value.isEmpty {
                posted.fields.append(("\(prefix)\(index)-\(field)", value))
            }
        }
        posted.fields.append(("loaded", Self.carry(current)))
        let rows = conflicts.map { conflict -> EditConflict.Row in
            let index = conflict.row, name = "\(prefix)\(index)"
            switch conflict {
            case let .field(_, field, theirs, mine):
                return EditConflict.Row(
                    label: "\(rowLabel(index)) · \(fieldLabel(field))", theirs: theirs, mine: mine, choice: "\(name)-\(field)")
            case .removedByThem:
                var row = EditConflict.Row(
                    label: rowLabel(index), theirs: "1", mine: "", choice: "\(name)-drop")
                row.theirsShown = words.removed
                row.mineShown = line(result[index].values)
                return row
            case .removedByMe:
                var row = EditConflict.Row(label: rowLabel(index), theirs: "", mine: "1", choice: "\(name)-drop")
                row.theirsShown = line(result[index].values)
                row.mineShown = words.keepRemoved
                return row
            }
        }
        var conflict = EditConflict(action: action, version: version, rows: rows, showsAll: false, posted: posted)
        conflict.choosing = true
        return conflict
    }
}
