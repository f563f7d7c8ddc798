import Foundation

/// Where a workshop's files (or Sadna's templates) are read from: a folder on disk, or files held
/// in memory (the workbench's tests, a fuzzer). Loaders read only through a source, so the same
/// loading and checks serve every front-end.
///
/// Paths are relative and `/`-separated (`meetings/03.yaml`); `""` is the source's top.
public protocol FileSource: Sendable {
    /// The source's own name (a workshop folder's name, `emek-hamaayanot`).
    var name: String { get }
    /// How the file at `path` is named in messages (`workshops/emek/meetings/03.yaml`).
    func displayPath(_ path: String) -> String
    /// The bytes of a regular file, at most `limit` of them.
    func read(_ path: String, limit: Int) throws(FileSourceError) -> Data
    /// The names in a folder, or nil when there is no such folder.
    func list(_ folder: String) throws(FileSourceError) -> [String]?
    /// Whether `path` is a file, a folder, or nothing.
    func kind(of path: String) -> FileKind?
}

public enum FileKind: Sendable {
    case file, folder
}

/// Why a file could not be read, in words a person understands.
public enum FileSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing
    /// The system's error in plain words (``SystemError``: "permission denied; …").
    case unreadable(String)
    /// A FIFO, a device or a socket: reading it could wait for ever.
    case notARegularFile(String)
    case tooLarge(bytes: Int, limit: Int)
    /// A path that would leave the source (`../x`, `/etc/passwd`).
    case outside
    /// A link (or a folder that is one) leading out of the source: reading it would show a file
    /// the programme does not hold, such as `/etc/passwd` named as a persona's photo.
    case linkOutside

    public var description: String {
        switch self {
        case .missing: "there is no such file"
        case let .unreadable(reason): "it cannot be read (\(reason))"
        case let .notARegularFile(kind): "it is \(kind), not a file"
        case let .tooLarge(bytes, limit):
            "it is \(Limits.describe(bytes: bytes)), more than the \(Limits.describe(bytes: limit)) Sadna reads"
        case .outside: "the path leads out of the workshop's folder"
        case .linkOutside: "it is a link to a file outside the programme's folder"
        }
    }

    /// Why, as words a message takes (`{reason}`), in the reader's language.
    public var reason: MessageArgument {
        switch self {
        case .missing: .phrase(.phraseFileMissing)
        case let .unreadable(reason): .phrase(.phraseFileUnreadable, ["reason": .text(reason)])
        case let .notARegularFile(kind): .phrase(.phraseFileNotRegular, ["kind": .text(kind)])
        case let .tooLarge(bytes, limit):
            .phrase(
                .phraseFileTooLarge,
                ["size": .value(Limits.describe(bytes: bytes)), "limit": .value(Limits.describe(bytes: limit))])
        case .outside: .phrase(.phraseFileOutside)
        case .linkOutside: .phrase(.phraseFileLinkOutside)
        }
    }

    /// What to do about it, as words a message takes (`{fix}`).
    public var fix: MessageArgument {
        switch self {
        case .missing: .phrase(.phraseFileMissingFix)
        case .unreadable: .phrase(.phraseFileUnreadableFix)
        case .notARegularFile: .phrase(.phraseFileNotRegularFix)
        case .tooLarge: .phrase(.phraseFileTooLargeFix)
        case .outside: .phrase(.phraseFileOutsideFix)
        case .linkOutside: .phrase(.phraseFileLinkOutsideFix)
        }
    }

    /// The error at `location`: a file (or, with `folder`, a folder) that cannot be read.
    public func diagnostic(at location: SourceLocation, folder: String? = nil) -> Diagnostic {
        guard let folder else { return .error(.fileUnreadable, ["reason": reason, "fix": fix], at: location) }
        return .error(.fileUnreadableFolder, ["folder": .path(folder), "reason": reason, "fix": fix], at: location)
    }

    /// What to do about it.
    public var hint: String {
        switch self {
        case .missing: "check the name, or create the file"
        case .unreadable: "check that you may read it (its permissions)"
        case .notARegularFile: "give the path of an ordinary file"
        case .tooLarge: "split it, or make it smaller"
        case .outside: "give a path inside the workshop's folder, relative to the file that names it"
        case .linkOutside: "copy the file into the programme's folder instead of linking to it"
        }
    }
}

extension FileSource {
    /// `folder/name` with `..` and `.` resolved; nil when it would climb out of the source.
    public func resolve(_ relative: String, from folder: String) -> String? {
        guard !relative.hasPrefix("/") else { return nil }
        return FilePath.normalise(folder.isEmpty ? relative : folder + "/" + relative)
    }
}

/// Relative-path arithmetic that never leaves a source's top.
public enum FilePath {
    /// `a/./b/../c` → `a/c`; nil for absolute paths and paths that climb above the top.
    public static func normalise(_ path: String) -> String? {
        if isPlain(path) { return path }
        guard !path.hasPrefix("/"), !path.contains("\0") else { return nil }
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// Whether `path` is already normal ("cards/3.yaml": names between single slashes, none of
    /// them `.` or `..`), as nearly every path is: one pass over its bytes, nothing cut or joined.
    private static func isPlain(_ path: String) -> Bool {
        var length = 0, dots = 0  // the current name's length, and how many of its bytes are dots
        for byte in path.utf8 {
            switch byte {
            case 0: return false
            case UInt8(ascii: "/"):
                if length == 0 || (dots == length && length <= 2) { return false }
                length = 0
                dots = 0
            default:
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return length > 0 && !(dots == length && length <= 2)
    }

    public static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder + "/" + name
    }
}

/// A folder on disk. It reads only what really lies inside it: a file or folder that is a link
/// to a place outside is refused (`linkOutside`), whoever made the link, so that neither `sadna`
/// nor the workbench shows or serves a file the programme does not hold.
public struct FolderSource: FileSource {
    public let root: URL
    /// The root's path, and how it is shown, worked out once: a workshop of thousands of files
    /// joins strings per file rather than building a URL for each.
    private let rootPath: String
    private let shownRoot: String
    /// The root's real path (its own links resolved), where every file read must really be.
    private let realRoot: String?

    public init(_ root: URL) {
        self.root = root.standardizedFileURL
        rootPath = self.root.path
        shownRoot = DisplayPath.of(self.root)
        realRoot = Self.realPath(rootPath)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where `target` really is, when that is inside the root.
    private func inside(_ target: String) throws(FileSourceError) -> String {
        guard let root = realRoot ?? Self.realPath(rootPath), let real = Self.realPath(target) else { throw .missing }
        guard real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else { throw .linkOutside }
        return real
    }

    public var name: String { root.lastPathComponent }

    public func url(_ path: String) -> URL {
        path.isEmpty ? root : root.appendingPathComponent(path)
    }

    public func displayPath(_ path: String) -> String {
        guard let relative = FilePath.normalise(path) else { return DisplayPath.of(url(path)) }
        if relative.isEmpty { return shownRoot }
        return shownRoot == "." ? relative : FilePath.join(shownRoot, relative)
    }

    /// Where a normalised relative path is on disk.
    private func fullPath(_ relative: String) -> String {
        relative.isEmpty ? rootPath : FilePath.join(rootPath, relative)
    }

    public func read(_ path: String, limit: Int) throws(FileSourceError) -> Data {
        guard let relative = FilePath.normalise(path) else { throw .outside }
        let target = fullPath(relative)
        var info = stat()
        guard stat(target, &info) == 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(SystemError.words(errno: errno))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .notARegularFile("a folder")
        case S_IFIFO: throw .notARegularFile("a pipe (FIFO)")
        case S_IFCHR, S_IFBLK: throw .notARegularFile("a device")
        case S_IFSOCK: throw .notARegularFile("a socket")
        default: throw .notARegularFile("not an ordinary file")
        }
        guard Int(info.st_size) <= limit else { throw .tooLarge(bytes: Int(info.st_size), limit: limit) }
        let real = try inside(target)
        // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it still returns.
        let descriptor = open(real, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(SystemError.words(errno: errno)) }
        defer { close(descriptor) }
        var data = Data()
        // As large as the file (and one byte more, to see its end in one read) up to 64 KB.
        var buffer = [UInt8](repeating: 0, count: min(64 * 1024, Int(info.st_size) + 1))
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(SystemError.words(errno: errno))
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit { throw .tooLarge(bytes: data.count, limit: limit) }
        }
        return data
    }

    public func list(_ folder: String) throws(FileSourceError) -> [String]? {
        guard let relative = FilePath.normalise(folder) else { throw .outside }
        let target = fullPath(relative)
        var info = stat()
        guard stat(target, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw .unreadable(SystemError.words(errno: errno))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return nil }
        guard let directory = opendir(try inside(target)) else { throw .unreadable(SystemError.words(errno: errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public func kind(of path: String) -> FileKind? {
        guard let relative = FilePath.normalise(path) else { return nil }
        var info = stat()
        guard stat(fullPath(relative), &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return nil
        }
    }
}

/// Files held in memory, keyed by their relative paths; folders are implied by the paths.
public struct MemorySource: FileSource {
    public let name: String
    public var files: [String: Data]

    public init(name: String = "workshop", files: [String: Data]) {
        self.name = name
        self.files = files
    }

    /// Text files, for tests.
    public init(name: String = "workshop", texts: [String: String]) {
        self.init(name: name, files: texts.mapValues { Data($0.utf8) })
    }

    public func displayPath(_ path: String) -> String { FilePath.join(name, path) }

    public func read(_ path: String, limit: Int) throws(FileSourceError) -> Data {
        guard let relative = FilePath.normalise(path) else { throw .outside }
        guard let data = files[relative] else {
            throw kind(of: relative) == .folder ? .notARegularFile("a folder") : .missing
        }
        guard data.count <= limit else { throw .tooLarge(bytes: data.count, limit: limit) }
        return data
    }

    public func list(_ folder: String) throws(FileSourceError) -> [String]? {
        guard let relative = FilePath.normalise(folder) else { throw .outside }
        let prefix = relative.isEmpty ? "" : relative + "/"
        var names = Set<String>()
        for path in files.keys where path.hasPrefix(prefix) {
            if let first = path.dropFirst(prefix.count).split(separator: "/").first { names.insert(String(first)) }
        }
        return names.isEmpty && !relative.isEmpty ? nil : names.sorted()
    }

    public func kind(of path: String) -> FileKind? {
        guard let relative = FilePath.normalise(path) else { return nil }
        if files[relative] != nil { return .file }
        let prefix = relative.isEmpty ? "" : relative + "/"
        return files.keys.contains { $0.hasPrefix(prefix) } || relative.isEmpty ? .folder : nil
    }
}
