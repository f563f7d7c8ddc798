import Dispatch
import Foundation

/// Pieces of work that share nothing, spread over threads, their results in their own order.
public enum ParallelWork {
    /// `body(0)`, `body(1)`… on up to `threads` threads (on the calling thread alone when
    /// `threads` is 1 or less), each index run once; the results in index order, or the error
    /// of the lowest index that threw (every index is still run).
    ///
    /// Index `i` runs in worker ``worker(of:workers:)``, which runs its indices one after the
    /// other: two maps of the same count and threads give an index the same worker, so what
    /// one worker made in the first (pages, with its typesetter) is used by one in the second.
    public static func map<T>(_ count: Int, threads: Int, _ body: (Int) throws -> T) throws -> [T] {
        let workers = workers(count, threads: threads)
        guard workers > 1 else { return try (0..<count).map(body) }
        return try withoutActuallyEscaping(body) { body in
            let work = Work(count: count, body: body)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: count, by: workers) { work.run(index) }
            }
            return try work.results()
        }
    }

    /// `body` started on another thread, with the run's content language and working folder
    /// (other task-local settings stay behind: read them before); the closure returned waits for
    /// its result (or its error). What a command needs at once, like the templates and the
    /// workshop, is read side by side this way.
    public static func aside<T>(_ body: @escaping () throws -> T) -> () throws -> T {
        let work = Aside(body)
        let language = ContentLanguage.current, folder = DisplayPath.workingDirectoryOverride
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            ContentLanguage.$current.withValue(language) {
                DisplayPath.$workingDirectoryOverride.withValue(folder) { work.run() }
            }
        }
        return {
            group.wait()
            return try work.result!.get()
        }
    }

    /// The machine's cores.
    public static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// How many workers ``map(_:threads:_:)`` runs `count` indices on with up to `threads` threads.
    public static func workers(_ count: Int, threads: Int) -> Int { max(1, min(threads, count)) }

    /// The worker that runs index `index` of `workers`: w takes w, w + workers, …
    public static func worker(of index: Int, workers: Int) -> Int { index % workers }

    /// The body of ``aside(_:)`` and its result, written by its thread before the group leaves
    /// and read only after waiting for the group.
    private final class Aside<T>: @unchecked Sendable {
        let body: () throws -> T
        var result: Result<T, Error>?

        init(_ body: @escaping () throws -> T) { self.body = body }

        func run() { result = Result { try body() } }
    }

    /// The body and one result slot per index, shared by the workers: each slot is written by
    /// one worker, and read only after all have finished.
    private final class Work<T>: @unchecked Sendable {
        let body: (Int) throws -> T
        let count: Int
        let slots: UnsafeMutablePointer<Result<T, Error>?>

        init(count: Int, body: @escaping (Int) throws -> T) {
            self.body = body
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil, count: count)
        }

        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }

        func run(_ index: Int) {
            slots[index] = Result { try body(index) }
        }

        func results() throws -> [T] {
            try (0..<count).map { try slots[$0]!.get() }
        }
    }
}
