import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// The system's errors reach people in plain words, whichever layer (POSIX, Foundation) raised them.
@Suite("System errors in plain words")
struct SystemErrorTests {
    @Test func commonErrorsHavePlainWords() {
        #expect(SystemError.words(errno: ENOSPC).hasPrefix("the disk is full"))
        #expect(SystemError.words(errno: EACCES).hasPrefix("permission denied"))
        #expect(SystemError.words(errno: EPERM).hasPrefix("permission denied"))
        #expect(SystemError.words(errno: ENOENT) == "the file does not exist")
        #expect(SystemError.words(errno: EROFS).hasPrefix("the folder is read-only"))
        #expect(SystemError.words(errno: EFBIG).contains("file-size limit"))
    }

    @Test func foundationsErrorsAreUnwrapped() {
        // What FileManager throws on a full disk: Cocoa's 512 ("unknown") around the POSIX error.
        let wrapped = NSError(
            domain: NSCocoaErrorDomain, code: CocoaError.fileWriteUnknown.rawValue,
            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        #expect(SystemError.words(wrapped).hasPrefix("the disk is full"))
        #expect(SystemError.words(CocoaError(.fileWriteOutOfSpace)).hasPrefix("the disk is full"))
        #expect(SystemError.words(CocoaError(.fileReadNoSuchFile)) == "the file does not exist")
        #expect(SystemError.words(CocoaError(.fileWriteVolumeReadOnly)).hasPrefix("the folder is read-only"))
        #expect(SystemError.words(POSIXError(.EACCES)).hasPrefix("permission denied"))
        #expect(!SystemError.words(CocoaError(.fileWriteUnknown)).contains("NSCocoaErrorDomain"))
    }

    @Test func aFileThatCannotBeReadSaysWhyInPlainWords() throws {
        // A folder where a file should be is its own case; a file under a file is ENOTDIR.
        let folder = TemporaryFolder()
        folder.write("a.yaml", "x: 1\n")
        #expect(throws: FileSourceError.missing) { try FolderSource(folder.url).read("a.yaml/b", limit: 100) }
        let copy = Result { try FileManager.default.copyItem(at: folder.path("none"), to: folder.path("b")) }
        guard case let .failure(error) = copy else {
            Issue.record("copied a file that is not there")
            return
        }
        #expect(SystemError.words(error) == "the file does not exist", "\(error)")
    }

    @Test(.enabled(if: SmallDisk.canMount, "needs root to mount a small tmpfs"))
    func aFullDiskIsNamedAsOneWhenFoundationCopies() throws {
        let disk = try #require(SmallDisk(kilobytes: 8))
        let folder = TemporaryFolder()
        let big = folder.write("big.bin", String(repeating: "x", count: 64 * 1024))
        let copy = Result { try FileManager.default.copyItem(at: big, to: disk.path("big.bin")) }
        guard case let .failure(error) = copy else {
            Issue.record("64 KB fitted on an 8 KB disk")
            return
        }
        #expect(SystemError.words(error).hasPrefix("the disk is full"), "\(error)")
    }
}
