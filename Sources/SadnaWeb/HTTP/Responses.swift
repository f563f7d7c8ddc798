import Foundation
import Hummingbird
import SadnaKit

extension Response {
    /// An HTML page. Pages are made from the files on each request, so none is cached.
    static func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        let buffer = ByteBuffer(string: body)
        return Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .contentLength: String(buffer.readableBytes),
                .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
                .init("Content-Security-Policy")!:
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'",
                .init("Referrer-Policy")!: "same-origin",
            ],
            body: .init(byteBuffer: buffer))
    }

    /// A file to download (PDF, PNG, ZIP), or to show in the browser when `inline`.
    static func download(_ data: Data, contentType: String, filename: String, inline: Bool = false) -> Response {
        var buffer = ByteBuffer()
        buffer.writeBytes(data)
        return Response(
            status: .ok,
            headers: [
                .contentType: contentType, .contentLength: String(buffer.readableBytes),
                .contentDisposition: contentDisposition(filename: filename, inline: inline),
                .xContentTypeOptions: "nosniff", .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: buffer))
    }

    /// An answer for the page's own script (the live review).
    static func json(_ data: Data) -> Response {
        var buffer = ByteBuffer()
        buffer.writeBytes(data)
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/json; charset=utf-8", .contentLength: String(buffer.readableBytes),
                .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
            ],
            body: .init(byteBuffer: buffer))
    }

    /// A redirect after a form is posted (303, so the browser fetches the page with GET).
    static func seeOther(_ location: String) -> Response {
        Response.redirect(to: location, type: .normal)
    }
}

/// RFC 6266 Content-Disposition with an ASCII `filename=` and a UTF-8 `filename*=` (Hebrew and
/// Arabic file names need the second).
func contentDisposition(filename: String, inline: Bool = false) -> String {
    let kind = inline ? "inline" : "attachment"
    let ascii = String(
        filename.unicodeScalars.map { scalar -> Character in
            (scalar.isASCII && scalar.value >= 0x20 && scalar != "\"" && scalar != "\\" && scalar.value != 0x7F)
                ? Character(scalar) : "_"
        })
    var encoded = ""
    let hex = Array("0123456789ABCDEF".utf8)
    for byte in filename.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
            encoded.unicodeScalars.append(Unicode.Scalar(byte))
        default:
            encoded += "%" + String(Unicode.Scalar(hex[Int(byte >> 4)])) + String(Unicode.Scalar(hex[Int(byte & 0xF)]))
        }
    }
    return "\(kind); filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
}

/// Random secrets from the kernel's generator, as hex.
func randomToken(byteCount: Int = 24) -> String {
    var generator = SystemRandomNumberGenerator()
    let digits = Array("0123456789abcdef".utf8)
    var out = ""
    for _ in 0..<byteCount {
        let byte = UInt8.random(in: .min ... .max, using: &generator)
        out.unicodeScalars.append(Unicode.Scalar(digits[Int(byte >> 4)]))
        out.unicodeScalars.append(Unicode.Scalar(digits[Int(byte & 0x0F)]))
    }
    return out
}

/// Compares secrets in a time that does not tell where they first differ.
func constantTimeEquals(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var difference: UInt8 = 0
    for index in 0..<x.count { difference |= x[index] ^ y[index] }
    return difference == 0
}
