import Foundation

/// One file being written, so that it is wholly old or wholly new and never reported written
/// when it was not: the bytes go to a temporary file beside the target, every write is checked
/// (a full disk or a file-size limit is an error, never a short file), then flushed to the disk,
/// checked for its size, and renamed over the target. Until then the target is untouched; a
/// failure removes the temporary file.
///
/// Temporary files are named `.NAME.sadna-PID.tmp` and listed in ``TemporaryFiles``, so that an
/// interrupted run can remove its own, and the next run that writes into the folder removes any
/// left by a process that no longer exists (killed, or the power went).
public final class OutputFile {
    public let target: URL
    let temporary: URL
    private var descriptor: Int32 = -1
    private var written = 0
    /// The first write error, kept for writers that cannot throw (Cairo's stream callback).
    public private(set) var failure: OutputError?
    private var finished = false

    /// Starts writing `target`. Its folder is first cleared of temporary files that dead processes
    /// left, unless `clearingAbandoned` is false (a caller writing many files clears it once).
    public init(_ target: URL, clearingAbandoned: Bool = true) throws(OutputError) {
        self.target = target
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError.folderUncreatable(target, folder: folder, error)
        }
        if clearingAbandoned { TemporaryFiles.removeAbandoned(in: folder) }
        temporary = folder.appendingPathComponent(".\(target.lastPathComponent).sadna-\(getpid()).tmp")
        unlink(temporary.path)
        TemporaryFiles.register(temporary.path)
        descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            let reason =
                code == EACCES || code == EPERM
                ? "you may not write into the folder \(DisplayPath.of(folder))"
                : code == EROFS
                    ? "the folder \(DisplayPath.of(folder)) is read-only (its disk is mounted read-only)"
                    : SystemError.words(errno: code)
            TemporaryFiles.unregister(temporary.path)
            throw OutputError(target, reason: reason, code: code)
        }
    }

    deinit {
        if !finished { discard() }
    }

    /// Writes all of `bytes`, or records and throws why not.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        if let failure { throw failure }
        var offset = 0
        while offset < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                let error = OutputError(target, reason: SystemError.words(errno: errno), code: errno)
                failure = error
                throw error
            }
            if count == 0 {
                let error = OutputError(target, reason: SystemError.words(errno: ENOSPC), code: ENOSPC)
                failure = error
                throw error
            }
            offset += count
        }
        written += bytes.count
    }

    public func write(_ data: Data) throws(OutputError) {
        var failure: OutputError?
        data.withUnsafeBytes { raw in
            do { try write(raw) } catch let error as OutputError { failure = error } catch {
                failure = OutputError(target, reason: "\(error)")
            }
        }
        if let failure { throw failure }
    }

    /// Flushes the file to the disk, checks its size, and renames it over the target.
    public func commit() throws(OutputError) {
        try finishWriting(flushing: true)
        try putInPlace(flushingFolder: true)
    }

    /// Checks the file's size and closes it, flushed to the disk first unless `flushing` is false
    /// (``OutputBatch`` flushes a whole batch at once). The target is still untouched.
    public func finishWriting(flushing: Bool) throws(OutputError) {
        if let failure {
            discard()
            throw failure
        }
        func fail(_ reason: String, code: Int32? = nil) -> OutputError {
            discard()
            return OutputError(target, reason: reason, code: code)
        }
        func failWithErrno() -> OutputError {
            let code = errno
            return fail(SystemError.words(errno: code), code: code)
        }
        if flushing {
            guard fsync(descriptor) == 0 else { throw failWithErrno() }
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, Int(info.st_size) == written else {
            throw fail("the file on the disk is not as long as what was written")
        }
        guard close(descriptor) == 0 else {
            descriptor = -1
            throw failWithErrno()
        }
        descriptor = -1
    }

    /// Renames the finished file over its target, and makes the rename reach the disk with the
    /// folder's entry unless `flushingFolder` is false (a batch flushes its folder once).
    public func putInPlace(flushingFolder: Bool) throws(OutputError) {
        guard rename(temporary.path, target.path) == 0 else {
            let code = errno
            discard()
            throw OutputError(target, reason: SystemError.words(errno: code), code: code)
        }
        finished = true
        TemporaryFiles.unregister(temporary.path)
        if flushingFolder { Self.flush(folder: target.deletingLastPathComponent()) }
    }

    /// Makes a folder's entries (a rename) reach the disk.
    static func flush(folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// Abandons the file: the temporary goes, the target stays as it was.
    public func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporary.path)
        TemporaryFiles.unregister(temporary.path)
        finished = true
    }
}

/// The temporary files this process is writing, so that an interrupted run (Ctrl-C, SIGTERM)
/// removes them before it exits, and the folders written into are cleared of any that a dead
/// process left behind.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths = Set<String>()

    static func register(_ path: String) {
        lock.withLock { _ = paths.insert(path) }
    }

    static func unregister(_ path: String) {
        lock.withLock { _ = paths.remove(path) }
    }

    /// Removes every temporary file and folder this process has open (on the way out of an
    /// interrupted run).
    public static func removeAll() {
        lock.withLock {
            for path in paths { remove(path) }
            paths.removeAll()
        }
    }

    /// Removes a temporary file, or a temporary folder (``OutputFolder``) with what it holds.
    static func remove(_ path: String) {
        if unlink(path) != 0 && (errno == EISDIR || errno == EPERM) {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Removes `.NAME.sadna-PID.tmp` files and folders in `folder` whose process no longer exists.
    public static func removeAbandoned(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            guard let marker = name.range(of: ".sadna-", options: .backwards),
                let pid = Int32(name[marker.upperBound...].dropLast(4)), pid != getpid()
            else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                remove(folder.appendingPathComponent(name).path)
            }
        }
    }
}
