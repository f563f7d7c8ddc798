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
    func listBlocks(_ items: [Located<String>], style: TextStyle? = nil) -> [TextBlock] {
        let style = flow.tightness.body(style ?? itemStyle)
        return items.map {
            typesetter.layout(
                dataOnPage.lines($0.value), style: style, width: column.width - Self.indent,
                language: dataOnPage.paragraph, source: $0.location)
        }
    }

    /// Items one under another, each after its number or bullet. A last item that goes to a
    /// page of its own is noted as a stray.
    func list(_ blocks: [TextBlock], marker: Marker) {
        var pages: [Int] = []
        for (index, block) in blocks.enumerated() {
            flow.ensure(block.height + 2 * flow.tightness.spacing)
            pages.append(flow.pageIndex)
            let mark = typesetter.layout(
                marker == .numbers ? "\(index + 1)." : "•", style: block.style.weighted(.bold),
                width: Self.indent - 1, language: pageLanguage)
            // On the item's first baseline: a Latin number beside Arabic text (whose font stands
            // taller above its line) sits on the words' line, not above it.
            flow.add(
                mark, at: Point(x: column.x(offset: 0, width: mark.width), y: flow.y + Self.baselineShift(of: mark, to: block)))
            flow.add(block, at: Point(x: column.x(offset: Self.indent, width: block.width), y: flow.y))
            flow.advance(block.height)
            flow.gap(2)
        }
        if pages.count > 1, pages[pages.count - 1] != pages[pages.count - 2] { flow.noteStray() }
        flow.gap(3)
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
        let (language, text) = setting(words, text)
        let block = typesetter.layout(
            text, style: flow.tightness.body(style ?? itemStyle), width: column.width, language: language,
            source: source)
        flow.ensure(min(block.height, 20))
        place(block)
        flow.gap(after)
    }

    /// A block, broken across pages between its lines when it does not fit; a last line left
    /// alone on a page is noted as a stray.
    func place(_ block: TextBlock) {
        var line = 0
        while line < block.lines.count {
            var count = block.linesFitting(from: line, in: flow.remaining)
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
