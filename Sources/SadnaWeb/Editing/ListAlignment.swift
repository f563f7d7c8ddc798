import Foundation

/// A list inside a form merged by identity, not by position: a journey's stages, a service
/// page's ways and questions. Before `FieldMerge` compares her cells with the file's, the items of
/// the version her form was opened with (and hers, in the same order) are renumbered into the
/// file's order now, each matched to the item it is in the file: so that when a colleague moved
/// or added a stage meanwhile, what she typed into stage 2 lands on that stage, wherever it went,
/// and only a cell both changed is a conflict.
///
/// Items have no id in the files, so an item is known by what its form showed (`identity`, its
/// title in the version her form was opened with): the same title, once in each version; else,
/// for a renamed item, the same other cells; else the same place. An item the colleague removed
/// that she wrote into comes back at the end, with what she wrote: typed work is never lost.
struct ListAlignment {
    /// How a form names a list's cells: `s2-title`, `how-0-channel`, and the count `stage-count`.
    struct Shape {
        /// A cell's name: the item's index and the part (`s\(index)-\(part)`).
        var cell: @Sendable (_ index: Int, _ part: String) -> String
        /// The cell holding how many items there are.
        var count: String
        /// Every part of an item, as its cells name them.
        var parts: [String]
        /// The parts that say which item it is (a stage's title).
        var identity: [String]
    }

    /// What her form was opened with, and what she posted, renumbered into the file's order now.
    var loaded: [String: String]
    var mine: [String: String]
    /// Her item at each index of her form, at its index in the renumbered cells (nil when it is gone).
    var position: [Int?]
    /// How many items the renumbered cells hold at most (the file's, and hers added at the end).
    var count: Int

    /// The most items a list may hold here (bounded work, whatever a form claims).
    static let maxItems = 1000

    init(_ shape: Shape, loaded: [String: String], mine: [String: String], current: [String: String]) {
        func count(_ cells: [String: String]) -> Int {
            min(max(Int(cells[shape.count] ?? "") ?? 0, 0), Self.maxItems)
        }
        func items(_ cells: [String: String]) -> [[String]] {
            (0..<count(cells)).map { index in shape.parts.map { cells[shape.cell(index, $0)] ?? "" } }
        }
        let base = items(loaded), hers = items(mine), now = items(current)
        let matched = Self.match(base, now, identity: shape.parts.indices.filter { shape.identity.contains(shape.parts[$0]) })
        // Everything else of the form as it was; the list's cells written anew below.
        let listed = Set(
            (0..<max(base.count, hers.count, now.count)).flatMap { index in shape.parts.map { shape.cell(index, $0) } })
        var loadedCells = loaded.filter { !listed.contains($0.key) }
        var mineCells = mine.filter { !listed.contains($0.key) }
        func put(_ item: [String], at index: Int, into cells: inout [String: String]) {
            for (part, value) in zip(shape.parts, item) { cells[shape.cell(index, part)] = value }
        }
        let empty = shape.parts.map { _ in "" }
        for (index, item) in now.enumerated() {
            if let source = matched.firstIndex(of: index) {
                put(base[source], at: index, into: &loadedCells)
                put(source < hers.count ? hers[source] : base[source], at: index, into: &mineCells)
            } else {
                // Added by the colleague: hers leaves it as it is.
                put(item, at: index, into: &loadedCells)
                put(item, at: index, into: &mineCells)
            }
        }
        var position: [Int?] = hers.indices.map { $0 < matched.count ? matched[$0] : nil }
        var end = now.count
        for (index, item) in hers.enumerated() where position[index] == nil {
            // Gone from the file: kept only when she wrote into it; added by her: kept.
            guard index >= base.count || item != base[index] else { continue }
            put(empty, at: end, into: &loadedCells)
            put(item, at: end, into: &mineCells)
            position[index] = end
            end += 1
        }
        loadedCells[shape.count] = String(now.count)
        mineCells[shape.count] = String(end)
        self.loaded = loadedCells
        self.mine = mineCells
        self.position = position
        self.count = end
    }

    /// For each item of `base`, the index of the same item in `now` (nil when it is not there).
    static func match(_ base: [[String]], _ now: [[String]], identity: [Int]) -> [Int?] {
        var matched: [Int?] = base.map { _ in nil }
        var taken = Set<Int>()
        func pair(by key: ([String]) -> String) {
            let free = now.indices.filter { !taken.contains($0) }
            let open = base.indices.filter { matched[$0] == nil }
            let nowKeys = free.map { key(now[$0]) }, baseKeys = open.map { key(base[$0]) }
            for (position, index) in open.enumerated() {
                let wanted = baseKeys[position]
                guard !wanted.isEmpty, baseKeys.filter({ $0 == wanted }).count == 1,
                    nowKeys.filter({ $0 == wanted }).count == 1, let found = nowKeys.firstIndex(of: wanted)
                else { continue }
                matched[index] = free[found]
                taken.insert(free[found])
            }
        }
        func joined(_ item: [String], _ parts: [Int]) -> String {
            let values = parts.map { item[$0] }
            return values.allSatisfy(\.isEmpty) ? "" : values.joined(separator: "\u{1F}")
        }
        let others = base.first.map { Array($0.indices) }?.filter { !identity.contains($0) } ?? []
        // Its title; else, renamed, its other cells; else its place.
        pair { joined($0, identity) }
        pair { joined($0, others) }
        for index in base.indices where matched[index] == nil && now.indices.contains(index) && !taken.contains(index) {
            matched[index] = index
            taken.insert(index)
        }
        return matched
    }
}
