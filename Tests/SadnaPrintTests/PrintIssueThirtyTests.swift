import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

/// What a print designer's review asked of the printables: labels that land, names that stay
/// whole, lines that never start with a separator, booklets in the order a stapler needs.
@Suite("Labels, names and booklets")
struct PrintIssueThirtyTests {
    let folder = TemporaryFolder()
    static let here = SourceLocation(file: "participants.yaml", line: 1, column: 1)

    func person(_ name: String, _ department: String) -> Participant {
        Participant(name: Located(name, at: Self.here), department: Located(department, at: Self.here), location: Self.here)
    }

    /// The text elements of a page: the top of each block's first line and the bottom of its last.
    func textExtents(_ page: Page) -> (top: Double, bottom: Double) {
        var top = Double.infinity, bottom = -Double.infinity
        for element in page.elements {
            guard case let .text(block, origin, lines) = element, let first = lines.first, let last = lines.last else {
                continue
            }
            top = min(top, origin.y)
            bottom = max(bottom, origin.y + block.lines[last].bottom - block.lines[first].top)
        }
        return (top, bottom)
    }

    @Test func aStickersTextIsCentredInItsLabelsSafeArea() {
        for sheet in sadnaTemplates.participants.sheets {
            let layout = NameStickerLayout(context: layoutContext(), people: [], sheet: sheet)
            let label = layout.sticker(person("סמדר כהן", "מזכירות"))
            let (top, bottom) = textExtents(label)
            let above = top - sheet.safe, below = (sheet.height - sheet.safe) - bottom
            #expect(above >= -0.01 && below >= -0.01, "\(sheet.name): the text leaves the safe area")
            #expect(abs(above - below) < 0.5, "\(sheet.name): \(above) mm above the text, \(below) mm below")
        }
    }

    @Test func aLabelSheetAsksToPrintAtActualSizeAndStaysAValidPDF() throws {
        let url = folder.path("stickers.pdf")
        var info = DocumentInfo(title: "מדבקות", author: "Sadna", subject: "3x8")
        info.printsAtExactSize = true
        let layout = NameStickerLayout(
            context: layoutContext(), people: [person("סמדר כהן", "מזכירות")], sheet: sadnaTemplates.participants.sheet)
        try PDFExport.write(PrintDocument(info: info, pages: [layout.page(0)]), to: url)
        let trailer = try run("qpdf", ["--show-object=trailer", url.path]).stdout
        let root = try #require(trailer.firstMatch(of: /\/Root (\d+) 0 R/)).1
        let catalog = try run("qpdf", ["--show-object=\(root)", url.path]).stdout
        #expect(catalog.contains("/ViewerPreferences << /PrintScaling /None >>") && catalog.contains("/Pages"), "\(catalog)")
        #expect(try run("qpdf", ["--check", url.path]).status == 0)
        #expect(PDFText.contains(try PDFText.extract(url), phrase: "סמדר כהן"))
        // In memory (the workbench's downloads) the same.
        let data = try PDFExport.data([layout.page(0)], info: info)
        try data.write(to: folder.path("memory.pdf"))
        #expect(try run("qpdf", ["--check", folder.path("memory.pdf").path]).status == 0)
        #expect(String(decoding: data.suffix(400), as: UTF8.self).contains("/PrintScaling /None"))
        // A booklet is not held to its size.
        let plain = folder.path("plain.pdf")
        try PDFExport.write(
            PrintDocument(info: DocumentInfo(title: "t", author: "a", subject: "s"), pages: [layout.page(0)]), to: plain)
        #expect(!(try run("qpdf", ["--show-object=trailer", plain.path]).stdout.contains("/Prev")))
    }

    @Test func theTestSheetOutlinesEveryLabelAndCarriesARuler() throws {
        let sheet = try #require(sadnaTemplates.participants.sheet(named: "2x7"))
        let context = layoutContext()
        let layout = NameStickerLayout(context: context, people: [], sheet: sheet)
        let page = layout.testPage(labels: context.words(sadnaTemplates.participants.labels))
        let outlines = page.elements.filter {
            if case let .shape(.rectangle(rect, _), _) = $0 {
                abs(rect.width - sheet.width) < 0.01 && abs(rect.height - sheet.height) < 0.01
            } else {
                false
            }
        }
        #expect(outlines.count == sheet.capacity)
        let url = folder.path("test.pdf")
        try PDFExport.write(PrintDocument(info: DocumentInfo(title: "t", author: "a", subject: "s"), pages: [page]), to: url)
        let text = try PDFText.extract(url)
        #expect(PDFText.contains(text, phrase: "100%") && text.contains("14") && text.contains("290"), "\(text)")
    }

    @Test func namesAndNumbersWithTheirUnitsStayOnOneLine() {
        let names = WholeNames(["עמק המעיינות", "תל אביב", "רוזנברג-בן חיים"])
        let kept = names.kept("סיור בתל אביב ובבני ברק, 7 דק' לכל תחנה, עם מיכל רוזנברג-בן חיים")
        #expect(kept.contains("תל \u{2060}אביב") && kept.contains("7 \u{2060}דק'") && kept.contains("רוזנברג-בן \u{2060}חיים"))
        #expect(!kept.contains("בבני \u{2060}ברק"))
        #expect(PangoText.visible(kept) == "סיור בתל אביב ובבני ברק, 7 דק' לכל תחנה, עם מיכל רוזנברג-בן חיים")
        // Set narrow, "תל אביב" goes to the next line whole rather than breaking inside.
        let typesetter = Typesetter()
        typesetter.wholeNames = names
        let block = typesetter.layout("ביקרנו היום בעיר תל אביב", style: TextStyle(size: 12), width: 33, language: .he)
        #expect(block.lineTexts.count > 1)
        #expect(block.lineTexts.contains { $0.contains("תל אביב") }, "\(block.lineTexts)")
    }

    @Test func ligaturesCopyAsTheirLettersInArabicAndEnglish() throws {
        let typesetter = Typesetter()
        var page = Page(size: Paper.a4.size)
        let arabic = typesetter.layout(
            RichText([RichText.Run("اتصل على الرقم "), RichText.Run("إلى لا", bold: true, colour: .accent)]),
            style: TextStyle(size: 14), width: 150, language: .ar)
        page.add(arabic, at: Point(x: 30, y: 30))
        let english = typesetter.layout("Dana Whitfield in the office", style: TextStyle(size: 14), width: 150, language: .en)
        page.add(english, at: Point(x: 30, y: 60))
        let url = folder.path("ligatures.pdf")
        try PDFExport.write(PrintDocument(info: DocumentInfo(title: "t", author: "a", subject: "s"), pages: [page]), to: url)
        let text = try run("pdftotext", [url.path, "-"]).stdout
        for word in ["على", "إلى", "لا", "اتصل", "Whitfield", "office"] {
            #expect(text.contains(word), "\(word) does not copy as its letters: \(text)")
        }
    }

    @Test func noLineOfACardsFootStartsWithItsSeparator() throws {
        let document = try printed(PrintRequest(.taskCards, card: .poker))
        let url = folder.path("poker.pdf")
        try PDFExport.write(document, to: url)
        let lines = try run("pdftotext", [url.path, "-"]).stdout.split(separator: "\n").map {
            String($0.unicodeScalars.filter { !(0x200E...0x200F).contains($0.value) && !(0x202A...0x202E).contains($0.value) })
                .trimmingCharacters(in: .whitespaces)
        }
        #expect(lines.contains { $0.contains("·") })
        #expect(!lines.contains { $0.hasPrefix("·") }, "\(lines.filter { $0.contains("·") })")
        // Nor is the content expert's name broken to make room.
        #expect(lines.contains { $0.contains("דפנה ארזי") })
    }

    @Test func anArabicLineIsAsTallAsAHebrewOneAndANameGetsTheSameSizeOnASticker() {
        let typesetter = Typesetter()
        let hebrew = typesetter.layout("סמדר כהן", style: TextStyle(size: 10), width: 100, language: .he)
        let arabic = typesetter.layout("فاطمة الزهراء", style: TextStyle(size: 10), width: 100, language: .he)
        let arabicPage = typesetter.layout("فاطمة الزهراء", style: TextStyle(size: 10), width: 100, language: .ar)
        #expect(abs(arabic.height - hebrew.height) < 0.2 && abs(arabicPage.height - hebrew.height) < 0.2)
        // Names of the same length on the same label: the same size (26 pt), Arabic or Hebrew.
        let layout = NameStickerLayout(context: layoutContext(), people: [], sheet: sadnaTemplates.participants.sheet)
        func nameSize(_ name: String) -> Double? {
            for element in layout.sticker(person(name, "מזכירות")).elements {
                if case let .text(block, _, _) = element, block.text == name { return block.fittedSize }
            }
            return nil
        }
        #expect(nameSize("محمد علي") == nameSize("סמדר כהן") && nameSize("סמדר כהן") != nil)
    }

    @Test func aChartsMarkerKeepsClearOfTheStartHereWords() {
        let words = Rect(x: 10, y: 10, width: 30, height: 5)
        let point = PrioritisationLayout.freePlace(near: Point(x: 20, y: 12), among: [], within: 20, avoiding: [words])
        let dx = max(words.minX - point.x, 0, point.x - words.maxX), dy = max(words.minY - point.y, 0, point.y - words.maxY)
        #expect((dx * dx + dy * dy).squareRoot() >= PrioritisationLayout.markerRadius, "\(point) covers the words")
        // Away from the words, a marker stays on its spot.
        let free = PrioritisationLayout.freePlace(near: Point(x: 20, y: 40), among: [], within: 20, avoiding: [words])
        #expect(free.x == 20 && free.y == 40)
    }

    @Test func aSaddleStitchedBookletPrintsEachSheetsPagesWhereTheFoldPutsThem() {
        // Eight pages, left to right: the first sheet's front has 8 and 1, its back 2 and 7.
        let order = SaddleStitch.order(pageCount: 8, direction: .leftToRight)
        #expect(order.map { [$0.left, $0.right] } == [[7, 0], [1, 6], [5, 2], [3, 4]])
        // Right to left, bound on the right: each side mirrored, the cover on the front's left half.
        let rtl = SaddleStitch.order(pageCount: 8, direction: .rightToLeft)
        #expect(rtl.map { [$0.left, $0.right] } == [[0, 7], [6, 1], [2, 5], [4, 3]])
        // Six pages are padded to eight: four sides of A4 landscape.
        let pages = (0..<6).map { _ in Page(size: Paper.a4.size) }
        let sides = SaddleStitch.impose(pages, direction: .leftToRight)
        #expect(sides.count == 4 && sides.allSatisfy { $0.size.width > $0.size.height })
    }
}
