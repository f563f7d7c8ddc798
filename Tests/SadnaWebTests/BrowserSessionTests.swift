import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SadnaWeb

/// The form token belongs to one browser's session: a token read in one browser is worth nothing
/// in another, and every cookie the workbench sets is for its own pages only.
@Suite("Each browser's own form token")
struct BrowserSessionTests {
    static let otherBrowser = "sadna_session=" + String(repeating: "a1", count: 32)

    @Test func aBrowserWithoutASessionGetsOneAndItsPageTheMatchingToken() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let first = try await client.execute(uri: "/personas/rochan", method: .get) { $0 }
            let cookie = try #require(first.headers[values: .setCookie].first { $0.hasPrefix("sadna_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
            let id = String(cookie.dropFirst("sadna_session=".count).prefix { $0 != ";" })
            #expect(id.count == 64)
            #expect(first.text.contains("name=\"_csrf\" value=\"\(bench.workbench.sessions.token(for: id))\""))
            // The session goes on: no new cookie for a browser that has one.
            let again = try await client.get("/personas/rochan", headers: [.cookie: "sadna_session=\(id)"])
            #expect(!again.headers[values: .setCookie].contains { $0.hasPrefix("sadna_session=") })
        }
    }

    @Test func oneBrowsersTokenIsUselessInAnothers() async throws {
        let bench = try TestWorkbench()
        let before = try bench.file("personas/rochan.yaml")
        try await bench.test { client in
            let page = try await client.get("/personas/rochan").text
            var fields = try #require(HTMLForm(page, action: "/personas/rochan")).fields
            fields.removeAll { $0.0 == "occupation" }
            fields.append(("occupation", "אחר"))
            let elsewhere = try await client.post("/personas/rochan", fields: fields, headers: [.cookie: Self.otherBrowser])
            #expect(elsewhere.status == .forbidden)
            let encoded = fields.map { "\($0.0)=\(FormEncoding.encode($0.1))" }.joined(separator: "&")
            let noSession = try await client.execute(
                uri: "/personas/rochan", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: encoded)
            ) { $0 }
            #expect(noSession.status == .forbidden)
            #expect(try bench.file("personas/rochan.yaml") == before)
            #expect(try await client.post("/personas/rochan", fields: fields).status == .seeOther, "its own browser saves")
        }
    }

    @Test func everyCookieTheWorkbenchSetsIsHttpOnlyAndSameSiteStrict() async throws {
        let bench = try TestWorkbench(accessCode: "letmein")
        try await bench.test { client in
            var cookies: [String] = []
            let entry = try await client.execute(uri: "/personas?code=letmein", method: .get) { $0 }
            cookies += entry.headers[values: .setCookie]
            let accessCookie = try #require(cookies.first { $0.hasPrefix("sadna_access=") })
            let access = String(accessCookie.prefix { $0 != ";" })
            let page = try await client.execute(uri: "/personas?lang=en", method: .get, headers: [.cookie: access]) { $0 }
            #expect(page.status == .ok)
            cookies += page.headers[values: .setCookie]
            #expect(Set(cookies.map { String($0.prefix { $0 != "=" }) }) == ["sadna_access", "sadna_lang", "sadna_session"])
            for cookie in cookies {
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "\(cookie)")
                #expect(cookie.contains("Path=/"), "\(cookie)")
            }
        }
    }
}
