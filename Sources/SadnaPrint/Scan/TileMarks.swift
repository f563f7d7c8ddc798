import SadnaKit

/// The marks of one sheet of a form printed as tiles (an A3 journey canvas on four A4 sheets,
/// ``Tiling``): four codes that name the poster's page and the sheet, and the poster's fields the
/// sheet holds, in the sheet's millimetres. A sheet photographed on its own is cut by the same
/// geometry that drew the poster; the glued poster shows the poster's own corner codes, one on
/// each sheet, and is scanned whole.
///
/// Where two seams meet, a sheet has only ``Tiling/seamRoom`` to its edge, with the cut marks and
/// targets in it: a page's code does not fit there. So a sheet's codes are smaller (``side``),
/// three sit in its outer bands beside the part's corners, and the fourth in the side seam's
/// margin, above the targets at its end. None is on the poster, where people write.
enum TileMarks {
    /// 0.4 mm a module (a version-2 code, 25 modules): a sheet is photographed from nearer than
    /// a whole A3 poster, so its modules still get as many pixels as a poster's 0.5 mm ones.
    static let side = 10.0
    /// From the part's edge to a code beside it, clear of the cut marks and targets (mm).
    static let clear = Tiling.markGap + Tiling.markLength + 2
    /// From a part's corner along a seam to a code, clear of the targets at the seam's end (mm).
    static let alongSeam = 15.0
    /// From the part's side seam to the code in its margin (mm).
    static let inSeam = 2.5

    /// Draws the sheet's codes and gives it the part of the poster's ``ScanForm`` it shows:
    /// each field whose middle is on this sheet's quarter of the poster, as far as the sheet
    /// shows it.
    static func apply(to sheet: inout Page, tile: Tiling.Tile, tiling: Tiling, poster: ScanForm) {
        let offset = Point(x: tile.frame.minX - tile.window.minX, y: tile.frame.minY - tile.window.minY)
        let middle = Point(x: tiling.poster.width / 2, y: tiling.poster.height / 2)
        let fields = poster.fields.compactMap { field -> ScanField? in
            let rect = field.rect
            guard (rect.minX + rect.width / 2 < middle.x) == (tile.column == 0),
                (rect.minY + rect.height / 2 < middle.y) == (tile.row == 0)
            else { return nil }
            let window = tile.window
            let x0 = max(rect.minX, window.minX), x1 = min(rect.maxX, window.maxX)
            let y0 = max(rect.minY, window.minY), y1 = min(rect.maxY, window.maxY)
            guard x1 > x0, y1 > y0 else { return nil }
            return ScanField(name: field.name, rect: Rect(x: x0 + offset.x, y: y0 + offset.y, width: x1 - x0, height: y1 - y0))
        }
        var identity = poster.identity
        identity.tile = tile.number
        identity.layout = ScanForm.layoutFingerprint(size: sheet.size, fields: fields)
        let centres = ScanCorner.allCases.map { centre(of: $0, tile) }
        ScanMarks.draw(identity, at: centres, side: side, on: &sheet)
        sheet.scanForm = ScanForm(
            identity: identity, size: sheet.size, marks: centres, markSide: side, fields: fields,
            seamCorner: ScanCorner.allCases.first { !isOuter($0, tile) })
    }

    /// The centre of the code at `corner` of the sheet: beside the part's corner in the outer
    /// band at its side (or, at a seam's end, the outer band above or below); where two seams
    /// meet, in the side seam's margin.
    static func centre(of corner: ScanCorner, _ tile: Tiling.Tile) -> Point {
        let right = corner == .topRight || corner == .bottomRight
        let bottom = corner == .bottomRight || corner == .bottomLeft
        let f = tile.frame, half = side / 2
        // Outwards from the part, across and down.
        let out = (x: right ? 1.0 : -1.0, y: bottom ? 1.0 : -1.0)
        let edge = (x: right ? f.maxX : f.minX, y: bottom ? f.maxY : f.minY)
        let (outerSide, outerEnd) = outer(corner, tile)
        if outerSide {
            return Point(x: edge.x + out.x * (clear + half), y: edge.y - out.y * ((outerEnd ? 2 : alongSeam) + half))
        }
        if outerEnd {
            return Point(x: edge.x - out.x * (alongSeam + half), y: edge.y + out.y * (clear + half))
        }
        return Point(x: edge.x + out.x * (inSeam + half), y: edge.y - out.y * (alongSeam + half))
    }

    /// Whether the sheet's edges beside `corner` are the poster's own (not seams): its side, its end.
    static func outer(_ corner: ScanCorner, _ tile: Tiling.Tile) -> (side: Bool, end: Bool) {
        let right = corner == .topRight || corner == .bottomRight
        let bottom = corner == .bottomRight || corner == .bottomLeft
        return (tile.outer.contains(right ? .right : .left), tile.outer.contains(bottom ? .bottom : .top))
    }

    /// Whether the code at `corner` is in an outer band, not in the seams' margin.
    static func isOuter(_ corner: ScanCorner, _ tile: Tiling.Tile) -> Bool {
        let (side, end) = outer(corner, tile)
        return side || end
    }
}
