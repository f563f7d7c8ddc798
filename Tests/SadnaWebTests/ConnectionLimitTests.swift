import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SadnaWeb

/// Idle connections cannot stop the workbench: they are closed after a while, and beyond a bound
/// new ones from the network are closed at once, while the person at the machine still gets in.
@Suite("Connections that send nothing")
struct ConnectionLimitTests {
    @Test func manyIdleConnectionsFromTheNetworkLeaveTheWorkbenchAnswering() async throws {
        let bench = try TestWorkbench(limits: ServerLimits(idleTimeout: .seconds(120), connections: 20))
        try await bench.live { port async throws in
            var idle: [RawConnection] = []
            for _ in 0..<200 { idle.append(try RawConnection(port: port, from: "127.0.0.2")) }
            try await Task.sleep(for: .milliseconds(500))
            var closed = 0
            for connection in idle {
                if await connection.isClosedByServer(within: .milliseconds(20)) { closed += 1 }
            }
            // (The test framework's own client may hold one of the 20 places.)
            #expect((180...181).contains(closed), "all beyond the bound of 20 are closed at once: \(closed)")
            let page = try await RawConnection.request(port, "GET /personas HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n")
            #expect(page.status == 200, "the person at the machine still gets in")
            let personas = "GET /personas HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
            let stranger = try await RawConnection.request(port, personas, from: "127.0.0.3")
            #expect(stranger.status == 0, "someone else waits for a free place")
            idle.removeAll()
            try await Task.sleep(for: .milliseconds(500))
            let later = try await RawConnection.request(port, personas, from: "127.0.0.3")
            #expect(later.status == 200, "places come free as connections close")
        }
    }

    @Test func anIdleConnectionIsClosedAfterTheIdleTimeout() async throws {
        let bench = try TestWorkbench(limits: ServerLimits(idleTimeout: .seconds(1)))
        try await bench.live { port async throws in
            let start = ContinuousClock.now
            let silent = try RawConnection(port: port)
            #expect(await silent.isClosedByServer(within: .seconds(10)))
            #expect(ContinuousClock.now - start >= .milliseconds(900))
            // Half a request's head, then nothing: closed the same.
            let halfway = try RawConnection(port: port, from: "127.0.0.2")
            try halfway.send("GET /personas HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Slow: ")
            #expect(await halfway.isClosedByServer(within: .seconds(10)))
            // A request answered, then the connection left open: closed after the timeout too.
            let kept = try RawConnection(port: port)
            try kept.send("GET /static/sadna.css HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
            #expect(await kept.readAll(timeout: .seconds(20)).hasPrefix("HTTP/1.1 200"))
        }
    }
}
