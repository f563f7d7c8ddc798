import CSadnaScan
import SadnaPrint

/// A QR code zbar read in a picture: its text and the four corners it was located by, in the
/// code's own order (its top-left, bottom-left, bottom-right, top-right).
struct ReadCode {
    var text: String
    var outline: [Point]

    var centre: Point {
        Point(x: outline.map(\.x).reduce(0, +) / Double(outline.count), y: outline.map(\.y).reduce(0, +) / Double(outline.count))
    }

    /// The QR codes of `gray`, each located by its four corners (pixel centres, as a photo's points are).
    static func all(in gray: [UInt8], width: Int, height: Int) -> [ReadCode] {
        var codes = [sadna_code](repeating: sadna_code(), count: 16)
        let count = Int(sadna_find_codes(gray, Int32(width), Int32(height), &codes, Int32(codes.count)))
        return codes.prefix(count).compactMap { code in
            guard code.points == 4 else { return nil }
            let text = withUnsafeBytes(of: code.data) { String(decoding: $0.prefix(Int(code.length)), as: UTF8.self) }
            let xs = withUnsafeBytes(of: code.x) { Array($0.bindMemory(to: Double.self).prefix(4)) }
            let ys = withUnsafeBytes(of: code.y) { Array($0.bindMemory(to: Double.self).prefix(4)) }
            return ReadCode(text: text, outline: zip(xs, ys).map { Point(x: $0 + 0.5, y: $1 + 0.5) })
        }
    }
}

/// The Sadna marks found in a photo: the page they name and where each corner's code is.
struct FormMarks {
    var identity: ScanIdentity
    /// Each corner's code centre in the photo (pixels).
    var corners: [ScanCorner: Point]
    /// Each corner's code's four corners in the photo, in ``ReadCode`` order.
    var outlines: [ScanCorner: [Point]]

    /// Reads the QR codes of `gray` (a photo's greys); nil when none is a Sadna mark. Where the
    /// photo as taken shows fewer than two, it is read again as print on paper (black and white
    /// by the light around each pixel): shade across a code no longer hides its modules.
    static func find(in gray: [UInt8], width: Int, height: Int) -> (marks: FormMarks?, codes: Int) {
        var codes = ReadCode.all(in: gray, width: width, height: height)
        // Fewer than two corners give too poor a guess where the others are.
        if (marks(from: codes)?.corners.count ?? 0) < 2 {
            codes += ReadCode.all(in: binarised(gray, width: width, height: height), width: width, height: height)
        }
        return (marks(from: codes), Set(codes.map(\.text)).count)
    }

    /// The page most of the codes name (a photo may catch the edge of a neighbouring sheet); of
    /// as many, a tiled poster's sheet, whose part of the poster shows one of the poster's codes.
    static func marks(from codes: [ReadCode]) -> FormMarks? {
        var found: [(identity: ScanIdentity, corner: ScanCorner, code: ReadCode)] = []
        for code in codes {
            guard let (identity, corner) = ScanIdentity.parse(code.text) else { continue }
            found.append((identity, corner, code))
        }
        let pages = Dictionary(grouping: found, by: \.identity)
        guard
            let (identity, ofPage) = pages.max(by: {
                (Set($0.value.map(\.corner)).count, $0.key.tile ?? 0) < (Set($1.value.map(\.corner)).count, $1.key.tile ?? 0)
            })
        else { return nil }
        var marks = FormMarks(identity: identity, corners: [:], outlines: [:])
        for (_, corner, code) in ofPage where marks.corners[corner] == nil {
            marks.corners[corner] = code.centre
            marks.outlines[corner] = code.outline
        }
        return marks
    }

    static func binarised(_ gray: [UInt8], width: Int, height: Int, radius: Int = 24) -> [UInt8] {
        var black = [UInt8](repeating: 255, count: gray.count)
        sadna_binarize(gray, Int32(width), Int32(height), Int32(radius), 8, &black)
        return black
    }
}

extension FormMarks {
    /// Looks again for the corners zbar missed in the whole photo (a code at a slant, in the
    /// shade, its modules aliased by the turn): where the codes found say each missing one must
    /// be, a square of the photo is straightened and enlarged, and read on its own, as taken and
    /// in black and white. Every code found makes the next guess better.
    ///
    /// `marksOnPage` are the codes' centres on the page and `side` the side of their dark
    /// modules (mm): each code found gives five points, its centre and its corners.
    mutating func findMissing(in photo: Photo, marksOnPage: [Point], side: Double) {
        while corners.count < ScanCorner.allCases.count {
            let guesses = pageToPhoto(marksOnPage, side: side)
            let missing = ScanCorner.allCases.filter { corners[$0] == nil }
            // One at a time: each code found makes the guess for the rest better.
            let found = missing.first { corner in
                for guess in guesses {
                    guard let code = read(corner, at: marksOnPage[corner.rawValue], side: side, through: guess, in: photo) else {
                        continue
                    }
                    corners[corner] = code.centre
                    outlines[corner] = code.outline
                    return true
                }
                return false
            }
            guard found != nil else { return }
        }
    }

    /// Where the page's millimetres land in the photo, by the codes found so far (their centres
    /// and corners): first as an affine map, which the few points of one or two codes hold
    /// steady; then, from three codes, a perspective map fitted to them, nearer on a steep view.
    func pageToPhoto(_ marksOnPage: [Point], side: Double) -> [Homography] {
        var page: [Point] = [], seen: [Point] = []
        let half = side / 2
        for (corner, outline) in outlines {
            let centre = marksOnPage[corner.rawValue]
            // The code's own top-left, bottom-left, bottom-right and top-right, as zbar gives them.
            page.append(centre)
            page += [(-half, -half), (-half, half), (half, half), (half, -half)].map {
                Point(x: centre.x + $0.0, y: centre.y + $0.1)
            }
            seen += [corners[corner]!] + outline
        }
        let affine = Homography(affineFitting: page, to: seen)
        let perspective = outlines.count >= 3 ? Homography(fitting: page, to: seen) : nil
        return [affine, perspective].compactMap { $0 }
    }

    /// Reads the code of `corner` in a square of the page around `centre` (mm), taken through
    /// `guess` out of the photo: wide enough for the guess to miss by a few centimetres.
    func read(_ corner: ScanCorner, at centre: Point, side: Double, through guess: Homography, in photo: Photo) -> ReadCode? {
        // Four pixels or more a module (a code of `side` has 25), then a wider look a little coarser.
        let fine = 4 * 25 / side
        for (half, resolution) in [(30.0, fine), (50.0, fine * 0.8)] {
            let pixels = resolution * 2 * half
            let square = [(-half, -half), (half, -half), (half, half), (-half, half)].map {
                guess.apply(Point(x: centre.x + $0.0, y: centre.y + $0.1))
            }
            let crop = [Point(x: 0, y: 0), Point(x: pixels, y: 0), Point(x: pixels, y: pixels), Point(x: 0, y: pixels)]
            guard let map = Homography(from: crop, to: square) else { continue }
            let side = Int(pixels)
            let piece = map.warp(photo, width: side, height: side, background: 0xFFFF_FFFF).gray
            for picture in [piece, Self.binarised(piece, width: side, height: side, radius: Int(resolution * 3))] {
                let codes = ReadCode.all(in: picture, width: side, height: side)
                for code in codes {
                    guard let (identity, at) = ScanIdentity.parse(code.text), identity == self.identity, at == corner else {
                        continue
                    }
                    return ReadCode(text: code.text, outline: code.outline.map { map.apply($0) })
                }
            }
        }
        return nil
    }
}
