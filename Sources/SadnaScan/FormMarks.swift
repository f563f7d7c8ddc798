import CSadnaScan
import SadnaPrint

/// The Sadna marks found in a photo: the page they name and where each corner's code is.
struct FormMarks {
    var identity: ScanIdentity
    /// Each corner's code centre in the photo (pixels).
    var corners: [ScanCorner: (x: Double, y: Double)]
    /// Codes that are QR codes but not Sadna's, or of another page than the one chosen.
    var others: Int

    /// Reads the QR codes of `gray` (a photo's greys); nil when none is a Sadna mark.
    static func find(in gray: [UInt8], width: Int, height: Int) -> (marks: FormMarks?, codes: Int) {
        var codes = [sadna_code](repeating: sadna_code(), count: 16)
        let count = Int(sadna_find_codes(gray, Int32(width), Int32(height), &codes, Int32(codes.count)))
        var found: [(ScanIdentity, ScanCorner, (x: Double, y: Double))] = []
        for code in codes.prefix(count) where code.points > 0 {
            let text = withUnsafeBytes(of: code.data) { String(decoding: $0.prefix(Int(code.length)), as: UTF8.self) }
            guard let (identity, corner) = ScanIdentity.parse(text) else { continue }
            // The code's centre: the mean of the corners zbar located it by.
            let xs = withUnsafeBytes(of: code.x) { Array($0.bindMemory(to: Double.self).prefix(Int(code.points))) }
            let ys = withUnsafeBytes(of: code.y) { Array($0.bindMemory(to: Double.self).prefix(Int(code.points))) }
            let centre = (x: xs.reduce(0, +) / Double(xs.count) + 0.5, y: ys.reduce(0, +) / Double(ys.count) + 0.5)
            found.append((identity, corner, centre))
        }
        // The page most of the codes name (a photo may catch the edge of a neighbouring sheet).
        let pages = Dictionary(grouping: found, by: { $0.0 })
        guard let (identity, codesOfPage) = pages.max(by: { $0.value.count < $1.value.count }) else { return (nil, count) }
        var corners: [ScanCorner: (x: Double, y: Double)] = [:]
        for (_, corner, centre) in codesOfPage { corners[corner] = centre }
        return (FormMarks(identity: identity, corners: corners, others: count - codesOfPage.count), count)
    }
}

extension FormMarks {
    /// Looks again for the corners zbar missed in the whole photo (a code at a slant, in the
    /// shade): where the codes found say each missing one must be, a small square of the photo
    /// is straightened and enlarged, and read on its own.
    mutating func findMissing(in photo: Photo, marksOnPage: [Point]) {
        let found = ScanCorner.allCases.filter { corners[$0] != nil }
        guard found.count >= 2, found.count < 4 else { return }
        // Where the page's millimetres land in the photo, by the codes found: through three, an
        // affine map (turn, scale and the shear of a slanted view); through two, a similarity.
        let pagePoints = found.map { (x: marksOnPage[$0.rawValue].x, y: marksOnPage[$0.rawValue].y) }
        let photoPoints = found.map { corners[$0]! }
        func fourth(_ p: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
            if p.count >= 3 { return [p[0], p[1], p[2], (p[0].x + p[2].x - p[1].x, p[0].y + p[2].y - p[1].y)] }
            // Two points and the same two turned a quarter about the first: a square's corners.
            let dx = p[1].x - p[0].x, dy = p[1].y - p[0].y
            return [p[0], p[1], (p[1].x - dy, p[1].y + dx), (p[0].x - dy, p[0].y + dx)]
        }
        guard let guess = Homography(from: fourth(pagePoints), to: fourth(photoPoints)) else { return }
        func toPhoto(_ x: Double, _ y: Double) -> (x: Double, y: Double) { guess.apply((x, y)) }
        // Wide enough for the guess to miss by a few centimetres (a steep view), at 8 px a millimetre.
        let half = 40.0, pixels = 8.0 * 2 * half
        for corner in ScanCorner.allCases where corners[corner] == nil {
            let centre = marksOnPage[corner.rawValue]
            let square = [(-half, -half), (half, -half), (half, half), (-half, half)].map {
                toPhoto(centre.x + $0.0, centre.y + $0.1)
            }
            let crop = [(x: 0.0, y: 0.0), (x: pixels, y: 0.0), (x: pixels, y: pixels), (x: 0.0, y: pixels)]
            guard let map = Homography(from: crop, to: square) else { continue }
            let side = Int(pixels)
            let piece = map.warp(photo, width: side, height: side, background: 0xFFFF_FFFF)
            let (again, _) = FormMarks.find(in: piece.gray, width: side, height: side)
            guard let again, again.identity == identity, let spot = again.corners[corner] else { continue }
            corners[corner] = map.apply(spot)
        }
    }
}
