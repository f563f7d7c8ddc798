import Foundation
import SadnaKit

/// A worksheet from its template: the title and instructions, then its blocks down the page.
/// Blocks with a height of their own (lines, tables, legends) take it; boxes and maps without one
/// share what is left, so that every sheet fills its paper.
public struct WorksheetLayout {
    public let context: LayoutContext
    public let template: WorksheetTemplate
    /// The paper asked for, or nil for the worksheet's own.
    public let asked: Paper?

    public init(context: LayoutContext, template: WorksheetTemplate, paper: Paper? = nil) {
        self.context = context
        self.template = template
        self.asked = paper
    }

    var workshop: Workshop { context.workshop }
    var language: Language { context.language }
    var page: TextLanguage { context.language }
    var data: TextLanguage { context.data }
    public var paper: Paper { asked ?? template.paper }
    /// A4 is the design size; A3 sets larger, A5 smaller (by the short side, whichever way the sheet is turned).
    var scale: Double { min(1.5, max(0.75, min(paper.size.width, paper.size.height) / Paper.a4.size.width)) }
    var margin: Double { 11 * scale }
    /// A type size designed for A4, scaled to the paper but never under the 8 pt floor: an A5
    /// sheet (scale 0.75) keeps its instructions readable rather than proportionate.
    func type(_ points: Double) -> Double { max(8, points * scale) }

    public func document() -> PrintDocument {
        let typesetter = context.typesetter
        let flow = PageFlow(paper: paper, margin: margin, footerHeight: 0)
        let width = paper.size.width - 2 * margin
        let order = ReadingOrder(minX: margin, maxX: paper.size.width - margin, direction: page.direction)
        var y = margin
        let title = typesetter.fit(
            template.title(language), style: TextStyle(size: type(20), weight: .bold),
            in: Size(width: width, height: 14 * scale), policy: FitPolicy(floor: 12, maxLines: 2),
            language: page, source: template.location, what: "the worksheet's title")
        flow.add(title, at: Point(x: margin, y: y))
        y += title.height + 2
        if let instructions = template.instructions {
            let block = typesetter.layout(
                instructions(language), style: TextStyle(size: type(10), colour: .muted),
                width: width, language: page)
            flow.add(block, at: Point(x: margin, y: y))
            y += block.height + 3
        }
        // The blocks stop above the footer.
        let bottom = paper.size.height - margin - 7
        // What the flexible blocks share: the room left after the fixed ones.
        let fixed = template.blocks.reduce(0.0) { $0 + (fixedHeight($1, width: width, typesetter: typesetter) ?? 0) + gap }
        let flexible = template.blocks.filter { fixedHeight($0, width: width, typesetter: typesetter) == nil }.count
        let share = flexible > 0 ? max(20, (bottom - y - fixed) / Double(flexible)) : 0
        for block in template.blocks {
            let height = fixedHeight(block, width: width, typesetter: typesetter) ?? share
            draw(block, in: Rect(x: margin, y: y, width: width, height: height), order: order, on: flow, typesetter: typesetter)
            y += height + gap
        }
        let pages = flow.finish { sheet, _, _ in
            PageFooter(about: workshop.title.value, rule: false, context: context).draw(on: &sheet, margin: margin)
        }
        return PrintDocument(info: context.info(title: template.title(language), subject: template.title(language)), pages: pages)
    }

    var gap: Double { 4 * scale }
    var lineSpacing: Double { 9 * scale }
    var labelStyle: TextStyle { TextStyle(size: type(10.5), weight: .bold, colour: .accent) }

    /// The height a block needs of its own, or nil for one that takes a share of what is left.
    func fixedHeight(_ block: WorksheetTemplate.Block, width: Double, typesetter: Typesetter) -> Double? {
        switch block {
        case let .box(_, _, height): return height
        case let .row(children):
            let heights = children.map { fixedHeight($0, width: width, typesetter: typesetter) }
            return heights.contains { $0 == nil } ? nil : heights.compactMap { $0 }.max()
        case let .lines(_, count): return Double(count) * lineSpacing + 1
        case .table: return nil
        case let .checklist(items): return Double(items.count) * 8 * scale
        case .mindMap: return nil
        case let .text(words, size):
            return typesetter.layout(words(language), style: TextStyle(size: type(size)), width: width, language: page).height
        case .legend: return 12 * scale
        case .projects: return nil
        }
    }

    func draw(_ block: WorksheetTemplate.Block, in area: Rect, order: ReadingOrder, on flow: PageFlow, typesetter: Typesetter) {
        let band = ReadingOrder(minX: area.minX, maxX: area.maxX, direction: order.direction)
        switch block {
        case let .box(label, hint, _):
            flow.add(.rectangle(area, cornerRadius: 2.5 * scale), .stroked(.rule, width: 0.4))
            let title = typesetter.layout(label(language), style: labelStyle, width: area.width - 8, language: page)
            flow.add(title, at: Point(x: area.x + 4, y: area.y + 3))
            if let hint {
                let block = typesetter.layout(
                    hint(language), style: TextStyle(size: type(8.5), colour: .muted), width: area.width - 8,
                    language: page)
                flow.add(block, at: Point(x: area.x + 4, y: area.y + 4 + title.height))
            }
        case let .row(children):
            let gap = 5 * scale
            let width = (area.width - gap * Double(children.count - 1)) / Double(children.count)
            for (index, child) in children.enumerated() {
                let x = band.x(offset: Double(index) * (width + gap), width: width)
                draw(
                    child, in: Rect(x: x, y: area.y, width: width, height: area.height), order: order, on: flow,
                    typesetter: typesetter)
            }
        case let .lines(label, count):
            let title = typesetter.layout(label(language) + ":", style: labelStyle, width: nil, language: page)
            for line in 0..<count {
                let baseline = area.y + Double(line + 1) * lineSpacing - 1
                let start = line == 0 ? title.width + 2 : 0
                if line == 0 {
                    flow.add(title, at: Point(x: band.x(offset: 0, width: title.width), y: baseline - title.height + 1))
                }
                flow.add(
                    .line(
                        from: Point(x: band.x(offset: start, width: 0), y: baseline),
                        to: Point(x: band.x(offset: area.width, width: 0), y: baseline)), .stroked(.rule, width: 0.3))
            }
        case let .table(columns, rows):
            drawTable(columns, rows: rows, in: area, band: band, on: flow, typesetter: typesetter)
        case let .checklist(items):
            for (index, item) in items.enumerated() {
                let y = area.y + Double(index) * 8 * scale
                let box = 3.6 * scale
                flow.add(
                    .rectangle(Rect(x: band.x(offset: 0, width: box), y: y + 1, width: box, height: box), cornerRadius: 0.5),
                    .stroked(.ink, width: 0.3))
                let text = typesetter.layout(
                    item(language), style: TextStyle(size: type(10)), width: area.width - box - 3,
                    language: page)
                flow.add(text, at: Point(x: band.x(offset: box + 3, width: text.width), y: y))
            }
        case let .mindMap(centre, branches):
            drawMindMap(centre: centre(language), branches: branches, in: area, on: flow, typesetter: typesetter)
        case let .text(words, size):
            let text = typesetter.layout(
                words(language), style: TextStyle(size: type(size), colour: .muted), width: area.width,
                language: page)
            flow.add(text, at: Point(x: area.x, y: area.y))
        case let .legend(marks):
            var offset = 0.0
            for mark in marks {
                let radius = 4 * scale
                let centre = Point(x: band.x(offset: offset + radius, width: 0), y: area.y + area.height / 2)
                flow.add(
                    .circle(centre: centre, radius: radius), Paint(fill: Colour(hex: mark.colour), stroke: .ink, lineWidth: 0.3))
                let letter = typesetter.layout(
                    mark.mark(language), style: TextStyle(size: type(11), weight: .bold, colour: .white, alignment: .centre),
                    width: 2 * radius, language: data)
                flow.add(letter, at: Point(x: centre.x - radius, y: centre.y - letter.height / 2))
                let meaning = typesetter.layout(
                    mark.meaning(language), style: TextStyle(size: type(11), weight: .bold), width: nil,
                    language: page)
                flow.add(
                    meaning,
                    at: Point(x: band.x(offset: offset + 2 * radius + 2, width: meaning.width), y: centre.y - meaning.height / 2))
                offset += 2 * radius + 2 + meaning.width + 12 * scale
            }
        case let .projects(rows):
            drawProjects(rows: rows, in: area, band: band, on: flow, typesetter: typesetter)
        }
    }

    /// The shared table, with empty rows to fill by hand filling `area`.
    private func drawTable(
        _ columns: [(label: Words, width: Double)], rows: Int, in area: Rect, band: ReadingOrder,
        on flow: PageFlow, typesetter: Typesetter
    ) {
        let total = columns.map(\.width).reduce(0, +)
        let rowHeight = area.height / Double(rows + 1)
        let placed = FlowTable.Column.side(by: columns.map { area.width * $0.width / total })
        let header = zip(columns, placed).map { column, place in
            typesetter.fit(
                column.label(language), style: TextStyle(size: type(9.5), weight: .bold, colour: .accent),
                in: Size(width: place.width - 4, height: rowHeight - 1), policy: FitPolicy(floor: 8, maxLines: 2),
                language: page, source: template.location, what: "a column's heading")
        }
        let style = FlowTable.Style(
            padding: (2, 0), headerRule: .stroked(.accent, width: 0.5),
            columnRule: .stroked(.rule, width: 0.25), rowRule: .stroked(.rule, width: 0.25),
            frame: .stroked(.rule, width: 0.25), headerHeight: rowHeight)
        flow.move(to: area.y)
        let table = FlowTable(columns: placed, style: style, header: header, flow: flow, order: band, typesetter: typesetter)
        table.begin(firstRowHeight: 0)
        table.placeBlankRows(height: rowHeight, count: rows)
        table.end(after: 0)
    }

    /// A topic in an ellipse in the middle, thick branches curving out to writing lines.
    private func drawMindMap(centre label: String, branches: Int, in area: Rect, on flow: PageFlow, typesetter: Typesetter) {
        let centre = Point(x: area.midX, y: area.midY)
        let rx = min(area.width * 0.14, 60.0), ry = min(area.height * 0.13, 30.0)
        for index in 0..<branches {
            let angle = -Double.pi / 2 + Double(index) * 2 * Double.pi / Double(branches) + Double.pi / Double(branches)
            let start = Point(x: centre.x + rx * cos(angle), y: centre.y + ry * sin(angle))
            let reach = Point(x: centre.x + area.width * 0.3 * cos(angle), y: centre.y + area.height * 0.38 * sin(angle))
            let bend = Point(x: (start.x + reach.x) / 2 + 10 * sin(angle), y: (start.y + reach.y) / 2 - 6 * cos(angle))
            flow.add(.smoothCurve([start, bend, reach]), .stroked(.accent, width: 2.2 * scale))
            // A line to write the branch's word on, running outwards but never off the sheet.
            let towards = cos(angle) >= 0 ? 1.0 : -1.0
            let end = min(area.maxX, max(area.minX, reach.x + towards * min(70, area.width * 0.16)))
            flow.add(.line(from: reach, to: Point(x: end, y: reach.y)), .stroked(.accent, width: 1.2 * scale))
        }
        let ellipse = (0..<72).map { step -> Point in
            let a = Double(step) / 72 * 2 * Double.pi
            return Point(x: centre.x + rx * cos(a), y: centre.y + ry * sin(a))
        }
        flow.add(.polyline(ellipse, closed: true), Paint(fill: .tint, stroke: .accent, lineWidth: 0.8))
        let text = typesetter.layout(
            label, style: TextStyle(size: type(9), colour: .muted, alignment: .centre), width: rx * 1.6,
            language: page)
        flow.add(text, at: Point(x: centre.x - rx * 0.8, y: centre.y - ry * 0.75))
        flow.add(
            .line(
                from: Point(x: centre.x - rx * 0.7, y: centre.y + ry * 0.35),
                to: Point(x: centre.x + rx * 0.7, y: centre.y + ry * 0.35)),
            .stroked(.rule, width: 0.4))
    }

    /// The programme's projects, each on a row with room for the stickers; then empty rows for
    /// projects the meeting adds.
    private func drawProjects(rows: Int, in area: Rect, band: ReadingOrder, on flow: PageFlow, typesetter: Typesetter) {
        let count = max(rows, workshop.projects.count)
        let columns = 2
        let perColumn = (count + columns - 1) / columns
        let gap = 6 * scale
        let width = (area.width - gap) / Double(columns)
        let height = area.height / Double(perColumn)
        for index in 0..<count {
            let column = index / perColumn, row = index % perColumn
            let x = band.x(offset: Double(column) * (width + gap), width: width)
            let cell = Rect(x: x, y: area.y + Double(row) * height + 1, width: width, height: height - 2)
            flow.add(.rectangle(cell, cornerRadius: 2), .stroked(.rule, width: 0.35))
            let cellBand = ReadingOrder(minX: cell.minX, maxX: cell.maxX, direction: band.direction)
            let nameWidth = width * 0.34
            flow.add(
                .rectangle(
                    Rect(x: cellBand.x(offset: 0, width: nameWidth), y: cell.y, width: nameWidth, height: cell.height),
                    cornerRadius: 2), .filled(.shade))
            if index < workshop.projects.count {
                let project = workshop.projects[index]
                let text = RichText(
                    [RichText.Run(project.name.value, bold: true)]
                        + (project.lead.map { [RichText.Run("\n" + $0.value, colour: .muted, scale: 0.85)] } ?? []))
                let block = typesetter.layout(
                    text, style: TextStyle(size: type(11)), width: nameWidth - 4, language: data,
                    source: project.name.location)
                flow.add(
                    block, at: Point(x: cellBand.x(offset: 2, width: block.width), y: cell.y + (cell.height - block.height) / 2))
            }
        }
    }
}

extension Rect {
    var midX: Double { x + width / 2 }
}
