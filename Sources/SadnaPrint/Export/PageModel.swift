import Foundation

/// A page's frames written out as text, one element per line: what kind it is, where (to a
/// tenth of a millimetre), how it is painted, and for text its size and its lines as set. The
/// reference tests compare it with stored copies, so that a layout that moves a box fails even
/// when the words still come out in the same order, and the diff shows what moved.
public enum PageModel {
    public static func text(_ pages: some Sequence<Page>) -> String {
        var out = ""
        for (index, page) in pages.enumerated() {
            out += "page \(index + 1) \(mm(page.size.width))×\(mm(page.size.height))\n"
            write(page.elements, indent: "  ", into: &out)
        }
        return out
    }

    private static func write(_ elements: [PageElement], indent: String, into out: inout String) {
        for element in elements {
            switch element {
            case let .shape(shape, paint):
                out += indent + describe(shape) + describe(paint) + "\n"
            case let .text(block, origin, lines):
                let range = lines.clamped(to: 0..<block.lines.count)
                let weight = block.style.weight == .bold ? " bold" : ""
                out +=
                    indent + "text \(mm(origin.x)) \(mm(origin.y)) w\(mm(block.width)) h\(mm(block.height(ofLines: range)))"
                    + " \(points(block.fittedSize))pt\(weight) \(hex(block.style.colour))\(block.isCut ? " cut" : "")\n"
                let texts = block.lineTexts
                for line in range where line < texts.count {
                    out += indent + "  | " + texts[line].replacingOccurrences(of: "\n", with: "⏎") + "\n"
                }
            case let .group(children, transform, clip):
                var line =
                    indent
                    + "group [\(mm(transform.a)) \(mm(transform.b)) \(mm(transform.c)) \(mm(transform.d)) \(mm(transform.tx)) \(mm(transform.ty))]"
                if let clip { line += " clip " + rect(clip) }
                out += line + "\n"
                write(children, indent: indent + "  ", into: &out)
            case let .shared(content):
                write(content.elements, indent: indent, into: &out)
            case let .picture(picture, frame, round):
                out += indent + "picture \(picture.width)×\(picture.height)px " + rect(frame) + (round ? " round" : "") + "\n"
            }
        }
    }

    private static func describe(_ shape: Shape) -> String {
        switch shape {
        case let .rectangle(r, radius): "rect " + rect(r) + (radius > 0 ? " r\(mm(radius))" : "")
        case let .rectangles(rects):
            "rects \(rects.count) within "
                + rect(rects.dropFirst().reduce(rects.first ?? Rect(x: 0, y: 0, width: 0, height: 0)) { $0.union($1) })
        case let .line(from, to): "line \(point(from)) \(point(to))"
        case let .circle(centre, radius): "circle \(point(centre)) r\(mm(radius))"
        case let .polyline(points, closed):
            "polyline \(points.count) from \(point(points.first ?? Point(x: 0, y: 0)))\(closed ? " closed" : "")"
        case let .smoothCurve(points): "curve " + points.map(point).joined(separator: " ")
        case let .arc(centre, radius, from, to): "arc \(point(centre)) r\(mm(radius)) \(mm(from))…\(mm(to))"
        }
    }

    private static func describe(_ paint: Paint) -> String {
        var out = ""
        if let fill = paint.fill { out += " fill \(hex(fill))" }
        if let stroke = paint.stroke { out += " stroke \(hex(stroke)) \(mm(paint.lineWidth))" }
        if !paint.dash.isEmpty { out += " dash" }
        return out
    }

    private static func rect(_ r: Rect) -> String { "\(mm(r.x)) \(mm(r.y)) \(mm(r.width))×\(mm(r.height))" }
    private static func point(_ p: Point) -> String { "\(mm(p.x)),\(mm(p.y))" }

    /// A tenth of a millimetre; "-0.0" written as "0.0".
    private static func mm(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text == "-0.0" ? "0.0" : text
    }

    private static func points(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func hex(_ colour: Colour) -> String {
        let channels = [colour.red, colour.green, colour.blue].map { String(format: "%02X", Int(($0 * 255).rounded())) }
        return "#" + channels.joined() + (colour.alpha < 1 ? String(format: "/%.2f", colour.alpha) : "")
    }
}
