import Foundation

/// Why an output could not be written, in plain words ("cannot write out/03/agenda.pdf: you may
/// not write into the folder out/03").
public struct OutputError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(_ url: URL, reason: String) {
        self.path = DisplayPath.of(url)
        self.reason = reason
    }

    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes files so that they are either wholly old or wholly new: never half-written.
public enum AtomicFile {
    /// Lets `write` fill a temporary file beside `url`, then renames it over `url`. When `write`
    /// throws, the temporary file is removed and whatever was at `url` stays as it was.
    public static func replace(_ url: URL, write: (URL) throws -> Void) throws {
        let directory = url.deletingLastPathComponent()
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(url, reason: "its folder \(DisplayPath.of(directory)) cannot be created (\(plainReason(error)))")
        }
        guard fileManager.isWritableFile(atPath: directory.path) else {
            throw OutputError(url, reason: "you may not write into the folder \(DisplayPath.of(directory))")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try write(temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw OutputError(url, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? fileManager.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes `data` to `url` atomically.
    public static func write(_ data: Data, to url: URL) throws {
        try replace(url) { temporary in
            do {
                try data.write(to: temporary)
            } catch {
                throw OutputError(url, reason: plainReason(error))
            }
        }
    }

    /// The operating system's own short words for a file error ("No such file or directory").
    static func plainReason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        switch (error as? CocoaError)?.code {
        case .fileNoSuchFile?, .fileReadNoSuchFile?: return String(cString: strerror(ENOENT))
        case .fileWriteNoPermission?, .fileReadNoPermission?: return String(cString: strerror(EACCES))
        case .fileWriteOutOfSpace?: return String(cString: strerror(ENOSPC))
        case .fileWriteVolumeReadOnly?: return String(cString: strerror(EROFS))
        default: return nsError.localizedDescription
        }
    }
}
