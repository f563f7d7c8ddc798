import Foundation
import SadnaKit

/// The worksheet's drawings: the mind map and the challenge map's projects.
extension WorksheetLayout {
    /// A topic in an ellipse in the middle, thick branches curving out to writing lines.
    func drawMindMap(
        topic: (text: String, language: Language), branches: Int, in area: Rect, on flow: PageFlow, source: SourceLocation
    ) {
        let typesetter = context.typesetter
        let label = topic.text
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
            language: topic.language, source: source)
        // The topic is written above the ellipse's writing line.
        if text.height > ry * 1.1 {
            typesetter.report(
                .error(.worksheetTooTallTopic, ["key": .key("centre")], at: source))
        }
        flow.add(text, at: Point(x: centre.x - rx * 0.8, y: centre.y - ry * 0.75))
        flow.add(
            .line(
                from: Point(x: centre.x - rx * 0.7, y: centre.y + ry * 0.35),
                to: Point(x: centre.x + rx * 0.7, y: centre.y + ry * 0.35)),
            .stroked(.rule, width: 0.4))
    }

    /// The programme's projects, each on a row with room for the stickers; then empty rows for
    /// projects the meeting adds. Each row is a scan field, `name-1` on: its stickers are its own.
    func drawProjects(rows: Int, in area: Rect, band: ReadingOrder, on flow: PageFlow, name: String) {
        let typesetter = context.typesetter
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
            fields.add(ScanField(name: ScanFields.name(index, in: name), rect: cell), page: flow.pageIndex)
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
                if block.height > cell.height {
                    typesetter.report(
                        .error(.worksheetTooTallProject, ["key": .key("rows")], at: project.name.location))

                }
                flow.add(
                    block, at: Point(x: cellBand.x(offset: 2, width: block.width), y: cell.y + (cell.height - block.height) / 2))
            }
        }
    }
}
