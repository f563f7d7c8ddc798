import CPangoCairo

/// A measured, wrapped piece of text, ready to be placed on a page.
///
/// Its size and line positions are known before anything is drawn, so that layout can decide
/// where it goes and whether it must break across pages. Text is drawn line by line, which lets
/// a table row that does not fit continue on the next page with its remaining lines.
public final class TextBlock {
    /// One line's vertical position, in millimetres from the block's top.
    public struct Line: Sendable {
        public var top: Double
        public var bottom: Double
        public var baseline: Double
    }

    let layout: OpaquePointer
    /// The text as given (before ellipsizing).
    public let text: String
    public let style: TextStyle
    public let direction: TextDirection
    /// The box width the text was wrapped to, or its natural width when unbounded (mm).
    public let width: Double
    public let lines: [Line]
    /// The size the text was finally set at, in points: the style's size unless it had to shrink.
    public let fittedSize: Double
    /// True when even the floor size did not fit and the end of the text was replaced by "…".
    public let isCut: Bool
    /// The smallest size any of its text is set at, in points: below `fittedSize` when a rich
    /// text sets a run smaller (a muted note under a title). What the type floor is checked on.
    public let smallestSize: Double
    /// Characters no installed font could draw.
    public let unknownCharacters: [Unicode.Scalar]

    init(
        layout: OpaquePointer, text: String, style: TextStyle, direction: TextDirection, width: Double,
        fittedSize: Double, isCut: Bool, smallestScale: Double = 1
    ) {
        self.layout = layout
        self.smallestSize = fittedSize * min(1, smallestScale)
        self.text = text
        self.style = style
        self.direction = direction
        self.width = width
        self.fittedSize = fittedSize
        self.isCut = isCut
        self.lines = TextBlock.measureLines(layout)
        self.unknownCharacters =
            pango_layout_get_unknown_glyphs_count(layout) > 0
            ? TextBlock.findUnknownCharacters(layout) : []
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// The text of each line as set (after wrapping, and after a cut's "…"), as a reader sees
    /// it: without the invisible isolates and break marks the engine adds (``PangoText``).
    public var lineTexts: [String] {
        guard let text = pango_layout_get_text(layout) else { return [] }
        let bytes = Array(
            UnsafeBufferPointer(
                start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self),
                count: Int(strlen(text))))
        var result: [String] = []
        let count = Int(pango_layout_get_line_count(layout))
        for index in 0..<count {
            guard let line = pango_layout_get_line_readonly(layout, Int32(index)) else { continue }
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            let end = min(bytes.count, start + length)
            result.append(PangoText.visible(String(decoding: bytes[min(start, end)..<end], as: UTF8.self)))
        }
        return result
    }

    /// Height of the whole block (mm).
    public var height: Double { lines.last.map { $0.bottom } ?? 0 }

    public var size: Size { Size(width: width, height: height) }

    /// The width the text's longest line actually takes (mm).
    public var usedWidth: Double {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return Units.millimetres(fromPoints: Double(logical.width) / Pango.scale)
    }

    /// The width the last line's text takes (mm): where a contents line's leaders start.
    public var lastLineWidth: Double {
        let count = pango_layout_get_line_count(layout)
        guard count > 0, let line = pango_layout_get_line_readonly(layout, count - 1) else { return 0 }
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_line_get_extents(line, &ink, &logical)
        return Units.millimetres(fromPoints: Double(logical.width) / Pango.scale)
    }

    /// Height of lines `range` when they are drawn together, e.g. on one page (mm).
    public func height(ofLines range: Range<Int>) -> Double {
        guard let first = range.first, let last = range.last else { return 0 }
        return lines[last].bottom - lines[first].top
    }

    /// How many lines, from `start`, fit into `available` millimetres.
    public func linesFitting(from start: Int, in available: Double) -> Int {
        var count = 0
        while start + count < lines.count, height(ofLines: start..<(start + count + 1)) <= available + 0.001 {
            count += 1
        }
        return count
    }

    /// Draws lines `range` with their top at `origin` (Cairo's user space is in millimetres).
    func draw(in cr: OpaquePointer, at origin: Point, lines range: Range<Int>, colour: Colour) {
        guard let first = range.first else { return }
        let top = lines[first].top
        cairo_save(cr)
        cairo_set_source_rgba(cr, colour.red, colour.green, colour.blue, colour.alpha)
        cairo_translate(cr, origin.x, origin.y - top)
        // Pango works in points; the page is in millimetres.
        cairo_scale(cr, 1 / Units.pointsPerMillimetre, 1 / Units.pointsPerMillimetre)
        let iter = pango_layout_get_iter(layout)
        let text = CopyableText.clusterText(of: layout)
        var index = 0
        repeat {
            if range.contains(index) {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &logical)
                let baseline = pango_layout_iter_get_baseline(iter)
                if let line = pango_layout_iter_get_line_readonly(iter) {
                    cairo_move_to(cr, Double(logical.x) / Pango.scale, Double(baseline) / Pango.scale)
                    CopyableText.show(line, text: text, on: cr, colour: colour)
                }
            }
            index += 1
        } while index < range.upperBound && pango_layout_iter_next_line(iter) != 0
        pango_layout_iter_free(iter)
        cairo_restore(cr)
    }

    private static func measureLines(_ layout: OpaquePointer) -> [Line] {
        var lines: [Line] = []
        let iter = pango_layout_get_iter(layout)
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            let baseline = pango_layout_iter_get_baseline(iter)
            func mm(_ units: Int32) -> Double { Units.millimetres(fromPoints: Double(units) / Pango.scale) }
            lines.append(Line(top: mm(logical.y), bottom: mm(logical.y + logical.height), baseline: mm(baseline)))
        } while pango_layout_iter_next_line(iter) != 0
        pango_layout_iter_free(iter)
        return lines
    }

    /// The characters behind glyphs Pango marked unknown (it would draw them as boxes).
    private static func findUnknownCharacters(_ layout: OpaquePointer) -> [Unicode.Scalar] {
        var found: [Unicode.Scalar] = []
        let iter = pango_layout_get_iter(layout)
        repeat {
            if let run = pango_layout_iter_get_run_readonly(iter), let glyphs = run.pointee.glyphs {
                for i in 0..<Int(glyphs.pointee.num_glyphs) {
                    let glyph = glyphs.pointee.glyphs[i].glyph
                    if glyph & Pango.unknownGlyphFlag != 0,
                        let scalar = Unicode.Scalar(glyph & ~Pango.unknownGlyphFlag), !found.contains(scalar)
                    {
                        found.append(scalar)
                    }
                }
            }
        } while pango_layout_iter_next_run(iter) != 0
        pango_layout_iter_free(iter)
        return found
    }
}

/// Pango's fixed-point constants (macros the C importer does not bring over).
enum Pango {
    static let scale = 1024.0
    static let unknownGlyphFlag: UInt32 = 0x1000_0000
}
