import Hummingbird
import Logging
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `FileProvider` for Hummingbird's `FileMiddleware` that only hands out files whose
/// *resolved* path (realpath: symlinks, `.`, `..` removed) stays inside the root folder.
/// FileMiddleware itself already answers 400 to any path containing "..", percent-decodes,
/// maps extensions to content types (css, woff2, png, ...), sends ETag/Last-Modified and ranges;
/// but it follows symlinks, which this wrapper prevents. Dot-files are hidden too.
public struct ConfinedFileSystem: FileProvider {
    public typealias FileIdentifier = String
    public typealias FileAttributes = LocalFileSystem.FileAttributes

    let root: String  // resolved, no trailing slash
    let inner: LocalFileSystem

    public init?(rootFolder: String, logger: Logger = Logger(label: "static")) {
        guard let resolved = Self.resolve(rootFolder) else { return nil }
        self.root = resolved
        self.inner = LocalFileSystem(rootFolder: resolved, threadPool: .singleton, logger: logger)
    }

    static func resolve(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    public func getFileIdentifier(_ path: String) -> String? {
        // `path` is the URL path below the base path, already percent-decoded, e.g. "/fonts/a.woff2"
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !components.contains(where: { $0.hasPrefix(".") || $0.contains("\0") || $0.contains("\\") }) else { return nil }
        let candidate = root + "/" + components.joined(separator: "/")
        guard let resolved = Self.resolve(candidate) else { return nil }  // missing -> 404
        guard resolved == root || resolved.hasPrefix(root + "/") else { return nil }  // symlink out -> 404
        return resolved
    }

    public func getAttributes(id: String) async throws -> FileAttributes? {
        try await inner.getAttributes(id: id)
    }

    public func loadFile(id: String, context: some RequestContext) async throws -> ResponseBody {
        try await inner.loadFile(id: id, context: context)
    }

    public func loadFile(id: String, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        try await inner.loadFile(id: id, range: range, context: context)
    }
}
