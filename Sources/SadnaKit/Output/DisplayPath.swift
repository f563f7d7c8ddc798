import Foundation

/// How a file is named in messages: relative to the current folder when it lies inside it.
public enum DisplayPath {
    /// The folder a run works in, when it is not the process's own (a command run inside the
    /// test suite, several at once).
    @TaskLocal public static var workingDirectoryOverride: URL?

    /// The folder paths are shown relative to.
    public static var workingDirectory: URL {
        workingDirectoryOverride ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    public static func of(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let current = workingDirectory.standardizedFileURL.path
        if path == current { return "." }
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
