import SadnaKit

/// A crop of handwriting from a photographed form (`sadna scan`), printed where nothing has been
/// typed yet: scaled to fit its box whole, under a small tag that says it is handwritten ("בכתב
/// יד"). Typed text always takes the box instead; a layout asks for a crop only where it has none.
struct HandwrittenCrop {
    let context: LayoutContext

    static let tagStyle = TextStyle(size: 6.5, colour: .muted)

    /// Draws the crop at `path` (a path in the workshop) into `box`, the `tag` at its start
    /// edge above it. A crop that cannot be read leaves the box empty and is reported.
    func draw(_ path: Located<String>, in box: Rect, tag: String, on page: inout Page) {
        let picture: Picture
        do {
            picture = try Picture.load(path.value, from: context.workshop.source)
        } catch {
            context.typesetter.report(
                .warning(
                    .scanCropUnreadable,
                    ["path": .path(path.value), "problem": error.problem, "command": .code("sadna scan")],
                    at: path.location))
            return
        }
        let language = context.language
        let label = context.typesetter.layout(tag, style: Self.tagStyle, width: box.width, language: language)
        let order = ReadingOrder(minX: box.minX, maxX: box.maxX, direction: language.direction)
        page.add(label, at: Point(x: order.x(offset: 0, width: label.width), y: box.minY))
        let room = Rect(x: box.minX, y: box.minY + label.height + 0.5, width: box.width, height: box.height - label.height - 0.5)
        guard room.height > 1, room.width > 1, picture.width > 0, picture.height > 0 else { return }
        let scale = min(room.width / Double(picture.width), room.height / Double(picture.height))
        let width = Double(picture.width) * scale, height = Double(picture.height) * scale
        page.add(
            picture,
            in: Rect(
                x: room.minX + (room.width - width) / 2, y: room.minY + (room.height - height) / 2, width: width, height: height))
    }
}
