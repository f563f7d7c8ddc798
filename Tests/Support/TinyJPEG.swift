import Foundation

/// A grey JPEG of any claimed size in about a hundred bytes: a quantisation table, a frame header
/// and an empty scan. libjpeg decodes it (Huffman tables default to the standard ones, and the
/// missing data is painted grey), so it reaches whatever comes after decoding, as the 3.4 KB
/// photo of 32,768 × 4 pixels that once crashed Sadna did.
public enum TinyJPEG {
    public static func make(width: Int, height: Int) -> Data {
        func two(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        var bytes: [UInt8] = [0xFF, 0xD8]  // start of image
        bytes += [0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 1, count: 64)  // a quantisation table
        bytes += [0xFF, 0xC0, 0x00, 0x0B, 0x08] + two(height) + two(width)  // the frame: 8 bits, one component
        bytes += [0x01, 0x01, 0x11, 0x00]
        bytes += [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]  // the scan, with no data
        bytes += [0xFF, 0xD9]  // end of image
        return Data(bytes)
    }
}
