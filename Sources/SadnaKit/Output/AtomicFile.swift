import Foundation

/// Why an output could not be written, in plain words ("cannot write out/03/agenda.pdf: the disk is
/// full; …", see ``SystemError``).
public struct OutputError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    /// The system's error number (`ENOSPC`, `EACCES`, `EROFS`...), when the system refused: the
    /// workbench tells a person "the disk is full" from it, in the page's language.
    public var code: Int32?
    /// Why, in the catalogue's words, when the reason is Sadna's own (a folder that cannot be made).
    public var problem: MessageArgument?

    public init(_ url: URL, reason: String, code: Int32? = nil, problem: MessageArgument? = nil) {
        self.path = DisplayPath.of(url)
        self.reason = reason
        self.code = code
        self.problem = problem
    }

    /// A file or folder whose folder cannot be made.
    static func folderUncreatable(_ target: URL, folder: URL, _ error: any Error) -> OutputError {
        OutputError(
            target, reason: "its folder \(DisplayPath.of(folder)) cannot be created (\(SystemError.words(error)))",
            code: SystemError.code(of: error),
            problem: .phrase(
                .phraseOutputFolderUncreatable, ["folder": .path(DisplayPath.of(folder)), "reason": SystemError.reason(error)]))
    }

    public var description: String { "cannot write \(path): \(reason)" }

    /// The same, said in the reader's language: the system's reason from the catalogue when the
    /// system refused.
    public var failure: Diagnostic {
        .error(
            .outputUnwritable,
            [
                "path": .path(path), "reason": problem ?? code.map { SystemError.reason(errno: $0) } ?? .text(reason),
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
