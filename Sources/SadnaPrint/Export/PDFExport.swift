import CPangoCairo
import Foundation
import SadnaKit

/// Writes a ``PrintDocument`` as PDF: atomically, with metadata, bookmarks and a fixed date so
/// that the same input always gives the same bytes.
public enum PDFExport {
    /// Writes the document to `url`. Nothing is left half-written: the PDF is drawn into a
    /// temporary file beside `url` and renamed into place only when complete.
    public static func write(_ document: PrintDocument, to url: URL) throws {
        try write(document.pages, info: document.info, bookmarks: document.bookmarks, to: url)
    }

    /// Writes pages as they come, so that a deck of thousands of cards is laid out and drawn one
    /// sheet at a time and memory stays flat. `beforeCommit` runs when every page is drawn and
    /// may still refuse the file (by throwing), in which case nothing replaces `url`. Every byte
    /// Cairo writes goes through an ``OutputFile``: a full disk stops the run with the system's
    /// words, and the old file stays as it was.
    public static func write<Pages: Sequence<Page>>(
        _ pages: Pages, info: DocumentInfo, bookmarks: [Bookmark] = [],
        to url: URL, beforeCommit: () throws -> Void = {}
    ) throws {
        _ = try write(to: url, exactSize: info.printsAtExactSize, beforeCommit: beforeCommit) { sink in
            try render(pages, info: info, bookmarks: bookmarks, sink: sink)
        }
    }

    /// Writes a job, in parts drawn on `threads` threads beside this one when it comes in
    /// batches (``PartedPDF``; on this thread alone when `threads` is 0), the same bytes whatever
    /// the number. Says how many pages it wrote, and the first one's size.
    @discardableResult
    public static func write(
        _ job: PrintJob, threads: Int, to url: URL,
        beforeCommit: () throws -> Void = {}
    ) throws -> Printed {
        try write(to: url, exactSize: job.printsAtExactSize, beforeCommit: beforeCommit) { sink in
            try render(job, threads: threads, sink: sink)
        }
    }

    /// The PDF in memory (for the workbench's downloads).
    public static func data<Pages: Sequence<Page>>(_ pages: Pages, info: DocumentInfo, bookmarks: [Bookmark] = []) throws -> Data
    {
        var data = Data()
        var update = ExactSizeUpdate()
        _ = try render(pages, info: info, bookmarks: bookmarks) { bytes in
            data.append(contentsOf: bytes)
            if info.printsAtExactSize { update.record(bytes) }
        }
        if info.printsAtExactSize { data.append(contentsOf: try update.update()) }
        return data
    }

    /// A job's PDF in memory, the same bytes as ``write(_:threads:to:beforeCommit:)`` writes.
    public static func data(_ job: PrintJob, threads: Int = 0) throws -> Data {
        var data = Data()
        var update = ExactSizeUpdate()
        let exact = job.printsAtExactSize
        _ = try render(job, threads: threads) { bytes in
            data.append(contentsOf: bytes)
            if exact { update.record(bytes) }
        }
        if exact { data.append(contentsOf: try update.update()) }
        return data
    }

    /// How many pages a PDF has, and the first one's size (nil when it has none).
    public struct Printed {
        public var pages = 0
        public var firstPageSize: Size?
    }

    /// Writes what `render` draws through an ``OutputFile``: nothing replaces `url` unless every
    /// byte was written and `beforeCommit` agrees. A PDF to print at `exactSize` gets its
    /// viewer preference appended (``ExactSizeUpdate``) before it is committed.
    private static func write(
        to url: URL, exactSize: Bool, beforeCommit: () throws -> Void,
        _ render: (@escaping (UnsafeRawBufferPointer) throws -> Void) throws -> Printed
    ) throws -> Printed {
        let output = try OutputFile(url)
        let update = UpdateBox()
        let printed = try render { bytes in
            try output.write(bytes)
            if exactSize { update.value.record(bytes) }
        }
        guard printed.pages > 0 else {
            throw OutputError(url, reason: "there is nothing to print", problem: .phrase(.phraseOutputNothing))
        }
        if exactSize, output.failure == nil {
            let bytes = try update.value.update()
            try bytes.withUnsafeBytes { try output.write($0) }
        }
        if let failure = output.failure { throw failure }
        try beforeCommit()
        try output.commit()
        return printed
    }

    /// Draws a job into a PDF whose bytes go to `sink`: a job in batches in parts (``PartedPDF``),
    /// any other in one piece.
    static func render(_ job: PrintJob, threads: Int, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws -> Printed {
        guard let batches = job.batches, let typesetter = job.batchTypesetter else {
            return try render(job.pages, info: job.info, bookmarks: job.bookmarks, sink: sink)
        }
        return try PartedPDF.render(
            batches, info: job.info, bookmarks: job.bookmarks, threads: threads,
            reportingTo: typesetter, sink: sink)
    }

    /// Draws the pages into a PDF whose bytes go to `sink` as Cairo makes them; no pages, no
    /// PDF. A sink that throws stops the drawing at the next page. A part to be joined
    /// (``PDFJoin``) is written as PDF 1.4: from Cairo 1.17.6 on, a later version packs objects
    /// into compressed object streams, which the join does not read.
    static func render<Pages: Sequence<Page>>(
        _ pages: Pages, info: DocumentInfo, bookmarks: [Bookmark], asPart: Bool = false,
        sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws -> Printed {
        var iterator = pages.makeIterator()
        guard let first = iterator.next() else { return Printed() }
        let stream = Stream(sink)
        let box = Unmanaged.passRetained(stream)
        defer { box.release() }
        // After the sink's first failure the rest of Cairo's bytes are dropped but reported
        // written: Cairo 1.16's PDF surface, finished after its stream reported an error (as
        // destroying it does when a full disk stops the drawing), copies into a null pointer.
        // The failure is kept and thrown; the file is never committed.
        let created = cairo_pdf_surface_create_for_stream(
            { closure, data, length in
                guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
                let stream = Unmanaged<Stream>.fromOpaque(closure).takeUnretainedValue()
                guard stream.failure == nil, let data else { return CAIRO_STATUS_SUCCESS }
                do {
                    try stream.sink(UnsafeRawBufferPointer(start: data, count: Int(length)))
                } catch {
                    stream.failure = error
                }
                return CAIRO_STATUS_SUCCESS
            }, box.toOpaque(), Units.points(first.size.width), Units.points(first.size.height))
        guard let surface = created, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            if let created { cairo_surface_destroy(created) }
            throw RenderError(reason: "Cairo could not start a PDF (out of memory?)")
        }
        defer { cairo_surface_destroy(surface) }
        if asPart { cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_4) }
        setMetadata(info, on: surface)
        guard let cr = cairo_create(surface) else { throw RenderError(reason: "Cairo could not start drawing (out of memory?)") }
        defer { cairo_destroy(cr) }
        var outline = Outline()
        let shared = SharedDrawings()
        var index = 0
        var next: Page? = first
        while let page = next {
            cairo_pdf_surface_set_size(surface, Units.points(page.size.width), Units.points(page.size.height))
            paintPaper(on: cr)
            cairo_save(cr)
            cairo_scale(cr, Units.pointsPerMillimetre, Units.pointsPerMillimetre)
            PageRenderer.draw(page, on: cr, shared: shared)
            cairo_restore(cr)
            for bookmark in bookmarks where bookmark.page == index {
                outline.add(bookmark, on: surface)
            }
            cairo_show_page(cr)
            // A full disk shows at once: stop drawing the rest.
            if let failure = stream.failure { throw failure }
            index += 1
            next = iterator.next()
        }
        let printed = Printed(pages: index, firstPageSize: first.size)
        cairo_surface_finish(surface)
        if let failure = stream.failure { throw failure }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(reason: "Cairo: \(String(cString: cairo_status_to_string(status)))")
        }
        return printed
    }

    /// Paints the page white before anything is drawn on it. On paper this changes nothing; it
    /// is for Cairo, which sorts each page's drawings by uniting their bounds into one region.
    /// Once the whole page is in that region, every later union is immediate; otherwise a
    /// journey map's thousands of text runs build a region of ever more pieces, and merging
    /// them took a seventh of the time the map took to print.
    private static func paintPaper(on cr: OpaquePointer) {
        cairo_save(cr)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    /// The update being gathered while the bytes stream out (a class: the sink escapes).
    private final class UpdateBox {
        var value = ExactSizeUpdate()
    }

    /// Where Cairo's bytes go, and the first error the sink threw.
    private final class Stream {
        let sink: (UnsafeRawBufferPointer) throws -> Void
        var failure: Error?
        init(_ sink: @escaping (UnsafeRawBufferPointer) throws -> Void) { self.sink = sink }
    }

    /// Cairo could not make the file.
    public struct RenderError: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    private static func setMetadata(_ info: DocumentInfo, on surface: OpaquePointer) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, info.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, info.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, info.subject)
        if !info.keywords.isEmpty {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, info.keywords)
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Sadna")
        let date = info.created.iso8601
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    }

    /// Cairo numbers outline items as they are added; a child names its parent's number.
    private struct Outline {
        private var parents: [Int32] = []

        mutating func add(_ bookmark: Bookmark, on surface: OpaquePointer) {
            let level = min(bookmark.level, parents.count)
            parents.removeLast(parents.count - level)
            let parent = parents.last ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let id = cairo_pdf_surface_add_outline(
                surface, parent, bookmark.title, "page=\(bookmark.page + 1)",
                CAIRO_PDF_OUTLINE_FLAG_OPEN)
            parents.append(id)
        }
    }
}
