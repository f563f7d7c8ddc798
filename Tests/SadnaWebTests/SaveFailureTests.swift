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
        let disk = try SmallDisk()
        defer { disk.unmount() }
        let bench = try TestWorkbench(in: disk.folder.appendingPathComponent("emek"))
        let before = try bench.file("personas/rochan.yaml")
        try await bench.test { client in
            let page = try await client.get("/personas/rochan").text
            var fields = try #require(HTMLForm(page, action: "/personas/rochan")).fields
            fields.removeAll { $0.0 == "occupation" }
            fields.append(("occupation", String(repeating: "שומר ", count: 2000)))
            try disk.fill()
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

/// A 4 MB tmpfs of the test's own, mounted in a temporary folder.
final class SmallDisk: @unchecked Sendable {
    let place = TemporaryFolder()
    let folder: URL

    /// Whether this machine lets the tests mount one (root, with the right to mount).
    static let canMount: Bool = {
        guard geteuid() == 0, let disk = try? SmallDisk() else { return false }
        disk.unmount()
        return true
    }()

    init() throws {
        folder = place.path("disk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.run("/usr/bin/mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", folder.path)
    }

    /// Fills the disk to its last byte.
    func fill() throws {
        let filler = open(folder.appendingPathComponent("filler").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer { close(filler) }
        let chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while chunk.withUnsafeBytes({ write(filler, $0.baseAddress, $0.count) }) > 0 {}
    }

    func empty() throws { try FileManager.default.removeItem(at: folder.appendingPathComponent("filler")) }

    func remountReadOnly() throws { try Self.run("/usr/bin/mount", "-o", "remount,ro", folder.path) }

    func unmount() { try? Self.run("/usr/bin/umount", "-l", folder.path) }

    private static func run(_ tool: String, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
