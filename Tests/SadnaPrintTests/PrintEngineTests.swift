import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

@Suite("The right-to-left print engine")
struct PrintEngineTests {
    let folder = TemporaryFolder()

    /// One A4 page with one text box, written to a PDF.
    func render(
        _ text: String, language: TextLanguage = .hebrew, alignment: TextAlignment = .start,
        paper: Paper = .a4
    ) throws -> URL {
        let typesetter = Typesetter()
        var page = Page(size: paper.size)
        let block = typesetter.layout(
            text, style: TextStyle(size: 12, alignment: alignment), width: 150,
            language: language)
        page.add(block, at: Point(x: 30, y: 30))
        let url = folder.path("engine-\(UUID().uuidString).pdf")
        try PDFExport.write(
            PrintDocument(
                info: DocumentInfo(title: "בדיקה", author: "Sadna", subject: "test"),
                pages: [page]), to: url)
        return url
    }

    @Test func hebrewWithLatinNamesAndNumbersExtractsInLogicalOrder() throws {
        let sentence = "צוערת שאחראית על GIS מעבירה נתונים ל-GIS, הטופס itc1312, בין 08:30-14:00 ב-10 ימים"
        let text = try PDFText.extract(try render(sentence))
        #expect(PDFText.contains(text, phrase: sentence), "extracted: \(text)")
        for run in ["itc1312", "08:30-14:00", "GIS"] {
            #expect(text.contains(run), "\(run) in \(text)")
        }
    }

    @Test func hebrewStartAlignsToTheRightEdge() throws {
        let url = try render("שלום", alignment: .start)
        let box = try #require(try PDFText.boxes(url).first)
        let rightEdge = Units.points(30 + 150)
        #expect(abs(box.xMax - rightEdge) < 1.5, "word ends at \(box.xMax), box's right edge is \(rightEdge)")
    }

    @Test func englishStartAlignsToTheLeftEdge() throws {
        let url = try render("Hello", language: .english, alignment: .start)
        let box = try #require(try PDFText.boxes(url).first)
        #expect(abs(box.xMin - Units.points(30)) < 1.5)
    }

    @Test func pagesHaveTheirISOSizesInBothOrientations() throws {
        for (paper, expected) in [
            (Paper.a4, (595.28, 841.89)), (Paper.a3Landscape, (1190.55, 841.89)),
            (Paper(.a5), (419.53, 595.28)), (Paper(.a6, .landscape), (419.53, 297.64)),
        ] {
            let size = try #require(try PDFText.pageSizes(try render("א", paper: paper)).first)
            #expect(abs(size.width - expected.0) < 0.1 && abs(size.height - expected.1) < 0.1, "\(paper)")
        }
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let a = try Data(contentsOf: try render("אותו טקסט בדיוק"))
        let b = try Data(contentsOf: try render("אותו טקסט בדיוק"))
        #expect(a == b)
    }

    @Test func metadataCarriesTitleAuthorAndAFixedDate() throws {
        let url = try render("א")
        #expect(try PDFText.info(url, "Title") == "בדיקה")
        #expect(try PDFText.info(url, "Author") == "Sadna")
        #expect(try PDFText.info(url, "Subject") == "test")
        #expect(try PDFText.info(url, "CreationDate")?.contains("2000") == true)
    }

    @Test func textThatFitsKeepsItsSize() {
        let typesetter = Typesetter()
        let block = typesetter.fit(
            "קצר", style: TextStyle(size: 14), in: Size(width: 80, height: 20),
            language: .hebrew, source: nil, what: "a title")
        #expect(block.fittedSize == 14 && !block.isCut)
        #expect(typesetter.diagnostics.isEmpty)
    }

    @Test func textShrinksByMeasuringBeforeItIsCut() {
        let typesetter = Typesetter()
        let text = String(repeating: "מילים רבות בתיבה ", count: 6)
        let block = typesetter.fit(
            text, style: TextStyle(size: 16), in: Size(width: 60, height: 30),
            language: .hebrew, source: nil, what: "a box")
        #expect(block.fittedSize < 16 && block.fittedSize >= 8)
        #expect(!block.isCut && block.height <= 30)
        #expect(typesetter.diagnostics.isEmpty)
    }

    @Test func textThatCannotFitIsCutAtTheFloorAndReportedAtItsSource() throws {
        let typesetter = Typesetter()
        let source = SourceLocation(file: "meetings/03.yaml", line: 12, column: 5)
        let text = String(repeating: "טקסט ארוך מאוד ", count: 80)
        let block = typesetter.fit(
            text, style: TextStyle(size: 14), in: Size(width: 50, height: 15),
            policy: FitPolicy(floor: 8), language: .hebrew, source: source,
            what: "the goal")
        #expect(block.isCut && block.fittedSize == 8)
        #expect(block.height <= 15)
        let report = try #require(typesetter.diagnostics.first)
        #expect(report.location == source && report.rule == "layout.overflow")
        #expect(report.message.contains("8 pt"))
    }

    @Test func aCutTextKeepsNoHiddenWordsInThePDF() throws {
        let typesetter = Typesetter()
        let text = (1...60).map { "מילה\($0)" }.joined(separator: " ")
        let block = typesetter.fit(
            text, style: TextStyle(size: 12), in: Size(width: 40, height: 10),
            language: .hebrew, source: nil, what: "a box")
        var page = Page(size: Paper.a4.size)
        page.add(block, at: Point(x: 20, y: 20))
        let url = folder.path("cut.pdf")
        try PDFExport.write(PrintDocument(info: DocumentInfo(title: "t", author: "a", subject: "s"), pages: [page]), to: url)
        let extracted = try PDFText.extract(url)
        #expect(extracted.contains("…"))
        #expect(!extracted.contains("מילה60"))
    }

    @Test func missingGlyphsAreReportedWithTheCharacter() throws {
        let typesetter = Typesetter()
        let source = SourceLocation(file: "meetings/01.yaml", line: 4, column: 3)
        _ = typesetter.layout(
            "סמל \u{E000} פרטי", style: TextStyle(size: 10), width: 80, language: .hebrew,
            source: source)
        let report = try #require(typesetter.diagnostics.first)
        #expect(report.rule == "layout.missing-glyph" && report.location == source)
        #expect(report.message.contains("U+E000"))
    }

    @Test func theFontsSadnaNeedsAreInstalled() {
        #expect(FontCheck.missingFamilies(for: .he).isEmpty)
        #expect(FontCheck.MissingFonts(families: ["Noto Sans Hebrew"]).description.contains("apt-get install fonts-noto-core"))
    }

    @Test func aFailedWriteLeavesThePreviousFileIntact() throws {
        let url = folder.write("agenda.pdf", "previous")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            // Half the bytes written, then a failure before the file is committed.
            let file = try OutputFile(url)
            try file.write(Data("half".utf8))
            throw Boom()
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "previous")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func previewsArePNGFilesOfEachPage() throws {
        var page = Page(size: Paper(.a6).size)
        page.add(.circle(centre: Point(x: 50, y: 50), radius: 20), Paint(fill: .tint, stroke: .accent))
        let document = PrintDocument(info: DocumentInfo(title: "t", author: "a", subject: "s"), pages: [page, page])
        let written = try PNGExport.write(document, to: folder.path("png"), name: "preview", dpi: 60)
        #expect(written.map(\.lastPathComponent) == ["preview-1.png", "preview-2.png"])
        let bytes = try Data(contentsOf: written[0])
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
