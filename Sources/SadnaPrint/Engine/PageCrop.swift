/// The part of a page's elements that shows inside a rectangle: what a sheet of a tiled poster
/// needs of the poster. A clip would hide the rest, but the PDF would still carry all of it on
/// every sheet (four times the file, and text extractors read words the sheet does not show), so
/// elements wholly outside are left out and text blocks keep only the lines that reach in.
extension Page {
    /// The elements of this page that reach into `area`, give or take ``Page/cropTolerance``.
    public func elements(reaching area: Rect) -> [PageElement] {
        let reach = area.insetBy(-Page.cropTolerance)
        return elements.compactMap { $0.cropped(to: reach) }
    }

    /// What a line's width, a glyph's overhang or a smooth curve's swing may add to an element's
    /// box as computed here (mm).
    static let cropTolerance = 3.0
}

extension PageElement {
    /// This element as far as it reaches into `area`; nil when it does not.
    func cropped(to area: Rect) -> PageElement? {
        switch self {
        case let .text(block, origin, lines):
            // Lines run down the block, so those that reach in are one run of them.
            let range = lines.clamped(to: 0..<block.lines.count)
            guard let first = range.first, origin.x <= area.maxX, origin.x + block.width >= area.minX else { return nil }
            let top = block.lines[first].top
            let reaching = range.filter { line in
                let y0 = origin.y + block.lines[line].top - top, y1 = origin.y + block.lines[line].bottom - top
                return y1 >= area.minY && y0 <= area.maxY
            }
            guard let start = reaching.first, let end = reaching.last else { return nil }
            return .text(block, origin: Point(x: origin.x, y: origin.y + block.lines[start].top - top), lines: start..<(end + 1))
        case let .group(children, transform, clip):
            if let clip, !clip.intersects(area) { return nil }
            // The children are cropped to the area as they see it, through the inverse transform.
            guard let inner = transform.inverted?.bounds(of: area) else { return self }
            let kept = children.compactMap { $0.cropped(to: inner) }
            return kept.isEmpty ? nil : .group(kept, transform: transform, clip: clip)
        case let .shape(shape, _):
            return shape.bounds.intersects(area) ? self : nil
        case let .picture(_, frame, _):
            return frame.intersects(area) ? self : nil
        case let .shared(content):
            let kept = content.elements.compactMap { $0.cropped(to: area) }
            return kept.isEmpty ? nil : .group(kept, transform: .identity, clip: nil)
        }
    }
}

extension Shape {
    /// The box the shape's points lie in (a stroke's width and a curve's swing between its points
    /// aside).
    var bounds: Rect {
        switch self {
        case let .rectangle(rect, _): rect
        case let .rectangles(rects):
            rects.dropFirst().reduce(rects.first ?? Rect(x: 0, y: 0, width: 0, height: 0)) { $0.union($1) }
        case let .line(from, to): Rect(around: [from, to])
        case let .circle(centre, radius), let .arc(centre, radius, _, _):
            Rect(x: centre.x - radius, y: centre.y - radius, width: 2 * radius, height: 2 * radius)
        case let .polyline(points, _), let .smoothCurve(points): Rect(around: points)
        }
    }
}

extension Rect {
    /// The smallest rectangle holding every point.
    init(around points: [Point]) {
        let xs = points.map(\.x), ys = points.map(\.y)
        let minX = xs.min() ?? 0, minY = ys.min() ?? 0
        self.init(x: minX, y: minY, width: (xs.max() ?? 0) - minX, height: (ys.max() ?? 0) - minY)
    }

    /// Whether the two share any point, edges included.
    func intersects(_ other: Rect) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }
}

extension Transform {
    /// The transform that undoes this one; nil when it flattens the plane.
    var inverted: Transform? {
        let determinant = a * d - b * c
        guard abs(determinant) > 1e-12 else { return nil }
        let ia = d / determinant, ib = -b / determinant, ic = -c / determinant, id = a / determinant
        return Transform(a: ia, b: ib, c: ic, d: id, tx: -(ia * tx + ic * ty), ty: -(ib * tx + id * ty))
    }

    /// Where a point goes.
    func apply(_ point: Point) -> Point {
        Point(x: a * point.x + c * point.y + tx, y: b * point.x + d * point.y + ty)
    }

    /// The box holding `rect` once transformed.
    func bounds(of rect: Rect) -> Rect {
        Rect(
            around: [
                Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.minY),
                Point(x: rect.minX, y: rect.maxY), Point(x: rect.maxX, y: rect.maxY),
            ].map(apply))
    }
}
