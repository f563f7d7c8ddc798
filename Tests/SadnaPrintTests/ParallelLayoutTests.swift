import Foundation
import SadnaKit
import SadnaTestSupport
import Testing
@testable import SadnaPrint

/// Pages laid out on worker threads while one thread draws them (issue 15): the PDF and what
/// layout reports must not depend on how many threads there are.
@Suite("Laying out on several threads")
struct ParallelLayoutTests {
    /// The shipped deck dealt out to `count` cards, spanning several runs of sheets.
    func deck(_ count: Int, story: ((String) -> String)? = nil) -> Workshop {
        var workshop = emek
        let shipped = workshop.taskCards
        workshop.taskCards = (0..<count).map { index in
            var card = shipped[index % shipped.count]
            card.id = "card-\(index + 1)"
            if let story { card.story.value = story(card.story.value) }
            return card
        }
        return workshop
    }

    /// The PDF `request` prints, its pages laid out on `threads` threads beside this one, and
    /// what the typesetter heard.
    func printed(_ request: PrintRequest, _ workshop: Workshop, threads: Int) throws -> (pdf: Data, found: [Diagnostic]) {
        let typesetter = Typesetter()
        let job = try Catalog.job(request, in: layoutContext(workshop, language: request.language, typesetter: typesetter))
        let pdf = try PDFExport.data(job.pages(threads: threads), info: job.info, bookmarks: job.bookmarks)
        return (pdf, typesetter.diagnostics)
    }

    @Test func aDeckOfManySheetsIsTheSameByteForByteOnOneThreadOrMany() throws {
        let workshop = deck(150)
        let request = PrintRequest(.taskCards, card: .a6, backs: .longEdge)
        let job = try Catalog.job(request, in: layoutContext(workshop))
        #expect(try #require(job.batches).count == 3, "150 A6 cards are three runs of up to 16 sheets")
        let alone = try printed(request, workshop, threads: 0)
        for threads in [1, 2, 3] {
            let together = try printed(request, workshop, threads: threads)
            #expect(together.pdf == alone.pdf, "\(threads) threads")
            #expect(together.found == alone.found, "\(threads) threads")
        }
    }

    @Test func journeyMapsPersonaPagesAndPersonaCardsAreTheSameOnOneThreadOrMany() throws {
        let requests = [PrintRequest(.journey), PrintRequest(.journey, language: .ar), PrintRequest(.personaPage),
                        PrintRequest(.personaCards, card: .a6)]
        for request in requests {
            let alone = try printed(request, emek, threads: 0)
            let together = try printed(request, emek, threads: 3)
            #expect(together.pdf == alone.pdf, "\(request.kind) \(request.language)")
        }
    }

    @Test func aMissingGlyphFoundOnSeveralThreadsIsReportedOnceAsOnOne() throws {
        // Every card's story ends in a character no font has: each thread's typesetter finds it.
        let workshop = deck(150) { $0 + " \u{E000}" }
        let request = PrintRequest(.taskCards, card: .a6, backs: Backs.none)
        let alone = try printed(request, workshop, threads: 0)
        let together = try printed(request, workshop, threads: 3)
        #expect(!alone.found.isEmpty)
        #expect(together.found == alone.found)
        #expect(Set(alone.found).count == alone.found.count, "each card's report once: \(alone.found)")
    }

    @Test func theKitsOfEveryMeetingAreTheSameOnOneThreadOrMany() throws {
        func files(threads: Int) throws -> [Data] {
            let context = layoutContext()
            let (kits, problems) = KitBuilder.kits(for: emek.meetings, context: context, threads: threads)
            #expect(problems.isEmpty)
            #expect(context.typesetter.diagnostics.isEmpty)
            return try kits.flatMap { kit in
                try kit.files.map { try PDFExport.data($0.pages, info: DocumentInfo(title: $0.name, author: "", subject: ""),
                                                       bookmarks: $0.bookmarks) }
            }
        }
        let alone = try files(threads: 1)
        #expect(alone.count > emek.meetings.count)
        #expect(try files(threads: 3) == alone)
    }

    @Test func drawingThatStopsEarlyLetsTheWorkersGo() throws {
        let job = try Catalog.job(PrintRequest(.taskCards, card: .a7, backs: Backs.none), in: layoutContext(deck(600)))
        // A full disk stops the drawing after a page: what the workers laid out ahead is dropped.
        for _ in 0..<5 {
            var pages = job.pages(threads: 2).makeIterator()
            #expect(pages.next() != nil)
        }
        #expect(Array(job.pages(threads: 2)).count == Array(job.pages).count)
    }
}
