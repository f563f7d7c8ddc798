import Hummingbird

/// Answers only requests that name the workbench by one of its own names (`AllowedHosts`); any
/// other name gets 421 and a plain page with the address to open. It runs before everything
/// else, the access code included, so a page on another site that rebinds its name to this
/// machine reads nothing: no persona, no form token, no kit.
struct HostCheckMiddleware: RouterMiddleware {
    typealias Context = WorkbenchRequestContext
    let hosts: AllowedHosts
    let port: ListeningPort

    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        // HTTP/1.1's `Host` arrives as the request's authority; a second `Host` field must pass too.
        let names = [request.head.authority].compactMap { $0 } + request.headers[values: .init("Host")!]
        guard !names.isEmpty, names.allSatisfy(hosts.allowsHost) else {
            throw MisdirectedRequest(address: hosts.address(port: port.value))
        }
        return try await next(request, context)
    }
}

/// A request that named the workbench by a name it does not answer to; `address` is the one to open.
struct MisdirectedRequest: Error {
    let address: String
}
