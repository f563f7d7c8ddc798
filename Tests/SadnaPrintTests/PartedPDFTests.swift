import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

/// A long document laid out and drawn in parts on worker threads and joined into one PDF (issue
/// 15): the PDF and what layout reports must not depend on how many threads there are, and the
/// joined PDF must read as the one Cairo writes in one piece.
@Suite("Printing in parts on several threads")
struct PartedPDFTests {
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

    /// The PDF `request` prints, in parts on `threads` threads beside this one, and what the
    /// typesetter heard.
    func printed(_ request: PrintRequest, _ workshop: Workshop, threads: Int) throws -> (pdf: Data, found: [Diagnostic]) {
        let typesetter = Typesetter()
        let job = try Catalog.job(request, in: layoutContext(workshop, language: request.language, typesetter: typesetter))
        let pdf = try PDFExport.data(job, threads: threads)
        return (pdf, typesetter.diagnostics)
    }

    /// The same job drawn by Cairo in one piece, as it was before parts.
    func inOnePiece(_ request: PrintRequest, _ workshop: Workshop) throws -> Data {
        let job = try Catalog.job(request, in: layoutContext(workshop, language: request.language))
        return try PDFExport.data(job.pages, info: job.info, bookmarks: job.bookmarks)
    }

    /// What poppler makes of a PDF: its problems (stderr, and whatever `qpdf --check`, which is
    /// stricter about structure, finds), pages, text and outline.
    func read(
        _ pdf: Data, in folder: TemporaryFolder, as name: String
    ) throws -> (
        problems: String, pages: String?, text: String,
        outline: [String]
    ) {
        let url = folder.path(name)
        try pdf.write(to: url)
        let info = try run("pdfinfo", [url.path])
        let text = try run("pdftotext", [url.path, "-"])
        let xml = try run("pdftohtml", ["-xml", "-i", "-stdout", "-q", "-f", "1", "-l", "1", url.path])
        let strict = try run("qpdf", ["--check", url.path])
        let structure = strict.status == 0 ? "" : strict.stdout + strict.stderr
        // The outline as poppler reads it: each item's page and depth.
        var depth = 0, outline: [String] = []
        for line in xml.stdout.split(separator: "\n") {
            if line.hasPrefix("<outline") { depth += 1 }
            if line.hasPrefix("</outline") { depth -= 1 }
            if let start = line.range(of: "<item page=\"")?.upperBound, let end = line.range(of: "</item>")?.lowerBound {
                outline.append("\(depth):" + line[start..<end].replacingOccurrences(of: "\">", with: ":"))
            }
        }
        return (info.stderr + text.stderr + xml.stderr + structure, try PDFText.info(url, "Pages"), text.stdout, outline)
    }

    @Test func aDeckOfManySheetsIsTheSameByteForByteOnOneThreadOrMany() throws {
        let workshop = deck(150)
        let request = PrintRequest(.taskCards, card: .a6, backs: .longEdge)
        let job = try Catalog.job(request, in: layoutContext(workshop))
        #expect(try #require(job.batches).count == 3, "150 A6 cards are three runs of up to 16 sheets")
        #expect(PartedPDF.parts(of: try #require(job.batches)).count == 3, "three parts of 16 sheets and their backs")
        let alone = try printed(request, workshop, threads: 0)
        for threads in [1, 2, 3] {
            let together = try printed(request, workshop, threads: threads)
            #expect(together.pdf == alone.pdf, "\(threads) threads")
            #expect(together.found == alone.found, "\(threads) threads")
        }
    }

    @Test func journeyMapsPersonaPagesAndPersonaCardsAreTheSameOnOneThreadOrMany() throws {
        let requests = [
            PrintRequest(.journey), PrintRequest(.journey, language: .ar), PrintRequest(.personaPage),
            PrintRequest(.personaCards, card: .a6),
        ]
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
                try kit.files.map {
                    try PDFExport.data(
                        $0.pages, info: DocumentInfo(title: $0.name, author: "", subject: ""),
                        bookmarks: $0.bookmarks)
                }
            }
        }
        let alone = try files(threads: 1)
        #expect(alone.count > emek.meetings.count)
        #expect(try files(threads: 3) == alone)
    }

    @Test func aJoinedDeckReadsAsTheDeckDrawnInOnePiece() throws {
        let folder = TemporaryFolder()
        let workshop = deck(150)
        let request = PrintRequest(.taskCards, card: .a6, backs: .longEdge)
        let joined = try read(try printed(request, workshop, threads: 2).pdf, in: folder, as: "joined.pdf")
        let whole = try read(try inOnePiece(request, workshop), in: folder, as: "whole.pdf")
        #expect(joined.problems.isEmpty, "poppler reads it without a complaint")
        #expect(joined.pages == "76")
        #expect(joined.text == whole.text)
        #expect(try PDFText.info(folder.path("joined.pdf"), "Title") == PDFText.info(folder.path("whole.pdf"), "Title"))
        for page in [1, 33, 76] {
            #expect(
                try picture(of: page, in: folder, "joined") == picture(of: page, in: folder, "whole"),
                "page \(page) looks the same")
        }
    }

    /// Page `page` of `name`.pdf in `folder`, as a picture.
    func picture(of page: Int, in folder: TemporaryFolder, _ name: String) throws -> Data {
        _ = try run(
            "pdftoppm",
            [
                "-r", "30", "-f", String(page), "-l", String(page), "-png", "-singlefile",
                folder.path("\(name).pdf").path, folder.path("\(name)-\(page)").path,
            ])
        return try Data(contentsOf: folder.path("\(name)-\(page).png"))
    }

    @Test func aHundredMapsKeepTheirBookmarksWhenJoined() throws {
        var workshop = emek
        let shipped = workshop.journeys[0]
        workshop.journeys = (1...60).map { index in
            var journey = shipped
            journey.id = "journey-\(index)"
            journey.title.value += " \(index)"
            return journey
        }
        let request = PrintRequest(.journey, items: workshop.journeys.map(\.id))
        let job = try Catalog.job(request, in: layoutContext(workshop))
        #expect(PartedPDF.parts(of: try #require(job.batches)).count == 2)
        let folder = TemporaryFolder()
        let joined = try read(try PDFExport.data(job, threads: 2), in: folder, as: "joined.pdf")
        let whole = try read(try inOnePiece(request, workshop), in: folder, as: "whole.pdf")
        #expect(joined.problems.isEmpty)
        #expect(joined.pages == "60")
        #expect(joined.text == whole.text)
        #expect(joined.outline.count == 60)
        #expect(joined.outline == whole.outline, "every map's bookmark, going to its page")
        #expect(try picture(of: 45, in: folder, "joined") == picture(of: 45, in: folder, "whole"), "a map of the second part")
    }

    @Test func bookmarksNestByTheirLevels() throws {
        let pages = (0..<6).map { _ in Page(size: Paper.a4.size) }
        let batches = PageBatches(count: 6, pagesEach: 12) { index, _ in [pages[index]] }
        let bookmarks = [
            Bookmark(title: "א", page: 0), Bookmark(title: "ב", page: 1, level: 1),
            Bookmark(title: "Latin", page: 2, level: 2), Bookmark(title: "ג", page: 3, level: 1),
            Bookmark(title: "ד", page: 4), Bookmark(title: "ה", page: 5, level: 3),
        ]
        #expect(PartedPDF.parts(of: batches).count == 3)
        var pdf = Data()
        let printed = try PartedPDF.render(
            batches, info: DocumentInfo(title: "t", author: "a", subject: "s"), bookmarks: bookmarks,
            threads: 2, reportingTo: Typesetter()
        ) { pdf.append(contentsOf: $0) }
        #expect(printed.pages == 6)
        let read = try read(pdf, in: TemporaryFolder(), as: "nested.pdf")
        #expect(read.problems.isEmpty)
        #expect(read.outline == ["1:1:א", "2:2:ב", "3:3:Latin", "2:4:ג", "1:5:ד", "2:6:ה"])
    }

    @Test func aPartWithACrossReferenceStreamIsRefusedNotMangled() throws {
        // What Cairo 1.17.6 and later write for PDF 1.5: parts are written as 1.4 so that this never comes.
        let pdf = Array(
            "%PDF-1.5\n1 0 obj\n<< /Type /XRef /Size 2 /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n"
                .utf8)
        var join = PDFJoin { _ in Issue.record("nothing is written") }
        #expect(throws: PDFJoin.Failure.self) { try join.add(pdf) }
    }

    @Test func joiningThatStopsEarlyLetsTheWorkersGo() throws {
        let job = try Catalog.job(PrintRequest(.taskCards, card: .a7, backs: Backs.none), in: layoutContext(deck(600)))
        #expect(PartedPDF.parts(of: try #require(job.batches)).count > 2)
        // A full disk stops the joining at its first write: what the workers made ahead is dropped.
        struct Full: Error {}
        for _ in 0..<5 {
            #expect(throws: Full.self) { try PDFExport.render(job, threads: 2) { _ in throw Full() } }
        }
        #expect(try PDFExport.data(job, threads: 2) == PDFExport.data(job, threads: 0))
    }
}
