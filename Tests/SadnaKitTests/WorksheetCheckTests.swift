import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// A worksheet's file never has a key quietly ignored, an empty list quietly accepted, or a
/// language quietly replaced.
@Suite("Worksheets checked at their lines")
struct WorksheetCheckTests {
    func diagnostics(
        _ worksheet: String, workshop: String = "title: סדנת בדיקה\nlanguage: he\n",
        printingIn language: Language? = nil
    ) -> [Diagnostic] {
        let folder = makeWorkshop(meetings: ["01.yaml": "title: מפגש 1\n"], workshop: workshop)
        folder.write("worksheets/sheet.yaml", worksheet)
        return WorkshopCheck.run(FolderSource(folder.url), templates: sadnaTemplates, review: nil, printingIn: language)
            .diagnostics
    }

    @Test func aKeyABlockDoesNotReadIsAnErrorAtItsLine() throws {
        let found = diagnostics(
            """
            title: דף
            blocks:
              - kind: row
                height: 40
                boxes:
                  - { kind: box, label: א }
              - kind: table
                columns: [{ label: שם }]
                items: [א, ב]

            """)
        let row = try #require(found.first { $0.message.contains("`row` block takes no `height`") })
        #expect(row.location?.line == 4 && row.severity == .error)
        #expect(row.hint?.contains("each box") == true)
        let table = try #require(found.first { $0.message.contains("`table` block takes no `items`") })
        #expect(table.location?.line == 9)
    }

    @Test func anEmptyChecklistIsAnError() throws {
        let found = diagnostics("title: דף\nblocks:\n  - kind: checklist\n    items: []\n")
        #expect(found.contains { $0.message.contains("the checklist has no items") && $0.location?.line == 4 })
    }

    @Test func checkingInALanguageSaysWhereAWorksheetLacksIt() throws {
        let found = diagnostics(
            "title: { he: דף עבודה }\nblocks:\n  - { kind: box, label: { he: שם, ar: الاسم } }\n",
            workshop: "title: סדנה\nlanguage: he\nlanguages: [he, ar]\n", printingIn: .ar)
        let title = try #require(found.first { $0.message.contains("`title` has no Arabic text") })
        #expect(title.location?.line == 1 && title.severity == .warning)
        #expect(!found.contains { $0.message.contains("`label` has no Arabic") }, "the label has its Arabic")
    }
}
