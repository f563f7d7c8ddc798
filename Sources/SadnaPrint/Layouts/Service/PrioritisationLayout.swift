import Foundation
import SadnaKit

/// Which services to put on the website first (meetings 3 and 6): the backlog as a chart of
/// reach against complexity, the "simple, wide impact: start here" corner marked, each rated
/// service a numbered point with its name in the key; services not rated yet are listed beside
/// it. (Meeting 3's homework table, to rate them, is the worksheet `prioritisation-homework`.)
public struct PrioritisationLayout {
    public let context: LayoutContext

    public init(context: LayoutContext) {
        self.context = context
    }

    var workshop: Workshop { context.workshop }
    var labels: Labels<ServicePageLabel> { context.words(context.templates.servicePage.labels) }
    var pageLanguage: TextLanguage { context.language }
    var dataLanguage: TextLanguage { context.data }
    static let margin = 14.0

    // MARK: The chart

    public func document() -> PrintDocument {
        let typesetter = context.typesetter
        let paper = Paper(.a4, .landscape)
        var page = Page(size: paper.size)
        let margin = Self.margin
        let order = ReadingOrder(minX: margin, maxX: paper.size.width - margin, direction: pageLanguage.direction)
        let title = typesetter.layout(
            labels(.prioritisationHeading), style: TextStyle(size: 20, weight: .bold), width: order.width,
            language: pageLanguage)
        page.add(title, at: Point(x: margin, y: margin))
        let top = margin + title.height + 10
        // Rated services, numbered from the simplest and widest: a number on the chart, the name
        // in the key beside it, so that names never pile up on one another.
        let rated = workshop.backlog.filter { $0.impact != nil && $0.complexity != nil }
            .sorted { ($0.complexity!.value, -$0.impact!.value) < ($1.complexity!.value, -$1.impact!.value) }
        let unrated = workshop.backlog.filter { $0.impact == nil || $0.complexity == nil }
        let listWidth = workshop.backlog.isEmpty ? 0.0 : 80.0
        // The plot: complexity across (simple at the start side), reach up, on a log scale.
        let axisRoom = 16.0
        let plotWidth = order.width - listWidth - (listWidth > 0 ? 8 : 0) - axisRoom
        let plot = Rect(
            x: order.x(offset: axisRoom, width: plotWidth), y: top, width: plotWidth,
            height: paper.size.height - margin - 14 - top)
        // At least up to 10,000 residents (a regional council's size), so that an empty chart,
        // to be filled by hand, has its whole scale.
        let maxImpact = max(Self.smallestScaleTop, rated.compactMap { $0.impact?.value }.max() ?? 0)
        let decades = Int(ceil(log10(Double(maxImpact))))
        func y(_ impact: Int) -> Double {
            plot.maxY - plot.height * log10(Double(max(1, impact))) / Double(max(1, decades))
        }
        let column = plot.width / 3
        func x(_ complexity: Int) -> Double {
            order.direction == .rightToLeft
                ? plot.maxX - (Double(complexity) - 0.5) * column : plot.minX + (Double(complexity) - 0.5) * column
        }
        // The corner to start from: simple and far-reaching.
        let corner = Rect(
            x: order.direction == .rightToLeft ? plot.maxX - column : plot.minX, y: plot.minY, width: column,
            height: plot.height / 2)
        page.add(.rectangle(corner, cornerRadius: 0), .filled(Colour(hex: 0xDCEFE3)))
        let cornerLabel = typesetter.layout(
            labels(.startHere),
            style: TextStyle(
                size: 10, weight: .bold, colour: Colour(hex: 0x1E6B3A),
                alignment: .centre),
            width: column - 6, language: pageLanguage)
        page.add(cornerLabel, at: Point(x: corner.x + 3, y: corner.y + 3))
        // The words the markers keep clear of: "start here" is read, not covered by marker 1.
        let cornerWords = Rect(
            x: corner.x + 3 + (column - 6 - cornerLabel.usedWidth) / 2, y: corner.y + 3, width: cornerLabel.usedWidth,
            height: cornerLabel.height)
        page.add(.rectangle(plot, cornerRadius: 0), .stroked(.ink, width: 0.4))
        for level in 1...2 {
            let lineX = order.direction == .rightToLeft ? plot.maxX - Double(level) * column : plot.minX + Double(level) * column
            page.add(
                .line(from: Point(x: lineX, y: plot.minY), to: Point(x: lineX, y: plot.maxY)),
                .stroked(.rule, width: 0.25, dash: [1.5, 1.5]))
        }
        for (level, name): (Int, ServicePageLabel) in [(1, .simple), (2, .medium), (3, .hard)] {
            let label = typesetter.layout(
                "\(level) \(labels(name))", style: TextStyle(size: 9.5, weight: .bold, alignment: .centre),
                width: column, language: pageLanguage)
            page.add(label, at: Point(x: x(level) - column / 2, y: plot.maxY + 2))
        }
        let axisTitle = typesetter.layout(
            labels(.complexity), style: TextStyle(size: 9, colour: .muted, alignment: .centre),
            width: plot.width, language: pageLanguage)
        page.add(axisTitle, at: Point(x: plot.minX, y: plot.maxY + 7))
        for decade in 0...max(1, decades) {
            let value = Int(pow(10.0, Double(decade)))
            let tickY = y(value)
            // Faint lines at 2 and 5 inside the decade, to place a count by eye.
            for step in [2, 5] where decade < decades {
                let stepY = y(step * value)
                page.add(
                    .line(from: Point(x: plot.minX, y: stepY), to: Point(x: plot.maxX, y: stepY)),
                    .stroked(.grey(0.95), width: 0.15, dash: [0.8, 1.2]))
            }
            page.add(
                .line(from: Point(x: plot.minX, y: tickY), to: Point(x: plot.maxX, y: tickY)), .stroked(.grey(0.9), width: 0.2))
            let label = typesetter.layout(
                value.formatted(.number.grouping(.automatic)), style: TextStyle(size: 8, colour: .muted),
                width: nil, language: .english)
            page.add(
                label, at: Point(x: order.x(offset: axisRoom - 2 - label.width, width: label.width), y: tickY - label.height / 2))
        }
        let impactTitle = typesetter.layout(
            labels(.impact), style: TextStyle(size: 9, colour: .muted), width: axisRoom + 30,
            language: pageLanguage)
        page.add(impactTitle, at: Point(x: order.x(offset: 0, width: impactTitle.width), y: top - impactTitle.height - 3))
        // Markers: services on (nearly) the same spot sit side by side in reading order, the
        // group centred on the spot; one that would still cover another moves to the nearest
        // free place, so every number stays readable.
        let radius = Self.markerRadius
        let step = Self.markerStep
        let spots = rated.map { Point(x: x($0.complexity!.value), y: y($0.impact!.value)) }
        var wanted = spots
        for group in Self.neighbours(spots) {
            for (position, index) in group.enumerated() {
                let offset = (Double(position) - Double(group.count - 1) / 2) * step
                wanted[index].x += order.direction == .rightToLeft ? -offset : offset
            }
        }
        var placed: [Point] = []
        for (index, spot) in wanted.enumerated() {
            let point = Self.freePlace(near: spot, among: placed, within: column / 2 - radius, avoiding: [cornerWords])
            placed.append(point)
            page.add(.circle(centre: point, radius: radius), Paint(fill: .accent, stroke: .white, lineWidth: 0.4))
            let number = typesetter.layout(
                "\(index + 1)", style: TextStyle(size: 8, weight: .bold, colour: .white, alignment: .centre),
                width: 2 * radius, language: .english)
            page.add(number, at: Point(x: point.x - radius, y: point.y - number.height / 2))
        }
        if listWidth > 0 {
            let start = order.x(offset: order.width - listWidth, width: listWidth)
            let list = ReadingOrder(minX: start, maxX: start + listWidth, direction: pageLanguage.direction)
            var items: [(heading: String?, text: String, source: SourceLocation)] = []
            for (index, entry) in rated.enumerated() {
                let facts = [
                    entry.service.value, entry.impact!.value.formatted(.number.grouping(.automatic)), entry.department?.value,
                ]
                items.append(
                    (
                        index == 0 ? labels(.service) : nil, "\(index + 1). " + facts.compactMap { $0 }.joined(separator: " · "),
                        entry.location
                    ))
            }
            for (index, entry) in unrated.enumerated() {
                let text = "• " + [entry.service.value, entry.department?.value].compactMap { $0 }.joined(separator: " · ")
                items.append((index == 0 ? "\(labels(.unrated)) (\(unrated.count))" : nil, text, entry.location))
            }
            func height(at size: Double) -> Double {
                items.reduce(0) { total, item in
                    total + (item.heading == nil ? 0 : 9)
                        + typesetter.layout(
                            item.text, style: TextStyle(size: size), width: listWidth,
                            language: dataLanguage
                        ).height + 0.8
                }
            }
            let size = FitPolicy.largestFittingSize(from: 9, downTo: 8) { height(at: $0) <= plot.maxY + 10 - top } ?? 8
            var itemY = top
            for item in items {
                if let heading = item.heading {
                    let block = typesetter.layout(
                        heading, style: TextStyle(size: 10, weight: .bold, colour: .accent), width: listWidth,
                        language: pageLanguage)
                    itemY += itemY > top ? 3 : 0
                    page.add(block, at: Point(x: list.minX, y: itemY))
                    itemY += block.height + 1.5
                }
                let block = typesetter.layout(
                    item.text, style: TextStyle(size: size, colour: item.text.hasPrefix("•") ? .muted : .ink),
                    width: listWidth, language: dataLanguage, source: item.source)
                guard itemY + block.height <= plot.maxY + 10 else {
                    typesetter.report(
                        .warning(.layoutOverflowChartKey, at: item.source))
                    break
                }
                page.add(block, at: Point(x: list.minX, y: itemY))
                itemY += block.height + 0.8
            }
        }
        return PrintDocument(
            info: context.info(title: labels(.prioritisationHeading), subject: labels(.prioritisationHeading)), pages: [page])
    }

    static let smallestScaleTop = 10_000
    public static let markerRadius = 3.0

    /// The place nearest `spot` on its row, alternating right and left up to `reach` away, where
    /// a marker overlaps none of `placed`; past that, the next row up and down.
    static var markerStep: Double { 2 * markerRadius + 0.6 }

    /// Markers that would touch, grouped: on one x, each within a marker of the one before it.
    static func neighbours(_ spots: [Point]) -> [[Int]] {
        var groups: [[Int]] = []
        for index in spots.indices.sorted(by: { (spots[$0].x, spots[$0].y, $0) < (spots[$1].x, spots[$1].y, $1) }) {
            if let last = groups.last?.last, spots[last].x == spots[index].x, spots[index].y - spots[last].y < markerStep {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
            }
        }
        return groups.map { $0.sorted() }
    }

    static func freePlace(near spot: Point, among placed: [Point], within reach: Double, avoiding words: [Rect] = []) -> Point {
        let step = markerStep
        func isFree(_ point: Point) -> Bool {
            placed.allSatisfy {
                (($0.x - point.x) * ($0.x - point.x) + ($0.y - point.y) * ($0.y - point.y)).squareRoot() >= step - 0.01
            }
                && words.allSatisfy { rect in
                    // The circle's distance from the words' box, with half a millimetre between.
                    let dx = max(rect.minX - point.x, 0, point.x - rect.maxX),
                        dy = max(rect.minY - point.y, 0, point.y - rect.maxY)
                    return (dx * dx + dy * dy).squareRoot() >= markerRadius + 0.5
                }
        }
        let across = max(0, Int(reach / step))
        for row in [0.0, -1, 1, -2, 2, -3, 3] {
            for n in 0...(2 * across) {
                let shift = Double((n + 1) / 2) * step * (n % 2 == 0 ? 1 : -1)
                let point = Point(x: spot.x + shift, y: spot.y + row * step)
                if isFree(point) { return point }
            }
        }
        return spot
    }

}
