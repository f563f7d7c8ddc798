import CPangoCairo
import SadnaKit

/// A page drawn into pixels (Cairo's ARGB32, rows `width * 4` bytes apart), at a whole number of
/// pixels across and down: what a scan compares a photo with, pixel for pixel.
public struct PageRaster {
    public let width: Int
    public let height: Int
    public var pixels: [UInt8]
    /// Pixels per millimetre across and down.
    public let scaleX: Double
    public let scaleY: Double

    /// `page` drawn at about `pixelsPerMillimetre`, on white.
    public init(_ page: Page, pixelsPerMillimetre: Double) {
        width = Int((page.size.width * pixelsPerMillimetre).rounded())
        height = Int((page.size.height * pixelsPerMillimetre).rounded())
        scaleX = Double(width) / page.size.width
        scaleY = Double(height) / page.size.height
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        let (w, h, sx, sy) = (width, height, scaleX, scaleY)
        pixels.withUnsafeMutableBytes { buffer in
            let surface = cairo_image_surface_create_for_data(
                buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_RGB24, Int32(w), Int32(h), Int32(w * 4))!
            let cr = cairo_create(surface)!
            cairo_scale(cr, sx, sy)
            PageRenderer.draw(page, on: cr)
            cairo_destroy(cr)
            cairo_surface_flush(surface)
            cairo_surface_destroy(surface)
        }
        self.pixels = pixels
    }

    /// A rectangle of the page (mm) in whole pixels, kept inside the picture.
    public func pixelRect(_ rect: Rect) -> (x0: Int, y0: Int, x1: Int, y1: Int) {
        func clamp(_ value: Double, _ limit: Int) -> Int { max(0, min(limit, Int(value.rounded()))) }
        return (
            clamp(rect.minX * scaleX, width), clamp(rect.minY * scaleY, height), clamp(rect.maxX * scaleX, width),
            clamp(rect.maxY * scaleY, height)
        )
    }
}
