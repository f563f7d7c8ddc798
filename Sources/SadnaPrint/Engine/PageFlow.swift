import SadnaKit

/// Fills pages from top to bottom: keeps a cursor, starts a new page when something does not
/// fit, and lets the caller draw a running header on every new page (a table's repeated header
/// row, say). Footers are added once the number of pages is known.
public final class PageFlow {
    public let paper: Paper
    public let margin: Double
    /// The margin at the left and right edges (mm): ``margin`` unless a page keeps its sides
    /// wider (a worksheet's, clear of its corner codes).
    public let side: Double
    /// Room kept free at the bottom of every page for the footer (mm).
    public let footerHeight: Double
    public private(set) var pages: [Page] = []
    /// Where the next thing goes on the current page (mm from the top).
    public private(set) var y: Double = 0
    /// Called on every page after the first, before anything else is placed; it draws through
    /// the flow and moves its cursor. Set it while a table runs, clear it after.
    public var continuation: ((PageFlow) -> Void)?
    /// How tightly the layout sets its gaps and body type (see ``Strays``).
    public var tightness = Tightness.asDesigned
    /// Rows, items or lines left alone on a page, as their layouts noted them.
    public private(set) var strays = 0

    public init(paper: Paper, margin: Double, side: Double? = nil, footerHeight: Double) {
        self.paper = paper
        self.margin = margin
        self.side = side ?? margin
        self.footerHeight = footerHeight
        startPage()
    }

    /// The band between the margins.
    public var left: Double { side }
    public var right: Double { paper.size.width - side }
    public var width: Double { right - left }
    /// The lowest y a body element may reach.
    public var bottom: Double { paper.size.height - margin - footerHeight }
    public var remaining: Double { bottom - y }
    /// The body's full height on a page with nothing on it but its margins.
    public var pageBodyHeight: Double { bottom - margin }
    public var pageIndex: Int { pages.count - 1 }
    public var isAtTopOfPage: Bool { y <= margin + 0.001 }

    /// Begins a new page and runs the continuation (a table's header) on it.
    public func startPage() {
        pages.append(Page(size: paper.size))
        y = margin
        if pages.count > 1, let continuation {
            continuation(self)
        }
    }

    /// Makes sure `height` fits below the cursor, starting a new page when it does not (unless
    /// this page is still empty: then nothing would gain).
    public func ensure(_ height: Double) {
        if height > remaining && !isAtTopOfPage {
            startPage()
        }
    }

    /// Notes that something was left alone on a page, for the layout to pull it back.
    public func noteStray() {
        strays += 1
    }

    public func advance(_ height: Double) {
        y += height
    }

    /// Moves the cursor to `y` on the current page (for a part placed in a region of its own).
    public func move(to y: Double) {
        self.y = y
    }

    public func add(_ shape: Shape, _ paint: Paint) {
        pages[pages.count - 1].add(shape, paint)
    }

    public func add(_ block: TextBlock, at origin: Point) {
        pages[pages.count - 1].add(block, at: origin)
    }

    public func add(_ block: TextBlock, lines: Range<Int>, at origin: Point) {
        pages[pages.count - 1].add(block, lines: lines, at: origin)
    }

    /// Replaces a page already laid out (to add what belongs beside the flow, such as margin notes).
    public func replacePage(_ index: Int, with page: Page) {
        pages[index] = page
    }

    /// The finished pages, each given its footer by `footer(page, index, count)`.
    public func finish(footer: (inout Page, Int, Int) -> Void) -> [Page] {
        var finished = pages
        for index in finished.indices {
            footer(&finished[index], index, finished.count)
        }
        return finished
    }
}

/// Places boxes along a horizontal band in reading order: the start edge is the right edge for
/// right-to-left pages and the left edge for left-to-right ones. Layouts say "the first column"
/// and "the start side"; this turns that into x coordinates.
public struct ReadingOrder: Sendable {
    public var minX: Double
    public var maxX: Double
    public var direction: TextDirection

    public init(minX: Double, maxX: Double, direction: TextDirection) {
        self.minX = minX
        self.maxX = maxX
        self.direction = direction
    }

    public var width: Double { maxX - minX }

    /// The x of a box `offset` mm from the start edge, `width` wide.
    public func x(offset: Double, width: Double) -> Double {
        direction == .rightToLeft ? maxX - offset - width : minX + offset
    }

    /// The x of the start edge itself.
    public var startEdge: Double { direction == .rightToLeft ? maxX : minX }
}
