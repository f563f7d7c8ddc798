import Foundation

/// Why an output could not be written, in plain words ("cannot write out/03/agenda.pdf: the disk is
/// full; …", see ``SystemError``).
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

    /// The same, said in the reader's language: the system's reason from the catalogue when the
    /// system refused.
    public var failure: Diagnostic {
        .error(
            .outputUnwritable,
            [
                "path": .path(path), "reason": code.map { SystemError.reason(errno: $0) } ?? .text(reason),
                "output": .code("--output"),
            ],
            at: nil)
    }
}

/// Writes whole files through ``OutputFile``: wholly old or wholly new, never half-written.
public enum AtomicFile {
    /// Writes `data` to `url`.
    public static func write(_ data: Data, to url: URL) throws(OutputError) {
        let file = try OutputFile(url)
        try file.write(data)
        try file.commit()
    }
}
