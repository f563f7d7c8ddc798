import SadnaKit

/// How a shape is filled and outlined.
public struct Paint: Sendable, Hashable {
    public var fill: Colour?
    public var stroke: Colour?
    /// Outline width in millimetres (0.25 mm is a fine rule, 0.5 mm a bold one).
    public var lineWidth: Double
    /// Dash lengths in millimetres; empty for a solid line.
    public var dash: [Double]

    public init(fill: Colour? = nil, stroke: Colour? = nil, lineWidth: Double = 0.25, dash: [Double] = []) {
        self.fill = fill
        self.stroke = stroke
        self.lineWidth = lineWidth
        self.dash = dash
    }

    public static func filled(_ colour: Colour) -> Paint { Paint(fill: colour) }
    public static func stroked(_ colour: Colour, width: Double = 0.25, dash: [Double] = []) -> Paint {
        Paint(stroke: colour, lineWidth: width, dash: dash)
    }
}

/// A figure drawn on a page, in millimetres.
public enum Shape: Sendable, Hashable {
    case rectangle(Rect, cornerRadius: Double)
    /// Rectangles filled as one figure (a QR code's modules): one fill, so no hairline seams
    /// show where neighbours meet, on screen or in a picture of the page.
    case rectangles([Rect])
    case line(from: Point, to: Point)
    case circle(centre: Point, radius: Double)
    /// Connected straight segments through the points (an open curve when `closed` is false).
    case polyline([Point], closed: Bool)
    /// A smooth curve through the points, in order (a Catmull-Rom spline drawn as Béziers).
    case smoothCurve([Point])
    /// An arc of a circle, angles in radians from the x axis, clockwise as the page's y grows down.
    case arc(centre: Point, radius: Double, from: Double, to: Double)
}

/// An affine map from a group's own coordinates to its page's, in millimetres.
public struct Transform: Sendable, Hashable {
    public var a, b, c, d, tx, ty: Double

    public static let identity = Transform(a: 1, b: 0, c: 0, d: 1, tx: 0, ty: 0)

    public static func translation(_ x: Double, _ y: Double) -> Transform {
        Transform(a: 1, b: 0, c: 0, d: 1, tx: x, ty: y)
    }

    /// A half turn about the centre of a `size` box placed at `origin`: what a card back needs
    /// to read upright after the sheet is flipped on its other axis.
    public static func halfTurn(of size: Size, at origin: Point) -> Transform {
        Transform(a: -1, b: 0, c: 0, d: -1, tx: origin.x + size.width, ty: origin.y + size.height)
    }
}

/// One thing on a page: a shape, some lines of a measured text block, or a group of elements
/// placed together (a card on a sheet), optionally clipped.
public indirect enum PageElement {
    case shape(Shape, Paint)
    /// Lines `lines` of `block`, the first line's top at `origin`.
    case text(TextBlock, origin: Point, lines: Range<Int>)
    /// `elements` drawn through `transform`; `clip` (in page coordinates) bounds what shows.
    case group([PageElement], transform: Transform, clip: Rect?)
    /// A picture filling `frame` (cropped to keep its proportions), inside a circle when `round`.
    case picture(Picture, frame: Rect, round: Bool)
    /// Content that recurs unchanged (a worksheet's copies, a card set many to a sheet): a PDF
    /// holds it once and shows it wherever it recurs.
    case shared(SharedContent)
}

/// A page's content drawn once into a PDF however often it is shown (see ``Page/shared``).
public final class SharedContent {
    public let elements: [PageElement]
    public let size: Size

    init(elements: [PageElement], size: Size) {
        self.elements = elements
        self.size = size
    }
}

/// A page of frames: everything measured and placed, ready for export to draw as it is.
public struct Page {
    public var size: Size
    public private(set) var elements: [PageElement] = []
    /// For a form printed to fill by hand: what its corner marks say and where its fields are,
    /// so that a photo of it can be cut by the geometry that drew it (``ScanMarks``).
    public var scanForm: ScanForm?

    public init(size: Size) {
        self.size = size
    }

    public mutating func add(_ shape: Shape, _ paint: Paint) {
        elements.append(.shape(shape, paint))
    }

    /// Places a whole text block with its top-left corner at `origin`.
    public mutating func add(_ block: TextBlock, at origin: Point) {
        elements.append(.text(block, origin: origin, lines: 0..<block.lines.count))
    }

    /// Places some lines of a block, e.g. the part of a table cell that fits this page.
    public mutating func add(_ block: TextBlock, lines: Range<Int>, at origin: Point) {
        guard !lines.isEmpty else { return }
        elements.append(.text(block, origin: origin, lines: lines))
    }

    public mutating func add(_ picture: Picture, in frame: Rect, round: Bool = false) {
        elements.append(.picture(picture, frame: frame, round: round))
    }

    /// Places another page's content (a card) on this one through `transform`, clipped to `clip`.
    public mutating func place(_ content: Page, transform: Transform, clip: Rect? = nil) {
        elements.append(.group(content.elements, transform: transform, clip: clip))
    }

    /// The same page, its content held once in a PDF however many times the page (or a page
    /// placing it) is printed: for copies.
    public var shared: Page {
        var page = Page(size: size)
        page.elements = [.shared(SharedContent(elements: elements, size: size))]
        return page
    }

    /// Places the part `area` of another page (in its own coordinates) on this one at full size,
    /// its top-left corner at `origin`: a sheet of a tiled poster. Only what reaches into the
    /// part is carried over.
    public mutating func place(_ content: Page, showing area: Rect, at origin: Point) {
        elements.append(
            .group(
                content.elements(reaching: area),
                transform: .translation(origin.x - area.x, origin.y - area.y),
                clip: Rect(x: origin.x, y: origin.y, width: area.width, height: area.height)))
    }
}

/// A PDF outline entry ("bookmark") pointing at a page.
public struct Bookmark: Sendable, Hashable {
    public var title: String
    /// Index of the page, from 0.
    public var page: Int
    public var level: Int

    public init(title: String, page: Int, level: Int = 0) {
        self.title = title
        self.page = page
        self.level = level
    }
}

/// What the PDF says about itself.
public struct DocumentInfo: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    /// The creation date written into the file (fixed, so the same input gives the same bytes).
    public var created: StampDate
    /// Whether the PDF must print at exactly its size (labels, cards, tiles, the calibration
    /// sheet): it then asks the print dialog not to scale it (``ExactSizeUpdate``).
    public var printsAtExactSize = false

    public init(title: String, author: String, subject: String, keywords: String = "", created: StampDate = .fixed) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.created = created
    }
}

/// Pages ready to export, with their metadata and outline.
public struct PrintDocument {
    public var info: DocumentInfo
    public var pages: [Page]
    public var bookmarks: [Bookmark]

    public init(info: DocumentInfo, pages: [Page], bookmarks: [Bookmark] = []) {
        self.info = info
        self.pages = pages
        self.bookmarks = bookmarks
    }
}

extension PrintDocument {
    /// Several documents as one, each starting with a bookmark titled as given.
    public init(combining documents: [PrintDocument], titles: [String]) {
        var pages: [Page] = []
        var bookmarks: [Bookmark] = []
        for (document, title) in zip(documents, titles) {
            bookmarks.append(Bookmark(title: title, page: pages.count))
            bookmarks += document.bookmarks.map { Bookmark(title: $0.title, page: $0.page + pages.count, level: $0.level + 1) }
            pages += document.pages
        }
        self.init(
            info: DocumentInfo(combining: documents.map(\.info), titles: titles), pages: pages,
            bookmarks: documents.count == 1 ? documents[0].bookmarks : bookmarks)
    }
}

extension DocumentInfo {
    /// What a PDF of several documents says about itself: the one's own words when there is
    /// one, otherwise the titles together, by the first one's author.
    public init(combining infos: [DocumentInfo], titles: [String]) {
        if infos.count == 1 {
            self = infos[0]
        } else {
            self.init(
                title: titles.joined(separator: " · "), author: infos.first?.author ?? "",
                subject: infos.first?.subject ?? "", keywords: infos.first?.keywords ?? "")
        }
    }
}
