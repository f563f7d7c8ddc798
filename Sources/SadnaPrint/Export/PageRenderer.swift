import CPangoCairo

/// Draws a page's frames on a Cairo context whose user space is in millimetres. It decides
/// nothing: every position and size was settled by layout.
enum PageRenderer {
    /// Draws `page`; shared content goes through `shared` (one per PDF), drawn in place without it.
    static func draw(_ page: Page, on cr: OpaquePointer, shared: SharedDrawings? = nil) {
        draw(page.elements, on: cr, shared: shared)
    }

    fileprivate static func draw(_ elements: [PageElement], on cr: OpaquePointer, shared: SharedDrawings?) {
        for element in elements {
            switch element {
            case let .shape(shape, paint):
                draw(shape, paint, on: cr)
            case let .text(block, origin, lines):
                block.draw(in: cr, at: origin, lines: lines, colour: block.style.colour)
            case let .group(children, transform, clip):
                cairo_save(cr)
                if let clip {
                    cairo_rectangle(cr, clip.x, clip.y, clip.width, clip.height)
                    cairo_clip(cr)
                }
                var matrix = cairo_matrix_t(
                    xx: transform.a, yx: transform.b, xy: transform.c, yy: transform.d,
                    x0: transform.tx, y0: transform.ty)
                cairo_transform(cr, &matrix)
                draw(children, on: cr, shared: shared)
                cairo_restore(cr)
            case let .shared(content):
                guard let shared else {
                    draw(content.elements, on: cr, shared: nil)
                    continue
                }
                cairo_save(cr)
                cairo_set_source_surface(cr, shared.recording(of: content), 0, 0)
                cairo_paint(cr)
                cairo_restore(cr)
            case let .picture(picture, frame, round):
                cairo_save(cr)
                if round {
                    cairo_arc(
                        cr, frame.x + frame.width / 2, frame.y + frame.height / 2, min(frame.width, frame.height) / 2,
                        0, 2 * Double.pi)
                } else {
                    cairo_rectangle(cr, frame.x, frame.y, frame.width, frame.height)
                }
                cairo_clip(cr)
                // Cover the frame: scale to the larger ratio and centre, cropping the rest.
                let scale = max(frame.width / Double(picture.width), frame.height / Double(picture.height))
                cairo_translate(
                    cr, frame.x + (frame.width - Double(picture.width) * scale) / 2,
                    frame.y + (frame.height - Double(picture.height) * scale) / 2)
                cairo_scale(cr, scale, scale)
                cairo_set_source_surface(cr, picture.surface, 0, 0)
                cairo_paint(cr)
                cairo_restore(cr)
            }
        }
    }

    private static func draw(_ shape: Shape, _ paint: Paint, on cr: OpaquePointer) {
        cairo_new_path(cr)
        switch shape {
        case let .rectangle(rect, radius):
            if radius > 0 {
                let r = min(radius, rect.width / 2, rect.height / 2)
                cairo_new_sub_path(cr)
                cairo_arc(cr, rect.maxX - r, rect.minY + r, r, -Double.pi / 2, 0)
                cairo_arc(cr, rect.maxX - r, rect.maxY - r, r, 0, Double.pi / 2)
                cairo_arc(cr, rect.minX + r, rect.maxY - r, r, Double.pi / 2, Double.pi)
                cairo_arc(cr, rect.minX + r, rect.minY + r, r, Double.pi, 3 * Double.pi / 2)
                cairo_close_path(cr)
            } else {
                cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            }
        case let .rectangles(rects):
            for rect in rects { cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height) }
        case let .line(from, to):
            cairo_move_to(cr, from.x, from.y)
            cairo_line_to(cr, to.x, to.y)
        case let .circle(centre, radius):
            cairo_new_sub_path(cr)
            cairo_arc(cr, centre.x, centre.y, radius, 0, 2 * Double.pi)
        case let .polyline(points, closed):
            guard let first = points.first else { return }
            cairo_move_to(cr, first.x, first.y)
            for point in points.dropFirst() { cairo_line_to(cr, point.x, point.y) }
            if closed { cairo_close_path(cr) }
        case let .smoothCurve(points):
            guard let first = points.first else { return }
            cairo_move_to(cr, first.x, first.y)
            for index in 0..<(points.count - 1) {
                // Catmull-Rom through p1 and p2, with p0 and p3 as neighbours (ends repeated).
                let p0 = points[max(0, index - 1)], p1 = points[index], p2 = points[index + 1]
                let p3 = points[min(points.count - 1, index + 2)]
                cairo_curve_to(
                    cr, p1.x + (p2.x - p0.x) / 6, p1.y + (p2.y - p0.y) / 6,
                    p2.x - (p3.x - p1.x) / 6, p2.y - (p3.y - p1.y) / 6, p2.x, p2.y)
            }
        case let .arc(centre, radius, from, to):
            cairo_new_sub_path(cr)
            cairo_arc(cr, centre.x, centre.y, radius, from, to)
        }
        if let fill = paint.fill {
            cairo_set_source_rgba(cr, fill.red, fill.green, fill.blue, fill.alpha)
            if paint.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke = paint.stroke {
            cairo_set_source_rgba(cr, stroke.red, stroke.green, stroke.blue, stroke.alpha)
            cairo_set_line_width(cr, paint.lineWidth)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
            if paint.dash.isEmpty {
                cairo_set_dash(cr, nil, 0, 0)
            } else {
                paint.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
            }
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }
}

/// Shared content recorded once per PDF: painting the same recording again, Cairo's PDF surface
/// refers to the form it wrote the first time, so twenty copies of a worksheet cost one drawing
/// and one copy's bytes.
final class SharedDrawings {
    private var recordings: [ObjectIdentifier: OpaquePointer] = [:]
    /// Held while their recordings are: an identifier is never reused for other content.
    private var contents: [SharedContent] = []

    func recording(of content: SharedContent) -> OpaquePointer {
        if let recording = recordings[ObjectIdentifier(content)] { return recording }
        var extents = cairo_rectangle_t(x: 0, y: 0, width: content.size.width, height: content.size.height)
        let recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents)!
        let cr = cairo_create(recording)!
        PageRenderer.draw(content.elements, on: cr, shared: self)
        cairo_destroy(cr)
        recordings[ObjectIdentifier(content)] = recording
        contents.append(content)
        return recording
    }

    deinit {
        recordings.values.forEach { cairo_surface_destroy($0) }
    }
}
