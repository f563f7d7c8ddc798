import CPangoCairo
import CSadnaImage
import CSadnaScan
import Foundation

/// A photo as Sadna scans it: upright as the camera meant it, at most ``maxPixels`` (a bigger
/// one is scaled down first, so that time and memory never follow the camera), in Cairo's ARGB32.
public struct Photo: Sendable {
    public let width: Int
    public let height: Int
    public var pixels: [UInt8]

    /// About 12 megapixels: a phone's usual photo, and ample for a form's QR codes.
    public static let maxPixels = 12_600_000
    /// The widest photo Sadna opens at all.
    static let maxSide = 30_000

    public init(width: Int, height: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// Reads a JPEG (its EXIF orientation honoured), PNG or HEIC photo.
    public static func read(_ url: URL) throws(ScanRefusal) -> Photo {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ScanRefusal(.unreadable, .phraseScanCannotRead, ["reason": .quoted(error.localizedDescription)])
        }
        let bytes = [UInt8](data)
        let photo: Photo
        if bytes.starts(with: [0xFF, 0xD8]) {
            photo = try jpeg(bytes)
        } else if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            photo = try png(url)
        } else if bytes.count > 12, String(decoding: bytes[4..<8], as: UTF8.self) == "ftyp" {
            photo = try heic(bytes)
        } else {
            throw ScanRefusal(.unreadable, .phraseScanNotPhoto)
        }
        return photo.shrunk(to: maxPixels)
    }

    static func jpeg(_ bytes: [UInt8]) throws(ScanRefusal) -> Photo {
        var width: Int32 = 0, height: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        // libjpeg decodes a huge photo at a half or a quarter of its size, cheaply.
        let decoded = bytes.withUnsafeBufferPointer {
            sadna_jpeg_decode($0.baseAddress, $0.count, maxPixels, Int32(maxSide), &width, &height, &message, message.count)
        }
        guard let decoded else {
            throw ScanRefusal(.unreadable, .phraseScanDecoder, ["reason": .quoted(String(cString: message))])
        }
        defer { free(decoded) }
        let orientation = bytes.withUnsafeBufferPointer { sadna_exif_orientation($0.baseAddress, $0.count) }
        return Photo(taking: decoded, width: Int(width), height: Int(height)).oriented(Int(orientation))
    }

    static func png(_ url: URL) throws(ScanRefusal) -> Photo {
        let surface = cairo_image_surface_create_from_png(url.path)!
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw ScanRefusal(.unreadable, .phraseScanNotPng)
        }
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        guard width <= maxSide, height <= maxSide,
            cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32
                || cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24
        else {
            throw ScanRefusal(
                .unreadable, .phraseScanPngKind, ["width": .number(width), "height": .number(height)])
        }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        for row in 0..<height {
            for column in 0..<width {
                let from = row * stride + column * 4, to = (row * width + column) * 4
                // A transparent pixel is paper: white under it.
                let alpha = Int(data[from + 3])
                for channel in 0..<3 { pixels[to + channel] = UInt8(min(255, Int(data[from + channel]) + 255 - alpha)) }
            }
        }
        return Photo(width: width, height: height, pixels: pixels)
    }

    static func heic(_ bytes: [UInt8]) throws(ScanRefusal) -> Photo {
        var width: Int32 = 0, height: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        let decoded = bytes.withUnsafeBufferPointer {
            sadna_heif_decode($0.baseAddress, $0.count, Int32(maxSide), &width, &height, &message, message.count)
        }
        guard let decoded else {
            throw ScanRefusal(.unreadable, .phraseScanDecoder, ["reason": .quoted(String(cString: message))])
        }
        defer { free(decoded) }
        return Photo(taking: decoded, width: Int(width), height: Int(height))
    }

    /// A copy of C's pixels (the caller frees them).
    init(taking pixels: UnsafeMutablePointer<UInt8>, width: Int, height: Int) {
        self.init(width: width, height: height, pixels: Array(UnsafeBufferPointer(start: pixels, count: width * height * 4)))
    }

    /// Upright as EXIF `orientation` (1 to 8) says.
    func oriented(_ orientation: Int) -> Photo {
        guard orientation > 1 else { return self }
        var width: Int32 = 0, height: Int32 = 0
        guard let turned = sadna_orient(pixels, Int32(self.width), Int32(self.height), Int32(orientation), &width, &height)
        else { return self }
        defer { free(turned) }
        return Photo(taking: turned, width: Int(width), height: Int(height))
    }

    /// At most `limit` pixels.
    func shrunk(to limit: Int) -> Photo {
        var width: Int32 = 0, height: Int32 = 0
        guard let small = sadna_shrink(pixels, Int32(self.width), Int32(self.height), limit, &width, &height) else { return self }
        defer { free(small) }
        return Photo(taking: small, width: Int(width), height: Int(height))
    }

    /// Each pixel's grey.
    public var gray: [UInt8] {
        var gray = [UInt8](repeating: 0, count: width * height)
        sadna_gray(pixels, Int32(width), Int32(height), &gray)
        return gray
    }
}
