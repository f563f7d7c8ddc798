import SadnaKit

/// The marks a camera finds on a form printed for filling by hand: a small QR code in each
/// corner of the page, each saying what the page is and which corner it is. Four codes rather
/// than one and three targets: any one identifies the page, and the four centres give the
/// perspective of the photo.
///
/// A form's layout keeps ``margin`` clear at the page's edges, draws its page, then calls
/// ``apply(to:identity:fields:)`` with the rectangles it drew its fields in: the page then
/// carries its ``ScanForm`` and a scan crops by that same geometry.
public enum ScanMarks {
    /// The side of a code's dark modules (mm): 0.5 mm a module (a version-2 code, 25 modules),
    /// what a phone's 12-megapixel photo of a whole A3 sheet, turned and a little blurred,
    /// still resolves (at 0.35 mm zbar lost codes in such photos).
    public static let side = 12.5
    /// From the paper's edge to the code's dark modules (mm): inside an office printer's reach.
    public static let inset = 5.0
    /// The margin a form with marks keeps at every edge (mm), so that nothing written or
    /// printed meets a code.
    public static let margin = margin(side: side)

    /// The margin a form keeps when its codes are `side` mm (a smaller code, on a small sheet).
    public static func margin(side: Double) -> Double { inset + side + 2 }

    /// The centre of the code in `corner` of a page of `size`, the code `side` mm.
    public static func centre(of corner: ScanCorner, on size: Size, side: Double = side) -> Point {
        let near = inset + side / 2
        switch corner {
        case .topLeft: return Point(x: near, y: near)
        case .topRight: return Point(x: size.width - near, y: near)
        case .bottomRight: return Point(x: size.width - near, y: size.height - near)
        case .bottomLeft: return Point(x: near, y: size.height - near)
        }
    }

    /// Draws the four codes on `page` for `identity` (its layout fingerprint worked out from
    /// `fields`), `side` mm each, and gives the page its ``ScanForm``.
    public static func apply(to page: inout Page, identity: ScanIdentity, fields: [ScanField], side: Double = side) {
        var identity = identity
        identity.layout = ScanForm.layoutFingerprint(size: page.size, fields: fields)
        let centres = ScanCorner.allCases.map { centre(of: $0, on: page.size, side: side) }
        draw(identity, at: centres, side: side, on: &page)
        page.scanForm = ScanForm(identity: identity, size: page.size, marks: centres, markSide: side, fields: fields)
    }

    /// Draws the code of each corner of `identity`'s page with its dark modules filling `side`
    /// around its centre.
    static func draw(_ identity: ScanIdentity, at centres: [Point], side: Double, on page: inout Page) {
        for (corner, centre) in zip(ScanCorner.allCases, centres) {
            // Low error correction keeps the code at 25 modules: a larger module reads from further away.
            guard let code = QRCode(identity.payload(corner: corner), lowCorrection: true) else { continue }
            // The box holds the quiet zone too.
            let box = side * Double(code.sizeWithQuietZone) / Double(code.size)
            QRBlock.addCode(code, to: &page, in: Rect(x: centre.x - box / 2, y: centre.y - box / 2, width: box, height: box))
        }
    }
}
