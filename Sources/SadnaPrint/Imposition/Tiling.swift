import SadnaKit

/// How a poster (an A3 page) is printed at full size on four smaller sheets (A4) for an office
/// printer, to be cut and glued into one: which part of the poster each sheet shows, where it sits
/// on the sheet, which of its edges is glued under a neighbour and which is cut to lie on one, and
/// the marks that guide the scissors (cut marks) and the gluing (registration targets).
///
/// The poster is split at its middle both ways. Neighbouring sheets share a strip of
/// ``overlap`` mm on each side of the split: the sheet that comes first carries it as a tinted
/// "glue here" strip, the next one shows the same strip of the poster and is cut along its edge to
/// lie on it. So everything under a glue strip is printed again on the sheet that covers it, and
/// the cut can be a little off without losing anything.
///
/// Sheets are numbered in reading order (top right first on a right-to-left page) and glued in
/// that order: sheet 1 lies at the bottom and keeps both its seams' strips; sheet 4 is cut on both.
/// A3 landscape goes on A4 landscape (and A3 portrait on A4 portrait): a portrait A4 is only
/// 210 mm wide, less than half of 420 mm plus the overlap and the printer's blank edges.
public struct Tiling: Sendable, Hashable {
    /// The poster's size.
    public let poster: Size
    /// The sheets it is printed on, turned the way that holds a quarter of it.
    public let sheet: Paper
    public let direction: TextDirection

    public static let columns = 2
    public static let rows = 2
    public static var count: Int { columns * rows }
    /// The strip two neighbouring sheets share (mm).
    public static let overlap = 10.0
    /// What an office printer leaves blank at each edge of the paper; nothing is drawn closer.
    public static let unprintable = 5.0
    /// Between the poster's part and the paper's edge on a side that meets a neighbour: room for
    /// the marks beyond the part's corners, which end ``markGap`` + ``markLength`` mm out.
    public static let seamRoom = 13.0
    /// The same on a side seam (left or right), a little wider: room too, between the marks at
    /// its ends, for the scan code a sheet of a form carries there (``TileMarks``).
    public static let sideSeamRoom = 19.0
    static let markGap = 2.0
    static let markLength = 5.0
    /// The least room on a sheet's outer sides, for the map of the sheets and its words.
    static let outerRoom = 30.0

    /// Whether a printable whose own paper is `own`, asked for on `asked`, is printed as tiles:
    /// A3 on A4, for councils and community centres without an A3 printer. A smaller paper asked
    /// of an A3 worksheet (A5) still lays it out small, as it always has.
    public static func tiles(_ own: Paper, onto asked: Paper) -> Bool {
        own.format == .a3 && asked.format == .a4
    }

    /// A poster of `poster`'s size on `format` sheets, in whichever orientation holds a quarter of
    /// it with the overlap and marks; nil when neither does.
    public init?(poster: Size, sheet format: Paper.Format, direction: TextDirection) {
        let part = Size(
            width: (poster.width + Self.overlap) / Double(Self.columns),
            height: (poster.height + Self.overlap) / Double(Self.rows))
        let fitting = [Paper.Orientation.portrait, .landscape].map { Paper(format, $0) }.first { paper in
            paper.size.width >= part.width + Self.sideSeamRoom + Self.outerRoom
                && paper.size.height >= part.height + Self.seamRoom + Self.outerRoom
        }
        guard let fitting else { return nil }
        self.poster = poster
        self.sheet = fitting
        self.direction = direction
    }

    /// A side of a sheet or of the part of the poster it shows.
    public enum Edge: Sendable, Hashable, CaseIterable {
        case left, right, top, bottom

        var isVertical: Bool { self == .left || self == .right }
    }

    /// One sheet of the poster.
    public struct Tile: Sendable, Hashable {
        /// Its number, from 1, in reading order: the order sheets are glued in.
        public var number: Int
        /// Its place in the grid as it hangs: column 0 at the left, row 0 at the top.
        public var column: Int
        public var row: Int
        /// The part of the poster it shows, in the poster's coordinates.
        public var window: Rect
        /// Where that part is printed on the sheet.
        public var frame: Rect
        /// Sides that carry a glue strip, for the next sheet to lie on.
        public var glued: [Edge]
        /// Sides to cut along, so that the sheet lies on the previous one's glue strip.
        public var cut: [Edge]
        /// Sides on the poster's own edge.
        public var outer: [Edge]
    }

    /// The number of the sheet at `column`, `row`: reading order, from the top right on a
    /// right-to-left page.
    public func number(column: Int, row: Int) -> Int {
        let position = direction == .rightToLeft ? Self.columns - 1 - column : column
        return row * Self.columns + position + 1
    }

    /// Every sheet, in reading order.
    public var tiles: [Tile] {
        var tiles: [Tile] = []
        for row in 0..<Self.rows {
            for column in 0..<Self.columns {
                tiles.append(tile(column: column, row: row))
            }
        }
        return tiles.sorted { $0.number < $1.number }
    }

    func tile(column: Int, row: Int) -> Tile {
        let number = number(column: column, row: row)
        let half = Self.overlap / 2
        let splitX = poster.width / 2, splitY = poster.height / 2
        let window = Rect(
            x: column == 0 ? 0 : splitX - half, y: row == 0 ? 0 : splitY - half,
            width: splitX + half, height: splitY + half)
        // The part hugs the sides that meet a neighbour and leaves the rest of the paper to the
        // poster's outside, where the map of the sheets goes and nothing is covered.
        let frame = Rect(
            x: column == 0 ? sheet.size.width - Self.sideSeamRoom - window.width : Self.sideSeamRoom,
            y: row == 0 ? sheet.size.height - Self.seamRoom - window.height : Self.seamRoom,
            width: window.width, height: window.height)
        var glued: [Edge] = [], cut: [Edge] = [], outer: [Edge] = []
        for edge in Edge.allCases {
            guard let neighbour = neighbour(column: column, row: row, across: edge) else {
                outer.append(edge)
                continue
            }
            if self.number(column: neighbour.column, row: neighbour.row) > number { glued.append(edge) } else { cut.append(edge) }
        }
        return Tile(number: number, column: column, row: row, window: window, frame: frame, glued: glued, cut: cut, outer: outer)
    }

    private func neighbour(column: Int, row: Int, across edge: Edge) -> (column: Int, row: Int)? {
        let (c, r) =
            switch edge {
            case .left: (column - 1, row)
            case .right: (column + 1, row)
            case .top: (column, row - 1)
            case .bottom: (column, row + 1)
            }
        return (0..<Self.columns).contains(c) && (0..<Self.rows).contains(r) ? (c, r) : nil
    }

    /// The glue strip along `edge` of a tile's frame, on the sheet.
    public func glueStrip(_ tile: Tile, _ edge: Edge) -> Rect {
        let f = tile.frame, o = Self.overlap
        return switch edge {
        case .left: Rect(x: f.minX, y: f.minY, width: o, height: f.height)
        case .right: Rect(x: f.maxX - o, y: f.minY, width: o, height: f.height)
        case .top: Rect(x: f.minX, y: f.minY, width: f.width, height: o)
        case .bottom: Rect(x: f.minX, y: f.maxY - o, width: f.width, height: o)
        }
    }

    /// A mark: a short line on the sheet.
    public typealias Mark = (from: Point, to: Point)

    /// The cut marks of a sheet, each a short line continuing an edge of the frame past both its
    /// ends, outside the poster's part: on a cut side, where to cut; on the poster's own sides,
    /// where to trim the glued poster to its size, if wanted. A glued side has none: cutting
    /// there would lose the strip.
    public func cutMarks(_ tile: Tile) -> [Mark] {
        let f = tile.frame
        return (tile.cut + tile.outer).flatMap { edge in ticks(along: edge, at: position(of: edge, in: f), frame: f) }
    }

    /// Where a sheet's registration targets go: on the inner edge of each glue strip, continued
    /// past both ends of the frame. The next sheet's cut edge runs through their middles.
    public func registrationMarks(_ tile: Tile) -> [Point] {
        let f = tile.frame, out = Self.markGap + Self.markLength / 2
        return tile.glued.flatMap { edge -> [Point] in
            let inward = edge == .left || edge == .top ? Self.overlap : -Self.overlap
            let line = position(of: edge, in: f) + inward
            return edge.isVertical
                ? [Point(x: line, y: f.minY - out), Point(x: line, y: f.maxY + out)]
                : [Point(x: f.minX - out, y: line), Point(x: f.maxX + out, y: line)]
        }
    }

    /// A registration target's reach from its centre: it stays within the marks' room.
    public static var registrationRadius: Double { markLength / 2 }

    private func position(of edge: Edge, in frame: Rect) -> Double {
        switch edge {
        case .left: frame.minX
        case .right: frame.maxX
        case .top: frame.minY
        case .bottom: frame.maxY
        }
    }

    /// Two ticks on the line `at` (an x for a vertical side, a y for a horizontal one), beyond the
    /// frame's two ends.
    private func ticks(along edge: Edge, at line: Double, frame f: Rect) -> [Mark] {
        let near = Self.markGap, far = Self.markGap + Self.markLength
        if edge.isVertical {
            return [
                (Point(x: line, y: f.minY - far), Point(x: line, y: f.minY - near)),
                (Point(x: line, y: f.maxY + near), Point(x: line, y: f.maxY + far)),
            ]
        }
        return [
            (Point(x: f.minX - far, y: line), Point(x: f.minX - near, y: line)),
            (Point(x: f.maxX + near, y: line), Point(x: f.maxX + far, y: line)),
        ]
    }

    /// The sheet's outer band, where the map of the sheets and its words go: above the part on the
    /// top row, below it on the bottom row, inside the printable area and clear of the marks.
    public func infoBand(_ tile: Tile) -> Rect {
        let clear = Self.markGap + Self.markLength + 2
        let inset = Self.unprintable + 2
        let width = sheet.size.width - 2 * inset
        if tile.row == 0 {
            return Rect(x: inset, y: inset, width: width, height: tile.frame.minY - clear - inset)
        }
        let top = tile.frame.maxY + clear
        return Rect(x: inset, y: top, width: width, height: sheet.size.height - inset - top)
    }
}
