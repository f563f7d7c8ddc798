import Foundation

/// A spreadsheet export's bytes turned into text, whichever way Excel or Google Sheets saved it:
/// UTF-8 with or without a byte-order mark, UTF-16 ("Unicode text"), or Windows-1255, Excel's
/// default for Hebrew "CSV".
public struct SpreadsheetText {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 with a byte-order mark"
        case utf16LittleEndian = "UTF-16 (Excel's \"Unicode text\")"
        case utf16BigEndian = "UTF-16 big-endian"
        case windows1255 = "Windows-1255 (Excel's Hebrew CSV)"
    }

    public var text: String
    public var encoding: Encoding

    /// Nil when the bytes are none of these (a binary .xlsx, say).
    public static func decode(_ data: Data) -> SpreadsheetText? {
        // An .xlsx or .ods is a ZIP archive, never text.
        guard !data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return nil }
        guard let decoded = guess([UInt8](data)), isText(decoded.text) else { return nil }
        return decoded
    }

    /// Text has few control characters but tabs and line ends (a stray one in a cell is reported
    /// at its cell); a binary file decoded by mistake has many.
    static func isText(_ text: String) -> Bool {
        var controls = 0, count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar) { controls += 1 }
        }
        return controls * 10 < count
    }

    private static func guess(_ bytes: [UInt8]) -> SpreadsheetText? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(bytes: bytes.dropFirst(3), encoding: .utf8).map { SpreadsheetText(text: $0, encoding: .utf8WithBOM) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return String(bytes: bytes.dropFirst(2), encoding: .utf16LittleEndian)
                .map { SpreadsheetText(text: $0, encoding: .utf16LittleEndian) }
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return String(bytes: bytes.dropFirst(2), encoding: .utf16BigEndian)
                .map { SpreadsheetText(text: $0, encoding: .utf16BigEndian) }
        }
        // UTF-16 without a mark: text in Hebrew or Latin has a zero in every other byte.
        if bytes.count >= 4 {
            let odd = stride(from: 1, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
            let even = stride(from: 0, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
            let pairs = bytes.count / 2
            if odd > pairs / 3, let text = String(bytes: bytes, encoding: .utf16LittleEndian) {
                return SpreadsheetText(text: text, encoding: .utf16LittleEndian)
            }
            if even > pairs / 3, let text = String(bytes: bytes, encoding: .utf16BigEndian) {
                return SpreadsheetText(text: text, encoding: .utf16BigEndian)
            }
        }
        if bytes.contains(0) { return nil }
        if let text = String(bytes: bytes, encoding: .utf8) {
            return SpreadsheetText(text: text, encoding: .utf8)
        }
        return windows1255(bytes).map { SpreadsheetText(text: $0, encoding: .windows1255) }
    }

    /// Windows-1255: ASCII below 0x80, Hebrew letters from 0xE0. Nil when a byte has no meaning
    /// in it (then the file is in some other encoding, and guessing would garble it).
    static func windows1255(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
            } else {
                let code = windows1255High[Int(byte) - 0x80]
                guard code != 0, let scalar = Unicode.Scalar(code) else { return nil }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Bytes 0x80–0xFF of Windows-1255 (0: not assigned).
    static let windows1255High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0, 0x2039, 0, 0, 0, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0, 0x203A, 0, 0, 0, 0,
        0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x20AA, 0x00A5, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x00D7, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x00B9, 0x00F7, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
        0x05B0, 0x05B1, 0x05B2, 0x05B3, 0x05B4, 0x05B5, 0x05B6, 0x05B7,
        0x05B8, 0x05B9, 0x05BA, 0x05BB, 0x05BC, 0x05BD, 0x05BE, 0x05BF,
        0x05C0, 0x05C1, 0x05C2, 0x05C3, 0x05F0, 0x05F1, 0x05F2, 0x05F3,
        0x05F4, 0, 0, 0, 0, 0, 0, 0,
        0x05D0, 0x05D1, 0x05D2, 0x05D3, 0x05D4, 0x05D5, 0x05D6, 0x05D7,
        0x05D8, 0x05D9, 0x05DA, 0x05DB, 0x05DC, 0x05DD, 0x05DE, 0x05DF,
        0x05E0, 0x05E1, 0x05E2, 0x05E3, 0x05E4, 0x05E5, 0x05E6, 0x05E7,
        0x05E8, 0x05E9, 0x05EA, 0, 0, 0x200E, 0x200F, 0,
    ]
}
