import CSadnaScan
import Foundation
import SadnaKit
import SadnaPrint

/// One field of a scanned form: its crop's place in the straightened page and how much ink it holds.
public struct ScannedField: Sendable {
    public var name: String
    /// The crop, in the straightened page's pixels.
    public var x0, y0, x1, y1: Int
    /// Pixels of ink put on by hand (print of the blank form not counted).
    public var ink: Int
    /// Whether the ink is enough to be writing, a drawing or a note rather than a speck.
    public var hasInk: Bool
}

/// A photo recognised and straightened: the page it shows, at ``FormScanner/pixelsPerMillimetre``.
public struct ScannedForm: Sendable {
    public var identity: ScanIdentity
    public var form: ScanForm
    public var page: Photo
    public var fields: [ScannedField]
    /// The variance of the Laplacian along the form's print: how sharp the photo is.
    public var sharpness: Double

    /// A field's crop as a picture of its own.
    public func crop(_ field: ScannedField) -> Photo {
        let width = field.x1 - field.x0, height = field.y1 - field.y0
        var pixels = [UInt8](repeating: 255, count: max(0, width * height * 4))
        for row in 0..<height {
            let from = ((field.y0 + row) * page.width + field.x0) * 4
            pixels.replaceSubrange(row * width * 4..<(row + 1) * width * 4, with: page.pixels[from..<from + width * 4])
        }
        return Photo(width: width, height: height, pixels: pixels)
    }
}

/// Recognises a photo of a form Sadna printed and cuts it by the geometry that drew it: finds the
/// corner marks, lays the same page out again, straightens the photo onto it and measures the
/// ink in each field. Refuses, with the reason, whatever it cannot do surely.
public struct FormScanner {
    public let context: LayoutContext

    /// The straightened page's resolution: 6 pixels a millimetre (about 150 dpi), enough to read
    /// handwriting and small enough to be quick.
    public static let pixelsPerMillimetre = 6.0
    /// Below this sharpness along the form's print the photo is too blurred to trust.
    public static let minimumSharpness = 120.0
    /// The paper's white (0–255) below which the photo is too dark.
    public static let minimumWhite = 70
    /// The fewest photo pixels a page millimetre may take, and the most the sides of the page
    /// may differ in scale (a page photographed from far aside).
    static let minimumScale = 2.0
    static let maximumSkew = 2.2

    public init(context: LayoutContext) {
        self.context = context
    }

    public func scan(_ photo: Photo) throws(ScanRefusal) -> ScannedForm {
        let gray = photo.gray
        if Self.brightEnd(of: gray) < Self.minimumWhite {
            throw ScanRefusal(.tooDark, .phraseScanPhotoDark)
        }
        let (found, codes) = FormMarks.find(in: gray, width: photo.width, height: photo.height)
        guard let found else {
            let sharpness = sadna_sharpness(gray, Int32(photo.width), Int32(photo.height), nil)
            if sharpness < 12 {
                throw ScanRefusal(.tooBlurred, .phraseScanPhotoBlurred)
            }
            throw ScanRefusal(.noMarks, codes > 0 ? .phraseScanOtherCodes : .phraseScanNoMarks)
        }
        var marks = found
        let identity = marks.identity
        guard identity.programme == ScanIdentity.programme(of: context.workshop) else {
            throw ScanRefusal(.foreignForm, .phraseScanForeign, ["title": .quoted(context.workshop.title.value)])
        }
        let (page, form) = try FormLayouts.page(identity, in: context)
        marks.findMissing(in: photo, marksOnPage: form.marks, side: form.markSide)
        var missing = ScanCorner.allCases.filter { marks.corners[$0] == nil }
        // A sheet of a glued poster: its code in the seams' margin is under its neighbour, and
        // the perspective its other three codes fit (fifteen points round the sheet) places it.
        if let seam = form.seamCorner, missing == [seam],
            let fitted = marks.pageToPhoto(form.marks, side: form.markSide).dropFirst().first
        {
            marks.corners[seam] = fitted.apply(form.marks[seam.rawValue])
            missing = []
        }
        guard missing.isEmpty else {
            throw ScanRefusal(
                .partlyOutOfFrame, missing.count == 1 ? .phraseScanCornerMissing : .phraseScanCornersMissing,
                ["corners": .list(missing.map { .phrase($0.words) })])
        }
        let blank = PageRaster(page, pixelsPerMillimetre: Self.pixelsPerMillimetre)
        let pageCorners = form.marks.map { Point(x: $0.x * blank.scaleX, y: $0.y * blank.scaleY) }
        let photoCorners = ScanCorner.allCases.map { marks.corners[$0]! }
        try Self.checkView(page: form.marks, photo: photoCorners)
        guard let map = Homography(from: pageCorners, to: photoCorners) else {
            throw ScanRefusal(.tooTilted, .phraseScanOnOneLine)
        }
        try Self.checkInFrame(form.fields.map { blank.pixelRect($0.rect) }, page: blank, map: map, photo: photo)
        let straight = map.warp(photo, width: blank.width, height: blank.height)
        let (width, height) = (Int32(blank.width), Int32(blank.height))
        var straightGray = straight.gray
        var blankGray = [UInt8](repeating: 0, count: blank.width * blank.height)
        sadna_gray(blank.pixels, width, height, &blankGray)
        var printed = [UInt8](repeating: 0, count: blankGray.count)
        sadna_printed_mask(blankGray, width, height, 3, &printed)
        var white = [UInt8](repeating: 0, count: blankGray.count)
        sadna_paper_white(straightGray, width, height, 24, &white)
        guard Self.median(white) >= Self.minimumWhite else {
            throw ScanRefusal(.tooDark, .phraseScanPageDark)
        }
        // Sharpness where the blank form has print: its edges are there, whatever was written.
        var edges = [UInt8](repeating: 0, count: blankGray.count)
        sadna_printed_mask(blankGray, width, height, 1, &edges)
        let sharpness = sadna_sharpness(straightGray, width, height, edges)
        guard sharpness >= Self.minimumSharpness else {
            throw ScanRefusal(.tooBlurred, .phraseScanPageBlurred)
        }
        let margin = Int((0.8 * Self.pixelsPerMillimetre).rounded())
        let fields = form.fields.map { field -> ScannedField in
            let (x0, y0, x1, y1) = blank.pixelRect(field.rect)
            // Ink is counted a little inside the field, clear of its neighbours' edges.
            let ink = Int(
                sadna_count_ink(
                    straight.pixels, &straightGray, white, printed, width, height, Int32(x0 + margin), Int32(y0 + margin),
                    Int32(x1 - margin), Int32(y1 - margin), nil))
            let area = max(1, (x1 - x0 - 2 * margin) * (y1 - y0 - 2 * margin))
            return ScannedField(
                name: field.name, x0: x0, y0: y0, x1: x1, y1: y1, ink: ink,
                hasInk: ink >= max(Self.minimumInk, area / 500))
        }
        return ScannedForm(identity: identity, form: form, page: straight, fields: fields, sharpness: sharpness)
    }

    /// The fewest ink pixels that count as something written: a short stroke of a pen.
    static let minimumInk = 60

    /// Refuses a page too small or too slanted in the photo to straighten well.
    static func checkView(page: [Point], photo: [Point]) throws(ScanRefusal) {
        var scales: [Double] = []
        for index in 0..<4 {
            let next = (index + 1) % 4
            let onPage = hypot(page[next].x - page[index].x, page[next].y - page[index].y)
            let inPhoto = hypot(photo[next].x - photo[index].x, photo[next].y - photo[index].y)
            scales.append(inPhoto / onPage)
        }
        guard let least = scales.min(), let most = scales.max(), least >= minimumScale else {
            throw ScanRefusal(.tooTilted, .phraseScanTooSmall)
        }
        guard most / least <= maximumSkew else {
            throw ScanRefusal(.tooTilted, .phraseScanSteep)
        }
        // The corners must go round the page the way it was printed: not a mirror image.
        var turn = 0.0
        for index in 0..<4 {
            let a = photo[index], b = photo[(index + 1) % 4], c = photo[(index + 2) % 4]
            let cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x)
            if turn != 0, cross * turn < 0 {
                throw ScanRefusal(.tooTilted, .phraseScanNotAPage)
            }
            turn = cross
        }
    }

    /// Refuses a page whose fields reach out of the photo (its codes may all be in it, yet a
    /// field's far side not): a field cut by the frame would be read as empty, or as ink.
    static func checkInFrame(
        _ fields: [(x0: Int, y0: Int, x1: Int, y1: Int)], page: PageRaster, map: Homography, photo: Photo
    ) throws(ScanRefusal) {
        func inPhoto(_ x: Int, _ y: Int) -> Bool {
            let point = map.apply(Point(x: Double(x), y: Double(y)))
            return point.x >= 0 && point.y >= 0 && point.x <= Double(photo.width) && point.y <= Double(photo.height)
        }
        let inside = fields.allSatisfy {
            inPhoto($0.x0, $0.y0) && inPhoto($0.x1, $0.y0) && inPhoto($0.x1, $0.y1) && inPhoto($0.x0, $0.y1)
        }
        guard !inside else { return }
        // A field out of the photo means a corner of the paper is out too: the page is convex.
        let (w, h) = (page.width, page.height)
        let out = zip(ScanCorner.allCases, [(0, 0), (w, 0), (w, h), (0, h)]).filter { !inPhoto($1.0, $1.1) }.map(\.0)
        throw ScanRefusal(
            .partlyOutOfFrame, out.count == 1 ? .phraseScanCornerCut : .phraseScanCornersCut,
            ["corners": .list(out.map { .phrase($0.words) })])
    }

    /// The bright end of a photo's greys (its 95th percentile, from a sample).
    static func brightEnd(of gray: [UInt8]) -> Int {
        var histogram = [Int](repeating: 0, count: 256)
        var count = 0
        for index in stride(from: 0, to: gray.count, by: 7) {
            histogram[Int(gray[index])] += 1
            count += 1
        }
        var seen = 0
        for value in (0..<256).reversed() {
            seen += histogram[value]
            if seen * 20 >= count { return value }
        }
        return 0
    }

    static func median(_ values: [UInt8]) -> Int {
        var histogram = [Int](repeating: 0, count: 256)
        for value in values { histogram[Int(value)] += 1 }
        var seen = 0
        for value in 0..<256 {
            seen += histogram[value]
            if seen * 2 >= values.count { return value }
        }
        return 255
    }
}

extension ScanCorner {
    /// The corner in plain words: a `phrase.scan.corner.…` entry.
    var words: MessageID {
        switch self {
        case .topLeft: .phraseScanCornerTopLeft
        case .topRight: .phraseScanCornerTopRight
        case .bottomRight: .phraseScanCornerBottomRight
        case .bottomLeft: .phraseScanCornerBottomLeft
        }
    }

}
