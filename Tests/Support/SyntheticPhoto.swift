import CPangoCairo
import CSadnaScan
import Foundation
import SadnaPrint

/// A "photo" of a printed form, made without a camera: the page drawn in pixels, written on
/// (text, pen strokes, sticky notes) in chosen fields, then set in a phone-sized frame on a table,
/// turned and seen in perspective, lit unevenly, blurred and saved as JPEG — what `sadna scan`
/// meets in the hands of a secretary with a phone.
public struct SyntheticPhoto {
    /// Something put on a field by hand.
    public enum Mark: Sendable {
        /// A word or two in a pen's ink.
        case text(String)
        /// A scribble of pen strokes across the field.
        case strokes
        /// A square sticky note (yellow), as on a journey canvas.
        case stickyNote
    }

    public var frameWidth = 4000
    public var frameHeight = 3000
    /// The page's turn in the frame (degrees).
    public var rotation = 12.0
    /// How far the page's far edge shrinks against its near edge (0: seen from straight above).
    public var perspective = 0.08
    /// How dark the page's darkest corner is against its brightest (1: evenly lit).
    public var darkestLight = 0.7
    /// The light on the whole scene (1: a well-lit room).
    public var exposure = 1.0
    /// Box-blur radius in pixels (0: sharp), applied `blurPasses` times.
    public var blurRadius = 1
    public var blurPasses = 1
    public var jpegQuality = 70
    /// Part of the page (0…1) cut off at the frame's right edge.
    public var cutOff = 0.0

    public init() {}

    /// The JPEG photo of `page` with `marks` planted in the fields named. With an EXIF
    /// `orientation` (6: the camera held turned right, 8: turned left), the pixels are stored
    /// turned as a phone stores them and the tag says how to turn them upright.
    public func jpeg(of page: Page, marks: [String: Mark], orientation: Int = 1) -> Data {
        var (pixels, width, height) = self.pixels(of: page, marks: marks)
        if orientation == 6 || orientation == 8 {
            // Stored turned the other way: turning by the opposite tag undoes the tag's turn.
            var turnedWidth: Int32 = 0, turnedHeight: Int32 = 0
            let turned = sadna_orient(
                pixels, Int32(width), Int32(height), orientation == 6 ? 8 : 6, &turnedWidth, &turnedHeight)!
            defer { free(turned) }
            (width, height) = (Int(turnedWidth), Int(turnedHeight))
            pixels = Array(UnsafeBufferPointer(start: turned, count: width * height * 4))
        }
        var size = 0
        let bytes = sadna_jpeg_encode(pixels, Int32(width), Int32(height), Int32(jpegQuality), &size)!
        defer { free(bytes) }
        let jpeg = Data(bytes: bytes, count: size)
        guard orientation != 1 else { return jpeg }
        // An APP1 Exif segment right after the start of image: a big-endian TIFF header and one
        // IFD entry, Orientation (0x0112), a SHORT.
        let tiff: [UInt8] = [
            0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01,
            0x00, UInt8(orientation), 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        ]
        let payload = Array("Exif".utf8) + [0, 0] + tiff
        let length = payload.count + 2
        let segment: [UInt8] = [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
        return Data(jpeg.prefix(2)) + Data(segment) + Data(jpeg.dropFirst(2))
    }

    /// The photo as an iPhone sends it: HEIC. Nil when libheif has no HEVC encoder here.
    public func heic(of page: Page, marks: [String: Mark], quality: Int = 60) -> Data? {
        let (pixels, width, height) = self.pixels(of: page, marks: marks)
        var size = 0
        guard let bytes = sadna_heif_encode(pixels, Int32(width), Int32(height), Int32(quality), &size) else { return nil }
        defer { free(bytes) }
        return Data(bytes: bytes, count: size)
    }

    /// The photo's pixels (ARGB32), upright.
    func pixels(of page: Page, marks: [String: Mark]) -> (pixels: [UInt8], width: Int, height: Int) {
        let resolution = 10.0
        var raster = PageRaster(page, pixelsPerMillimetre: resolution)
        let fields = page.scanForm?.fields ?? []
        raster.pixels.withUnsafeMutableBytes { buffer in
            let surface = cairo_image_surface_create_for_data(
                buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_RGB24, Int32(raster.width),
                Int32(raster.height), Int32(raster.width * 4))!
            let cr = cairo_create(surface)!
            cairo_scale(cr, raster.scaleX, raster.scaleY)
            for field in fields {
                guard let mark = marks[field.name] else { continue }
                Self.draw(mark, in: field.rect, on: cr)
            }
            cairo_destroy(cr)
            cairo_surface_flush(surface)
            cairo_surface_destroy(surface)
        }
        // Where the page's corners land in the frame: turned about the frame's centre, fitted
        // with room around, the far (top) edge narrowed.
        let w = Double(raster.width), h = Double(raster.height)
        let angle = rotation * .pi / 180
        let boundsW = w * abs(cos(angle)) + h * abs(sin(angle)), boundsH = w * abs(sin(angle)) + h * abs(cos(angle))
        let scale = min(Double(frameWidth) / boundsW, Double(frameHeight) / boundsH) * 0.9
        let cx = Double(frameWidth) / 2 + cutOff * w * scale, cy = Double(frameHeight) / 2
        let corners = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)].map { corner -> Point in
            var x = (corner.0 - w / 2) * scale, y = (corner.1 - h / 2) * scale
            if corner.1 == 0 { x *= 1 - perspective }  // the far edge looks shorter
            let tx = x * cos(angle) - y * sin(angle), ty = x * sin(angle) + y * cos(angle)
            return Point(x: cx + tx, y: cy + ty)
        }
        let pageCorners = [Point(x: 0, y: 0), Point(x: w, y: 0), Point(x: w, y: h), Point(x: 0, y: h)]
        var pixels = [UInt8](repeating: 0, count: frameWidth * frameHeight * 4)
        var matrix = [Double](repeating: 0, count: 9)
        _ = sadna_homography(corners.flatMap { [$0.x, $0.y] }, pageCorners.flatMap { [$0.x, $0.y] }, &matrix)
        // A wooden table around the page.
        sadna_warp(
            raster.pixels, Int32(raster.width), Int32(raster.height), matrix, &pixels, Int32(frameWidth), Int32(frameHeight),
            0xFF6B_4E32)
        // Light falling from one side; a little grain.
        var seed: UInt32 = 12345
        for y in 0..<frameHeight {
            for x in 0..<frameWidth {
                let light =
                    exposure - exposure * (1 - darkestLight)
                    * (Double(x) / Double(frameWidth) * 0.6 + Double(y) / Double(frameHeight) * 0.4)
                seed = seed &* 1_103_515_245 &+ 12345
                let grain = Double(Int(seed >> 16 & 7)) - 3.5
                let at = (y * frameWidth + x) * 4
                for channel in 0..<3 {
                    pixels[at + channel] = UInt8(max(0, min(255, Double(pixels[at + channel]) * light + grain)))
                }
            }
        }
        if blurRadius > 0 { sadna_blur(&pixels, Int32(frameWidth), Int32(frameHeight), Int32(blurRadius), Int32(blurPasses)) }
        return (pixels, frameWidth, frameHeight)
    }

    static func draw(_ mark: Mark, in rect: Rect, on cr: OpaquePointer) {
        let inner = rect.insetBy(dx: min(3, rect.width / 5), dy: min(2, rect.height / 5))
        switch mark {
        case let .text(words):
            cairo_set_source_rgb(cr, 0.1, 0.15, 0.45)
            let size = min(6, inner.height * 0.8)
            show(
                words, size: size, italic: true,
                at: Point(x: inner.minX + inner.width * 0.2, y: inner.maxY - inner.height * 0.2 - size), on: cr)
        case .strokes:
            cairo_set_source_rgb(cr, 0.05, 0.05, 0.05)
            cairo_set_line_width(cr, 0.5)
            cairo_move_to(cr, inner.minX + inner.width * 0.15, inner.midY)
            for step in 1...8 {
                let x = inner.minX + inner.width * (0.15 + 0.08 * Double(step))
                let y = inner.midY + (step % 2 == 0 ? -1 : 1) * inner.height * 0.3
                cairo_line_to(cr, x, y)
            }
            cairo_stroke(cr)
        case .stickyNote:
            let side = min(inner.width, inner.height, 76) * 0.8
            cairo_set_source_rgb(cr, 1.0, 0.93, 0.35)
            cairo_rectangle(cr, inner.midX - side / 2, inner.midY - side / 2, side, side)
            cairo_fill(cr)
            cairo_set_source_rgb(cr, 0.1, 0.1, 0.1)
            show("פתק", size: 5, italic: false, at: Point(x: inner.midX - side / 3, y: inner.midY - 5), on: cr)
        }
    }

    /// Sets `text` through Pango, as a hand would write it: Hebrew right to left, not in the
    /// order of its letters in memory. `size` is in the page's millimetres, `at` its top-left.
    static func show(_ text: String, size: Double, italic: Bool, at origin: Point, on cr: OpaquePointer) {
        let layout = pango_cairo_create_layout(cr)!
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let font = pango_font_description_from_string("Noto Sans Hebrew")!
        defer { pango_font_description_free(font) }
        pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
        if italic { pango_font_description_set_style(font, PANGO_STYLE_ITALIC) }
        pango_layout_set_font_description(layout, font)
        pango_layout_set_text(layout, text, -1)
        cairo_move_to(cr, origin.x, origin.y)
        pango_cairo_show_layout(cr, layout)
    }
}

extension Rect {
    fileprivate var midX: Double { x + width / 2 }
    fileprivate var midY: Double { y + height / 2 }
}
