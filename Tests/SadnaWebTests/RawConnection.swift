import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SadnaWeb

#if canImport(Glibc)
    import Glibc
#endif

/// A plain TCP connection to a workbench listening on 127.0.0.1, made from a chosen loopback
/// address: 127.0.0.1 is the person at the machine, 127.0.0.2 plays someone else on the network.
/// It sends exactly the bytes a test writes (any `Host`, no `Origin`) and reads with a timeout.
final class RawConnection: @unchecked Sendable {
    private let socket: Int32

    init(port: Int, from source: String = "127.0.0.1") throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw RawConnectionError.failed("socket", errno) }
        var local = Self.address(source, port: 0)
        var remote = Self.address("127.0.0.1", port: port)
        let bound = withUnsafePointer(to: &local) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            close(socket)
            throw RawConnectionError.failed("bind", errno)
        }
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw RawConnectionError.failed("connect", errno)
        }
    }

    deinit { close(socket) }

    private static func address(_ ip: String, port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, ip, &address.sin_addr)
        return address
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw RawConnectionError.failed("send", errno) }
            offset += count
        }
    }

    /// Everything the server sends until it closes the connection or `timeout` passes.
    func readAll(timeout: Duration = .seconds(60)) async -> String {
        (try? await offThePool { self.readAllNow(timeout: timeout) }) ?? ""
    }

    private func readAllNow(timeout: Duration) -> String {
        var received: [UInt8] = []
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 65536)
        while ContinuousClock.now < deadline {
            guard waitForData(until: deadline) else { break }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Whether the server closes the connection (or resets it) within `timeout`, sending nothing.
    func isClosedByServer(within timeout: Duration) async -> Bool {
        (try? await offThePool { self.isClosedNow(within: timeout) }) ?? false
    }

    private func isClosedNow(within timeout: Duration) -> Bool {
        let deadline = ContinuousClock.now + timeout
        guard waitForData(until: deadline) else { return false }
        var byte: UInt8 = 0
        return recv(socket, &byte, 1, 0) <= 0
    }

    private func waitForData(until deadline: ContinuousClock.Instant) -> Bool {
        let left = ContinuousClock.now.duration(to: deadline)
        let milliseconds = max(0, Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
        var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, milliseconds) > 0
    }

    /// One request with `Connection: close`, and the whole answer.
    static func request(
        _ port: Int, _ head: String, body: String = "",
        from source: String = "127.0.0.1"
    ) async throws -> RawResponse {
        let connection = try RawConnection(port: port, from: source)
        do {
            let length = body.isEmpty ? "" : "Content-Length: \(body.utf8.count)\r\n"
            try connection.send(head + "Connection: close\r\n" + length + "\r\n" + body)
        } catch {
            return RawResponse("")  // closed by the server before the request was sent: no answer
        }
        return RawResponse(await connection.readAll())
    }
}

enum RawConnectionError: Error {
    case failed(String, Int32)
}

/// An HTTP answer as read off the wire.
struct RawResponse {
    let status: Int
    let headers: [(String, String)]
    let body: String

    init(_ text: String) {
        let parts = text.components(separatedBy: "\r\n\r\n")
        let lines = (parts.first ?? "").components(separatedBy: "\r\n")
        status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        headers = lines.dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        body = parts.dropFirst().joined(separator: "\r\n\r\n")
    }

    func header(_ name: String) -> String? { headers.first { $0.0 == name.lowercased() }?.1 }
    func all(_ name: String) -> [String] { headers.filter { $0.0 == name.lowercased() }.map(\.1) }
}

extension TestWorkbench {
    /// Runs `body` against the workbench listening on 127.0.0.1 on a free port, given that port.
    func live(_ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        try await workbench.application(host: "127.0.0.1", port: 0).test(.live) { client in
            try await body(try #require(client.port))
        }
    }
}

/// Runs blocking socket calls on a thread of their own: the tests' waiting must not hold the few
/// threads Swift's tasks share (two on a 2-core machine), on which the workbench answers.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}
