import Foundation

/// Many small files written into one folder at once — an import's persona files — each wholly
/// old or wholly new as ``OutputFile`` writes it, with the disk flushed once for the whole batch
/// instead of twice per file: 5,000 files flushed one by one took half a minute of waiting for
/// the disk. Every file is written to its temporary first; then the disk is flushed; only then
/// are they renamed into place, and the folder flushed once.
public final class OutputBatch {
    public let folder: URL
    private var files: [OutputFile] = []

    /// A batch into `folder`, which is cleared of abandoned temporary files once.
    public init(folder: URL) {
        self.folder = folder
        TemporaryFiles.removeAbandoned(in: folder)
    }

    /// Writes `data` to the temporary file of `url` (in the batch's folder); `url` is untouched
    /// until ``commit()``.
    public func add(_ data: Data, to url: URL) throws(OutputError) {
        let file = try OutputFile(url, clearingAbandoned: false)
        try file.write(data)
        try file.finishWriting(flushing: false)
        files.append(file)
    }

    /// Flushes the batch to the disk and puts every file in place; the files that could not be,
    /// with why (when the flush itself fails, none is put in place).
    public func commit() -> [URL: OutputError] {
        var failures: [URL: OutputError] = [:]
        defer { files.removeAll() }
        guard Self.flushFileSystem(of: folder) else {
            let reason = SystemError.words(errno: errno)
            for file in files {
                file.discard()
                failures[file.target] = OutputError(file.target, reason: reason)
            }
            return failures
        }
        for file in files {
            do {
                try file.putInPlace(flushingFolder: false)
            } catch {
                failures[file.target] = error
            }
        }
        OutputFile.flush(folder: folder)
        return failures
    }

    /// Flushes the file system that holds `folder` (Linux's `syncfs`, looked up at run time as
    /// Swift's Glibc does not declare it; elsewhere every file system, with `sync`).
    private static func flushFileSystem(of folder: URL) -> Bool {
        #if os(Linux)
            typealias SyncFS = @convention(c) (Int32) -> Int32
            if let symbol = dlsym(dlopen(nil, RTLD_NOW), "syncfs") {
                let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard descriptor >= 0 else { return false }
                defer { close(descriptor) }
                return unsafeBitCast(symbol, to: SyncFS.self)(descriptor) == 0
            }
        #endif
        sync()
        return true
    }
}
