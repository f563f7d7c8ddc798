import Foundation

/// A tiny disk of its own (a tmpfs of a few kilobytes), to see what Sadna does when a disk fills
/// up for real. Mounting needs root; where it cannot be mounted (an ordinary user, a container
/// without the right), `SmallDisk(kilobytes:)` is nil and the test that needs it is skipped.
public final class SmallDisk: @unchecked Sendable {
    public let url: URL

    public init?(kilobytes: Int) {
        guard getuid() == 0 else { return nil }
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sadna-disk-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        guard let result = try? run("mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", url.path]), result.status == 0
        else {
            try? FileManager.default.removeItem(at: url)
            return nil
        }
    }

    deinit {
        // Lazily: a server a test started may still hold a file on it for a moment.
        _ = try? run("umount", ["-l", url.path])
        try? FileManager.default.removeItem(at: url)
    }

    /// Whether this machine can mount one, for `.enabled(if:)`.
    public static let canMount: Bool = SmallDisk(kilobytes: 16) != nil

    /// Every file under the disk, hidden ones too, relative to it.
    public var files: [String] {
        (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []).sorted()
    }

    public func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Fills the disk to its last byte, with a file `empty()` removes.
    public func fill() {
        let filler = open(path("filler").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer { close(filler) }
        let chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while chunk.withUnsafeBytes({ write(filler, $0.baseAddress, $0.count) }) > 0 {}
    }

    public func empty() throws { try FileManager.default.removeItem(at: path("filler")) }

    /// The disk made read-only, as a disk mounted so is.
    public func remountReadOnly() throws {
        guard try run("mount", ["-o", "remount,ro", url.path]).status == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
