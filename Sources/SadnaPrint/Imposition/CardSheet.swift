import SadnaKit

/// Cards imposed n-up on a sheet, ready to cut: where each card goes on the front pages, where
/// its back goes so that it lands behind it after the sheet is turned, and the cut marks.
///
/// Cards are placed in reading order: on a right-to-left sheet the first card is at the top
/// right. A-series cards tile an A-series sheet exactly (A6 4-up and A7 8-up on A4) and so share
/// their cut lines; smaller cards get a gutter, each its own cuts. Marks stay outside the cards:
/// in the margins and gutters, or, where cards fill the sheet, on the cut lines at its edges.
public struct CardSheet: Sendable {
    public let paper: Paper
    public let card: Size
    public let columns: Int
    public let rows: Int
    /// Space between neighbouring cards (mm); 0 when they share cut lines.
    public let gutter: Double
    /// How far a card's content may run past its trim (mm), to hide a slightly off cut.
    public let bleed: Double
    public let direction: TextDirection
    /// The top-left corner of the grid of cards.
    public let origin: Point

    /// Cut marks' length and their distance from the trim.
    static let markLength = 5.0
    static let markOffset = 1.0
    /// What the gutter is when it costs no card and there is no bleed to make room for.
    static let preferredGutter = 3.0

    /// The densest arrangement of `card` on `format`, in whichever orientation holds more; nil
    /// when not even one card fits.
    public init?(
        card: Size, sheet format: Paper.Format, direction: TextDirection, bleed: Double = 0,
        gutter requested: Double? = nil
    ) {
        var best: (paper: Paper, columns: Int, rows: Int, gutter: Double)?
        for orientation in [Paper.Orientation.portrait, .landscape] {
            let paper = Paper(format, orientation)
            let gutters: [Double] =
                requested.map { [max($0, 2 * bleed)] }
                ?? (bleed > 0 ? [2 * bleed] : [CardSheet.preferredGutter, 0])
            for gutter in gutters {
                let columns = CardSheet.count(card.width, in: paper.size.width, gutter: gutter, bleed: bleed)
                let rows = CardSheet.count(card.height, in: paper.size.height, gutter: gutter, bleed: bleed)
                guard columns > 0, rows > 0 else { continue }
                if best == nil || columns * rows > best!.columns * best!.rows {
                    best = (paper, columns, rows, gutter)
                }
            }
        }
        guard let best else { return nil }
        self.paper = best.paper
        self.card = card
        self.columns = best.columns
        self.rows = best.rows
        self.gutter = best.gutter
        self.bleed = bleed
        self.direction = direction
        let gridWidth = Double(best.columns) * card.width + Double(best.columns - 1) * best.gutter
        let gridHeight = Double(best.rows) * card.height + Double(best.rows - 1) * best.gutter
        origin = Point(x: (best.paper.size.width - gridWidth) / 2, y: (best.paper.size.height - gridHeight) / 2)
    }

    /// How many cards of `length` fit in `room`; with bleed or a gutter, the outer cards need
    /// room for their bleed too, while cards that tile exactly may run to the sheet's edge.
    static func count(_ length: Double, in room: Double, gutter: Double, bleed: Double) -> Int {
        let usable = room - 2 * bleed + gutter + 0.001
        return max(0, Int(usable / (length + gutter)))
    }

    public var capacity: Int { columns * rows }

    /// The trim box of the card in place `index` (0-based, reading order) on a front page.
    public func frontSlot(_ index: Int) -> Rect {
        let row = index / columns, position = index % columns
        let column = direction == .rightToLeft ? columns - 1 - position : position
        return Rect(
            x: origin.x + Double(column) * (card.width + gutter),
            y: origin.y + Double(row) * (card.height + gutter), width: card.width, height: card.height)
    }

    /// Where the back of the card in place `index` goes on the back page, and whether it is
    /// turned half round.
    ///
    /// Turning the sheet over mirrors it across the axis it turns on: a portrait sheet turned on
    /// its long edge (like a book page) mirrors left and right; turned on its short edge, top and
    /// bottom; a landscape sheet the other way round. When top and bottom mirror, the back is
    /// also turned half round so that each card reads upright when a person turns it over like a
    /// book page, as people turn cards.
    public func backSlot(_ index: Int, flip: DuplexFlip) -> (rect: Rect, halfTurn: Bool) {
        let front = frontSlot(index)
        let size = paper.size
        if mirrorsLeftAndRight(flip) {
            return (Rect(x: size.width - front.maxX, y: front.y, width: front.width, height: front.height), false)
        }
        return (Rect(x: front.x, y: size.height - front.maxY, width: front.width, height: front.height), true)
    }

    public func mirrorsLeftAndRight(_ flip: DuplexFlip) -> Bool {
        (flip == .longEdge) == (paper.orientation == .portrait)
    }

    /// The box a card's content is clipped to: its trim plus the bleed.
    func bleedBox(_ trim: Rect) -> Rect {
        Rect(x: trim.x - bleed, y: trim.y - bleed, width: trim.width + 2 * bleed, height: trim.height + 2 * bleed)
    }

    /// Cut marks: short lines extending every cut line into the margins, and into the gutters
    /// when there are any. They never cross a card's trim box.
    public func cutMarks() -> [(from: Point, to: Point)] {
        let size = paper.size
        var marks: [(Point, Point)] = []
        let grid = Rect(
            x: origin.x, y: origin.y,
            width: Double(columns) * card.width + Double(columns - 1) * gutter,
            height: Double(rows) * card.height + Double(rows - 1) * gutter)
        // x positions of vertical cut lines and y positions of horizontal ones.
        var xs: [Double] = [], ys: [Double] = []
        for column in 0..<columns {
            let left = origin.x + Double(column) * (card.width + gutter)
            xs += [left, left + card.width]
        }
        for row in 0..<rows {
            let top = origin.y + Double(row) * (card.height + gutter)
            ys += [top, top + card.height]
        }
        // A cut along the sheet's own edge (cards that run to it) needs no mark, and one there
        // would fall where the printer cannot print.
        let band = Paper.unprintableBand
        xs = unique(xs).filter { $0 >= band && $0 <= size.width - band }
        ys = unique(ys).filter { $0 >= band && $0 <= size.height - band }
        let offset = CardSheet.markOffset + bleed
        // A mark keeps out of the band an office printer cannot print (5 mm from the edge).
        // Where the margin is too narrow for one (cards run to the sheet's edge), the mark sits
        // on the cut line itself, inside the printable area, and is cut away.
        func span(from edge: Double, margin: Double, outward: Double) -> (Double, Double) {
            let room = margin - offset - Paper.unprintableBand
            if room >= CardSheet.markLength / 2 {
                let start = edge + outward * offset
                return (start, start + outward * min(CardSheet.markLength, room))
            }
            let paperEdge = edge + outward * margin
            let start = paperEdge - outward * Paper.unprintableBand
            return (start, start - outward * CardSheet.markLength)
        }
        for x in xs {
            let (a, b) = span(from: grid.minY, margin: grid.minY, outward: -1)
            let (c, d) = span(from: grid.maxY, margin: size.height - grid.maxY, outward: 1)
            marks.append((Point(x: x, y: a), Point(x: x, y: b)))
            marks.append((Point(x: x, y: c), Point(x: x, y: d)))
        }
        for y in ys {
            let (a, b) = span(from: grid.minX, margin: grid.minX, outward: -1)
            let (c, d) = span(from: grid.maxX, margin: size.width - grid.maxX, outward: 1)
            marks.append((Point(x: a, y: y), Point(x: b, y: y)))
            marks.append((Point(x: c, y: y), Point(x: d, y: y)))
        }
        if gutter > 0 {
            // In the gutters: each card edge continued a little past its corners.
            let length = min(CardSheet.markLength, gutter - CardSheet.markOffset - bleed)
            if length > 0.5 {
                for index in 0..<capacity {
                    let r = frontSlot(index)
                    for (x, y, dx, dy) in [
                        (r.minX, r.minY, 0.0, -1.0), (r.maxX, r.minY, 0, -1), (r.minX, r.maxY, 0, 1),
                        (r.maxX, r.maxY, 0, 1), (r.minX, r.minY, -1, 0), (r.minX, r.maxY, -1, 0),
                        (r.maxX, r.minY, 1, 0), (r.maxX, r.maxY, 1, 0),
                    ] {
                        let start = Point(x: x + dx * offset, y: y + dy * offset)
                        let end = Point(x: start.x + dx * length, y: start.y + dy * length)
                        guard grid.contains(start) && grid.contains(end) else { continue }
                        marks.append((start, end))
                    }
                }
            }
        }
        return marks
    }

    private func unique(_ values: [Double]) -> [Double] {
        var result: [Double] = []
        for value in values.sorted() where result.last.map({ abs($0 - value) > 0.01 }) ?? true {
            result.append(value)
        }
        return result
    }

    /// Draws the cut marks on a sheet: fine registration black, as cutters expect.
    func drawCutMarks(on page: inout Page) {
        for mark in cutMarks() {
            page.add(.line(from: mark.from, to: mark.to), .stroked(.black, width: 0.2))
        }
    }
}

extension Rect {
    /// Whether the point lies inside or on the edge.
    public func contains(_ point: Point) -> Bool {
        point.x >= minX - 0.001 && point.x <= maxX + 0.001 && point.y >= minY - 0.001 && point.y <= maxY + 0.001
    }
}
