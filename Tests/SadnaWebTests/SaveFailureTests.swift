import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// A save the system refuses says why in the page's language: a full disk, a folder Sadna may not
/// write in, a read-only disk. The tests run as root, whom permissions do not stop, so the disk is
/// a small tmpfs of the test's own: filled up, then remounted read-only.
@Suite("Saves the system refuses")
struct SaveFailureTests {
    @Test(.enabled(if: SmallDisk.canMount)) func aSaveOntoAFullOrReadOnlyDiskSaysSoInPlainWords() async throws {
        let disk = try #require(SmallDisk(kilobytes: 4096))
        let bench = try TestWorkbench(in: disk.path("emek"))
        let before = try bench.file("personas/rochan.yaml")
        try await bench.test { client in
            let page = try await client.get("/personas/rochan").text
            var fields = try #require(HTMLForm(page, action: "/personas/rochan")).fields
            fields.removeAll { $0.0 == "occupation" }
            fields.append(("occupation", String(repeating: "שומר ", count: 2000)))
            disk.fill()
            let full = try await client.post("/personas/rochan", fields: fields)
            #expect(full.status == .internalServerError)
            #expect(full.text.contains("הדיסק מלא"), "the page says the disk is full")
            let english = try await client.post("/personas/rochan?lang=en", fields: fields)
            #expect(english.text.contains("The disk is full") && english.text.contains("Free some space"))
            #expect(try bench.file("personas/rochan.yaml") == before, "nothing half-written")
            try disk.empty()
            try disk.remountReadOnly()
            let readOnly = try await client.post("/personas/rochan?lang=ar", fields: fields)
            #expect(readOnly.status == .internalServerError)
            #expect(readOnly.text.contains("يمكن القراءة منه فقط"), "the page says the folder is read-only")
            #expect(try bench.file("personas/rochan.yaml") == before)
        }
    }

    @Test func eachRefusalHasItsWordsInEveryLanguage() throws {
        #expect(SaveFailure.message(for: ENOSPC) == "disk-full")
        #expect(SaveFailure.message(for: EACCES) == "permission-denied")
        #expect(SaveFailure.message(for: EPERM) == "permission-denied")
        #expect(SaveFailure.message(for: EROFS) == "read-only")
        #expect(SaveFailure.message(for: EIO) == nil)
        let (web, problems) = WebTemplates.load(from: FolderSource(templatesFolder))
        #expect(problems.isEmpty)
        let labels = try #require(web).labels
        for language in Language.allCases {
            for key in ["error_disk_full", "error_permission_denied", "error_read_only"] {
                #expect(!labels.words(in: language)(key).isEmpty, "\(key) \(language)")
            }
        }
        #expect(labels.words(in: .en)("error_permission_denied").contains("permission denied"))
    }
}
