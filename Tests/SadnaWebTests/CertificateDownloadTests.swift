import Foundation
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// A printable added in one place (the certificate) is in the workbench with no code of its own:
/// a meeting whose plan names it lists it with the kit's parts, and the part downloads.
@Suite("The certificate in the workbench")
struct CertificateDownloadTests {
    @Test func aMeetingsPlanNamesCertificatesAndThePartDownloads() async throws {
        let bench = try TestWorkbench()
        try Data("- { name: סמדר כהן, department: מזכירות, attended: [1, 3] }\n".utf8)
            .write(to: bench.workshop.appendingPathComponent("participants.yaml"))
        let file = bench.workshop.appendingPathComponent("meetings/10.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\nprint:\n", with: "\nprint:\n  - kind: certificate\n").utf8).write(to: file)
        try await bench.test { client in
            let page = try await client.get("/meetings/10")
            #expect(page.status == .ok)
            let row = try #require(
                page.text.components(separatedBy: "<tr>").first { $0.contains("תעודת השתתפות") },
                "the print list names the certificates")
            let href = try #require(row.firstMatch(of: /href="([^"]+\.pdf)"/).map { String($0.1) })
            let part = try await client.get(href)
            #expect(part.status == .ok && String(buffer: part.body).hasPrefix("%PDF-"))
        }
    }
}
