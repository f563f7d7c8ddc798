import Foundation
import Hummingbird
import HummingbirdTesting
@testable import SadnaWeb
import Testing

/// The access code on a network: once accepted, it leads only to the workbench's own pages.
@Suite("The access code")
struct AccessCodeTests {
    @Test func anAcceptedCodeLeadsOnlyToALocalPage() async throws {
        let bench = try TestWorkbench(accessCode: "letmein")
        try await bench.test { client in
            for (asked, expected) in [("/\\evil.example/", "/"), ("//evil.example/", "/"),
                                      ("/%09/evil.example", "/%09/evil.example"), ("/personas", "/personas"), ("/", "/")] {
                let entry = try await client.get("\(asked)?code=letmein")
                #expect(entry.status == .seeOther, "\(asked)")
                #expect(entry.headers[.location] == expected, "\(asked) -> \(entry.headers[.location] ?? "none")")
            }
        }
    }

    @Test func aLocalPathIsOneSlashNeverTwoNorABackslash() {
        #expect(LocalPath.isLocal("/") && LocalPath.isLocal("/personas/רוחן") && LocalPath.isLocal("/a\\b"))
        for path in ["//evil.example", "/\\evil.example", "/\t/evil.example", "\\\\evil.example", "https://evil.example", "",
                     "personas", "/\n/evil.example"] {
            #expect(!LocalPath.isLocal(path), "\(path)")
        }
    }
}

