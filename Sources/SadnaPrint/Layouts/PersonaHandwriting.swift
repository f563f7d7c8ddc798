import SadnaKit

/// A persona from a photographed form (`sadna scan`) keeps each field's handwriting as a crop
/// until someone types it. The card shows the crop where nothing is typed, tagged handwritten:
/// whole, its proportions kept, fitted to the field's place on the card.
extension PersonaLayout {
    var handwriting: HandwrittenCrop { HandwrittenCrop(context: context) }

    /// The crops the card shows, read once a persona: each field's that is not typed. Typed text
    /// always wins; the name the scan wrote in place of one (the file's own id, since a persona
    /// needs a name) counts as not typed yet.
    func handwrittenCrops(_ persona: Persona) -> [PersonaField: Picture] {
        var crops: [PersonaField: Picture] = [:]
        for (field, path) in persona.scanned where persona[field] == nil || (field == .name && Self.nameIsPending(persona)) {
            crops[field] = handwriting.load(path)
        }
        return crops
    }

    /// Whether the persona's name is the one `sadna scan` gives a new file (its id) while its
    /// handwritten name waits to be typed.
    static func nameIsPending(_ persona: Persona) -> Bool {
        persona.scanned[.name] != nil && persona.name.value == persona.id
    }

    /// The header's name or one line about the persona, handwritten: under its tag, as large as
    /// `box` holds it. Returns the y under it.
    func placeHandwritten(_ picture: Picture, in box: Rect, on page: inout Page) -> Double {
        let placed = handwriting.place(
            picture, in: box, tag: labels(.handwritten), order: startOrder(of: box),
            largest: HandwrittenFields.largestMillimetresPerPixel)
        placed.draw(on: &page)
        return placed.bottom
    }

    /// The start edge of `box` in the page's direction: a crop on the card starts where text would.
    func startOrder(of box: Rect) -> ReadingOrder {
        ReadingOrder(minX: box.minX, maxX: box.maxX, direction: pageLanguage.direction)
    }

    /// The persona's drawing from the form's photo box, in the avatar's place: whole, not cut
    /// to the avatar's circle, in a thin frame.
    func placeDrawing(_ picture: Picture, in avatar: Rect, on page: inout Page) {
        guard let frame = HandwrittenCrop.frame(picture, in: avatar) else { return }
        page.add(picture, in: frame)
        page.add(.rectangle(frame, cornerRadius: 1), .stroked(.accent, width: 0.5))
    }
}

/// The body's handwritten fields at one type size. Every crop on a card is drawn at one
/// scale, so that the handwriting stands as large in a short field as in a long one: the largest
/// at which the widest crop spans the card, no larger than it stood on the form, and smaller
/// with the type when the body shrinks to fit. A crop that fits beside its field's label (the
/// handwritten tag under the label) stands there; a wider one goes under the label and its tag.
struct HandwrittenFields {
    let layout: PersonaLayout
    let crops: [PersonaField: Picture]
    let points: Double
    let typesetter: Typesetter
    /// Millimetres a crop's pixel takes on the card.
    let millimetresPerPixel: Double

    /// A crop is never drawn larger than it stood on the form: `sadna scan` cuts fields at
    /// 6 pixels a millimetre (``FormScanner``'s resolution).
    static let largestMillimetresPerPixel = 1 / 6.0
    /// The tallest a crop stands (mm at the A5 design size): a long answer written over many
    /// lines shrinks to it rather than push the fields after it off the card.
    static let tallestCrop = 30.0

    init(_ layout: PersonaLayout, crops: [PersonaField: Picture], points: Double, typesetter: Typesetter) {
        self.layout = layout
        self.crops = crops
        self.points = points
        self.typesetter = typesetter
        // The header's crops (name, one line, quote, drawing) have their own places.
        let header = Set(layout.template.fields(in: .identity).map(\.field))
        let widest = crops.filter { !header.contains($0.key) }.map(\.value.width).max() ?? 0
        let fit = widest > 0 ? min(Self.largestMillimetresPerPixel, layout.width / Double(widest)) : 0
        // Below the body's nominal size, crops shrink with the type.
        millimetresPerPixel = fit * min(1, points / max(8, 9.5 * layout.scale))
    }

    var gap: Double { 2 * layout.scale }

    /// A handwritten field's item: its label with the tag after it on its line, and its crop
    /// beside them when it fits there, else under them.
    func cell(_ field: PersonaField) -> (blocks: [(TextBlock, Double, Double)], pictures: [(Picture, Rect)], height: Double) {
        guard let picture = crops[field] else { return ([], [], 0) }
        let order = layout.order
        let width = layout.width
        let tag = layout.handwriting.tag(layout.labels(.handwritten), width: nil)
        let size = Size(
            width: Double(picture.width) * millimetresPerPixel,
            height: min(Double(picture.height) * millimetresPerPixel, Self.tallestCrop * layout.scale))
        let run = RichText([layout.labelRun(field)])
        let style = TextStyle(size: points)
        let natural = typesetter.layout(run, style: style, width: nil, language: layout.mixed.paragraph).usedWidth + 0.5
        // Beside the crop a long label wraps at three fifths of the row; over it, at the tag.
        let besideWidth = min(natural, 0.6 * width - tag.usedWidth - gap)
        let beside = size.width <= width - (besideWidth + gap + tag.usedWidth + gap)
        let label = typesetter.layout(
            run, style: style, width: beside ? besideWidth : min(natural, width - tag.usedWidth - gap),
            language: layout.mixed.paragraph)
        let tight = PersonaLayout.Tight(label)
        // The tag sits on the label's first baseline.
        let baseline = (label.lines.first?.baseline ?? 0) - tight.top
        let blocks = [
            (label, order.x(offset: 0, width: label.width), -tight.top),
            (tag, order.x(offset: label.width + gap, width: tag.width), baseline - (tag.lines.first?.baseline ?? 0)),
        ]
        let head = label.width + gap + tag.usedWidth + gap
        let box =
            beside
            ? Rect(x: order.x(offset: head, width: width - head), y: 0, width: width - head, height: size.height)
            : Rect(x: order.x(offset: 0, width: width), y: tight.height + 0.8, width: width, height: size.height)
        guard let frame = HandwrittenCrop.frame(picture, in: box, order: order) else { return (blocks, [], tight.height) }
        return (blocks, [(picture, frame)], max(tight.height, frame.maxY))
    }
}
