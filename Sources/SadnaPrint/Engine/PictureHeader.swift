import Foundation
import SadnaKit

/// What a photo's first bytes say it is — its format and its size in pixels — read before
/// anything is decoded, so that a file of a few kilobytes that claims 32,768 pixels a side (or a
/// billion pixels) is refused in plain words instead of reaching the decoder or Cairo, whose
/// images stop at 32,767 pixels a side.
struct PictureHeader: Equatable {
    enum Format: String {
        case png = "PNG", jpeg = "JPEG"
    }

    var format: Format
    var width: Int
    var height: Int

    /// The header of `data`, or why it is not a photo Sadna reads; the size is checked against
    /// ``Limits/photoLongestSide`` and ``Limits/photoPixels``.
    static func read(_ data: Data) throws(PictureError) -> PictureHeader {
        let bytes = [UInt8](data.prefix(Self.scanned))
        let header: PictureHeader?
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            header = png(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            // Metadata beyond the first megabyte is rare: only then is the whole file scanned.
            header = jpeg(bytes) ?? (data.count > bytes.count ? jpeg([UInt8](data)) : nil)
        } else {
            throw PictureError(.phrasePictureNotPicture)
        }
        guard let header else {
            throw PictureError(.phrasePictureNoSize)
        }
        try header.checkSize()
        return header
    }

    /// How far into a file its size is looked for first: a JPEG's frame header follows its
    /// metadata (EXIF with a thumbnail, colour profiles), which a camera keeps well under this.
    static let scanned = 1024 * 1024

    func checkSize() throws(PictureError) {
        let size = MessageArgument.value("\(width)×\(height)")
        guard width > 0, height > 0 else {
            throw PictureError(.phrasePictureEmptySize, ["format": .value(format.rawValue), "size": size])
        }
        guard width <= Limits.photoLongestSide, height <= Limits.photoLongestSide else {
            throw PictureError(.phrasePictureTooWide, ["size": size, "limit": .number(Limits.photoLongestSide)])
        }
        guard width * height <= Limits.photoPixels else {
            throw PictureError(.phrasePictureTooManyPixels, ["size": size, "limit": .number(Limits.photoPixels / 1_000_000)])
        }
    }

    /// A PNG's size is in its first chunk, which must be IHDR.
    private static func png(_ bytes: [UInt8]) -> PictureHeader? {
        guard bytes.count >= 24, bytes[12..<16].elementsEqual("IHDR".utf8) else { return nil }
        return PictureHeader(format: .png, width: number(bytes, at: 16, size: 4), height: number(bytes, at: 20, size: 4))
    }

    /// A JPEG's size is in its frame header (SOF0–SOF15 but DHT, JPG and DAC), after any number
    /// of other segments; the scan that follows it holds no size.
    private static func jpeg(_ bytes: [UInt8]) -> PictureHeader? {
        var at = 2
        while at + 4 <= bytes.count {
            guard bytes[at] == 0xFF else { return nil }
            let marker = bytes[at + 1]
            // Fill bytes, and markers that stand alone (RST0–7, TEM).
            if marker == 0xFF {
                at += 1
                continue
            }
            if (0xD0...0xD7).contains(marker) || marker == 0x01 {
                at += 2
                continue
            }
            if marker == 0xDA || marker == 0xD9 { return nil }
            let length = number(bytes, at: at + 2, size: 2)
            guard length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard at + 9 <= bytes.count, length >= 7 else { return nil }
                return PictureHeader(
                    format: .jpeg, width: number(bytes, at: at + 7, size: 2),
                    height: number(bytes, at: at + 5, size: 2))
            }
            at += 2 + length
        }
        return nil
    }

    /// A big-endian number of `size` bytes.
    private static func number(_ bytes: [UInt8], at offset: Int, size: Int) -> Int {
        bytes[offset..<(offset + size)].reduce(0) { $0 << 8 | Int($1) }
    }
}
