import CPangoCairo
import CSadnaImage
import Foundation
import SadnaKit

/// A photo to place on a page (a persona's), decoded once into a Cairo image.
public final class Picture {
    let surface: OpaquePointer
    /// Pixels.
    public let width: Int
    public let height: Int

    private init(surface: OpaquePointer) {
        self.surface = surface
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
    }

    deinit {
        cairo_surface_destroy(surface)
    }

    /// Reads a PNG or JPEG file; the error says in plain words why it could not.
    public static func load(_ url: URL) throws -> Picture {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw PictureError(url: url, reason: "there is no such file")
        }
        let lower = url.pathExtension.lowercased()
        if lower == "png" {
            let surface = cairo_image_surface_create_from_png(url.path)!
            guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                cairo_surface_destroy(surface)
                throw PictureError(url: url, reason: "not a PNG picture Sadna can read")
            }
            return Picture(surface: surface)
        }
        guard lower == "jpg" || lower == "jpeg" else {
            throw PictureError(url: url, reason: "photos must be PNG or JPEG files")
        }
        var width: Int32 = 0, height: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        guard let pixels = sadna_jpeg_decode(url.path, &width, &height, &message, message.count) else {
            throw PictureError(url: url, reason: String(cString: message))
        }
        defer { free(pixels) }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)!
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let target = cairo_image_surface_get_data(surface)!
        for row in 0..<Int(height) {
            memcpy(target + row * stride, pixels + row * Int(width) * 4, Int(width) * 4)
        }
        cairo_surface_mark_dirty(surface)
        return Picture(surface: surface)
    }
}

/// Why a picture could not be used.
public struct PictureError: Error, CustomStringConvertible {
    public var url: URL
    public var reason: String
    public var description: String { "\(DisplayPath.of(url)): \(reason)" }
}
