import Foundation

/// Why an output could not be written, in plain words ("cannot write out/03/agenda.pdf: No space
/// left on device").
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    /// The system's error number (`ENOSPC`, `EACCES`, `EROFS`...), when the system refused: the
    /// workbench tells a person "the disk is full" from it, in the page's language.
    public var code: Int32?

    public init(_ url: URL, reason: String, code: Int32? = nil) {
        self.path = DisplayPath.of(url)
        self.reason = reason
        self.code = code
    }

    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes whole files through ``OutputFile``: wholly old or wholly new, never half-written.
public enum AtomicFile {
    /// Writes `data` to `url`.
    public static func write(_ data: Data, to url: URL) throws(OutputError) {
        let file = try OutputFile(url)
        try file.write(data)
        try file.commit()
    }

    /// The system's error number behind a file error, when there is one.
    static func systemCode(_ error: Error) -> Int32? {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
        switch (error as? CocoaError)?.code {
        case .fileWriteNoPermission?: return EACCES
        case .fileWriteOutOfSpace?: return ENOSPC
        case .fileWriteVolumeReadOnly?: return EROFS
        default: return nil
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
