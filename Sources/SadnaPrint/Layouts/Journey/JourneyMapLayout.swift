import Foundation
import SadnaKit

/// A customer-journey map on A3 landscape, the workshop's wall canvas typed up: the service,
/// whether the journey is today's or the future's, who travels it and who mapped it; then the
/// stages from right to left with the lanes under them, the emotion lane drawn as a curve
/// through faces. Rows take the height their notes need; when the sheet is too small, text
/// shrinks (never below 8 pt) and then cells are cut and reported at their stage's line. Up to
/// eight stages go on a sheet; more continue on the next, lane labels repeated.
public struct JourneyMapLayout {
    public let context: LayoutContext
    public let journey: Journey

    public init(context: LayoutContext, journey: Journey) {
        self.context = context
        self.journey = journey
    }

    var workshop: Workshop { context.workshop }
    var template: JourneyTemplate { context.templates.journey }
    var language: Language { context.language }

    public static let stagesPerSheet = 8
    static let paper = Paper.a3Landscape
    static let margin = 10.0
    static let labelWidth = 36.0
    static let footerHeight = 9.0
    static let emotionHeight = 44.0
    static let cellPadding = 2.2
    static let painTint = Colour(hex: 0xFBE4E1)
    static let pain = Colour(hex: 0x9E2A2B)

    enum Style {
        static let title = TextStyle(size: 24, weight: .bold)
        static let meta = TextStyle(size: 9.5, colour: .muted)
        static let laneLabel = TextStyle(size: 10.5, weight: .bold, colour: .accent)
        static let stageTitle = TextStyle(size: 15, weight: .bold)
        static let cellNominal = 13.0
        static let word = TextStyle(size: 8.5, weight: .bold, colour: .accent, alignment: .centre)
        static let footer = TextStyle(size: 8, colour: .muted)
    }

    var labels: Labels<JourneyLabel> { context.words(template.labels) }
    var pageLanguage: TextLanguage { context.language }
    var dataLanguage: TextLanguage { context.data }
    var lanes: [JourneyTemplate.Lane] { template.lanes(journey.lanes.map(\.value)).lanes }
    var current: Journey? { journey.improves.flatMap { workshop.journey(named: $0.value) } }

    public func document() -> PrintDocument {
        let typesetter = context.typesetter
        let sheets = Self.sheets(journey.stages.count, atMost: Self.stagesPerSheet)
        let pages = sheets.enumerated().map { number, stages in
            sheet(stages, number: number, of: sheets.count, typesetter: typesetter)
        }
        return PrintDocument(info: info, pages: pages)
    }

    /// What the map's PDF says about itself.
    public var info: DocumentInfo {
        context.info(title: "\(journey.title.value) — \(labels(.variant(journey.variant.value)))", subject: labels(.blankTitle))
    }

    /// How many sheets the map takes.
    public var sheetCount: Int { Self.sheets(journey.stages.count, atMost: Self.stagesPerSheet).count }

    /// Stages shared out over as few sheets as hold them, evenly: twelve stages go six and six,
    /// not eight and four, so that no sheet looks half empty.
    static func sheets(_ stages: Int, atMost perSheet: Int) -> [Range<Int>] {
        let count = max(1, (stages + perSheet - 1) / perSheet)
        let base = stages / count, extra = stages % count
        var start = 0
        return (0..<count).map { index in
            let size = base + (index < extra ? 1 : 0)
            defer { start += size }
            return start..<(start + size)
        }
    }

    // MARK: One sheet

    func sheet(_ stages: Range<Int>, number: Int, of count: Int, typesetter: Typesetter) -> Page {
        let size = Self.paper.size
        var page = Page(size: size)
        let headerBottom = JourneyHeader(layout: self).draw(on: &page, sheet: number, of: count, typesetter: typesetter)
        let area = Rect(
            x: Self.margin, y: headerBottom + 3, width: size.width - 2 * Self.margin,
            height: size.height - Self.margin - Self.footerHeight - headerBottom - 3)
        var grid = JourneyGrid(
            area: area, labelWidth: Self.labelWidth, stageCount: stages.count,
            direction: pageLanguage.direction)
        let titles = stageTitles(stages, grid: grid, typesetter: typesetter)
        let titleHeight = max(16, (titles.map(\.height).max() ?? 0) + 2 * Self.cellPadding + 1)
        let cells = laneCells(stages, grid: grid, available: area.height - titleHeight, typesetter: typesetter)
        grid.setRows([(.stages, titleHeight)] + zip(lanes, cells.heights).map { (.lane($0.0), $0.1) })

        var laneLabels: [JourneyGrid.Row: TextBlock] = [:]
        for row in grid.rows {
            let text: String
            var width = Self.labelWidth - 5
            switch row.kind {
            case .stages: text = template.stageAxis(language)
            case let .lane(lane):
                text = lane.label(language)
                if lane.isEmotion { width -= JourneyGrid.scaleWidth }
            }
            laneLabels[row] = typesetter.fit(
                text, style: Style.laneLabel, in: Size(width: width, height: row.height - 4),
                policy: FitPolicy(floor: 8), language: pageLanguage, source: nil,
                what: "a lane's label")
        }
        grid.drawFrame(on: &page, labels: laneLabels, painTint: Self.painTint)

        let titleRow = grid.rows[0]
        let handwriting = HandwrittenCrop(context: context)
        /// A cell's crop from a photographed canvas, inside its padding, where nothing is typed.
        func handwritten(_ stage: Int, _ cell: String, in rect: Rect, before: Double = 0) {
            guard let crop = journey.stages[stage].scanned[cell] else { return }
            let inner = rect.insetBy(dx: Self.cellPadding, dy: Self.cellPadding)
            let box = Rect(
                x: inner.minX + (pageLanguage.direction == .rightToLeft ? 0 : before), y: inner.minY,
                width: inner.width - before, height: inner.height)
            handwriting.draw(crop, in: box, tag: labels(.handwritten), on: &page)
        }
        for (column, block) in titles.enumerated() {
            drawStageNumber(
                stages.lowerBound + column + 1, column: column, row: titleRow, grid: grid, on: &page,
                typesetter: typesetter)
            if journey.stages[stages.lowerBound + column].title.value.isEmpty {
                handwritten(
                    stages.lowerBound + column, "title", in: grid.cellRect(stage: column, titleRow), before: Self.numberWidth)
                continue
            }
            page.add(
                block,
                at: Point(
                    x: grid.x(inStage: column, inset: Self.cellPadding + Self.numberWidth, width: block.width),
                    y: titleRow.top + Self.cellPadding))
        }
        for (laneIndex, row) in grid.rows.dropFirst().enumerated() {
            guard case let .lane(lane) = row.kind else { continue }
            if lane.isEmotion {
                grid.drawEmotionGuides(row, on: &page, typesetter: typesetter)
                if number == 0, let current {
                    drawCurrentCurve(current, on: &page, grid: grid, row: row, typesetter: typesetter)
                }
                drawEmotions(stages, lane: lane, on: &page, grid: grid, row: row, typesetter: typesetter)
                for (column, index) in stages.enumerated() where journey.stages[index].emotion == nil {
                    handwrittenEmotion(index, lane: lane, in: grid.cellRect(stage: column, row), on: &page)
                }
                continue
            }
            for (column, block) in cells.blocks[laneIndex].enumerated() {
                let cell = grid.cellRect(stage: column, row)
                guard let block else {
                    handwritten(stages.lowerBound + column, lane.id, in: cell)
                    continue
                }
                if lane.isPain {
                    // Pains stand out in black and white too: a bold bar on the start side and bold text.
                    page.add(
                        .rectangle(
                            Rect(x: cell.x + 0.6, y: cell.y + 0.6, width: cell.width - 1.2, height: cell.height - 1.2),
                            cornerRadius: 1), .filled(Self.painTint))
                    page.add(
                        .rectangle(
                            Rect(
                                x: grid.x(inStage: column, inset: 0.6, width: 1.3), y: cell.y + 1.5, width: 1.3,
                                height: cell.height - 3), cornerRadius: 0), .filled(Self.pain))
                }
                let inset = Self.cellPadding + (lane.isPain ? 1.2 : 0)
                page.add(
                    block, at: Point(x: grid.x(inStage: column, inset: inset, width: block.width), y: cell.y + Self.cellPadding))
            }
        }
        JourneyFooter(layout: self).draw(on: &page, sheet: number, of: count)
        return page
    }

    private func stageTitles(_ stages: Range<Int>, grid: JourneyGrid, typesetter: Typesetter) -> [TextBlock] {
        stages.map { index in
            let stage = journey.stages[index]
            return typesetter.fit(
                stage.title.value, style: Style.stageTitle,
                in: Size(width: grid.columnWidth - 2 * Self.cellPadding - Self.numberWidth, height: 22),
                policy: FitPolicy(floor: 14, maxLines: 3), language: dataLanguage,
                source: stage.title.location, what: "the title of stage \(index + 1)")
        }
    }

    /// Room the stage's number takes before its title.
    static let numberWidth = 9.0

    /// The stage's number in a circle, before its title.
    private func drawStageNumber(
        _ number: Int, column: Int, row: JourneyGrid.Row, grid: JourneyGrid, on page: inout Page,
        typesetter: Typesetter
    ) {
        let radius = 3.4
        let centre = Point(
            x: grid.x(inStage: column, inset: Self.cellPadding, width: 2 * radius) + radius,
            y: row.top + Self.cellPadding + radius + 0.6)
        page.add(.circle(centre: centre, radius: radius), .filled(.accent))
        let label = typesetter.layout(
            "\(number)", style: TextStyle(size: 9, weight: .bold, colour: .white, alignment: .centre),
            width: 2 * radius, language: .english)
        page.add(label, at: Point(x: centre.x - radius, y: centre.y - label.height / 2))
    }

    // MARK: Lanes

    /// Each note lane's cells and the lanes' heights: as the notes need at the largest size from
    /// 13 pt (read from a metre away) down to 8 that fits the sheet; at 8 pt and still too tall,
    /// the room is shared in proportion to need, and cells that overflow are cut and reported.
    private func laneCells(
        _ stages: Range<Int>, grid: JourneyGrid, available: Double,
        typesetter: Typesetter
    ) -> (heights: [Double], blocks: [[TextBlock?]]) {
        let width = grid.columnWidth - 2 * Self.cellPadding - 1
        let minimum = 13.0
        func cells(at points: Double) -> [[TextBlock?]] {
            lanes.map { lane in
                guard !lane.isEmotion else { return [] }
                return stages.map { index in
                    cellText(journey.stages[index], lane).map {
                        typesetter.layout($0, style: cellStyle(lane, size: points), width: width, language: dataLanguage)
                    }
                }
            }
        }
        func heights(_ blocks: [[TextBlock?]]) -> [Double] {
            zip(lanes, blocks).map { lane, row in
                lane.isEmotion
                    ? Self.emotionHeight
                    : max(minimum, (row.compactMap { $0?.height }.max() ?? 0) + 2 * Self.cellPadding + 0.5)
            }
        }
        var tried: [Double: [[TextBlock?]]] = [:]
        func at(_ points: Double) -> [[TextBlock?]] {
            if let found = tried[points] { return found }
            let made = cells(at: points)
            tried[points] = made
            return made
        }
        // Each size tried sets every cell again: the search starts where the grid's height at the
        // nominal size says, since set text grows about with the square of its size.
        let guess = { Style.cellNominal * (available / max(1, heights(at(Style.cellNominal)).reduce(0, +))).squareRoot() }
        if let size = FitPolicy.largestFittingSize(
            from: Style.cellNominal, downTo: 8, guess: guess,
            fits: {
                heights(at($0)).reduce(0, +) <= available
            })
        {
            let blocks = at(size)
            // Room left over goes to the note lanes alike, so the map fills the sheet for the wall.
            var fitted = heights(blocks)
            let noteLanes = lanes.indices.filter { !lanes[$0].isEmotion }
            let spare = (available - fitted.reduce(0, +)) / Double(max(1, noteLanes.count))
            for index in noteLanes { fitted[index] += spare }
            return (fitted, blocks)
        }
        // Too much for one sheet even at 8 pt: share the room by need, and cut what overflows.
        let natural = heights(at(8))
        let fixed = zip(lanes, natural).filter { $0.0.isEmotion }.map(\.1).reduce(0, +)
        let flexible = natural.enumerated().filter { !lanes[$0.offset].isEmotion }.map(\.element).reduce(0, +)
        let room = max(0, available - fixed)
        let shared = natural.enumerated().map { index, height in
            lanes[index].isEmotion ? height : max(minimum, room * height / flexible)
        }
        let blocks = lanes.enumerated().map { laneIndex, lane -> [TextBlock?] in
            guard !lane.isEmotion else { return [] }
            return stages.map { index in
                let stage = journey.stages[index]
                return cellText(stage, lane).map {
                    typesetter.fit(
                        $0, style: cellStyle(lane, size: 8),
                        in: Size(width: width, height: shared[laneIndex] - 2 * Self.cellPadding - 0.5),
                        policy: FitPolicy(floor: 8), language: dataLanguage, source: stage.location,
                        what: "\(lane.label(language)) of stage \(index + 1) (\(stage.title.value))")
                }
            }
        }
        return (shared, blocks)
    }

    private func cellStyle(_ lane: JourneyTemplate.Lane, size: Double) -> TextStyle {
        TextStyle(
            size: size, weight: lane.isPain ? .bold : .regular, colour: lane.isPain ? Self.pain : .ink,
            lineSpacing: 1.04, hangingIndent: 3)
    }

    /// A cell's notes, one per line, each marked with its evidence.
    func cellText(_ stage: JourneyStage, _ lane: JourneyTemplate.Lane) -> String? {
        var lines: [String] = []
        for field in lane.shows {
            for note in stage.notes(field) {
                let prefix = field == .recommendations ? context.dataOnPage.pageWords("\(labels(.recommendation)):") + " " : ""
                lines.append("\(Self.marker(note.evidence?.value))  \(prefix)\(note.text.value)")
            }
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// ● observed, ○ assumed, ◆ proposed; a dash for a note that does not say.
    static func marker(_ evidence: JourneyNote.Evidence?) -> String {
        switch evidence {
        case .observed?: "●"
        case .assumed?: "○"
        case .proposed?: "◆"
        case nil: "–"
        }
    }

    // MARK: Emotions

    /// The typed emotions as faces on a curve. The curve runs on over a stage that says nothing,
    /// but breaks at one whose feeling is still handwritten: its crop stands there instead.
    private func drawEmotions(
        _ stages: Range<Int>, lane: JourneyTemplate.Lane, on page: inout Page, grid: JourneyGrid, row: JourneyGrid.Row,
        typesetter: Typesetter
    ) {
        var points: [(Point, Emotion)] = []
        var runs: [[Point]] = [[]]
        for (column, index) in stages.enumerated() {
            guard let emotion = journey.stages[index].emotion else {
                if journey.stages[index].scanned[lane.id] != nil { runs.append([]) }
                continue
            }
            let point = Point(x: grid.centre(ofStage: column), y: JourneyGrid.y(ofScore: Double(emotion.score.value), in: row))
            points.append((point, emotion))
            runs[runs.count - 1].append(point)
        }
        for run in runs where run.count > 1 {
            page.add(.smoothCurve(run), .stroked(.accent, width: 0.9))
        }
        for (point, emotion) in points {
            for (shape, paint) in JourneyGrid.face(score: emotion.score.value, at: point, radius: 4.2, fill: .white) {
                page.add(shape, paint)
            }
            guard let word = emotion.word else { continue }
            let block = typesetter.fit(
                word.value, style: Style.word, in: Size(width: grid.columnWidth - 6, height: 5),
                policy: FitPolicy(floor: 8, maxLines: 1), language: dataLanguage,
                source: word.location, what: "the emotion's word")
            let below = emotion.score.value >= 0
            let origin = Point(x: point.x - block.usedWidth / 2, y: below ? point.y + 5 : point.y - 5 - block.height)
            // A white ground keeps the word legible where it crosses the guides or the curve.
            page.add(
                .rectangle(
                    Rect(x: origin.x - 1, y: origin.y - 0.3, width: block.usedWidth + 2, height: block.height + 0.6),
                    cornerRadius: 1), .filled(.white))
            page.add(block, at: Point(x: point.x - block.width / 2, y: origin.y))
        }
    }

    /// A stage's feeling as handwritten on the canvas, in its cell of the emotion lane, while
    /// none is typed: on a white ground, so that the lane's guides do not run through it.
    private func handwrittenEmotion(_ stage: Int, lane: JourneyTemplate.Lane, in cell: Rect, on page: inout Page) {
        guard let path = journey.stages[stage].scanned[lane.id] else { return }
        let handwriting = HandwrittenCrop(context: context)
        guard let picture = handwriting.load(path) else { return }
        let inner = cell.insetBy(dx: Self.cellPadding, dy: Self.cellPadding)
        let placed = handwriting.place(picture, in: inner, tag: labels(.handwritten))
        let ground = Rect(x: inner.minX, y: inner.minY, width: inner.width, height: placed.bottom - inner.minY)
        page.add(.rectangle(ground.insetBy(-0.6), cornerRadius: 1), .filled(.white))
        placed.draw(on: &page)
    }

    /// The current journey's curve, faint and dashed, spread over the same width, so that the
    /// future is read against today.
    private func drawCurrentCurve(
        _ current: Journey, on page: inout Page, grid: JourneyGrid, row: JourneyGrid.Row,
        typesetter: Typesetter
    ) {
        let scored = current.stages.compactMap(\.emotion)
        guard scored.count > 1 else { return }
        let first = grid.centre(ofStage: 0), last = grid.centre(ofStage: max(0, grid.stageCount - 1))
        let points = scored.enumerated().map { index, emotion in
            Point(
                x: first + (last - first) * Double(index) / Double(scored.count - 1),
                y: JourneyGrid.y(ofScore: Double(emotion.score.value), in: row))
        }
        page.add(.smoothCurve(points), .stroked(.grey(0.62), width: 0.6, dash: [1.8, 1.4]))
        for point in points {
            page.add(.circle(centre: point, radius: 1.3), Paint(fill: .white, stroke: .grey(0.62), lineWidth: 0.4))
        }
        // Named where it starts, so nobody reads it as this journey's.
        let name = typesetter.layout(
            labels(.currentCurve), style: TextStyle(size: 8, colour: .grey(0.45)), width: nil,
            language: pageLanguage)
        let start = points[0]
        let x = pageLanguage.direction == .rightToLeft ? start.x - 3 - name.width : start.x + 3
        page.add(name, at: Point(x: x, y: start.y + 1.5))
    }
}
