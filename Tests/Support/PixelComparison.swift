import CPangoCairo
import Foundation
import SadnaPrint

/// Two pictures of a page compared pixel by pixel, as a person comparing them would: a pixel
/// counts as changed when a colour channel moved by more than a quarter of its range (so that
/// anti-aliasing jitter does not), and the changes are drawn in red over a faded copy of the
/// reference, for the person who has to decide whether the change is right.
public struct PixelComparison {
    /// Changed pixels over all pixels, from 0 to 1; 1 when the sizes differ.
    public let changedFraction: Double
    /// The diff picture as PNG, or nil when the sizes differ.
    public let diffPNG: Data?

    static let tolerance: Int32 = 64

    public init(_ actual: Data, _ reference: Data) throws {
        let a = try PixelComparison.surface(actual), b = try PixelComparison.surface(reference)
        defer {
            cairo_surface_destroy(a)
            cairo_surface_destroy(b)
        }
        let width = cairo_image_surface_get_width(a), height = cairo_image_surface_get_height(a)
        guard width == cairo_image_surface_get_width(b), height == cairo_image_surface_get_height(b) else {
            changedFraction = 1
            diffPNG = nil
            return
        }
        let diff = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)!
        defer { cairo_surface_destroy(diff) }
        cairo_surface_flush(a)
        cairo_surface_flush(b)
        cairo_surface_flush(diff)
        let strideA = Int(cairo_image_surface_get_stride(a)), strideB = Int(cairo_image_surface_get_stride(b))
        let strideD = Int(cairo_image_surface_get_stride(diff))
        let pa = cairo_image_surface_get_data(a)!, pb = cairo_image_surface_get_data(b)!, pd = cairo_image_surface_get_data(diff)!
        var changed = 0
        for y in 0..<Int(height) {
            for x in 0..<Int(width) {
                let ia = y * strideA + 4 * x, ib = y * strideB + 4 * x, id = y * strideD + 4 * x
                // Cairo keeps RGB24 as native 32-bit words: blue, green, red, unused on little-endian.
                var moved = false
                for channel in 0..<3 where abs(Int32(pa[ia + channel]) - Int32(pb[ib + channel])) > Self.tolerance {
                    moved = true
                }
                if moved {
                    changed += 1
                    pd[id] = 0
                    pd[id + 1] = 0
                    pd[id + 2] = 220
                } else {
                    let grey = UInt8(191 + Int(pb[ib + 1]) / 4)
                    pd[id] = grey
                    pd[id + 1] = grey
                    pd[id + 2] = grey
                }
            }
        }
        cairo_surface_mark_dirty(diff)
        changedFraction = Double(changed) / Double(max(1, Int(width) * Int(height)))
        diffPNG = try PNGExport.encode(diff)
    }

    struct PictureError: Error, CustomStringConvertible {
        var description: String
    }

    final class Bytes {
        var data: Data
        var offset = 0
        init(_ data: Data) { self.data = data }
    }

    /// A PNG read into an RGB image surface.
    static func surface(_ png: Data) throws -> OpaquePointer {
        let bytes = Bytes(png)
        let box = Unmanaged.passRetained(bytes)
        defer { box.release() }
        let read = cairo_image_surface_create_from_png_stream(
            { closure, buffer, length in
                let bytes = Unmanaged<Bytes>.fromOpaque(closure!).takeUnretainedValue()
                let count = Int(length)
                guard bytes.offset + count <= bytes.data.count, let buffer else { return CAIRO_STATUS_READ_ERROR }
                bytes.data.copyBytes(to: buffer, from: bytes.offset..<(bytes.offset + count))
                bytes.offset += count
                return CAIRO_STATUS_SUCCESS
            }, box.toOpaque())!
        guard cairo_surface_status(read) == CAIRO_STATUS_SUCCESS else {
            defer { cairo_surface_destroy(read) }
            throw PictureError(description: "not a PNG: " + String(cString: cairo_status_to_string(cairo_surface_status(read))))
        }
        // Drawn onto a white RGB24 surface, so that both sides have one pixel layout.
        let width = cairo_image_surface_get_width(read), height = cairo_image_surface_get_height(read)
        let rgb = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)!
        let cr = cairo_create(rgb)!
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_set_source_surface(cr, read, 0, 0)
        cairo_paint(cr)
        cairo_destroy(cr)
        cairo_surface_destroy(read)
        return rgb
    }
}
