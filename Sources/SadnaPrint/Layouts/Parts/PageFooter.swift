import SadnaKit

/// The foot of a page, the same on every printable: a fine rule where the page wants one, a text
/// at the start side (what the page belongs to) and one at the end side (its page number, or
/// where it stands in a set), each in its own language.
struct PageFooter {
    let context: LayoutContext
    var start: String
    var startLanguage: Language
    var end: String?
    var endLanguage: Language
    /// Whether a rule sets the footer off from the page.
    var rule = true

    static let style = TextStyle(size: 8, colour: .muted)
    /// Room a flow keeps free above the bottom margin for the footer.
    static let height = 9.0

    init(
        start: String, _ startLanguage: Language, end: String?, _ endLanguage: Language, rule: Bool = true,
        context: LayoutContext
    ) {
        self.context = context
        self.start = start
        self.startLanguage = startLanguage
        self.end = end
        self.endLanguage = endLanguage
        self.rule = rule
    }

    /// What the page belongs to (the data's words) and where it is (the page's words).
    init(about: String, place: String? = nil, rule: Bool = true, context: LayoutContext) {
        self.init(start: about, context.data, end: place, context.language, rule: rule, context: context)
    }

    /// Draws the footer inside `margin` of the page's edges (`bottom`, when given, of its foot).
    func draw(on page: inout Page, margin: Double, bottom: Double? = nil, source: SourceLocation? = nil) {
        let typesetter = context.typesetter
        let width = page.size.width - 2 * margin
        let y = page.size.height - (bottom ?? margin) - 5
        if rule {
            page.add(
                .line(from: Point(x: margin, y: y - 1.5), to: Point(x: margin + width, y: y - 1.5)),
                .stroked(.rule, width: 0.2))
        }
        let order = ReadingOrder(minX: margin, maxX: margin + width, direction: context.language.direction)
        let share = end == nil ? 1.0 : 0.75
        let direction = context.language.direction
        let first = typesetter.fit(
            start, style: Self.style.aligned(.towards(.start, of: direction, in: startLanguage.direction)),
            in: Size(width: width * share, height: 6),
            policy: FitPolicy(floor: 8, maxLines: 1), language: startLanguage, source: source,
            what: "the footer")
        page.add(first, at: Point(x: order.x(offset: 0, width: first.width), y: y))
        if let end {
            let last = typesetter.layout(
                end, style: Self.style.aligned(.towards(.end, of: direction, in: endLanguage.direction)),
                width: width * 0.25, language: endLanguage)
            page.add(last, at: Point(x: order.x(offset: width - last.width, width: last.width), y: y))
        }
    }

    /// "page 1 of 2" in the page's words, or nil for a one-page document.
    static func pageNumber<Key>(_ index: Int, of count: Int, labels: Labels<Key>, always: Bool = false) -> String? {
        count > 1 || always ? labels.shared(.pageOf, ["page": String(index + 1), "pages": String(count)]) : nil
    }
}
