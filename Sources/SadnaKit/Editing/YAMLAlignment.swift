/// One step of turning an old item list into a new one.
enum YAMLAlignStep: Equatable {
    case keep  // old item stays as is
    case change(Int)  // old item becomes new item j (set in place)
    case delete  // old item goes
    case insert(Int)  // new item j is added
}

/// Aligns two item lists with a small edit-distance table. Changing an item costs less the more
/// it resembles its replacement, so when a stage is removed and another edited, the edited one
/// is matched with its own old text (and keeps its comments) instead of with its neighbour's.
func alignItems(_ old: [YAMLValue], _ new: [YAMLValue]) -> [YAMLAlignStep] {
    let n = old.count, m = new.count
    // cost[i][j]: cheapest way to turn old[i...] into new[j...].
    var cost = Array(repeating: Array(repeating: 0.0, count: m + 1), count: n + 1)
    for i in stride(from: n, through: 0, by: -1) {
        for j in stride(from: m, through: 0, by: -1) {
            if i == n {
                cost[i][j] = Double(m - j)
                continue
            }
            if j == m {
                cost[i][j] = Double(n - i)
                continue
            }
            let change = 2 * (1 - similarity(old[i], new[j])) + cost[i + 1][j + 1]
            cost[i][j] = min(change, 1 + cost[i + 1][j], 1 + cost[i][j + 1])
        }
    }
    var steps: [YAMLAlignStep] = []
    var i = 0, j = 0
    while i < n || j < m {
        if i < n && j < m {
            let same = old[i] == new[j]
            let change = 2 * (1 - similarity(old[i], new[j])) + cost[i + 1][j + 1]
            // Prefer changing in place on ties: it keeps the item's surrounding text.
            if change <= cost[i][j] + 1e-9 {
                steps.append(same ? .keep : .change(j))
                i += 1
                j += 1
                continue
            }
        }
        if i < n && (j == m || 1 + cost[i + 1][j] <= cost[i][j] + 1e-9) {
            steps.append(.delete)
            i += 1
        } else {
            steps.append(.insert(j))
            j += 1
        }
    }
    return steps
}

/// 1 for equal values, the share of equal entries/items for collections of the same kind, else 0.
func similarity(_ a: YAMLValue, _ b: YAMLValue) -> Double {
    if a == b { return 1 }
    switch (a, b) {
    case let (.mapping(x), .mapping(y)):
        let equal = x.filter { entry in y.contains(entry) }.count
        return Double(equal) / Double(max(x.count, y.count, 1))
    case let (.sequence(x), .sequence(y)):
        let equal = zip(x, y).filter { $0 == $1 }.count
        return Double(equal) / Double(max(x.count, y.count, 1))
    default:
        return 0
    }
}
