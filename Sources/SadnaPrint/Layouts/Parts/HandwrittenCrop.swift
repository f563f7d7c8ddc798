import SadnaKit

/// A crop of handwriting from a photographed form (`sadna scan`), printed where nothing has been
/// typed yet: scaled to fit its box whole, never stretched, with a small tag that says it is
/// handwritten ("בכתב יד"). Typed text always takes the box instead; a layout asks for a crop
/// only where it has none.
struct HandwrittenCrop {
    let context: LayoutContext

    /// The tag: small and muted, but no text on a page is under 8 pt.
    static let tagStyle = TextStyle(size: 8, colour: .muted)

    /// The crop at `path` (a path in the workshop), or nil when it cannot be read: then its box
    /// is left empty and the reason is reported at the line that names it.
    func load(_ path: Located<String>) -> Picture? {
        do {
            return try Picture.load(path.value, from: context.workshop.source)
        } catch {
            context.typesetter.report(
                .warning(
                    .scanCropUnreadable,
                    ["path": .path(path.value), "problem": error.problem, "command": .code("sadna scan")],
                    at: path.location))
            return nil
        }
    }

    /// The tag set in the page's language, at most `width` wide.
    func tag(_ text: String, width: Double?) -> TextBlock {
        context.typesetter.layout(text, style: Self.tagStyle, width: width, language: context.language)
    }

    /// Where `picture` goes in `box`: as large as fits whole (at most `largest` mm a pixel),
    /// its proportions kept, at the box's top and its start edge (`order`'s), or centred in the
    /// box when no order is given.
    static func frame(_ picture: Picture, in box: Rect, order: ReadingOrder? = nil, largest: Double = .infinity) -> Rect? {
        guard box.height > 1, box.width > 1, picture.width > 0, picture.height > 0 else { return nil }
        let scale = min(box.width / Double(picture.width), box.height / Double(picture.height), largest)
        let width = Double(picture.width) * scale, height = Double(picture.height) * scale
        guard let order else {
            return Rect(
                x: box.minX + (box.width - width) / 2, y: box.minY + (box.height - height) / 2, width: width, height: height)
        }
        let start = ReadingOrder(minX: box.minX, maxX: box.maxX, direction: order.direction)
        return Rect(x: start.x(offset: 0, width: width), y: box.minY, width: width, height: height)
    }

    /// Draws the crop at `path` into `box`, the `tag` at its start edge above it. A crop that
    /// cannot be read leaves the box empty and is reported.
    func draw(_ path: Located<String>, in box: Rect, tag text: String, on page: inout Page) {
        guard let picture = load(path) else { return }
        place(picture, in: box, tag: text).draw(on: &page)
    }

    /// A crop under its tag in a box, measured before it is drawn (a box around it is drawn first).
    struct Placed {
        let picture: Picture
        let tag: TextBlock
        let tagOrigin: Point
        /// Where the crop goes: nil when the box has no room for it.
        let frame: Rect?

        /// How far down the page the tag and the crop reach.
        var bottom: Double { frame?.maxY ?? (tagOrigin.y + tag.height) }

        func draw(on page: inout Page) {
            page.add(tag, at: tagOrigin)
            if let frame { page.add(picture, in: frame) }
        }
    }

    /// `picture` in `box` under the `tag` at its start edge: centred in the room left, or at its
    /// top and start edge when `order` says where that is.
    func place(
        _ picture: Picture, in box: Rect, tag text: String, order: ReadingOrder? = nil, largest: Double = .infinity
    ) -> Placed {
        let label = tag(text, width: box.width)
        let edge = ReadingOrder(minX: box.minX, maxX: box.maxX, direction: context.language.direction)
        let room = Rect(x: box.minX, y: box.minY + label.height + 0.5, width: box.width, height: box.height - label.height - 0.5)
        return Placed(
            picture: picture, tag: label, tagOrigin: Point(x: edge.x(offset: 0, width: label.width), y: box.minY),
            frame: Self.frame(picture, in: room, order: order, largest: largest))
    }
}
