import SadnaKit

/// A document's A4 pages imposed as an A5 booklet, as office printers' users make one: two
/// pages side by side on each side of an A4 landscape sheet, each page at A5 (scaled by 1/√2),
/// in saddle-stitch order, so that the sheets printed two-sided (flipped on the short edge),
/// stacked, folded down the middle and stapled read in order. The pages are padded with blank
/// ones to a multiple of four, at the end. A right-to-left booklet is bound on its right: every
/// side is mirrored, so its cover lies on the left half of the first sheet's front.
public enum SaddleStitch {
    /// The pages as printed: each sheet's front and then its back.
    public static func impose(_ pages: [Page], direction: TextDirection) -> [Page] {
        guard !pages.isEmpty else { return [] }
        let count = (pages.count + 3) / 4 * 4
        return order(pageCount: count, direction: direction).map { left, right in
            var sheet = Page(size: Paper(.a4, .landscape).size)
            for (slot, index) in [left, right].enumerated() where index < pages.count {
                place(pages[index], on: &sheet, slot: slot)
            }
            return sheet
        }
    }

    /// For each side printed in turn, the pages (from 0) on its left and right halves. A page
    /// index at or past the document's count is a blank.
    static func order(pageCount count: Int, direction: TextDirection) -> [(left: Int, right: Int)] {
        var sides: [(left: Int, right: Int)] = []
        for sheet in 0..<(count / 4) {
            let outer = count - 1 - 2 * sheet, inner = 2 * sheet
            // Left-to-right: the front has the last page left and the first right; the back
            // the second left and the second-to-last right. A right-to-left booklet mirrors it.
            let front = (left: outer, right: inner), back = (left: inner + 1, right: outer - 1)
            sides.append(direction == .leftToRight ? front : (front.right, front.left))
            sides.append(direction == .leftToRight ? back : (back.right, back.left))
        }
        return sides
    }

    /// `page` scaled into the left (0) or right (1) half of the sheet, centred there.
    private static func place(_ page: Page, on sheet: inout Page, slot: Int) {
        let half = Size(width: sheet.size.width / 2, height: sheet.size.height)
        let scale = min(half.width / page.size.width, half.height / page.size.height)
        let x = Double(slot) * half.width + (half.width - page.size.width * scale) / 2
        let y = (half.height - page.size.height * scale) / 2
        sheet.place(
            page, transform: Transform(a: scale, b: 0, c: 0, d: scale, tx: x, ty: y),
            clip: Rect(x: Double(slot) * half.width, y: 0, width: half.width, height: half.height))
    }
}
