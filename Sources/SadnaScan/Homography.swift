import CSadnaScan
import SadnaPrint

/// A perspective map of the plane: how a flat page's points land in a photo of it.
public struct Homography: Sendable, Hashable {
    /// The 3×3 matrix row by row, its last entry 1.
    public let matrix: [Double]

    /// The map taking each of four points `from` to the same point of `to`; nil when three of
    /// them lie on a line.
    public init?(from: [Point], to: [Point]) {
        guard from.count == 4, to.count == 4 else { return nil }
        let a = from.flatMap { [$0.x, $0.y] }, b = to.flatMap { [$0.x, $0.y] }
        var matrix = [Double](repeating: 0, count: 9)
        guard sadna_homography(a, b, &matrix) == 1, matrix.allSatisfy(\.isFinite) else { return nil }
        self.matrix = matrix
    }

    /// The map taking `from` nearest to `to` (at least four pairs, least squares); nil when
    /// they do not determine one.
    public init?(fitting from: [Point], to: [Point]) {
        guard from.count >= 4, from.count == to.count else { return nil }
        let a = from.flatMap { [$0.x, $0.y] }, b = to.flatMap { [$0.x, $0.y] }
        var matrix = [Double](repeating: 0, count: 9)
        guard sadna_homography_fit(a, b, Int32(from.count), &matrix) == 1, matrix.allSatisfy(\.isFinite) else { return nil }
        self.matrix = matrix
    }

    /// The affine map (turn, scale, shear, shift: no perspective) taking `from` nearest to `to`
    /// (least squares); nil when the points lie on a line. Steadier than a perspective fit
    /// where the points are few or bunched (the corners of one code).
    public init?(affineFitting from: [Point], to: [Point]) {
        guard from.count >= 3, from.count == to.count else { return nil }
        let n = Double(from.count)
        let fx = from.map(\.x).reduce(0, +) / n, fy = from.map(\.y).reduce(0, +) / n
        let tx = to.map(\.x).reduce(0, +) / n, ty = to.map(\.y).reduce(0, +) / n
        // About the centroids, the shift drops out: two 2×2 systems share their matrix.
        var sxx = 0.0, sxy = 0.0, syy = 0.0, sxu = 0.0, syu = 0.0, sxv = 0.0, syv = 0.0
        for (p, q) in zip(from, to) {
            let x = p.x - fx, y = p.y - fy, u = q.x - tx, v = q.y - ty
            sxx += x * x
            sxy += x * y
            syy += y * y
            sxu += x * u
            syu += y * u
            sxv += x * v
            syv += y * v
        }
        let determinant = sxx * syy - sxy * sxy
        guard abs(determinant) > 1e-9 * max(1, sxx * syy) else { return nil }
        let a = (sxu * syy - syu * sxy) / determinant, b = (syu * sxx - sxu * sxy) / determinant
        let d = (sxv * syy - syv * sxy) / determinant, e = (syv * sxx - sxv * sxy) / determinant
        matrix = [a, b, tx - a * fx - b * fy, d, e, ty - d * fx - e * fy, 0, 0, 1]
    }

    /// Where `point` lands.
    public func apply(_ point: Point) -> Point {
        let m = matrix
        let w = m[6] * point.x + m[7] * point.y + m[8]
        return Point(x: (m[0] * point.x + m[1] * point.y + m[2]) / w, y: (m[3] * point.x + m[4] * point.y + m[5]) / w)
    }

    /// Fills a `width`×`height` picture by taking each of its pixels through the map into
    /// `photo` (bilinear), `background` where it falls outside.
    public func warp(_ photo: Photo, width: Int, height: Int, background: UInt32 = 0xFF80_8080) -> Photo {
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        sadna_warp(
            photo.pixels, Int32(photo.width), Int32(photo.height), matrix, &pixels, Int32(width), Int32(height), background)
        return Photo(width: width, height: height, pixels: pixels)
    }
}
