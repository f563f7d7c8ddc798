import Foundation
import SadnaKit

/// A document in batches printed as PDF in parts: runs of batches, each laid out and drawn into
/// a PDF of its own by one worker thread, and joined in order (``PDFJoin``) as they are done.
/// Cairo's PDF surface draws on one thread, so this is how drawing, and not only layout, uses
/// every core.
///
/// Where the parts end depends on the document alone, never on the number of threads, and each
/// part is drawn on a PDF surface of its own from its first page: the PDF is the same byte for
/// byte on one thread or many. What the workers' typesetters report is handed to the job's
/// typesetter part by part in order, so the reports do not depend on the threads either.
enum PartedPDF {
    /// About how many pages a part holds: enough that its fonts, embedded once per part, are a
    /// small share of it; few enough that a hundred A3 maps make four parts for the cores to share.
    static let pagesPerPart = 24

    /// The runs of batches printed as parts.
    static func parts(of batches: PageBatches) -> [Range<Int>] {
        let count = max(1, min(batches.count, batches.count * batches.pagesEach / pagesPerPart))
        // Spread evenly, so that the last part is not a small remainder the others wait for.
        return (0..<count).map { part in (part * batches.count / count)..<((part + 1) * batches.count / count) }
    }

    /// Draws the batches into a PDF whose bytes go to `sink`, in parts on `threads` worker threads
    /// (on this one when `threads` is 0); what layout reports goes to `typesetter`.
    static func render(
        _ batches: PageBatches, info: DocumentInfo, bookmarks: [Bookmark], threads: Int,
        reportingTo typesetter: Typesetter,
        sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws -> PDFExport.Printed {
        let parts = parts(of: batches)
        guard parts.count > 1 else {
            return try PDFExport.render(batches.pages(using: typesetter), info: info, bookmarks: bookmarks, sink: sink)
        }
        var join = PDFJoin { bytes in try bytes.withUnsafeBytes { try sink($0) } }
        var firstPageSize: Size?
        func add(_ part: Part) throws {
            firstPageSize = firstPageSize ?? part.firstPageSize
            try join.add(part.pdf)
        }
        if threads == 0 {
            for part in parts { try add(Part(batches, part, info: info, typesetter: typesetter)) }
        } else {
            let workers = Workers(batches, parts: parts, info: info, threads: min(threads, parts.count))
            defer { workers.stop() }
            for index in parts.indices {
                let part = try workers.take(index)
                typesetter.adopt(part.diagnostics)
                try add(part)
            }
        }
        try join.finish(bookmarks: bookmarks)
        return PDFExport.Printed(pages: join.pageCount, firstPageSize: firstPageSize)
    }

    /// One part, laid out and drawn.
    private struct Part {
        var pdf: [UInt8] = []
        var firstPageSize: Size?
        var diagnostics: [Diagnostic] = []

        init(_ batches: PageBatches, _ range: Range<Int>, info: DocumentInfo, typesetter: Typesetter) throws {
            let pages = range.lazy.flatMap { batches.pages($0, typesetter: typesetter) }
            var pdf: [UInt8] = []
            firstPageSize = try PDFExport.render(pages, info: info, bookmarks: [], asPart: true) { bytes in
                pdf.append(contentsOf: bytes)
            }
            .firstPageSize
            self.pdf = pdf
        }
    }

    /// Worker threads, each with a typesetter of its own (Pango's font maps and contexts are not
    /// shared between threads), making parts at most a few ahead of the one being joined.
    private final class Workers: @unchecked Sendable {
        let batches: PageBatches
        let parts: [Range<Int>]
        let info: DocumentInfo
        let window: Int
        let condition = NSCondition()
        var nextToMake = 0
        var nextToTake = 0
        var done: [Int: Result<Part, Error>] = [:]
        var stopped = false

        init(_ batches: PageBatches, parts: [Range<Int>], info: DocumentInfo, threads: Int) {
            self.batches = batches
            self.parts = parts
            self.info = info
            window = 2 * threads
            for _ in 0..<threads {
                let thread = Thread { [self] in work() }
                thread.name = "sadna-part"
                thread.stackSize = 4 << 20
                thread.start()
            }
        }

        private func work() {
            let typesetter = Typesetter()
            while true {
                condition.lock()
                while !stopped && nextToMake < parts.count && nextToMake >= nextToTake + window { condition.wait() }
                guard !stopped, nextToMake < parts.count else {
                    condition.unlock()
                    return
                }
                let index = nextToMake
                nextToMake += 1
                condition.unlock()
                let part = Result {
                    var part = try Part(batches, parts[index], info: info, typesetter: typesetter)
                    part.diagnostics = typesetter.takeDiagnostics()
                    return part
                }
                condition.lock()
                done[index] = part
                condition.broadcast()
                condition.unlock()
            }
        }

        func take(_ index: Int) throws -> Part {
            condition.lock()
            defer { condition.unlock() }
            while done[index] == nil { condition.wait() }
            nextToTake = index + 1
            condition.broadcast()
            return try done.removeValue(forKey: index)!.get()
        }

        /// Joining stopped (finished, or a full disk): the workers finish the part in hand and leave.
        func stop() {
            condition.lock()
            stopped = true
            done.removeAll()
            condition.broadcast()
            condition.unlock()
        }
    }
}
