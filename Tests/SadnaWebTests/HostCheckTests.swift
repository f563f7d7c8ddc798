import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// A page on another site whose name is made to lead to 127.0.0.1 (DNS rebinding) reaches the
/// workbench with its own name in `Host`: it must read nothing and save nothing.
@Suite("Only the workbench's own names")
struct HostCheckTests {
    @Test func anotherSitesNameGets421AndNoPersonaNoTokenNoKit() async throws {
        let bench = try TestWorkbench()
        try await bench.live { port async throws in
            for path in ["/personas/rochan", "/meetings/03/kit.zip", "/", "/static/sadna.css"] {
                let answer = try await RawConnection.request(port, "GET \(path) HTTP/1.1\r\nHost: evil.example:\(port)\r\n")
                #expect(answer.status == 421, "\(path): \(answer.status)")
                #expect(!answer.body.contains("_csrf") && !answer.body.contains("רוחן"), "\(path)")
                #expect(!answer.body.hasPrefix("PK"), "\(path)")
                #expect(answer.body.contains("http://127.0.0.1:\(port)/"), "the page names the address to open")
            }
            // The machine's own names, as Chromium and curl send them, are answered.
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)", "LOCALHOST:\(port)"] {
                let answer = try await RawConnection.request(port, "GET /personas/rochan HTTP/1.1\r\nHost: \(host)\r\n")
                #expect(answer.status == 200, "\(host)")
            }
            #expect(try await RawConnection.request(port, "GET / HTTP/1.0\r\n").status == 421, "no Host at all")
        }
    }

    @Test func aSaveUnderAnotherSitesNameChangesNothing() async throws {
        let bench = try TestWorkbench()
        let before = try bench.file("personas/rochan.yaml")
        try await bench.live { port async throws in
            let open = "GET /personas/rochan HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nCookie: \(testBrowser)\r\n"
            let page = try await RawConnection.request(port, open)
            let form = try #require(HTMLForm(page.body, action: "/personas/rochan"))
            var fields = form.fields
            fields.removeAll { $0.0 == "occupation" }
            fields.append(("occupation", "נפרץ"))
            let body = fields.map { "\(FormEncoding.encode($0.0))=\(FormEncoding.encode($0.1))" }.joined(separator: "&")
            let head =
                "POST /personas/rochan HTTP/1.1\r\nHost: evil.example:\(port)\r\nCookie: \(testBrowser)\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
            #expect(try await RawConnection.request(port, head, body: body).status == 421)
            // Nor from a page of another site that posts to the right name.
            let foreign =
                "POST /personas/rochan HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nOrigin: http://evil.example\r\n"
                + "Cookie: \(testBrowser)\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            #expect(try await RawConnection.request(port, foreign, body: body).status == 403)
            let otherPort =
                "POST /personas/rochan HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nOrigin: http://127.0.0.1:1\r\n"
                + "Cookie: \(testBrowser)\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            #expect(try await RawConnection.request(port, otherPort, body: body).status == 403, "another program on this machine")
            let referred =
                "POST /personas/rochan HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nReferer: http://evil.example/x\r\n"
                + "Cookie: \(testBrowser)\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            #expect(try await RawConnection.request(port, referred, body: body).status == 403, "Referer when there is no Origin")
            #expect(try bench.file("personas/rochan.yaml") == before)
            // The workbench's own page, as Chromium posts it, saves.
            let own =
                "POST /personas/rochan HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nOrigin: http://127.0.0.1:\(port)\r\n"
                + "Cookie: \(testBrowser)\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            #expect(try await RawConnection.request(port, own, body: body).status == 303)
            #expect(try bench.text("personas/rochan.yaml").contains("occupation: נפרץ"))
        }
    }

    @Test func theNamesAWorkbenchAnswersTo() {
        let local = AllowedHosts(listeningOn: "127.0.0.1")
        for host in ["127.0.0.1:8080", "localhost:8080", "[::1]:8080", "127.0.0.1", "localhost"] {
            #expect(local.allowsHost(host), "\(host)")
        }
        for host in [
            "evil.example:8080", "127.0.0.1.evil.example", "localhost.", "127.0.0.2:8080", "::1", "", "a b",
            "x@127.0.0.1",
        ] {
            #expect(!local.allowsHost(host), "\(host)")
        }
        #expect(local.allowsPage("http://127.0.0.1:8080", port: 8080))
        #expect(local.allowsPage("http://localhost:8080/personas/rochan", port: 8080))
        #expect(!local.allowsPage("http://127.0.0.1:3000", port: 8080))
        #expect(!local.allowsPage("null", port: 8080))
        #expect(!local.allowsPage("https://127.0.0.1:8080", port: 8080))
        #expect(!local.allowsPage("http://evil.example:8080", port: 8080))
        // On the network: the machine's own names too, and the names given with --allow-host (at any port).
        let network = AllowedHosts(listeningOn: "0.0.0.0", given: ["sadna.council.example"])
        let hostName = ProcessInfo.processInfo.hostName.lowercased()
        #expect(network.allowsHost("\(hostName):8080") && network.allowsHost("127.0.0.1:8080"))
        #expect(network.allowsHost("sadna.council.example") && network.allowsPage("http://sadna.council.example", port: 8080))
        #expect(!network.allowsHost("evil.example"))
        #expect(!local.allowsHost("sadna.council.example"), "given names are only for the workbench given them")
        // Behind a reverse proxy: the workbench on 127.0.0.1, the team at https://NAME/ on the proxy's port.
        let proxied = AllowedHosts(listeningOn: "127.0.0.1", given: ["sadna.council.example"])
        #expect(proxied.allowsHost("sadna.council.example") && proxied.allowsPage("https://sadna.council.example", port: 8080))
        #expect(
            !proxied.allowsPage("https://evil.example", port: 8080) && !proxied.allowsPage("https://127.0.0.1:8080", port: 8080))
    }
}

/// Percent-encoding for a form body, as a browser does it.
enum FormEncoding {
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(
            withAllowedCharacters: CharacterSet(
                charactersIn:
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.*")) ?? text
    }
}
