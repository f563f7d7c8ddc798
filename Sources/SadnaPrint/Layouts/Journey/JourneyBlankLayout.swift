import SadnaKit

/// The empty journey canvas for a group (A3 landscape): writing lines for the service, the
/// persona, the group and the date; labelled lanes; up to eight stage columns on one sheet, as the
/// programme's template has its six, stretched over the whole width (six columns of 61 mm, four of
/// 91 mm: room for a sticky note and the hand that writes beside it); more stages go on further
/// sheets with the lanes repeated; and the emotion lane as an empty grid from −2 to +2 with faces.
public struct JourneyBlankLayout {
    public let context: LayoutContext
    public let lanes: [JourneyTemplate.Lane]
    public let stages: Int

    public init(context: LayoutContext, lanes: [JourneyTemplate.Lane], stages: Int) {
        self.context = context
        self.lanes = lanes
        self.stages = stages
    }

    var template: JourneyTemplate { context.templates.journey }

    static let titleRow = 20.0
    /// Clear of the corner marks a scan finds the canvas by.
    static let margin = max(JourneyMapLayout.margin, ScanMarks.margin)

    /// The request's options as a scan needs them to lay the canvas out again: the number of
    /// stages, and the lanes when they are not the template's own.
    var scanItem: String {
        let ids = lanes.map(\.id)
        return ids == template.lanes([]).lanes.map(\.id) ? "\(stages)" : "\(stages):" + ids.joined(separator: ",")
    }

    public func document() -> PrintDocument {
        let typesetter = context.typesetter
        let labels = context.words(template.labels)
        let page = context.language
        let margin = Self.margin
        let sheets = JourneyMapLayout.sheets(stages, atMost: JourneyMapLayout.stagesPerSheet)
        let pages = sheets.enumerated().map { number, columns -> Page in
            let flow = PageFlow(paper: JourneyMapLayout.paper, margin: margin, footerHeight: JourneyMapLayout.footerHeight)
            let order = ReadingOrder(minX: flow.left, maxX: flow.right, direction: page.direction)
            let title = typesetter.layout(
                labels(.blankTitle) + (sheets.count > 1 ? "  \(number + 1)/\(sheets.count)" : ""),
                style: JourneyMapLayout.Style.title, width: flow.width, language: page)
            flow.add(title, at: Point(x: flow.left, y: flow.y))
            flow.advance(title.height + 1)
            let heads = WritingLines.fieldsRow(
                [
                    (labels(.service), 0.34), (labels(.persona), 0.3), (labels(.group), 0.24),
                    (labels(.date), 0.12),
                ],
                flow: flow, order: order, language: page, typesetter: typesetter)
            flow.advance(3)
            var current = flow.pages[0]
            let cells = drawGrid(columns, on: &current, top: flow.y, labels: labels, language: page, typesetter: typesetter)
            let fields = zip(["service", "persona", "group", "date"], heads).map { ScanField(name: $0, rect: $1) } + cells
            ScanMarks.apply(
                to: &current,
                identity: ScanIdentity(
                    programme: ScanIdentity.programme(of: context.workshop), kind: .journeyCanvas,
                    language: context.language, item: scanItem, page: number + 1),
                fields: fields)
            return current
        }
        return PrintDocument(info: context.info(title: labels(.blankTitle), subject: labels(.blankTitle)), pages: pages)
    }

    /// Draws the grid and returns its cells as a scan names them: `stage-3-title` for a stage's
    /// name, `stage-3-LANE` for a lane's cell (stages counted across sheets, from 1).
    private func drawGrid(
        _ columns: Range<Int>, on page: inout Page, top: Double, labels: Labels<JourneyLabel>, language: TextLanguage,
        typesetter: Typesetter
    ) -> [ScanField] {
        let size = page.size
        let margin = Self.margin
        let area = Rect(
            x: margin, y: top, width: size.width - 2 * margin,
            height: size.height - margin - JourneyMapLayout.footerHeight - top)
        var grid = JourneyGrid(
            area: area, labelWidth: JourneyMapLayout.labelWidth, stageCount: columns.count,
            direction: language.direction)
        let noteLanes = lanes.filter { !$0.isEmotion }
        let emotion = lanes.contains { $0.isEmotion } ? JourneyMapLayout.emotionHeight : 0
        let laneHeight = (area.height - Self.titleRow - emotion) / Double(max(1, noteLanes.count))
        grid.setRows([(.stages, Self.titleRow)] + lanes.map { (.lane($0), $0.isEmotion ? emotion : laneHeight) })
        var blocks: [JourneyGrid.Row: TextBlock] = [:]
        for row in grid.rows {
            let text: String
            var labelWidth = JourneyMapLayout.labelWidth - 5
            switch row.kind {
            case .stages: text = template.stageAxis(language)
            case let .lane(lane):
                text = lane.label(language)
                if lane.isEmotion { labelWidth -= JourneyGrid.scaleWidth }
            }
            blocks[row] = typesetter.fit(
                text, style: JourneyMapLayout.Style.laneLabel, in: Size(width: labelWidth, height: row.height - 4),
                policy: FitPolicy(floor: 8), language: language, source: nil, what: "a lane's label")
        }
        grid.drawFrame(on: &page, labels: blocks, painTint: JourneyMapLayout.painTint)
        for (column, stage) in columns.enumerated() {
            let cell = grid.cellRect(stage: column, grid.rows[0])
            let label = typesetter.layout(
                "\(labels(.stage)) \(stage + 1)", style: TextStyle(size: 9, weight: .bold, colour: .muted),
                width: cell.width - 4, language: language)
            page.add(label, at: Point(x: cell.x + 2, y: cell.y + 2))
            page.add(
                .line(from: Point(x: cell.minX + 4, y: cell.maxY - 4), to: Point(x: cell.maxX - 4, y: cell.maxY - 4)),
                .stroked(.rule, width: 0.3))
        }
        for row in grid.rows {
            if case let .lane(lane) = row.kind, lane.isEmotion {
                grid.drawEmotionGuides(row, on: &page, typesetter: typesetter)
            }
        }
        return columns.enumerated().flatMap { column, stage in
            grid.rows.map { row -> ScanField in
                let name: String
                switch row.kind {
                case .stages: name = "title"
                case let .lane(lane): name = lane.id
                }
                return ScanField(name: "stage-\(stage + 1)-\(name)", rect: grid.cellRect(stage: column, row))
            }
        }
    }
}
