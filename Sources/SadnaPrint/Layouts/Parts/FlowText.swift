import SadnaKit

/// Headings, paragraphs and lists flowing down a column of pages: what run-sheets and service
/// pages are made of. The column is a band of the page in reading order, so a page may keep a
/// margin beside it (a review's notes).
struct FlowText {
    enum Marker {
        case numbers, bullets
    }

    /// Whose words a paragraph holds: that sets its direction. Every paragraph starts at the
    /// page's start edge, so an English page's Hebrew text stands beside its bullets and headings
    /// on the left instead of across the page from them.
    enum Words {
        /// The page's own (a channel's name): set in the page's language.
        case page
        /// The workshop's (a service's description): set in the data's language.
        case data
        /// Labels with data in them, composed by ``DataOnPage`` (the data isolated).
        case mixed
    }

    let flow: PageFlow
    let column: ReadingOrder
    let typesetter: Typesetter
    let pageLanguage: TextLanguage
    let dataLanguage: TextLanguage
    var headingStyle = TextStyle(size: 12.5, weight: .bold, colour: .accent)
    var itemStyle = TextStyle(size: 10)
    static let indent = 6.0

    /// A heading, kept on the same page as the `following` millimetres after it. Returns the y
    /// it was placed at, for notes that refer to the section.
    @discardableResult
    func heading(_ text: String, following: Double) -> Double {
        let block = typesetter.layout(text, style: headingStyle, width: column.width, language: pageLanguage)
        flow.ensure(block.height + 2.5 * flow.tightness.spacing + following)
        let top = flow.y
        flow.add(block, at: Point(x: column.minX, y: flow.y))
        flow.advance(block.height)
        flow.gap(0.8)
        flow.add(
            .line(from: Point(x: column.minX, y: flow.y), to: Point(x: column.maxX, y: flow.y)),
            .stroked(.accent, width: 0.35))
        flow.gap(2.5)
        return top
    }

    var dataOnPage: DataOnPage { DataOnPage(page: pageLanguage, data: dataLanguage) }

    /// The language a paragraph of `words` is set in, and its text: data's lines isolated when
    /// the page runs the other way (``DataOnPage/lines(_:)``).
    func setting(_ words: Words, _ text: RichText) -> (language: TextLanguage, text: RichText) {
        switch words {
        case .page: (pageLanguage, text)
        case .data:
            (
                dataOnPage.paragraph,
                RichText(
                    text.runs.map { run in
                        var copy = run
                        copy.text = dataOnPage.lines(run.text)
                        return copy
                    })
            )
        case .mixed: (dataOnPage.paragraph, text)
        }
    }

    /// Lays a list out without placing it: its items' blocks, to measure what follows a heading.
    func listBlocks(_ items: [Located<String>], style: TextStyle? = nil, level: Int = 0) -> [TextBlock] {
        let style = flow.tightness.body(style ?? itemStyle)
        let (language, column) = dataSetting
        return items.map {
            typesetter.layout(
                language == dataLanguage ? $0.value : dataOnPage.lines($0.value), style: style,
                width: column.width - Double(level + 1) * Self.indent, language: language, source: $0.location)
        }
    }

    /// Whether the data's paragraphs and lists keep their own direction on a page that runs the
    /// other way (a Hebrew booklet's prose on an English page: set flush right, bullets at the
    /// right), rather than starting at the page's start edge with the data isolated inside.
    var dataKeepsItsDirection = false

    /// The language data is set in and the column it starts from.
    private var dataSetting: (language: TextLanguage, column: ReadingOrder) {
        guard dataKeepsItsDirection, dataOnPage.isMixed else { return (dataOnPage.paragraph, column) }
        var own = column
        own.direction = dataLanguage.direction
        return (dataLanguage, own)
    }

    /// Items one under another, each after its number or bullet, `level` lists deep (a list
    /// under an item is indented by one marker's room). The last two items keep together, so
    /// the last is never left alone atop a page; a last item that still goes to a page of its
    /// own is noted as a stray.
    func list(_ blocks: [TextBlock], marker: Marker, level: Int = 0) {
        var pages: [Int] = []
        let column = blocks.first.map { $0.direction == dataLanguage.direction ? dataSetting.column : self.column } ?? self.column
        let markLanguage = column.direction == pageLanguage.direction ? pageLanguage : dataLanguage
        let offset = Double(level) * Self.indent
        for (index, block) in blocks.enumerated() {
            let spacing = 2 * flow.tightness.spacing
            if index == blocks.count - 2, blocks[index + 1].height + block.height + 2 + spacing <= flow.pageBodyHeight {
                flow.ensure(block.height + 2 + blocks[index + 1].height + spacing)
            } else {
                flow.ensure(block.height + spacing)
            }
            pages.append(flow.pageIndex)
            let mark = typesetter.layout(
                marker == .numbers ? "\(index + 1)." : "•", style: block.style.weighted(.bold),
                width: Self.indent - 1, language: markLanguage)
            // On the item's first baseline: a Latin number beside Arabic text (whose font stands
            // taller above its line) sits on the words' line, not above it.
            flow.add(
                mark,
                at: Point(x: column.x(offset: offset, width: mark.width), y: flow.y + Self.baselineShift(of: mark, to: block)))
            flow.add(block, at: Point(x: column.x(offset: offset + Self.indent, width: block.width), y: flow.y))
            flow.advance(block.height)
            flow.gap(2)
        }
        if pages.count > 1, pages[pages.count - 1] != pages[pages.count - 2] { flow.noteStray() }
        flow.gap(level > 0 ? 1 : 3)
    }

    /// How far down `block` must move for its first baseline to meet `other`'s.
    static func baselineShift(of block: TextBlock, to other: TextBlock) -> Double {
        guard let a = block.lines.first, let b = other.lines.first else { return 0 }
        return (b.baseline - b.top) - (a.baseline - a.top)
    }

    /// A paragraph across the column.
    func paragraph(
        _ text: RichText, words: Words = .data, style: TextStyle? = nil, source: SourceLocation? = nil,
        after: Double = 3
    ) {
        if words == .data, dataKeepsItsDirection, dataOnPage.isMixed {
            let (language, column) = dataSetting
            let block = typesetter.layout(
                text, style: flow.tightness.body(style ?? itemStyle), width: column.width, language: language,
                source: source)
            flow.ensure(min(block.height, 20))
            place(block, in: column)
            flow.gap(after)
            return
        }
        let (language, text) = setting(words, text)
        let block = typesetter.layout(
            text, style: flow.tightness.body(style ?? itemStyle), width: column.width, language: language,
            source: source)
        flow.ensure(min(block.height, 20))
        place(block)
        flow.gap(after)
    }

    /// A block, broken across pages between its lines when it does not fit: never leaving one
    /// line alone at a page's foot (it goes over with the rest) or at the next page's top (a
    /// line more goes over with it) when the block has lines enough to spare them. A last line
    /// left alone on a page all the same is noted as a stray.
    func place(_ block: TextBlock, in column: ReadingOrder? = nil) {
        let column = column ?? self.column
        var line = 0
        while line < block.lines.count {
            var count = block.linesFitting(from: line, in: flow.remaining)
            let left = block.lines.count - line
            if count < left, left >= 3, !flow.isAtTopOfPage {
                if count == 1 { count = 0 }  // an orphan: its paragraph's first line alone at the foot
                // A widow, its last line alone atop the next page: a line more goes over with it.
                if count > 1, left - count == 1 { count = count > 2 ? count - 1 : 0 }
            }
            if count == 0 {
                if flow.isAtTopOfPage {
                    count = 1
                } else {
                    flow.startPage()
                    continue
                }
            }
            flow.add(block, lines: line..<(line + count), at: Point(x: column.x(offset: 0, width: block.width), y: flow.y))
            flow.advance(block.height(ofLines: line..<(line + count)))
            line += count
            if line == block.lines.count, count == 1, line > 1 { flow.noteStray() }
            if line < block.lines.count { flow.startPage() }
        }
    }
}
