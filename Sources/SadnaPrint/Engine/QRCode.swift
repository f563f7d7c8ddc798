import CQRencode
import SadnaKit

/// A QR code's modules, from Debian's libqrencode: a square of dark and light cells that a phone
/// reads as the text it encodes (a link, on service pages and task cards).
public struct QRCode: Sendable, Hashable {
    /// The number of modules on a side, without the quiet zone.
    public let size: Int
    /// Row by row, top to bottom: true for a dark module.
    public let modules: [Bool]

    /// Light modules kept clear around the code: the standard's quiet zone, without which a
    /// scanner does not find the code's edges on a busy page.
    public static let quietZone = 4

    /// `text` encoded as UTF-8 bytes at error-correction level M (15 % of the code may be lost to
    /// a fold or a coffee ring), in the smallest version it fits; nil when it is too long for any.
    /// A code that must stay small (a form's corner marks) may ask for `lowCorrection` (7 %).
    public init?(_ text: String, lowCorrection: Bool = false) {
        let bytes = Array(text.utf8)
        let level = lowCorrection ? QR_ECLEVEL_L : QR_ECLEVEL_M
        guard !bytes.isEmpty,
            let code = bytes.withUnsafeBufferPointer({ QRcode_encodeData(Int32($0.count), $0.baseAddress, 0, level) })
        else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        // libqrencode marks a dark module by the lowest bit of its byte; the others say what the
        // module is for (finder, timing, data), which printing does not need.
        size = width
        modules = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    public func isDark(row: Int, column: Int) -> Bool {
        modules[row * size + column]
    }

    /// Modules on a side with the quiet zone on both sides.
    public var sizeWithQuietZone: Int { size + 2 * Self.quietZone }

    /// The dark modules as rectangles, one per horizontal run, in a `side` mm square (quiet zone
    /// included) whose top-left corner is `origin`. A run is one shape rather than a square per
    /// module: fewer rectangles for the PDF to hold.
    public func darkRuns(at origin: Point, side: Double) -> [Rect] {
        let module = side / Double(sizeWithQuietZone)
        var runs: [Rect] = []
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < size, isDark(row: row, column: column) { column += 1 }
                runs.append(
                    Rect(
                        x: origin.x + Double(start + Self.quietZone) * module,
                        y: origin.y + Double(row + Self.quietZone) * module,
                        width: Double(column - start) * module, height: module))
            }
        }
        return runs
    }
}

/// A link printed as a QR code with the link itself under it, for a reader without a phone (or
/// to check where the code leads). Measured first, then placed, like every other block.
public struct QRBlock {
    public let code: QRCode
    /// The link as encoded.
    public let text: String
    /// The code's side, quiet zone included (mm).
    public let side: Double
    /// The block's width (mm): the code's side, or more when a part of the link that cannot
    /// break is wider (the code is then centred over its link).
    public let width: Double
    /// The link under the code, set left to right within the block's width.
    public let caption: TextBlock
    /// The room between the code's quiet zone and the caption (mm): the quiet zone is already white.
    static let captionGap = 0.5

    /// The code `side` mm wide (quiet zone included) for `link`, its caption set at `captionSize`
    /// points; nil when the link cannot be encoded.
    public init?(_ link: String, side: Double, captionSize: Double = 8, typesetter: Typesetter, source: SourceLocation? = nil) {
        guard let code = QRCode(link) else { return nil }
        self.code = code
        self.text = link
        self.side = side
        let style = TextStyle(size: captionSize, colour: .ink, alignment: .centre)
        let (lines, width) = QRBlock.breakable(link, within: side, style: style, typesetter: typesetter)
        self.width = width
        caption = typesetter.layout(lines, style: style, width: width, language: .english, source: source)
    }

    /// The block's size: the code and its caption.
    public var size: Size { Size(width: width, height: side + Self.captionGap + caption.height) }

    /// The width of one module (mm): what a phone's camera has to resolve.
    public var moduleSize: Double { side / Double(code.sizeWithQuietZone) }

    /// The code's square, quiet zone included, when the block's top-left corner is at `origin`.
    public func codeFrame(at origin: Point) -> Rect {
        Rect(x: origin.x + (width - side) / 2, y: origin.y, width: side, height: side)
    }

    /// Draws the block with its top-left corner at `origin`: the code, and the link under it.
    public func draw(on page: inout Page, at origin: Point) {
        QRBlock.addCode(code, to: &page, in: codeFrame(at: origin))
        page.add(caption, at: Point(x: origin.x, y: origin.y + side + Self.captionGap))
    }

    /// Adds `code`'s modules to `page` as one black figure within `box` (its shorter side,
    /// quiet zone included, at the box's top-left). The quiet zone is painted white, so that a
    /// tint behind the box cannot eat into it.
    public static func addCode(_ code: QRCode, to page: inout Page, in box: Rect) {
        let side = min(box.width, box.height)
        page.add(.rectangle(Rect(x: box.x, y: box.y, width: side, height: side), cornerRadius: 0), .filled(.white))
        page.add(.rectangles(code.darkRuns(at: box.origin, side: side)), .filled(.black))
    }

    /// The link with a zero-width space where a line may break, when it does not fit on one line:
    /// after "/" (but not inside "https://"), and, only if a part is still too wide, after "." and
    /// "-" too; and the width to set it in: `width`, or the widest part that cannot break, up to
    /// twice `width` (beyond that Pango breaks the part where it must). Never a hyphen: a reader
    /// would type it.
    static func breakable(
        _ link: String, within width: Double, style: TextStyle,
        typesetter: Typesetter
    ) -> (text: String, width: Double) {
        func measure(_ part: String) -> Double {
            typesetter.layout(part, style: style, width: nil, language: .english).width
        }
        func fits(_ part: String) -> Bool { measure(part) <= width }
        if fits(link) { return (link, width) }
        let scheme = link.range(of: "://").map { link.distance(from: link.startIndex, to: $0.upperBound) } ?? 0
        func parts(after breakers: Set<Character>) -> [String] {
            var parts: [String] = [], current = ""
            for (offset, character) in link.enumerated() {
                current.append(character)
                if offset >= scheme, breakers.contains(character), offset + 1 < link.count {
                    parts.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { parts.append(current) }
            return parts
        }
        let slashes = parts(after: ["/"])
        let chosen = slashes.allSatisfy(fits) ? slashes : parts(after: ["/", ".", "-"])
        let widest = chosen.map(measure).max() ?? 0
        return (chosen.joined(separator: "\u{200B}"), min(2 * width, max(width, widest.rounded(.up))))
    }
}
