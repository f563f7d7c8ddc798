import Foundation
import SadnaKit

/// The pages of a document's batches, laid out ahead on worker threads and handed out in order,
/// so that one thread can draw the PDF while the others lay out what comes next: wall time tends
/// to the larger of layout and drawing rather than their sum.
///
/// Each worker has a typesetter of its own (Pango's font maps and contexts are not shared
/// between threads). A batch's pages are drawn after the worker that made them has moved on;
/// drawing only reads their Pango layouts and the fonts those already resolved. What the
/// workers' typesetters report is handed to `typesetter`, batch by batch in order, so the
/// reports, like the pages, do not depend on the number of threads.
final class ParallelLayout: Sequence, IteratorProtocol {
    private let state: State
    private let typesetter: Typesetter
    private var handed = 0
    private var current: IndexingIterator<[Page]>?

    /// `threads` workers lay out at most `ahead` batches (one each, unless told) beyond the one being drawn.
    init(_ batches: PageBatches, threads: Int, reportingTo typesetter: Typesetter, ahead: Int? = nil) {
        self.typesetter = typesetter
        state = State(batches, window: Swift.max(1, ahead ?? threads))
        for _ in 0..<Swift.max(1, threads) {
            let thread = Thread { [state] in state.work() }
            thread.name = "sadna-layout"
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    deinit {
        // Drawing stopped early (a full disk): the workers finish the batch in hand and leave.
        state.stop()
    }

    func next() -> Page? {
        if let page = current?.next() { return page }
        guard handed < state.count else { return nil }
        let batch = state.take(handed)
        handed += 1
        typesetter.adopt(batch.diagnostics)
        current = batch.pages.makeIterator()
        return next()
    }

    private struct Batch {
        var pages: [Page]
        var diagnostics: [Diagnostic]
    }

    /// What the workers and the drawing thread share, behind one lock.
    private final class State: @unchecked Sendable {
        let batches: PageBatches
        let count: Int
        let window: Int
        let condition = NSCondition()
        var nextToLay = 0
        var nextToTake = 0
        var done: [Int: Batch] = [:]
        var stopped = false

        init(_ batches: PageBatches, window: Int) {
            self.batches = batches
            count = batches.count
            self.window = window
        }

        func work() {
            let typesetter = Typesetter()
            while true {
                condition.lock()
                while !stopped && nextToLay < count && nextToLay >= nextToTake + window { condition.wait() }
                guard !stopped, nextToLay < count else {
                    condition.unlock()
                    return
                }
                let index = nextToLay
                nextToLay += 1
                condition.unlock()
                let pages = batches.pages(index, typesetter: typesetter)
                let batch = Batch(pages: pages, diagnostics: typesetter.takeDiagnostics())
                condition.lock()
                done[index] = batch
                condition.broadcast()
                condition.unlock()
            }
        }

        func take(_ index: Int) -> Batch {
            condition.lock()
            defer { condition.unlock() }
            while done[index] == nil { condition.wait() }
            nextToTake = index + 1
            condition.broadcast()
            return done.removeValue(forKey: index)!
        }

        func stop() {
            condition.lock()
            stopped = true
            done.removeAll()
            condition.broadcast()
            condition.unlock()
        }
    }
}
