import CSadnaScan

/// A perspective map of the plane: how a flat page's points land in a photo of it.
public struct Homography: Sendable, Hashable {
    /// The 3×3 matrix row by row, its last entry 1.
    public let matrix: [Double]

    /// The map taking each of four points `from` to the same point of `to`; nil when three of
    /// them lie on a line.
    public init?(from: [(x: Double, y: Double)], to: [(x: Double, y: Double)]) {
        guard from.count == 4, to.count == 4 else { return nil }
        let a = from.flatMap { [$0.x, $0.y] }, b = to.flatMap { [$0.x, $0.y] }
        var matrix = [Double](repeating: 0, count: 9)
        guard sadna_homography(a, b, &matrix) == 1, matrix.allSatisfy(\.isFinite) else { return nil }
        self.matrix = matrix
    }

    /// Where `point` lands.
    public func apply(_ point: (x: Double, y: Double)) -> (x: Double, y: Double) {
        let m = matrix
        let w = m[6] * point.x + m[7] * point.y + m[8]
        return ((m[0] * point.x + m[1] * point.y + m[2]) / w, (m[3] * point.x + m[4] * point.y + m[5]) / w)
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
