/// The places a person writes on a worksheet as a scan names them: each block by its place in
/// the template (`block-2`), a box of a row, a table's row or a project's row by its place in
/// the block (`block-3-1`). The names are the same in every language, and a block added at the
/// end renames none.
extension WorksheetTemplate {
    /// The name of the template's block at `index` (from 0), or of the part at `index` of the
    /// block named `parent`.
    public static func fieldName(_ index: Int, in parent: String = "block") -> String { "\(parent)-\(index + 1)" }

    /// The words a person knows the field `name` by, in `language`: a box's or lines' label, a
    /// table's row label or first column and its number, an assessment's question, the mind
    /// map's topic, a project's name (from `projects`); nil when the template has none.
    public func label(ofField name: String, in language: Language, projects: [Project]) -> String? {
        let numbers = name.split(separator: "-").dropFirst().map { Int($0) }
        guard name.hasPrefix("block-"), numbers.count <= 2, numbers.allSatisfy({ $0 != nil }),
            let block = numbers.first.flatMap({ $0 }), blocks.indices.contains(block - 1)
        else { return nil }
        return Self.label(of: blocks[block - 1].value, part: numbers.count == 2 ? numbers[1] : nil, in: language, projects)
    }

    private static func label(of block: Block, part: Int?, in language: Language, _ projects: [Project]) -> String? {
        switch (block, part) {
        case (.box(let label, _, _), nil), (.lines(let label, _), nil): return label(language)
        case (.mindMap(let centre, _), nil): return centre(language)
        case (.row(let children), let part?) where children.indices.contains(part - 1):
            return label(of: children[part - 1].value, part: nil, in: language, projects)
        case (.table(let table), let row?):
            if table.rows.indices.contains(row - 1), let label = table.rows[row - 1].label { return label.value(language) }
            return table.columns.first.map { "\($0.label(language)) \(row)" }
        case (.assessment(let assessment), let row?) where assessment.questions.indices.contains(row - 1):
            return assessment.questions[row - 1].value(language)
        case (.projects, let row?) where projects.indices.contains(row - 1): return projects[row - 1].name.value
        default: return nil
        }
    }

    /// What a worksheet's codes say it is: its id, and the paper when it was printed on another
    /// than its own (`think-feel-do:A4`, `…:A4L` landscape), so that a scan lays the same page
    /// out again. Short, since the code's modules shrink as it holds more.
    public static func scanItem(_ id: String, paper: Paper?) -> String {
        guard let paper else { return id }
        return "\(id):\(paper.format.rawValue)\(paper.orientation == .landscape ? "L" : "")"
    }

    /// The worksheet's id and the paper it was printed on (nil for its own) from ``scanItem(_:paper:)``.
    public static func scanned(_ item: String) -> (id: String, paper: Paper?) {
        let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return (item, nil) }
        let landscape = parts[1].hasSuffix("L")
        let format = Paper.Format(rawValue: String(parts[1].dropLast(landscape ? 1 : 0)))
        return (parts[0], format.map { Paper($0, landscape ? .landscape : .portrait) })
    }
}
