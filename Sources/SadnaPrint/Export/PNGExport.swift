import CPangoCairo
import Foundation
import SadnaKit

/// PNG previews of a document's pages, to look at what will print.
public enum PNGExport {
    /// Writes `DIR/NAME-1.png`, `DIR/NAME-2.png`, … at `dpi` and returns their URLs.
    @discardableResult
    public static func write(
        _ document: PrintDocument, to directory: URL, name: String,
        dpi: Double = 96
    ) throws -> [URL] {
        try write(document.pages, to: directory, name: name, dpi: dpi)
    }

    /// Previews of pages as they come (see ``PDFExport``).
    @discardableResult
    public static func write<Pages: Sequence<Page>>(
        _ pages: Pages, to directory: URL, name: String,
        dpi: Double = 96
    ) throws -> [URL] {
        var written: [URL] = []
        for (index, page) in pages.enumerated() {
            let url = directory.appendingPathComponent("\(name)-\(index + 1).png")
            let output = try OutputFile(url)
            try output.write(try data(page, dpi: dpi))
            try output.commit()
            written.append(url)
        }
        return written
    }

    /// One page as PNG bytes, on white.
    public static func data(_ page: Page, dpi: Double) throws(PNGError) -> Data {
        let scale = dpi / 25.4
        let width = Int32((page.size.width * scale).rounded()), height = Int32((page.size.height * scale).rounded())
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        PageRenderer.draw(page, on: cr)
        cairo_destroy(cr)
        return try encode(surface)
    }

    /// A Cairo image surface as PNG bytes.
    public static func encode(_ surface: OpaquePointer) throws(PNGError) -> Data {
        final class Buffer { var data = Data() }
        let buffer = Buffer()
        let box = Unmanaged.passRetained(buffer)
        defer { box.release() }
        let status = cairo_surface_write_to_png_stream(
            surface,
            { closure, bytes, length in
                let buffer = Unmanaged<Buffer>.fromOpaque(closure!).takeUnretainedValue()
                if let bytes { buffer.data.append(bytes, count: Int(length)) }
                return CAIRO_STATUS_SUCCESS
            }, box.toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { throw PNGError(reason: String(cString: cairo_status_to_string(status))) }
        return buffer.data
    }

    /// Cairo could not make the picture.
    public struct PNGError: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { "Cairo: \(reason)" }
    }
}
