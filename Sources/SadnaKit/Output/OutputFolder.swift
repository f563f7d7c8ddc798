import Foundation

/// A folder written as a whole, as ``OutputFile`` writes a file: its files go into a hidden
/// folder beside it (`.NAME.sadna-PID.tmp`), and only when every one is written does that folder
/// take the old one's place, in one step (Linux's `renameat2` exchanges the two). A meeting's
/// kit is such a folder: a run stopped at any moment — a full disk, Ctrl-C, `kill -9`, the power
/// — leaves the old PDFs with the old print list, or the new with the new, never a mixture.
///
/// Until ``commit()`` the target is untouched; ``discard()`` (or dropping the value) removes the
/// hidden folder. Like temporary files, hidden folders are listed in ``TemporaryFiles``, so an
/// interrupted run removes its own and the next run that writes beside them removes any left by
/// a process that no longer exists.
public final class OutputFolder {
    public let target: URL
    /// Where the folder's files are written until it is committed.
    public let staging: URL
    private var finished = false

    public init(_ target: URL) throws(OutputError) {
        self.target = target
        let parent = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError.folderUncreatable(target, folder: parent, error)
        }
        TemporaryFiles.removeAbandoned(in: parent)
        staging = parent.appendingPathComponent(".\(target.lastPathComponent).sadna-\(getpid()).tmp")
        TemporaryFiles.remove(staging.path)
        TemporaryFiles.register(staging.path)
        guard mkdir(staging.path, 0o755) == 0 else {
            let code = errno
            TemporaryFiles.unregister(staging.path)
            throw OutputError(target, reason: SystemError.words(errno: code), code: code)
        }
    }

    deinit {
        if !finished { discard() }
    }

    /// Puts the written folder in the target's place, in one step when the target exists; the old
    /// folder's files go with the hidden one.
    public func commit() throws(OutputError) {
        let parent = target.deletingLastPathComponent()
        Self.flush(staging.path)
        var info = stat()
        let exists = lstat(target.path, &info) == 0
        if exists && info.st_mode & S_IFMT != S_IFDIR {
            discard()
            throw OutputError(
                target, reason: "it is a file, not a folder; move it, or write the kit elsewhere",
                problem: .phrase(.phraseOutputFileNotFolder))
        }
        if exists {
            guard exchange(staging.path, target.path) else {
                let code = errno
                discard()
                throw OutputError(target, reason: SystemError.words(errno: code), code: code)
            }
        } else if rename(staging.path, target.path) != 0 {
            let code = errno
            discard()
            throw OutputError(target, reason: SystemError.words(errno: code), code: code)
        }
        Self.flush(parent.path)
        // The hidden folder now holds the old files, or nothing.
        discard()
    }

    /// Abandons the folder: the hidden one goes, the target stays as it is.
    public func discard() {
        TemporaryFiles.remove(staging.path)
        TemporaryFiles.unregister(staging.path)
        finished = true
    }

    /// Makes a folder's entries reach the disk, so that the exchange never shows files that are
    /// not there yet after a power cut.
    private static func flush(_ path: String) {
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    /// Swaps two folders in one step, as `renameat2(…, RENAME_EXCHANGE)` does; false (with `errno`
    /// set) where the system cannot. Looked up at run time: Swift's Glibc does not declare it.
    private func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
            typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
            let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
            if let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") {
                let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
                if renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0 { return true }
                // A file system without exchange (some network disks) falls back to two renames.
                guard errno == EINVAL || errno == ENOSYS else { return false }
            }
        #endif
        // Two renames: between them the target is briefly missing, never mixed; the old folder
        // waits under a temporary name that the next run clears should this one be killed.
        let aside = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent)-old.sadna-\(getpid()).tmp").path
        TemporaryFiles.register(aside)
        defer {
            TemporaryFiles.remove(aside)
            TemporaryFiles.unregister(aside)
        }
        guard rename(second, aside) == 0 else { return false }
        guard rename(first, second) == 0 else {
            let code = errno
            rename(aside, second)
            errno = code
            return false
        }
        return true
    }
}
