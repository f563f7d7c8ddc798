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

    /// Reads the PNG or JPEG at `path` of `source`; the error says in plain words why it could not.
    public static func load(_ path: String, from source: any FileSource) throws(PictureError) -> Picture {
        let lower = (path as NSString).pathExtension.lowercased()
        guard ["png", "jpg", "jpeg"].contains(lower) else { throw PictureError(reason: "photos must be PNG or JPEG files") }
        let data: Data
        do {
            data = try source.read(path, limit: Limits.photoFileBytes)
        } catch {
            throw PictureError(reason: error.description)
        }
        let picture = lower == "png" ? try png(data) : try jpeg(data)
        return picture.scaledDown(toSide: Limits.photoSide)
    }

    /// A PNG or JPEG held in memory (an upload), by its first bytes.
    public static func decode(_ data: Data) throws(PictureError) -> Picture {
        let picture = data.starts(with: [0x89, 0x50, 0x4E, 0x47]) ? try png(data) : try jpeg(data)
        return picture.scaledDown(toSide: Limits.photoSide)
    }

    /// The same picture no larger than `side` pixels on its longer side (a card needs far fewer
    /// than a camera gives; a few hundred thousand pixels keep memory small).
    func scaledDown(toSide side: Int) -> Picture {
        let longer = max(width, height)
        guard longer > side else { return self }
        let scale = Double(side) / Double(longer)
        let target = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32((Double(width) * scale).rounded()),
                                                Int32((Double(height) * scale).rounded()))!
        let cr = cairo_create(target)!
        cairo_scale(cr, scale, scale)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_paint(cr)
        cairo_destroy(cr)
        return Picture(surface: target)
    }

    /// Width and height from a PNG's header, read before anything is decoded.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        func number(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    /// A PNG in memory, read through Cairo's stream reader.
    static func png(_ data: Data) throws(PictureError) -> Picture {
        if let size = pngSize(data), size.width * size.height > Limits.photoPixels {
            throw PictureError(reason: "the photo is \(size.width)×\(size.height) pixels, more than the \(Limits.photoPixels / 1_000_000) megapixels Sadna reads; save it smaller, e.g. 1600 pixels wide")
        }
        final class Reader {
            let bytes: [UInt8]
            var offset = 0
            init(_ data: Data) { bytes = Array(data) }
        }
        let reader = Reader(data)
        let box = Unmanaged.passRetained(reader)
        defer { box.release() }
        let surface = cairo_image_surface_create_from_png_stream({ closure, target, length in
            let reader = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let count = Int(length)
            guard reader.offset + count <= reader.bytes.count, let target else { return CAIRO_STATUS_READ_ERROR }
            reader.bytes.withUnsafeBufferPointer { buffer in
                target.update(from: buffer.baseAddress! + reader.offset, count: count)
            }
            reader.offset += count
            return CAIRO_STATUS_SUCCESS
        }, box.toOpaque())!
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw PictureError(reason: "not a PNG picture Sadna can read")
        }
        return Picture(surface: surface)
    }

    /// A JPEG in memory, decoded by libjpeg in C (its errors need setjmp).
    static func jpeg(_ data: Data) throws(PictureError) -> Picture {
        var width: Int32 = 0, height: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        let decoded = data.withUnsafeBytes { raw in
            // Decoded no larger than needed: at most twice the kept side each way.
            sadna_jpeg_decode(raw.bindMemory(to: UInt8.self).baseAddress, raw.count, 4 * Limits.photoSide * Limits.photoSide,
                              &width, &height,
                              &message, message.count)
        }
        guard let pixels = decoded else { throw PictureError(reason: String(cString: message)) }
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
    public var reason: String
    public var description: String { reason }
}
