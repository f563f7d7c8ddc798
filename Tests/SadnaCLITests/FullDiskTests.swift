import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// A disk that fills up for real (a tmpfs of a few kilobytes), in a process of its own: a run
/// stops with exit 1 and plain words, and leaves no temporary file and no half of anything.
@Suite("A full disk", .serialized, .enabled(if: SmallDisk.canMount, "needs root to mount a small tmpfs"))
struct FullDiskTests {
    let folder = TemporaryFolder()

    @Test func aNewWorkshopOntoAFullDiskSaysSo() throws {
        let disk = try #require(SmallDisk(kilobytes: 8))
        let result = try sadnaProcess(["new", "workshop", disk.path("mine").path], in: folder.url)
        #expect(result.status == 1, "\(result.stderr)")
        // Said in the shipped programme's Hebrew, the language of a folder without a workshop.
        #expect(result.stderr.contains("הדיסק מלא"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("error 512"), "\(result.stderr)")
    }

    @Test func aKitOntoAFullDiskExitsOneAndLeavesNoTemporaryFile() throws {
        // Meetings are drawn side by side, so where the disk fills changes from run to run.
        for _ in 0..<3 {
            let disk = try #require(SmallDisk(kilobytes: 200))
            let result = try sadnaProcess(
                ["kit", "--meeting", "all", "--workshop", emekWorkshop.path, "--output", disk.path("out").path, "--lang", "en"],
                in: disk.url)
            #expect(result.status == 1, "\(result.status): \(result.stderr)")
            #expect(result.stderr.contains("error: cannot write out/"), "\(result.stderr)")
            #expect(result.stderr.contains("the disk is full"), "\(result.stderr)")
            #expect(!disk.files.contains { $0.hasSuffix(".tmp") || $0.contains(".sadna-") }, "\(disk.files)")
            // Nothing of this run is in place: every kit is written whole before any replaces its folder.
            #expect(!disk.files.contains { $0.hasSuffix(".pdf") }, "\(disk.files)")
        }
    }
}
