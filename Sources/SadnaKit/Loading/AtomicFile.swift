import Foundation

/// Writes files so that they are either wholly old or wholly new: never half-written.
public enum AtomicFile {
    /// Lets `write` fill a temporary file beside `url`, then renames it over `url`. When `write`
    /// throws, the temporary file is removed and whatever was at `url` stays as it was.
    public static func replace(_ url: URL, write: (URL) throws -> Void) throws {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try write(temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes `data` to `url` atomically.
    public static func write(_ data: Data, to url: URL) throws {
        try replace(url) { temporary in try data.write(to: temporary) }
    }
}
