import Hummingbird
import MultipartKit
import NIOCore

/// One part of a `multipart/form-data` body.
struct UploadedPart: Sendable {
    var name: String
    /// Present for file inputs (`<input type=file>`), possibly "" when no file was chosen.
    var filename: String?
    var contentType: String?
    var body: ByteBuffer
    /// The part was larger than the form may keep: its bytes were read and dropped.
    var dropped = false
    var text: String { String(buffer: body) }
}

struct MultipartForm: Sendable {
    var parts: [UploadedPart]
    subscript(_ name: String) -> String? { parts.first { $0.name == name && $0.filename == nil }?.text }
    func all(_ name: String) -> [String] { parts.filter { $0.name == name && $0.filename == nil }.map(\.text) }
    func file(_ name: String) -> UploadedPart? { parts.first { $0.name == name && $0.filename != nil } }
}

enum MultipartProblem: Error { case noBoundary, malformed }

extension Request {
    /// Streams a multipart/form-data body through multipart-kit's `MultipartParser`,
    /// stopping with 413 once more than `limit` bytes arrived (the body is not buffered first).
    /// With a `partLimit`, a part larger than it is read through but not kept (marked `dropped`),
    /// so that a photo too large still leaves the form's typed fields to show again.
    func multipartForm(limit: Int, partLimit: Int? = nil, maxParts: Int = 10_000) async throws -> MultipartForm {
        guard mediaType == "multipart/form-data", let ct = headers[.contentType],
            let boundary = Self.parameter("boundary", in: ct), !boundary.isEmpty
        else { throw HTTPError(.unsupportedMediaType, message: "Expected multipart/form-data with a boundary.") }
        try checkContentLength(limit: limit)

        let parser = MultipartParser(boundary: boundary)
        var parts: [UploadedPart] = []
        var headers: [(String, String)] = []
        var body = ByteBuffer()
        var finished = 0
        var dropped = false
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { chunk in
            if let partLimit, dropped || body.readableBytes + chunk.readableBytes > partLimit {
                dropped = true
                body.clear()
            } else {
                body.writeBuffer(&chunk)
            }
        }
        parser.onPartComplete = {
            let disposition = headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
            let type = headers.first { $0.0.lowercased() == "content-type" }?.1
            parts.append(
                UploadedPart(
                    name: Self.parameter("name", in: disposition) ?? "",
                    filename: Self.parameter("filename", in: disposition),
                    contentType: type,
                    body: body, dropped: dropped))
            headers = []
            body = ByteBuffer()
            dropped = false
            finished += 1
        }

        var received = 0
        for try await chunk in self.body {
            received += chunk.readableBytes
            if received > limit {
                throw HTTPError(.contentTooLarge, message: "Upload is larger than \(limit) bytes.")
            }
            do { try parser.execute(chunk) } catch { throw HTTPError(.badRequest, message: "Malformed multipart body.") }
            if finished > maxParts { throw HTTPError(.contentTooLarge, message: "Too many form parts.") }
        }
        // MultipartParser does not report a truncated body; a valid one has >= 1 completed part
        // when non-empty. Parts still open at the end (no closing boundary) are dropped.
        return MultipartForm(parts: parts)
    }

    /// Value of `key=` in a header such as `form-data; name="f"; filename="a b.pdf"`.
    /// Handles quoted values with `\"` escapes. (`filename*=` RFC 5987 is not decoded: browsers
    /// send raw UTF-8 inside `filename="..."` for form uploads.)
    static func parameter(_ key: String, in header: String) -> String? {
        var rest = Substring(header)
        while let semi = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semi)...].drop { $0 == " " || $0 == "\t" }
            guard let eq = rest.firstIndex(of: "=") else { return nil }
            let k = rest[..<eq].lowercased()
            var v = rest[rest.index(after: eq)...]
            var value = ""
            if v.first == "\"" {
                v = v.dropFirst()
                var escaped = false
                var end = v.endIndex
                for i in v.indices {
                    let c = v[i]
                    if escaped {
                        value.append(c)
                        escaped = false
                    } else if c == "\\" {
                        escaped = true
                    } else if c == "\"" {
                        end = i
                        break
                    } else {
                        value.append(c)
                    }
                }
                rest = end < v.endIndex ? v[v.index(after: end)...] : v[v.endIndex...]
            } else {
                let stop = v.firstIndex(of: ";") ?? v.endIndex
                value = String(v[..<stop]).filter { $0 != " " }
                rest = v[stop...]
            }
            if k == key.lowercased() { return value }
        }
        return nil
    }
}
