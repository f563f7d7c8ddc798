import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

@Suite("Persona cards, pages and the blank form")
struct PersonaPrintTests {
    let folder = TemporaryFolder()
    let workshop = emek
    let template = sadnaTemplates.persona

    /// `personas` as cards on A4, as the catalog prints them.
    func cards(
        _ personas: [Persona], card: CardSize = .a5, typesetter: Typesetter = Typesetter(),
        workshop: Workshop? = nil
    ) throws -> URL {
        let document = try printed(
            PrintRequest(.personaCards, items: personas.map(\.id), paper: .a4, card: card),
            workshop: workshop ?? self.workshop, typesetter: typesetter)
        let url = folder.path("cards-\(UUID().uuidString).pdf")
        try PDFExport.write(document, to: url)
        return url
    }

    @Test func a5CardsGoTwoToALandscapeA4AndReadInOrder() throws {
        let typesetter = Typesetter()
        let url = try cards(workshop.personas, typesetter: typesetter)
        let sizes = try PDFText.pageSizes(url)
        #expect(sizes.count == 3)
        #expect(sizes.allSatisfy { abs($0.width - 841.89) < 0.1 && abs($0.height - 595.28) < 0.1 })
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics.map(DiagnosticFormatter.text))")
        let text = try PDFText.extract(url)
        for phrase in [
            "רוחן", "מאבטח חדש בבית הספר, צריך אישור תושב כדי לקבל רישיון נשק", "גיל: 27",
            "צורת אינטראקציה מועדפת: מקוון", "בעיות / אתגרים מול המועצה", "לא יודע למי לפנות במועצה",
            "השירות הנדרש: קבלת הנחה בארנונה לגמלאים", "דוגמה לתרגול",
        ] {
            #expect(PDFText.contains(text, phrase: phrase), "\(phrase)")
        }
    }

    @Test func theFirstCardIsOnTheRightOfTheSheet() throws {
        let url = try cards(Array(workshop.personas.prefix(2)))
        let boxes = try PDFText.boxes(url)
        let first = try #require(
            boxes.first { $0.word == workshop.personas[0].name.value.split(separator: " ").last.map(String.init) })
        #expect(first.xMin > Units.points(148))
    }

    /// Arabic labels once cost every field half a line of Noto Sans Arabic's leading, and an
    /// Arabic A6 card left three fields out in that blank room.
    @Test(arguments: Language.allCases)
    func theShippedPersonasFitEvenOnA6Cards(language: Language) throws {
        let typesetter = Typesetter()
        let document = try printed(PrintRequest(.personaCards, language: language, paper: .a4, card: .a6), typesetter: typesetter)
        #expect(document.pages.count == 2)
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics.map(DiagnosticFormatter.text))")
    }

    /// On an English page the labels read from the left: "Family status:" with its colon after
    /// the label, on its right, and the Hebrew value after the colon, not ":Family status".
    @Test func onAnEnglishPageTheColonFollowsTheLabel() throws {
        let url = folder.path("en-page.pdf")
        try PDFExport.write(try printed(PrintRequest(.personaPage, items: ["danny-parents"], language: .en)), to: url)
        let boxes = try PDFText.boxes(url)
        #expect(!boxes.contains { $0.word.hasPrefix(":") }, "\(boxes.filter { $0.word.hasPrefix(":") })")
        for (first, last) in [("Family", "status:"), ("Problems", "council:"), ("Service", "needed:")] {
            let start = try #require(boxes.first { $0.word == first }, "\(first)")
            let end = try #require(boxes.first { $0.word == last && abs($0.yMin - start.yMin) < 1 }, "\(last)")
            #expect(end.xMin > start.xMax, "\(last) after \(first)")
        }
        // A full-width label starts at the page's left margin, where an English reader begins.
        for word in ["Problems", "Service", "Age:"] {
            let box = try #require(boxes.first { $0.word == word }, "\(word)")
            #expect(box.xMin < Units.points(30), "\(word) at \(box.xMin)")
        }
        let status = try #require(boxes.first { $0.word == "status:" })
        let value = try #require(boxes.first { $0.word == "נשואים" && abs($0.yMin - status.yMin) < 1 })
        #expect(value.xMin > status.xMax)
    }

    /// A whole page for the wall is used to its foot: type grows and sections spread rather than
    /// leaving a fifth of the page empty.
    @Test(arguments: [Language.he, .en])
    func aFullPageIsFilledToItsFoot(language: Language) throws {
        let document = try printed(PrintRequest(.personaPage, language: language))
        for (index, page) in document.pages.enumerated() {
            let bottom =
                page.elements.compactMap { element -> Double? in
                    guard case let .text(block, origin, lines) = element else { return nil }
                    return origin.y + block.height(ofLines: lines)
                }.max() ?? 0
            #expect(bottom > page.size.height * 0.88, "page \(index + 1) ends at \(bottom) mm")
        }
    }

    @Test func whatACardCannotHoldIsCutOrLeftOutAndReportedAtItsLine() throws {
        let long = String(repeating: "משפט ארוך על חייה של התושבת ועל מה שהיא צריכה מהמועצה. ", count: 30)
        let copy = makeWorkshop(meetings: [:])
        copy.write("personas/long.yaml", "name: ארוכה\nage: 50\nbackground: \(long)\nrequired_service: \(long)\n")
        let loaded = try #require(check(copy.url).workshop)
        let typesetter = Typesetter()
        let url = try cards(loaded.personas, card: .a6, typesetter: typesetter, workshop: loaded)
        let reports = typesetter.diagnostics.filter { $0.rule == "layout.overflow" }
        #expect(reports.map { $0.location?.line } == [3, 4], "\(reports.map(DiagnosticFormatter.text))")
        #expect(reports[0].message.contains("cut short") && reports[1].message.contains("left out"))
        #expect(try PDFText.extract(url).contains("…"))
    }

    @Test func aFullPageHoldsEverythingInLargerType() throws {
        let typesetter = Typesetter()
        let document = try printed(PrintRequest(.personaPage, items: [workshop.personas[0].id]), typesetter: typesetter)
        let page = try #require(document.pages.first)
        #expect(typesetter.diagnostics.isEmpty)
        #expect(page.size == Paper.a4.size)
    }

    @Test func theBlankFormIsOnePageWithEveryField() throws {
        let document = try printed(PrintRequest(.personaForm))
        #expect(document.pages.count == 1)
        let url = folder.path("form.pdf")
        try PDFExport.write(document, to: url)
        let text = try PDFText.extract(url)
        for field in template.fields where field.lines > 0 {
            #expect(PDFText.contains(text, phrase: field.label(.he)), "\(field.field)")
        }
    }

    @Test(arguments: ["png", "jpg"])
    func aPhotoTakesThePlaceOfTheInitials(format: String) throws {
        // A small picture, made with the engine itself and, for JPEG, poppler's pdftoppm.
        var page = Page(size: Size(width: 30, height: 30))
        page.add(.rectangle(Rect(x: 0, y: 0, width: 30, height: 30), cornerRadius: 0), .filled(.accent))
        let photos = TemporaryFolder()
        let document = PrintDocument(info: DocumentInfo(title: "p", author: "a", subject: "s"), pages: [page])
        let photo: URL
        if format == "png" {
            photo = try PNGExport.write(document, to: photos.url, name: "face", dpi: 40)[0]
        } else {
            let pdf = photos.path("face.pdf")
            try PDFExport.write(document, to: pdf)
            _ = try run("pdftoppm", ["-jpeg", "-r", "40", "-singlefile", pdf.path, photos.path("face").path])
            photo = photos.path("face.jpg")
        }
        let copy = makeWorkshop(meetings: [:])
        try FileManager.default.createDirectory(at: copy.path("personas"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: photo, to: copy.path("personas/face.\(format)"))
        copy.write("personas/p.yaml", "name: פנים\nphoto: face.\(format)\n")
        let loaded = try #require(check(copy.url).workshop)
        let typesetter = Typesetter()
        let layout = PersonaLayout(
            context: layoutContext(loaded, typesetter: typesetter), personas: loaded.personas,
            size: CardSize.a5.size)
        let card = layout.page(0)
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics)")
        #expect(card.elements.contains { if case .picture = $0 { true } else { false } })
    }

    @Test func aPhotoThatCannotBeReadFallsBackToInitialsAndIsReported() throws {
        let copy = makeWorkshop(meetings: [:])
        copy.write("personas/p.yaml", "name: פנים\nphoto: missing.jpg\n")
        let loaded = try #require(check(copy.url).workshop)
        let typesetter = Typesetter()
        let layout = PersonaLayout(
            context: layoutContext(loaded, typesetter: typesetter), personas: loaded.personas,
            size: CardSize.a5.size)
        _ = layout.page(0)
        let report = try #require(typesetter.diagnostics.first)
        #expect(report.rule == "persona.photo" && report.location?.line == 2)
    }
}
