import SadnaKit

/// The geometry of a journey map's grid, shared by the filled map and the blank canvas: a
/// column of lane labels on the start side, then one column per stage in reading order, and
/// rows of given heights from the stage titles down.
struct JourneyGrid {
    /// What a row of the grid holds.
    enum RowKind {
        case stages
        case lane(JourneyTemplate.Lane)
    }

    struct Row {
        var kind: RowKind
        var top: Double
        var height: Double
        var bottom: Double { top + height }
    }

    let area: Rect
    let labelWidth: Double
    let stageCount: Int
    let order: ReadingOrder
    var rows: [Row] = []

    init(area: Rect, labelWidth: Double, stageCount: Int, direction: TextDirection) {
        self.area = area
        self.labelWidth = labelWidth
        self.stageCount = stageCount
        self.order = ReadingOrder(minX: area.minX, maxX: area.maxX, direction: direction)
    }

    var columnWidth: Double { (area.width - labelWidth) / Double(max(1, stageCount)) }

    /// Lays the rows out from the grid's top with the given heights.
    mutating func setRows(_ kinds: [(RowKind, Double)]) {
        var y = area.minY
        rows = kinds.map { kind, height in
            defer { y += height }
            return Row(kind: kind, top: y, height: height)
        }
    }

    func labelRect(_ row: Row) -> Rect {
        Rect(x: order.x(offset: 0, width: labelWidth), y: row.top, width: labelWidth, height: row.height)
    }

    func cellRect(stage index: Int, _ row: Row) -> Rect {
        Rect(
            x: order.x(offset: labelWidth + Double(index) * columnWidth, width: columnWidth), y: row.top,
            width: columnWidth, height: row.height)
    }

    /// The x of a box `width` wide placed `inset` from the start edge of a stage's column.
    func x(inStage index: Int, inset: Double, width: Double) -> Double {
        order.x(offset: labelWidth + Double(index) * columnWidth + inset, width: width)
    }

    /// The x of a stage column's centre.
    func centre(ofStage index: Int) -> Double {
        let cell = order.x(offset: labelWidth + Double(index) * columnWidth, width: columnWidth)
        return cell + columnWidth / 2
    }

    /// Where a score from −2 to +2 sits in the emotion row.
    static func y(ofScore score: Double, in row: Row) -> Double {
        let padding = min(7, row.height * 0.18)
        return row.top + padding + (2 - score) / 4 * (row.height - 2 * padding)
    }

    /// The grid's rules and the lane labels' shading, with each lane's name.
    func drawFrame(on page: inout Page, labels: [Row: TextBlock], painTint: Colour) {
        for row in rows {
            let label = labelRect(row)
            let isPain: Bool
            if case let .lane(lane) = row.kind { isPain = lane.isPain } else { isPain = false }
            page.add(.rectangle(label, cornerRadius: 0), .filled(isPain ? painTint : .tint))
            if let block = labels[row] {
                page.add(block, at: Point(x: order.x(offset: 2.5, width: block.width), y: row.top + 2.5))
            }
            page.add(
                .line(from: Point(x: area.minX, y: row.bottom), to: Point(x: area.maxX, y: row.bottom)),
                .stroked(.rule, width: 0.25))
        }
        guard let first = rows.first, let last = rows.last else { return }
        page.add(
            .line(from: Point(x: area.minX, y: first.top), to: Point(x: area.maxX, y: first.top)),
            .stroked(.accent, width: 0.6))
        for index in 0...stageCount {
            let x = order.x(offset: labelWidth + Double(index) * columnWidth, width: 0)
            page.add(
                .line(from: Point(x: x, y: first.top), to: Point(x: x, y: last.bottom)),
                .stroked(index == 0 ? .accent : .rule, width: index == 0 ? 0.6 : 0.25))
        }
    }

    /// Room the emotion row's scale takes at the end side of its label (its numbers and faces).
    static let scaleWidth = 15.0

    /// The emotion row's guides: a line per score, the zero line stronger, the scale's numbers and
    /// faces at the end side of the label, next to the stages.
    func drawEmotionGuides(_ row: Row, on page: inout Page, typesetter: Typesetter) {
        let boundary = order.x(offset: labelWidth, width: 0)
        let end = order.x(offset: area.width, width: 0)
        for score in Emotion.range {
            let y = JourneyGrid.y(ofScore: Double(score), in: row)
            page.add(
                .line(from: Point(x: boundary, y: y), to: Point(x: end, y: y)),
                score == 0 ? .stroked(.muted, width: 0.35, dash: [2, 1.5]) : .stroked(.grey(0.88), width: 0.2))
            let number = typesetter.layout(
                score > 0 ? "+\(score)" : "\(score)", style: TextStyle(size: 8, colour: .muted),
                width: nil, language: .english)
            page.add(
                number,
                at: Point(
                    x: order.x(offset: labelWidth - 1.5 - number.width, width: number.width),
                    y: y - number.height / 2))
            if abs(score) == 2 || score == 0 {
                let faceX = order.x(offset: labelWidth - JourneyGrid.scaleWidth + 3, width: 0)
                for (shape, paint) in JourneyGrid.face(score: score, at: Point(x: faceX, y: y), radius: 2.6) {
                    page.add(shape, paint)
                }
            }
        }
    }

    /// A face for a score: a circle with eyes, and a mouth that smiles above zero, frowns below
    /// and is straight at zero — readable in black and white.
    static func face(
        score: Int, at centre: Point, radius r: Double, fill: Colour = .white,
        ink: Colour = .accent
    ) -> [(Shape, Paint)] {
        var shapes: [(Shape, Paint)] = [(.circle(centre: centre, radius: r), Paint(fill: fill, stroke: ink, lineWidth: 0.35))]
        for side in [-1.0, 1.0] {
            shapes.append(
                (
                    .circle(centre: Point(x: centre.x + side * r * 0.36, y: centre.y - r * 0.25), radius: r * 0.09),
                    .filled(ink)
                ))
        }
        let mouth = r * 0.45
        let width = max(0.25, r * 0.1)
        if score == 0 {
            shapes.append(
                (
                    .line(
                        from: Point(x: centre.x - mouth, y: centre.y + r * 0.35),
                        to: Point(x: centre.x + mouth, y: centre.y + r * 0.35)), .stroked(ink, width: width)
                ))
        } else if score > 0 {
            shapes.append(
                (
                    .arc(
                        centre: Point(x: centre.x, y: centre.y + r * 0.05), radius: mouth,
                        from: Double.pi * 0.15, to: Double.pi * 0.85), .stroked(ink, width: width)
                ))
        } else {
            shapes.append(
                (
                    .arc(
                        centre: Point(x: centre.x, y: centre.y + r * 0.75), radius: mouth,
                        from: Double.pi * 1.15, to: Double.pi * 1.85), .stroked(ink, width: width)
                ))
        }
        return shapes
    }
}

extension JourneyGrid.Row: Hashable {
    static func == (a: JourneyGrid.Row, b: JourneyGrid.Row) -> Bool { a.top == b.top }
    func hash(into hasher: inout Hasher) { hasher.combine(top) }
}
