import Foundation
import Hummingbird
import Logging

/// Every error becomes a page in the person's language, never a stack trace: route errors, the
/// router's 404, 413 for an upload too large, 401 and 403 from the guards below, 400 with the
/// catalog's reasons for a print it refuses. Unexpected errors are logged and shown as a plain
/// "something went wrong".
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WorkbenchRequestContext
    let workbench: Workbench

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let conflict as EditConflict {
            return try ConflictPage.respond(conflict, request: request, workbench: workbench)
        } catch let refused as FormRefused {
            if case let .failed(error) = refused.reason, !(error is HTTPError) {
                context.logger.error("unexpected error: \(String(reflecting: error))")
            }
            return try FormRecovery.respond(refused, request: request, workbench: workbench)
        } catch let refusal as PrintRefusal where refusal.status == .badRequest {
            return workbench.errorPage(
                status: .badRequest, message: "refused-print", problems: refusal.problems, request: request)
        } catch let refusal as PrintRefusal {
            return workbench.errorPage(status: refusal.status, message: nil, request: request)
        } catch let misdirected as MisdirectedRequest {
            return workbench.misdirectedPage(misdirected, request: request)
        } catch {
            let status: HTTPResponse.Status
            switch error {
            case let error as HTTPError: status = error.status
            case let error as any HTTPResponseError: status = error.status
            default:
                context.logger.error("unexpected error: \(String(reflecting: error))")
                status = .internalServerError
            }
            let message = (error as? HTTPError)?.body
            var response = workbench.errorPage(status: status, message: message, request: request)
            if status == .contentTooLarge { response.headers[.connection] = "close" }
            if let error = error as? HTTPError, let wait = error.headers[.retryAfter] { response.headers[.retryAfter] = wait }
            return response
        }
    }
}

/// On a network (any address but the machine's own), only holders of the access code get in:
/// `?code=` once sets a cookie and leads to the same page without it; anything else is 401.
/// A wrong code, in the address or in the cookie, counts against the address it came from
/// (`AccessAttempts`): after a few, that address waits (429, with `Retry-After`).
struct AccessCodeMiddleware: RouterMiddleware {
    typealias Context = WorkbenchRequestContext
    static let cookie = "sadna_access"
    let code: String?
    let attempts: AccessAttempts

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        guard let code else { return try await next(request, context) }
        let given = request.uri.queryParameters["code"].map(String.init) ?? request.cookies[Self.cookie]?.value
        guard let given else { throw HTTPError(.unauthorized, message: "needs-code") }
        if let wait = attempts.wait(for: context.peer) {
            let seconds = max(1, Int((wait + .milliseconds(999)).components.seconds))
            throw HTTPError(.tooManyRequests, headers: [.retryAfter: String(seconds)], message: "too-many-tries")
        }
        guard constantTimeEquals(given, code) else {
            attempts.failed(context.peer)
            throw HTTPError(.unauthorized, message: request.uri.queryParameters["code"] == nil ? "needs-code" : "wrong-code")
        }
        attempts.succeeded(context.peer)
        if request.uri.queryParameters["code"] != nil {
            var response = Response.seeOther(Self.location(path: request.uri.path, query: request.uri.query))
            response.setCookie(Cookie(name: Self.cookie, value: code, path: "/", httpOnly: true, sameSite: .strict))
            response.headers[.cacheControl] = "no-store"
            return response
        }
        return try await next(request, context)
    }

    /// The same path and query without `code=`; only ever a local path (`LocalPath`), else the home page.
    static func location(path: String, query: String?) -> String {
        guard LocalPath.isLocal(path) else { return "/" }
        let kept = (query ?? "").split(separator: "&").filter { !($0 == "code" || $0.hasPrefix("code=")) }
        return kept.isEmpty ? path : path + "?" + kept.joined(separator: "&")
    }
}

/// Every request that changes something is a POST from one of the workbench's own pages,
/// carrying the token of the browser's session in a hidden field, so that no other site can make
/// a browser save on a person's behalf (403 otherwise).
///
/// The page a POST comes from is checked by its `Origin` (or, without one, its `Referer`). A POST
/// with neither passes on its token alone: browsers send `Origin` with every POST a page makes,
/// so only a program that is not a browser (curl, a script; nobody's session to abuse) or a
/// browser that hides where it comes from sends neither, and the token, bound to the session's
/// cookie that no other site's page can make the browser send, is what protects a form anyway.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WorkbenchRequestContext
    static let field = "_csrf"
    let sessions: BrowserSessions
    let hosts: AllowedHosts
    let port: ListeningPort
    let uploadLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        switch request.method {
        case .get, .head: return try await next(request, context)
        case .post: break
        default: throw HTTPError(.methodNotAllowed)
        }
        if let page = request.headers[.origin] ?? request.headers[.referer], !hosts.allowsPage(page, port: port.value) {
            throw HTTPError(.forbidden, message: "stale-form")
        }
        var request = request
        if request.headers[.contentLength].flatMap(Int.init).map({ $0 > Self.readLimit }) ?? false {
            // Not a byte read: the form comes back as the file has it, and says so.
            throw FormRefused(form: PostedForm(), reason: .unread)
        }
        // Photos from a meeting come several at a time.
        let uploadLimit = ScanUpload.receives(request.uri.path) ? ScanUpload.requestBytes : self.uploadLimit
        if request.mediaType == "multipart/form-data",
            request.headers[.contentLength].flatMap(Int.init).map({ $0 > uploadLimit }) ?? false
        {
            // Too large to keep (a 30 MB photo): read through, the file dropped and the typed
            // fields kept, so that the form comes back with them and the file's problem beside it.
            let form = try await request.postedForm(limit: Self.readLimit, partLimit: uploadLimit)
            throw FormRefused(form: form, reason: .tooLarge)
        }
        // Read once, bounded; the handler reads the same buffered body again.
        _ = try await request.collectBody(upTo: uploadLimit)
        let form = try await request.postedForm(limit: uploadLimit)
        let token = sessions.token(for: request)
        guard !token.isEmpty, let given = form[Self.field], constantTimeEquals(given, token) else {
            // The person's own page (its origin was checked above), opened before the workbench
            // restarted: the form comes back with what she typed, to save again.
            throw FormRefused(form: form, reason: .stale)
        }
        do {
            return try await next(request, context)
        } catch  where FormRefused.recovers(error) {
            throw FormRefused(form: form, reason: .failed(error))
        }
    }

    /// The most a post may send at all: up to this, a body too large to keep is read through so
    /// that its typed fields come back; beyond it, 413 before a byte is read.
    static let readLimit = 64 * 1024 * 1024
}

/// The request context: Hummingbird's own, and the address the request came from.
struct WorkbenchRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's IP address; nil when there is none (a request handed to the router in process).
    let peer: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peer = Peer.address(of: source.channel)
    }

    var maxUploadSize: Int { Workbench.uploadLimit }
}
