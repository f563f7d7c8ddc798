import Crypto
import Foundation
import Hummingbird

/// Each browser's session: a random id in a cookie only the workbench reads (`HttpOnly`) and that
/// no other site's page makes the browser send (`SameSite=Strict`), and the form token derived
/// from it with a secret new each run (HMAC-SHA256). A token read from one browser's page is
/// worth nothing in another's, and no token outlives the workbench that made it.
struct BrowserSessions: Sendable {
    static let cookie = "sadna_session"
    private let secret = SymmetricKey(size: .bits256)

    /// The form token of the session `id`.
    func token(for id: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data("form-token:\(id)".utf8), using: secret)
        return code.map { String(format: "%02x", $0) }.joined()
    }

    /// The form token of the browser that sent `request`; "" when it has no session.
    func token(for request: Request) -> String {
        Self.id(of: request).map(token(for:)) ?? ""
    }

    /// The request's session id: the first `sadna_session` cookie that is one (64 hex digits).
    static func id(of request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for piece in header.split(separator: ";") {
                let pair = piece.drop { $0 == " " }.split(separator: "=", maxSplits: 1)
                guard pair.count == 2, pair[0] == cookie else { continue }
                let value = pair[1]
                if value.utf8.count == 64, value.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) {
                    return String(value)
                }
            }
        }
        return nil
    }
}

/// Gives a browser without a session one: the request goes on carrying the new cookie (so the
/// page it opens holds the matching token) and the answer sets it.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WorkbenchRequestContext

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard BrowserSessions.id(of: request) == nil else { return try await next(request, context) }
        let id = randomToken(byteCount: 32)
        var head = request.head
        head.headerFields[values: .cookie].append("\(BrowserSessions.cookie)=\(id)")
        var response = try await next(Request(head: head, body: request.body), context)
        response.setCookie(Cookie(name: BrowserSessions.cookie, value: id, path: "/", httpOnly: true, sameSite: .strict))
        return response
    }
}
