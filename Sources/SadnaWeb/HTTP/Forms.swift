import Hummingbird
import NIOCore

/// An `application/x-www-form-urlencoded` body as an ordered multi-map.
/// Repeated keys (`items=a&items=b`) are kept in order.
struct FormFields: Sendable, Equatable {
    private(set) var pairs: [(String, String)] = []
    var dictionary: [String: [String]] {
        var d: [String: [String]] = [:]
        for (k, v) in pairs { d[k, default: []].append(v) }
        return d
    }
    init(pairs: [(String, String)] = []) { self.pairs = pairs }
    /// First value for `key`.
    subscript(_ key: String) -> String? { pairs.first { $0.0 == key }?.1 }
    /// All values for `key`, in body order.
    func all(_ key: String) -> [String] { pairs.filter { $0.0 == key }.map(\.1) }
    mutating func append(_ key: String, _ value: String) { pairs.append((key, value)) }

    static func == (l: Self, r: Self) -> Bool {
        l.pairs.count == r.pairs.count && zip(l.pairs, r.pairs).allSatisfy { $0 == $1 }
    }

    /// Parse `a=1&b=x+y&b=%D7%A9` — `+` is a space, `%XX` are UTF-8 bytes.
    /// Invalid percent escapes are kept literally; invalid UTF-8 is repaired (U+FFFD).
    init(urlEncoded string: some StringProtocol) {
        for piece in string.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(kv[0])
            let value = kv.count > 1 ? Self.decode(kv[1]) : ""
            pairs.append((key, value))
        }
    }

    static func decode(_ s: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var it = Array(s.utf8)[...]
        while let b = it.popFirst() {
            switch b {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                if it.count >= 2, let hi = hexValue(it[it.startIndex]), let lo = hexValue(it[it.startIndex + 1]) {
                    bytes.append(hi << 4 | lo)
                    it = it.dropFirst(2)
                } else {
                    bytes.append(b)
                }
            default: bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

enum BodyLimits {
    /// Cap for url-encoded form posts.
    static let form = 1 << 20  // 1 MiB
}

extension Request {
    /// The media type of the body without parameters, lowercased ("multipart/form-data").
    var mediaType: String? {
        headers[.contentType].map {
            let first = $0.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return String(first.filter { $0 != " " && $0 != "\t" }).lowercased()
        }
    }

    /// Reject early when Content-Length already says the body is too big (no bytes read).
    func checkContentLength(limit: Int) throws {
        if let cl = headers[.contentLength].flatMap(Int.init), cl > limit {
            throw HTTPError(.contentTooLarge, message: "Request body is larger than \(limit) bytes.")
        }
    }

    /// Reads a url-encoded form, at most `limit` bytes (else 413).
    /// `collectBody(upTo:)` stores the collected buffer back into the request, so a middleware
    /// that already read the body (CSRF) does not consume it for the handler.
    mutating func formFields(limit: Int = BodyLimits.form) async throws -> FormFields {
        guard mediaType == "application/x-www-form-urlencoded" else {
            throw HTTPError(.unsupportedMediaType, message: "Expected a form post.")
        }
        try checkContentLength(limit: limit)
        // throws NIOTooManyBytesError past `limit`; Hummingbird maps it to 413 (HTTPResponseError)
        let buffer = try await collectBody(upTo: limit)
        return FormFields(urlEncoded: String(buffer: buffer))
    }
}
