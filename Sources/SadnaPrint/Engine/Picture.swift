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
        guard ["png", "jpg", "jpeg"].contains(lower) else { throw PictureError(.phrasePictureExtension) }
        let data: Data
        do {
            data = try source.read(path, limit: Limits.photoFileBytes)
        } catch {
            throw PictureError(error)
        }
        return try decode(data)
    }

    /// A PNG or JPEG held in memory (a file's bytes, an upload): its type and size are read from
    /// its first bytes and checked before anything is decoded, whatever its name says.
    public static func decode(_ data: Data) throws(PictureError) -> Picture {
        let header = try PictureHeader.read(data)
        let picture = header.format == .png ? try png(data) : try jpeg(data)
        return try picture.scaledDown(toSide: Limits.photoSide)
    }

    /// A Cairo image of `width` × `height`, or why Cairo could not make one (out of memory).
    private static func surface(width: Int, height: Int) throws(PictureError) -> OpaquePointer {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw PictureError(.phrasePictureTooLarge)
        }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, cairo_image_surface_get_data(surface) != nil else {
            let reason = String(cString: cairo_status_to_string(cairo_surface_status(surface)))
            cairo_surface_destroy(surface)
            throw PictureError(.phrasePictureCannotMake, ["size": .value("\(width)×\(height)"), "reason": .text(reason)])
        }
        return surface
    }

    /// The same picture no larger than `side` pixels on its longer side (a card needs far fewer
    /// than a camera gives; a few hundred thousand pixels keep memory small). A long thin
    /// picture keeps at least a pixel across.
    func scaledDown(toSide side: Int) throws(PictureError) -> Picture {
        let longer = max(width, height)
        guard longer > side else { return self }
        let scale = Double(side) / Double(longer)
        let target = try Self.surface(
            width: max(1, Int((Double(width) * scale).rounded())),
            height: max(1, Int((Double(height) * scale).rounded())))
        guard let cr = cairo_create(target) else {
            cairo_surface_destroy(target)
            throw PictureError(.phrasePictureCannotScale)
        }
        cairo_scale(cr, scale, scale)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_paint(cr)
        cairo_destroy(cr)
        return Picture(surface: target)
    }

    /// A PNG in memory, read through Cairo's stream reader.
    static func png(_ data: Data) throws(PictureError) -> Picture {
        final class Reader {
            let bytes: [UInt8]
            var offset = 0
            init(_ data: Data) { bytes = Array(data) }
        }
        let reader = Reader(data)
        let box = Unmanaged.passRetained(reader)
        defer { box.release() }
        let read = cairo_image_surface_create_from_png_stream(
            { closure, target, length in
                guard let closure, let target else { return CAIRO_STATUS_READ_ERROR }
                let reader = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
                let count = Int(length)
                guard reader.offset + count <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
                reader.bytes.withUnsafeBufferPointer { buffer in
                    guard let start = buffer.baseAddress else { return }
                    target.update(from: start + reader.offset, count: count)
                }
                reader.offset += count
                return CAIRO_STATUS_SUCCESS
            }, box.toOpaque())
        guard let surface = read else { throw PictureError(.phraseScanNotPng) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw PictureError(.phraseScanNotPng)
        }
        return Picture(surface: surface)
    }

    /// A JPEG in memory, decoded by libjpeg in C (its errors need setjmp).
    static func jpeg(_ data: Data) throws(PictureError) -> Picture {
        var width: Int32 = 0, height: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        let decoded = data.withUnsafeBytes { raw in
            // Decoded no larger than needed: at most twice the kept side each way.
            sadna_jpeg_decode(
                raw.bindMemory(to: UInt8.self).baseAddress, raw.count, 4 * Limits.photoSide * Limits.photoSide,
                Int32(Limits.photoLongestSide), &width, &height, &message, message.count)
        }
        guard let pixels = decoded else { throw PictureError(.phraseScanDecoder, ["reason": .text(String(cString: message))]) }
        defer { free(pixels) }
        let surface = try Self.surface(width: Int(width), height: Int(height))
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let target = cairo_image_surface_get_data(surface) else {
            cairo_surface_destroy(surface)
            throw PictureError(.phrasePictureTooLarge)
        }
        for row in 0..<Int(height) {
            memcpy(target + row * stride, pixels + row * Int(width) * 4, Int(width) * 4)
        }
        cairo_surface_mark_dirty(surface)
        return Picture(surface: surface)
    }
}

/// Why a picture could not be used.
public struct PictureError: Error, CustomStringConvertible {
    /// Why, as words a message takes (`{problem}`), in the reader's language.
    public var problem: MessageArgument

    init(_ id: MessageID, _ arguments: MessageArguments = [:]) {
        problem = .phrase(id, arguments)
    }

    /// A file that could not be read, for the file source's reason.
    init(_ failure: FileSourceError) {
        problem = failure.reason
    }

    /// Why, in English (logs, the fuzzer's checks).
    public var reason: String {
        guard case let .phrase(id, arguments) = problem else { return "\(problem.plainValue)" }
        return MessageCatalogue.shared.render(id, .message, arguments, in: .en, style: .terminal) ?? id.rawValue
    }

    public var description: String { reason }
}
