/// Labelled lines to write on by hand, the building block of every blank form.
struct WritingLines {
    static let labelStyle = TextStyle(size: 10, weight: .bold, colour: .accent)
    /// Room between lines: enough for handwriting with a marker.
    static let lineSpacing = 9.0

    /// Fields side by side on one line, each a label followed by a line to its end; `widths`
    /// are fractions of the band and add up to 1. Returns where each field is (label and line,
    /// the line's full height), for a form's scan geometry (``ScanMarks``).
    @discardableResult
    static func fieldsRow(
        _ fields: [(label: String, fraction: Double)], flow: PageFlow, order: ReadingOrder,
        language: TextLanguage, typesetter: Typesetter, spacing: Double = lineSpacing
    ) -> [Rect] {
        flow.ensure(spacing)
        let top = flow.y
        var rects: [Rect] = []
        let baseline = flow.y + spacing - 1.5
        var offset = 0.0
        let gap = 5.0
        for (index, field) in fields.enumerated() {
            let width = order.width * field.fraction - (index == fields.count - 1 ? 0 : gap)
            var start = offset
            if !field.label.isEmpty {
                let label = typesetter.layout(field.label + ":", style: labelStyle, width: nil, language: language)
                flow.add(label, at: Point(x: order.x(offset: offset, width: label.width), y: baseline - label.height + 1))
                start += label.width + 1.5
            }
            let lineStartX = order.x(offset: start, width: 0)
            let lineEndX = order.x(offset: offset + width, width: 0)
            flow.add(
                .line(from: Point(x: lineStartX, y: baseline), to: Point(x: lineEndX, y: baseline)),
                .stroked(.rule, width: 0.3))
            rects.append(Rect(x: order.x(offset: offset, width: width), y: top, width: width, height: spacing))
            offset += width + gap
        }
        flow.advance(spacing)
        return rects
    }

    /// The height ``block(_:lines:flow:language:typesetter:spacing:)`` takes, measured (an Arabic
    /// label stands taller than a Hebrew one), for a layout keeping room for it.
    static func blockHeight(
        _ label: String, lines count: Int, width: Double, language: TextLanguage,
        typesetter: Typesetter, spacing: Double = lineSpacing
    ) -> Double {
        typesetter.layout(label, style: labelStyle, width: width, language: language).height + spacing * Double(count) + 3
    }

    /// A label on its own line and `count` full-width lines under it. Returns where the block
    /// is on its page (label and lines), for a form's scan geometry (``ScanMarks``).
    @discardableResult
    static func block(
        _ label: String, lines count: Int, flow: PageFlow, language: TextLanguage,
        typesetter: Typesetter, spacing: Double = lineSpacing
    ) -> Rect {
        let title = typesetter.layout(label, style: labelStyle, width: flow.width, language: language)
        flow.ensure(title.height + spacing * Double(count))
        let top = flow.y
        flow.add(title, at: Point(x: flow.left, y: flow.y))
        flow.advance(title.height)
        for _ in 0..<count {
            flow.advance(spacing)
            flow.add(
                .line(from: Point(x: flow.left, y: flow.y), to: Point(x: flow.right, y: flow.y)),
                .stroked(.rule, width: 0.3))
        }
        let rect = Rect(x: flow.left, y: top, width: flow.width, height: flow.y + 1.5 - top)
        flow.advance(3)
        return rect
    }
}
