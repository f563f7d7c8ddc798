import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

@Suite("Worksheets from their templates")
struct WorksheetTests {
    let folder = TemporaryFolder()
    let workshop: Workshop
    let sheets: [WorksheetTemplate]

    init() throws {
        workshop = emek
        let loaded = TemplateLoader.load(FolderSource(templatesFolder))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        sheets = try #require(loaded.templates).worksheets
    }

    /// Sadna's worksheet `id` as the catalog prints it.
    func render(_ id: String) throws -> (URL, PrintDocument, Typesetter) {
        _ = try #require(sheets.first { $0.id == id })
        let typesetter = Typesetter()
        let document = try printed(PrintRequest(.worksheet, items: [id]), typesetter: typesetter)
        let url = folder.path("\(id).pdf")
        try PDFExport.write(document, to: url)
        return (url, document, typesetter)
    }

    @Test(arguments: [
        ("think-feel-do", 419.53, 595.28), ("mind-map", 1190.55, 841.89), ("challenge-map", 1190.55, 841.89),
        ("prioritisation-homework", 841.89, 595.28),
    ])
    func eachWorksheetIsOnePageOfItsPaper(id: String, width: Double, height: Double) throws {
        let (url, document, typesetter) = try render(id)
        #expect(document.pages.count == 1)
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics)")
        let size = try #require(try PDFText.pageSizes(url).first)
        #expect(abs(size.width - width) < 0.2 && abs(size.height - height) < 0.2, "\(id): \(size)")
    }

    @Test func theChallengeMapListsTheProgrammesProjectsAndTheStickers() throws {
        let (url, _, _) = try render("challenge-map")
        let text = try PDFText.extract(url)
        for phrase in ["מוביל", "שותף", "חייב תיאום", "מערכת דיוור אישי", "קרין", "GIS", "מסיבת ביצוע"] {
            #expect(PDFText.contains(text, phrase: phrase), "\(phrase)")
        }
    }

    @Test func theMindMapPrintsTheSourcesRules() throws {
        let text = try PDFText.extract(try render("mind-map").0)
        #expect(PDFText.contains(text, phrase: "כיוון הכתיבה – מהמרכז החוצה"))
    }

    @Test func aBlockOfAnUnknownKindIsNamed() {
        var diagnostics: [Diagnostic] = []
        let file = YAMLFile.parse("title: x\nblocks:\n  - kind: boks\n", path: "worksheets/x.yaml", into: &diagnostics)
        let reader = NodeReader(file: "worksheets/x.yaml")
        _ = WorksheetLoader.load("x", file?.root, reader)
        #expect(reader.diagnostics.first?.hint?.hasPrefix("did you mean `box`?") == true)
    }
}
