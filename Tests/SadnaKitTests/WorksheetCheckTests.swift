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

    @Test func emptyTablesRowsAndAssessmentsAreErrorsAtTheirLines() throws {
        let found = diagnostics(
            """
            title: דף
            blocks:
              - kind: table
                columns: []
              - kind: table
                columns: [{ label: א }]
                rows: []
              - kind: assessment
                answers: yes-no
                questions: []
              - kind: row
                boxes: []

            """)
        #expect(found.contains { $0.message == "the table has no columns" && $0.location?.line == 4 })
        #expect(found.contains { $0.message == "the table has no rows" && $0.location?.line == 7 })
        #expect(found.contains { $0.message == "the assessment has no questions" && $0.location?.line == 10 })
        #expect(found.contains { $0.message == "the row has no boxes" && $0.location?.line == 12 })
    }

    @Test func aRowWithMoreCellsThanColumnsIsAnErrorAtTheRow() throws {
        let found = diagnostics(
            """
            title: דף
            blocks:
              - kind: table
                columns: [{ label: א }, { label: ב }]
                rows:
                  - [1, 2]
                  - { label: שורה, cells: [1, 2] }

            """)
        let error = try #require(found.first { $0.rule == "worksheet.cells" })
        #expect(error.location?.line == 7 && error.severity == .error)
        #expect(error.message.contains("beside the row's label"))
        #expect(found.filter { $0.rule == "worksheet.cells" }.count == 1)
    }

    @Test func anAssessmentsAnswersAndKeysAreChecked() throws {
        let found = diagnostics(
            """
            title: דף
            blocks:
              - kind: assessment
                answers: yes-or-no
                questions: [שאלה]
                scale: 5
              - kind: assessment
                answers: yes-no
                low: נמוך
                questions: [שאלה]

            """)
        let answers = try #require(found.first { $0.rule == "worksheet.answers" })
        #expect(answers.location?.line == 4 && answers.hint?.contains("answers: yes-no") == true)
        let key = try #require(found.first { $0.message.contains("takes no `scale`") })
        #expect(key.location?.line == 6)
        #expect(found.contains { $0.severity == .warning && $0.location?.line == 9 })
    }

    @Test func theOldWayOfWritingEmptyRowsStillLoads() throws {
        let found = diagnostics(
            "title: דף\nblocks:\n  - kind: table\n    rows: 13\n    columns: [{ label: א, width: 40 }, { label: ב, width: 60 }]\n"
        )
        #expect(found.isEmpty, "\(found)")
    }

    @Test func anAssessmentOfBlankRowsNeedsNoQuestions() throws {
        let found = diagnostics(
            "title: דף\nblocks:\n  - { kind: assessment, answers: yes-no, heading: הערכת מצב, blank: 4, notes: true }\n")
        #expect(found.isEmpty, "\(found)")
        let missing = diagnostics("title: דף\nblocks:\n  - { kind: assessment, answers: yes-no }\n")
        #expect(missing.contains { $0.message.contains("has no `questions`") && $0.location?.line == 3 })
    }

    @Test func aTableCannotStandInARow() throws {
        let found = diagnostics(
            "title: דף\nblocks:\n  - kind: row\n    boxes:\n      - { kind: table, columns: [{ label: א }] }\n")
        #expect(found.contains { $0.rule == "worksheet.row" && $0.location?.line == 5 })
    }

    @Test func theSecondProgrammeChecksCleanAndCountsItsWorksheets() throws {
        let outcome = check(repositoryRoot.appendingPathComponent("workshops/human-api"))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.workshop?.worksheets.count == 13)
        for language in Language.allCases {
            let checked = WorkshopCheck.run(
                FolderSource(repositoryRoot.appendingPathComponent("workshops/human-api")), templates: sadnaTemplates,
                review: nil, printingIn: language)
            #expect(checked.diagnostics.isEmpty, "\(language): \(checked.diagnostics)")
        }
    }
}
