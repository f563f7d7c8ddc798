import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SadnaWeb

/// The access code on a network: once accepted, it leads only to the workbench's own pages.
@Suite("The access code")
struct AccessCodeTests {
    @Test func anAcceptedCodeLeadsOnlyToALocalPage() async throws {
        let bench = try TestWorkbench(accessCode: "letmein")
        try await bench.test { client in
            for (asked, expected) in [
                ("/\\evil.example/", "/"), ("//evil.example/", "/"),
                ("/%09/evil.example", "/%09/evil.example"), ("/personas", "/personas"), ("/", "/"),
            ] {
                let entry = try await client.get("\(asked)?code=letmein")
                #expect(entry.status == .seeOther, "\(asked)")
                #expect(entry.headers[.location] == expected, "\(asked) -> \(entry.headers[.location] ?? "none")")
            }
        }
    }

    @Test func aLocalPathIsOneSlashNeverTwoNorABackslash() {
        #expect(LocalPath.isLocal("/") && LocalPath.isLocal("/personas/רוחן") && LocalPath.isLocal("/a\\b"))
        for path in [
            "//evil.example", "/\\evil.example", "/\t/evil.example", "\\\\evil.example", "https://evil.example", "",
            "personas", "/\n/evil.example",
        ] {
            #expect(!LocalPath.isLocal(path), "\(path)")
        }
    }
}

/// Wrong codes from one address slow that address down; the machine's own browser is never held back.
@Suite("Guessing the access code")
struct AccessCodeGuessingTests {
    static func entry(_ port: Int, code: String, from source: String) async throws -> RawResponse {
        try await RawConnection.request(port, "GET /personas?code=\(code) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n", from: source)
    }

    @Test func afterFiveWrongCodesAnAddressIsHeldBackAndOthersAreNot() async throws {
        // A wait of a minute, which no loaded machine's slow requests outrun (the doubling is timed
        // on a test's clock below).
        let bench = try TestWorkbench(accessCode: "letmein", limits: ServerLimits(firstCodeWait: .seconds(60)))
        try await bench.live { port async throws in
            for _ in 1...5 { #expect(try await Self.entry(port, code: "guess", from: "127.0.0.2").status == 401) }
            let held = try await Self.entry(port, code: "letmein", from: "127.0.0.2")
            #expect(held.status == 429, "even the right code waits while its address is held back")
            // The seconds left of the minute; a loaded machine may have used some of them.
            #expect(
                (30...60).contains(held.header("Retry-After").flatMap { Int($0) } ?? 0), "\(held.header("Retry-After") ?? "none")"
            )
            #expect(held.body.contains("lang=\"he\""), "a page in plain words")
            // The person at the machine, and anyone else, are not held back by that address's guesses.
            #expect(try await Self.entry(port, code: "letmein", from: "127.0.0.1").status == 303)
            #expect(try await Self.entry(port, code: "letmein", from: "127.0.0.3").status == 303)
            // Guessing through the cookie counts the same.
            for _ in 1...5 {
                let head = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nCookie: sadna_access=guess\r\n"
                let guess = try await RawConnection.request(port, head, from: "127.0.0.4")
                #expect(guess.status == 401)
            }
            let right = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nCookie: sadna_access=letmein\r\n"
            let cookieHeld = try await RawConnection.request(port, right, from: "127.0.0.4")
            #expect(cookieHeld.status == 429)
        }
    }

    @Test func eachWrongCodeAfterTheWaitDoublesIt() {
        let clock = TestClock()
        let attempts = AccessAttempts(freeTries: 5, firstWait: .seconds(1), now: { clock.now })
        for _ in 1...4 { attempts.failed("127.0.0.2") }
        #expect(attempts.wait(for: "127.0.0.2") == nil, "four wrong codes are free")
        attempts.failed("127.0.0.2")
        #expect(attempts.wait(for: "127.0.0.2") == .seconds(1))
        clock.advance(.milliseconds(400))
        #expect(attempts.wait(for: "127.0.0.2") == .milliseconds(600), "the time left")
        clock.advance(.milliseconds(600))
        #expect(attempts.wait(for: "127.0.0.2") == nil, "it may try again")
        attempts.failed("127.0.0.2")
        #expect(attempts.wait(for: "127.0.0.2") == .seconds(2))
        clock.advance(.seconds(2))
        attempts.failed("127.0.0.2")
        #expect(attempts.wait(for: "127.0.0.2") == .seconds(4))
        #expect(attempts.wait(for: "127.0.0.1") == nil && attempts.wait(for: "127.0.0.3") == nil)
        attempts.succeeded("127.0.0.2")
        #expect(attempts.wait(for: "127.0.0.2") == nil, "a right code starts the count again")
    }

    /// A clock a test moves by hand.
    final class TestClock: @unchecked Sendable {
        private let lock = NSLock()
        private var instant = ContinuousClock.now
        var now: ContinuousClock.Instant { lock.withLock { instant } }
        func advance(_ duration: Duration) { lock.withLock { instant += duration } }
    }

    @Test func thePersonAtTheMachineIsNeverHeldBack() async throws {
        let bench = try TestWorkbench(accessCode: "letmein")
        try await bench.live { port async throws in
            for _ in 1...8 { #expect(try await Self.entry(port, code: "guess", from: "127.0.0.1").status == 401) }
            #expect(try await Self.entry(port, code: "letmein", from: "127.0.0.1").status == 303)
        }
    }
}
