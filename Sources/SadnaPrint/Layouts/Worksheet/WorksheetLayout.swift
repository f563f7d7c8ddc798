import Foundation
import SadnaKit

/// A worksheet from its template: the title and instructions, then its blocks down the page.
/// Blocks with a height of their own (lines, tables of written rows, boxes given a height) take
/// it; boxes and maps without one share what is left, so that a sheet fills its paper. A sheet
/// whose blocks need more than a page flows onto more, its title repeated with "(continued)" and
/// its pages numbered; what no page can hold is an error at its block's line, never cut.
///
/// A group fills a worksheet by hand, so every page carries the scan marks (``ScanMarks``) and
/// the rectangle of each block written in, named by its place in the template (``ScanFields``).
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

    /// Where each written block was drawn, page by page, as the parts draw them.
    let fields = ScanFields()

    var workshop: Workshop { context.workshop }
    var language: Language { context.language }
    /// The language the sheet reads in, which sets its direction: the page's, or, for a sheet
    /// written in one language only (a programme's Hebrew forms printed with English labels),
    /// that one — its columns and boxes stay in the order its words are read.
    var page: TextLanguage { template.title.language(context.language) ?? context.language }
    var data: TextLanguage { context.data }
    var labels: Labels<SharedLabel> { context.words(context.templates.labels) }
    var text: WorksheetText { WorksheetText(typesetter: context.typesetter, page: language) }
    public var paper: Paper { asked ?? template.paper }
    /// A4 is the design size; A3 sets larger, A5 smaller (by the short side, whichever way the sheet is turned).
    var scale: Double { min(1.5, max(0.75, min(paper.size.width, paper.size.height) / Paper.a4.size.width)) }
    /// The margin at the sides, clear of the corner codes: nothing printed or written meets a
    /// code, and the top and bottom keep the sheet's own margin (``edge``), so that a sheet
    /// keeps the height it was designed with.
    var margin: Double { max(edge, ScanMarks.margin(side: markSide)) }
    /// The margin at the top and the foot.
    var edge: Double { 11 * scale }
    /// A sheet smaller than A4 (think-feel-do's A5) is photographed from nearer, so a 10 mm code
    /// (0.4 mm a module at version 2, 0.34 mm at version 3) gets at least as many pixels in a
    /// phone's photo of the whole sheet as a 12.5 mm code on a whole A3 (about 6 px a module
    /// against 4); it keeps 2.5 mm more of a narrow sheet's width for writing. The tiles of an
    /// A3 poster print theirs at 10 mm for the same reason (``TileMarks``).
    var markSide: Double { min(paper.size.width, paper.size.height) < Paper.a4.size.width ? 10 : ScanMarks.side }
    /// Room at the foot of every page for the footer.
    static let footer = 7.0
    /// A type size designed for A4, scaled to the paper but never under the 8 pt floor: an A5
    /// sheet (scale 0.75) keeps its instructions readable rather than proportionate.
    func type(_ points: Double) -> Double { max(8, points * scale) }
    var width: Double { paper.size.width - 2 * margin }
    /// The least a block that shares the page is given.
    static let leastShare = 20.0

    public func document() -> PrintDocument {
        let typesetter = context.typesetter
        let flow = PageFlow(paper: paper, margin: edge, side: margin, footerHeight: Self.footer)
        let title = titleBlock()
        flow.add(title, at: Point(x: margin, y: flow.y))
        flow.advance(title.height + 2)
        if let instructions = template.instructions {
            let (words, language) = text.say(instructions)
            let block = typesetter.layout(
                words, style: TextStyle(size: type(10), colour: .muted), width: width, language: language)
            flow.add(block, at: Point(x: margin, y: flow.y))
            flow.advance(block.height + 3)
        }
        fields.byPage = [:]
        let parts = template.blocks.enumerated().map { part($1, width: width, name: ScanFields.name($0)) }
        // The blocks share one page, as every sheet always has, when the flexible ones keep at
        // least their least share there; otherwise the sheet flows on, each block at its least.
        let fixed = parts.reduce(0.0) { $0 + ($1.height ?? 0) + gap }
        let flexible = parts.filter { $0.height == nil }.count
        let onePage = flow.remaining - fixed - Double(flexible) * Self.leastShare >= -0.001
        let share = flexible > 0 ? max(Self.leastShare, (flow.remaining - fixed) / Double(flexible)) : 0
        let running = runningTitle()
        let continuation: (PageFlow) -> Void = { flow in
            flow.add(running, at: Point(x: flow.left, y: flow.y))
            flow.advance(running.height + 2.5)
        }
        flow.continuation = continuation
        let room = flow.pageBodyHeight - running.height - 2.5
        for (part, block) in zip(parts, template.blocks) {
            if let flows = part.flows {
                // A table that fits a page starts on a fresh one rather than leave its head behind.
                if let height = part.height, height <= room { flow.ensure(height) }
                flows(flow, running)
                flow.continuation = continuation
                flow.advance(gap)
                continue
            }
            var height = part.height ?? (onePage ? share : part.least)
            if height > room + 0.001 {
                text.reportTooTall(part.what, height: height, room: room, at: block.location, id: part.tooTall)
            }
            flow.ensure(height)
            // On a sheet of several pages, a last block without a height of its own fills its page.
            if !onePage, part.height == nil, block.location == template.blocks.last?.location {
                height = max(height, flow.remaining)
            }
            part.draw(Rect(x: margin, y: flow.y, width: width, height: height), flow)
            // A part drawn on the shared table sets the flow's continuation of its own.
            flow.continuation = continuation
            flow.advance(height + gap)
        }
        flow.continuation = nil
        let words = labels
        let identity = ScanIdentity(
            programme: ScanIdentity.programme(of: workshop), kind: .worksheet, language: language,
            item: WorksheetTemplate.scanItem(template.id, paper: asked == template.paper ? nil : asked), page: 1)
        let pages = flow.finish { sheet, index, count in
            PageFooter(
                about: workshop.title.value, place: PageFooter.pageNumber(index, of: count, labels: words), rule: false,
                context: context
            ).draw(on: &sheet, margin: margin, bottom: edge)
            var page = identity
            page.page = index + 1
            ScanMarks.apply(to: &sheet, identity: page, fields: fields.byPage[index] ?? [], side: markSide)
        }
        return PrintDocument(info: context.info(title: template.title(language), subject: template.title(language)), pages: pages)
    }

    /// The title, at its size on two lines if it can, else smaller down to 12 pt, else on as
    /// many lines as it takes: a title is never cut.
    func titleBlock() -> TextBlock {
        let (words, language) = text.say(template.title)
        let style = TextStyle(size: type(20), weight: .bold)
        return context.typesetter.fitted(
            words, style: style, in: Size(width: width, height: 14 * scale), policy: FitPolicy(floor: 12, maxLines: 2),
            language: language, source: template.location)
            ?? text.whole(
                words, language: language, style: style.sized(12), width: width, source: template.location,
                what: "the worksheet's title")
    }

    /// The title again, small, with "(continued)", at the top of every page after the first.
    func runningTitle() -> TextBlock {
        let (words, language) = text.say(template.title)
        return context.typesetter.layout(
            RichText([
                RichText.Run(words, bold: true), RichText.Run(" " + labels.shared(.continued), colour: .muted),
            ]), style: TextStyle(size: type(11), colour: .accent), width: width, language: language)
    }

    var gap: Double { 4 * scale }
    var lineSpacing: Double { 9 * scale }
    var labelStyle: TextStyle { TextStyle(size: type(10.5), weight: .bold, colour: .accent) }

    /// A block measured for the page: its height (nil to share what is left), and how it draws.
    struct Part {
        var height: Double?
        /// What it is given when the sheet flows onto more pages and it has no height of its own.
        var least: Double = WorksheetLayout.leastShare
        /// How a person names it in a report.
        var what: String
        /// What a report says when it is taller than a page: a `worksheet.too-tall` variant.
        var tooTall = MessageID.worksheetTooTall
        var draw: (Rect, PageFlow) -> Void = { _, _ in }
        /// A table that places itself on the flow, breaking across pages between its rows.
        var flows: ((PageFlow, TextBlock) -> Void)?
    }

    /// Measures `block` for a band `width` wide; what a person writes in it is the scan field
    /// `name` (or, for a row of boxes, a table, the projects, fields named after it).
    func part(_ block: Located<WorksheetTemplate.Block>, width: Double, name: String) -> Part {
        let source = block.location
        switch block.value {
        case .box(let label, let hint, let height):
            return written(name, box(label: label, hint: hint, height: height, width: width, source: source))
        case .row(let children):
            let gap = 5 * scale
            let each = (width - gap * Double(max(0, children.count - 1))) / Double(max(1, children.count))
            let parts = children.enumerated().map { part($1, width: each, name: ScanFields.name($0, in: name)) }
            let heights = parts.map(\.height)
            return Part(
                height: heights.contains { $0 == nil } ? nil : heights.compactMap { $0 }.max(),
                least: parts.map { $0.height ?? $0.least }.max() ?? Self.leastShare, what: "this row of boxes",
                draw: { area, flow in
                    let band = ReadingOrder(minX: area.minX, maxX: area.maxX, direction: page.direction)
                    for (index, child) in parts.enumerated() {
                        let x = band.x(offset: Double(index) * (each + gap), width: each)
                        child.draw(Rect(x: x, y: area.y, width: each, height: area.height), flow)
                    }
                })
        case .lines(let label, let count):
            return written(name, lines(label: label, count: count, width: width, source: source))
        case .table(let table):
            return self.table(table, width: width, source: source, name: name)
        case .assessment(let assessment):
            return self.assessment(assessment, width: width, source: source, name: name)
        case .checklist(let items):
            return written(name, checklist(items, width: width))
        case .mindMap(let centre, let branches):
            return written(
                name,
                Part(
                    height: nil, least: 120 * scale, what: "the mind map",
                    draw: { area, flow in
                        drawMindMap(topic: text.say(centre), branches: branches, in: area, on: flow, source: source)
                    }))
        case .text(let words, let size):
            let block = text.whole(
                words, style: TextStyle(size: type(size), colour: .muted), width: width, source: source, what: "the text")
            return Part(
                height: block.height, what: "the text", tooTall: .worksheetTooTallText,
                draw: { area, flow in flow.add(block, at: Point(x: area.x, y: area.y)) })
        case .legend(let marks):
            return legend(marks, width: width, source: source)
        case .projects(let rows):
            let count = max(rows, workshop.projects.count)
            return Part(
                height: nil, least: Double((count + 1) / 2) * 12 * scale, what: "the projects",
                draw: { area, flow in
                    drawProjects(
                        rows: rows, in: area,
                        band: ReadingOrder(minX: area.minX, maxX: area.maxX, direction: page.direction), on: flow,
                        name: name)
                })
        }
    }

    /// `part`, its area recorded as the scan field `name` where it is drawn.
    func written(_ name: String, _ part: Part) -> Part {
        var part = part
        let draw = part.draw
        part.draw = { [fields] area, flow in
            fields.add(ScanField(name: name, rect: area), page: flow.pageIndex)
            draw(area, flow)
        }
        return part
    }

    /// A labelled box; its label and hint shrink to the floor to fit a height given it, and are
    /// an error beyond that.
    func box(label: Words, hint: Words?, height: Double?, width: Double, source: SourceLocation) -> Part {
        func set(_ factor: Double) -> (TextBlock, TextBlock?) {
            var labelStyle = self.labelStyle
            labelStyle.size = max(WorksheetText.floor, labelStyle.size * factor)
            let title = text.whole(label, style: labelStyle, width: width - 8, source: source, what: "the box's label")
            let note = hint.map {
                text.whole(
                    $0, style: TextStyle(size: max(WorksheetText.floor, type(8.5) * factor), colour: .muted),
                    width: width - 8, source: source, what: "the box's hint")
            }
            return (title, note)
        }
        func needed(_ set: (TextBlock, TextBlock?)) -> Double { 4 + set.0.height + (set.1.map { 1 + $0.height } ?? 0) + 3 }
        var texts = set(1)
        if let height, needed(texts) > height {
            texts = set(WorksheetText.floor / labelStyle.size)
            if needed(texts) > height {
                context.typesetter.report(
                    .error(
                        .worksheetTooTallBoxLabel,
                        [
                            "needed": .number(Int(needed(texts).rounded(.up))), "key": .key("height"),
                            "height": .number(Int(height)),
                        ], at: source))
            }
        }
        let (title, note) = texts
        return Part(
            height: height, least: max(Self.leastShare, needed(texts) + 12 * scale), what: "the box",
            tooTall: .worksheetTooTallBox,
            draw: { area, flow in
                flow.add(.rectangle(area, cornerRadius: 2.5 * scale), .stroked(.rule, width: 0.4))
                flow.add(title, at: Point(x: area.x + 4, y: area.y + 3))
                if let note { flow.add(note, at: Point(x: area.x + 4, y: area.y + 4 + title.height)) }
            })
    }

    /// A label, then lines to write on across the band.
    func lines(label: Words, count: Int, width: Double, source: SourceLocation) -> Part {
        let (words, language) = text.say(label)
        let title = context.typesetter.layout(words + ":", style: labelStyle, width: nil, language: language)
        if title.width > width - 15 {
            context.typesetter.report(
                .error(.worksheetTooWideLabel, ["label": .quoted(words), "box": .code("box")], at: source))
        }
        return Part(
            height: Double(count) * lineSpacing + 1, what: "the writing lines", tooTall: .worksheetTooTallLines,
            draw: { area, flow in
                let band = ReadingOrder(minX: area.minX, maxX: area.maxX, direction: page.direction)
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
            })
    }

    /// Items to tick, each on as many lines as its text takes.
    func checklist(_ items: [Located<Words>], width: Double) -> Part {
        let box = 3.6 * scale
        let blocks = items.map {
            text.whole($0.value, style: TextStyle(size: type(10)), width: width - box - 3, source: $0.location, what: "the item")
        }
        let heights = blocks.map { max(8 * scale, $0.height + 2.5 * scale) }
        return Part(
            height: heights.reduce(0, +), what: "the checklist", tooTall: .worksheetTooTallChecklist,
            draw: { area, flow in
                let band = ReadingOrder(minX: area.minX, maxX: area.maxX, direction: page.direction)
                var y = area.y
                for (block, height) in zip(blocks, heights) {
                    flow.add(
                        .rectangle(Rect(x: band.x(offset: 0, width: box), y: y + 1, width: box, height: box), cornerRadius: 0.5),
                        .stroked(.ink, width: 0.3))
                    flow.add(block, at: Point(x: band.x(offset: box + 3, width: block.width), y: y))
                    y += height
                }
            })
    }

    /// The marks of a legend in a line; a legend wider than the sheet is an error.
    func legend(_ marks: [(mark: Words, colour: UInt32, meaning: Words)], width: Double, source: SourceLocation) -> Part {
        let typesetter = context.typesetter
        let radius = 4 * scale
        let set = marks.map { mark -> (letter: TextBlock, meaning: TextBlock, colour: UInt32) in
            let (letter, letterLanguage) = text.say(mark.mark)
            let (meaning, meaningLanguage) = text.say(mark.meaning)
            return (
                typesetter.layout(
                    letter, style: TextStyle(size: type(11), weight: .bold, colour: .white, alignment: .centre),
                    width: 2 * radius, language: letterLanguage),
                typesetter.layout(
                    meaning, style: TextStyle(size: type(11), weight: .bold), width: nil, language: meaningLanguage),
                mark.colour
            )
        }
        let needed = set.reduce(0.0) { $0 + 2 * radius + 2 + $1.meaning.width + 12 * scale } - 12 * scale
        if needed > width {
            typesetter.report(
                .error(
                    .worksheetTooWideLegend, ["needed": .number(Int(needed.rounded(.up))), "width": .number(Int(width))],
                    at: source))

        }
        return Part(
            height: 12 * scale, what: "the legend",
            draw: { area, flow in
                let band = ReadingOrder(minX: area.minX, maxX: area.maxX, direction: page.direction)
                var offset = 0.0
                for mark in set {
                    let centre = Point(x: band.x(offset: offset + radius, width: 0), y: area.y + area.height / 2)
                    flow.add(
                        .circle(centre: centre, radius: radius),
                        Paint(fill: Colour(hex: mark.colour), stroke: .ink, lineWidth: 0.3))
                    flow.add(mark.letter, at: Point(x: centre.x - radius, y: centre.y - mark.letter.height / 2))
                    flow.add(
                        mark.meaning,
                        at: Point(
                            x: band.x(offset: offset + 2 * radius + 2, width: mark.meaning.width),
                            y: centre.y - mark.meaning.height / 2))
                    offset += 2 * radius + 2 + mark.meaning.width + 12 * scale
                }
            })
    }
}

extension Rect {
    var midX: Double { x + width / 2 }
}
