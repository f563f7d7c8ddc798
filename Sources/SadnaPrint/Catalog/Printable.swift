import Foundation
import SadnaKit

/// One kind of page in the catalog. A new printable is one type conforming to this, its case in
/// ``PrintableKind`` (which says what a request for it may ask) and in
/// ``PrintableKind/printable``, plus its template's words (docs/adding-a-printable.md).
public protocol Printable {
    static var kind: PrintableKind { get }
    /// Lays out what `request` asks for. The catalog has already checked the request against
    /// the kind (``PrintRequest/problems(in:templates:)``) and resolved its items to ids.
    static func job(for request: PrintRequest, items: [String], in context: LayoutContext) -> PrintJob
    /// The paper `item` (or, for a printable of no particular thing, the printable) comes on when
    /// a request names none; nil when it depends on the request (cards, set on the sheet asked
    /// for). By it the catalog prints an A3 page asked for on A4 as tiles (``Tiling``).
    static func ownPaper(of item: String?, in context: LayoutContext) -> Paper?
}

extension Printable {
    static func ownPaper(of item: String?, in context: LayoutContext) -> Paper? { nil }
}

/// A document the catalog made: what the PDF says about itself, its pages in print order
/// (laid out as they are walked, so a deck of thousands of cards streams in flat memory), and how
/// it is printed.
public struct PrintJob {
    public var kind: PrintableKind
    public var info: DocumentInfo
    /// Laid out as they are walked; a job in `batches` prints from those (the same pages).
    public private(set) var pages: AnySequence<Page>
    public var bookmarks: [Bookmark]
    /// Printed two-sided with this flip (card backs); nil for one-sided.
    public var duplex: DuplexFlip?
    /// Sheets of cards to cut.
    public var isCut: Bool
    /// What it prints, item by item, for a print list ("מסע עכשווי: הוצאת אישור תושב").
    public var itemTitles: [String]
    /// For cards: each card's front as it is printed, before it is set on the sheet (a preview).
    public var cardFaces: AnySequence<Page>?
    /// For a poster printed on smaller sheets to glue together: how it is tiled; nil otherwise.
    public var tiling: Tiling?
    /// Whether it must print at exactly its size: cut cards and tiles always, other sheets
    /// (labels, the calibration sheet) when their document says so.
    public var printsAtExactSize: Bool { info.printsAtExactSize || isCut || tiling != nil }
    /// The same pages in batches that can be laid out side by side (``PDFExport``'s threads);
    /// nil for a document laid out in one piece.
    public private(set) var batches: PageBatches?
    /// The typesetter `pages` lays the batches out with, which hears what other threads found.
    private(set) var batchTypesetter: Typesetter?

    public init(
        kind: PrintableKind, info: DocumentInfo, pages: some Sequence<Page>, bookmarks: [Bookmark] = [],
        duplex: DuplexFlip? = nil, isCut: Bool = false, itemTitles: [String] = []
    ) {
        self.kind = kind
        self.info = info
        self.pages = AnySequence(pages)
        self.bookmarks = bookmarks
        self.duplex = duplex
        self.isCut = isCut
        self.itemTitles = itemTitles
        self.cardFaces = nil
        self.tiling = nil
        self.batches = nil
    }

    /// A job whose pages come in batches; walking `pages` lays them out with `typesetter`.
    public init(
        kind: PrintableKind, info: DocumentInfo, batches: PageBatches, typesetter: Typesetter,
        bookmarks: [Bookmark] = [], duplex: DuplexFlip? = nil, isCut: Bool = false, itemTitles: [String] = []
    ) {
        self.init(
            kind: kind, info: info, pages: batches.pages(using: typesetter), bookmarks: bookmarks, duplex: duplex,
            isCut: isCut, itemTitles: itemTitles)
        self.batches = batches
        batchTypesetter = typesetter
    }

    /// A job of items in batches of their own (`batches` has one per item), each item opening
    /// with a bookmark titled as it when there is more than one, as ``init(kind:documents:titles:)``.
    init(
        kind: PrintableKind, items: [(title: String, info: DocumentInfo, pages: Int)], batches: PageBatches,
        typesetter: Typesetter
    ) {
        let titles = items.map(\.title)
        let starts = items.reduce(into: [0]) { $0.append($0.last! + $1.pages) }
        let bookmarks = items.count == 1 ? [] : zip(titles, starts).map { Bookmark(title: $0, page: $1) }
        self.init(
            kind: kind, info: DocumentInfo(combining: items.map(\.info), titles: titles), batches: batches,
            typesetter: typesetter, bookmarks: bookmarks, itemTitles: titles)
    }

    /// How many threads lay out and draw a job's PDF parts beside the one that joins them,
    /// unless told otherwise: one per core (joining is a small share of the work).
    public static var partThreads: Int { ParallelWork.cores }

    /// How many whole jobs (a kit's meetings, each laid out and drawn by one worker) run side by
    /// side, unless told otherwise: one per core.
    public static var jobThreads: Int { ParallelWork.cores }

    /// A job of laid-out documents, one per item, each opening with a bookmark titled as the
    /// item (when there is more than one).
    init(kind: PrintableKind, documents: [PrintDocument], titles: [String]) {
        let combined = PrintDocument(combining: documents, titles: titles)
        self.init(kind: kind, info: combined.info, pages: combined.pages, bookmarks: combined.bookmarks, itemTitles: titles)
    }

    /// Every page, laid out now.
    public var document: PrintDocument {
        PrintDocument(info: info, pages: Array(pages), bookmarks: bookmarks)
    }

    /// Jobs of one item each as one job, each item opening with a bookmark titled as it (when
    /// there is more than one).
    init(kind: PrintableKind, combining jobs: [PrintJob]) {
        let titles = jobs.map { $0.itemTitles.first ?? $0.info.title }
        self.init(kind: kind, documents: jobs.map(\.document), titles: titles)
        isCut = jobs.contains { $0.isCut }
    }
}
