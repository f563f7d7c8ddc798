import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

/// The worksheet language prints every word it is given, or says at the block's line why it
/// cannot: text too long for its block is an error, never a cut.
@Suite("The worksheet language never drops a word")
struct WorksheetLanguageTests {
    /// A worksheet `sheet` of a small workshop, loaded, laid out and written as a PDF.
    struct Printed {
        let folder: TemporaryFolder
        let load: [Diagnostic]
        let layout: [Diagnostic]
        let pdf: URL
        let pages: Int
    }

    func render(
        _ yaml: String, language: Language = .he, workshop: String = "title: סדנת בדיקה\nlanguage: he\n"
    ) throws -> Printed {
        let folder = makeWorkshop(meetings: [:], workshop: workshop)
        folder.write("worksheets/sheet.yaml", yaml)
        let outcome = check(folder.url, review: false)
        let workshop = try #require(outcome.workshop, "\(outcome.diagnostics)")
        let typesetter = Typesetter()
        let document = try printed(
            PrintRequest(.worksheet, items: ["sheet"], language: language), workshop: workshop, typesetter: typesetter)
        let pdf = folder.path("sheet.pdf")
        try PDFExport.write(document, to: pdf)
        return Printed(
            folder: folder, load: outcome.diagnostics, layout: typesetter.diagnostics, pdf: pdf, pages: document.pages.count)
    }

    static let longWord = String(repeating: "א", count: 110)
    static let manyWords = Array(repeating: "מילה ארוכה למדי", count: 900).joined(separator: " ")

    /// Each block with content too long for it, the rule that reports it and the line it is reported at.
    static let tooLong: [(name: String, yaml: String, rule: String, line: Int)] = [
        (
            "a box's label and hint taller than its height",
            "title: דף\nblocks:\n  - kind: box\n    label: כותרת\n    hint: \"\(manyWords.prefix(600))\"\n    height: 10\n",
            "worksheet.too-tall", 3
        ),
        (
            "a box taller than a page", "title: דף\nblocks:\n  - { kind: box, label: כותרת, height: 320 }\n",
            "worksheet.too-tall", 3
        ),
        (
            "a cell whose word is wider than its column",
            "title: דף\nblocks:\n  - kind: table\n    columns: [{ label: א, width: 6 }, { label: ב, width: 94 }]\n    rows:\n      - [אבגדהוזחטיכלמנסעפצקרשת, ב]\n",
            "worksheet.too-wide", 6
        ),
        (
            "a row taller than a page",
            "title: דף\nblocks:\n  - kind: table\n    columns: [{ label: א, width: 50 }, { label: ב, width: 50 }]\n    rows:\n      - [\"\(manyWords)\", ב]\n",
            "worksheet.too-tall", 6
        ),
        (
            "a question whose word is wider than its column",
            "title: דף\nblocks:\n  - kind: assessment\n    answers: yes-no\n    questions:\n      - \(longWord)\n",
            "worksheet.too-wide", 6
        ),
        (
            "a checklist item whose word is wider than its box",
            "title: דף\nblocks:\n  - kind: row\n    boxes:\n      - kind: checklist\n        items: [\(String(longWord.prefix(60)))]\n      - { kind: text, text: ב }\n      - { kind: text, text: ג }\n      - { kind: text, text: ד }\n",
            "worksheet.too-wide", 6
        ),
        (
            "a checklist taller than a page",
            "title: דף\nblocks:\n  - kind: checklist\n    items: [\(Array(repeating: "פריט", count: 60).joined(separator: ", "))]\n",
            "worksheet.too-tall", 3
        ),
        (
            "writing lines whose label is wider than the page",
            "title: דף\nblocks:\n  - { kind: lines, label: \"\(manyWords.prefix(300))\", lines: 1 }\n", "worksheet.too-wide", 3
        ),
        (
            "a text taller than a page", "title: דף\nblocks:\n  - { kind: text, text: \"\(manyWords)\" }\n", "worksheet.too-tall",
            3
        ),
        (
            "a legend wider than the sheet",
            "title: דף\nblocks:\n  - kind: legend\n    marks:\n"
                + (0..<8).map { _ in "      - { mark: א, colour: \"#2E7D32\", meaning: מוביל השינוי בארגון כולו }\n" }.joined(),
            "worksheet.too-wide", 3
        ),
    ]

    @Test(arguments: tooLong.indices)
    func contentTooLongForItsBlockIsAnErrorAtItsLine(index: Int) throws {
        let (name, yaml, rule, line) = Self.tooLong[index]
        let sheet = try render(yaml)
        #expect(sheet.load.filter { $0.severity == .error }.isEmpty, "\(name): \(sheet.load)")
        let found = try #require(sheet.layout.first { $0.rule == rule }, "\(name): \(sheet.layout)")
        #expect(found.severity == .error, "\(name)")
        #expect(found.location?.line == line, "\(name): at \(String(describing: found.location))")
        #expect(found.hint?.isEmpty == false, "\(name)")
        // Nothing is cut short: no text ends in "…".
        #expect(!(try PDFText.extract(sheet.pdf)).contains("…"), "\(name)")
    }

    @Test func aProjectTooLongForItsPlaceOnTheMapIsAnErrorAtItsLine() throws {
        let sheet = try render(
            "title: דף\npaper: A4\nblocks:\n  - { kind: projects, rows: 30 }\n",
            workshop: "title: סדנה\nlanguage: he\nprojects:\n  - { name: \"\(Self.manyWords.prefix(500))\", lead: ספי }\n")
        let found = try #require(sheet.layout.first { $0.rule == "worksheet.too-tall" }, "\(sheet.layout)")
        #expect(found.location?.file.hasSuffix("workshop.yaml") == true && found.location?.line == 4)
    }

    @Test func aLongTableFlowsOntoMorePagesWithItsTitleRepeated() throws {
        let rows = (1...70).map { "      - { label: \"שורה \($0)\", cells: [\"תוכן \($0)\"] }\n" }.joined()
        let sheet = try render(
            "title: דף ארוך במיוחד\nblocks:\n  - kind: table\n    columns: [{ label: שם, width: 30 }, { label: תוכן, width: 70 }]\n    rows:\n"
                + rows)
        #expect(sheet.layout.isEmpty, "\(sheet.layout)")
        #expect(sheet.pages >= 2)
        let text = try PDFText.extract(sheet.pdf)
        for number in 1...70 {
            #expect(
                PDFText.contains(text, phrase: "שורה \(number)") && PDFText.contains(text, phrase: "תוכן \(number)"),
                "row \(number)")
        }
        let second = try PDFText.extract(sheet.pdf, page: 2)
        #expect(PDFText.contains(second, phrase: "דף ארוך במיוחד"))
        #expect(PDFText.contains(second, phrase: "(המשך)"))
        #expect(PDFText.contains(second, phrase: "עמוד 2 מתוך \(sheet.pages)"))
        // The header repeats on the page the table reaches.
        #expect(PDFText.contains(second, phrase: "תוכן") && second.contains("שם"))
    }

    @Test func blocksBeyondAPageGoOnToTheNextWhole() throws {
        let boxes = (1...6).map { "  - { kind: box, label: \"תיבה \($0)\", height: 60 }\n" }.joined()
        let sheet = try render("title: דף\nblocks:\n" + boxes)
        #expect(sheet.layout.isEmpty, "\(sheet.layout)")
        #expect(sheet.pages == 2)
        let first = try PDFText.extract(sheet.pdf, page: 1), second = try PDFText.extract(sheet.pdf, page: 2)
        #expect(PDFText.contains(first, phrase: "תיבה 3") && !PDFText.contains(first, phrase: "תיבה 5"))
        #expect(PDFText.contains(second, phrase: "תיבה 5") && PDFText.contains(second, phrase: "תיבה 6"))
    }

    @Test func aLabelledRowNamesItsRowInTheStartColumn() throws {
        let sheet = try render(
            """
            title: דף
            blocks:
              - kind: table
                columns: [{ label: מאפיין, width: 20 }, { label: הרווחה, width: 40 }, { label: הדיגיטל, width: 40 }]
                rows:
                  - { label: יציבות, cells: [גבוהה, מוגבלת] }
                  - [אחת, שתיים, שלוש]

            """)
        #expect(sheet.layout.isEmpty, "\(sheet.layout)")
        let words = try PDFText.boxes(sheet.pdf)
        func x(_ word: String) throws -> Double { try #require(words.first { $0.word == word }, "\(word)").xMax }
        // Right to left: the label stands rightmost, then the cells in column order; a row of
        // cells only starts in the label's column.
        #expect(try x("יציבות") > x("גבוהה") && x("גבוהה") > x("מוגבלת"))
        #expect(try abs(x("אחת") - x("יציבות")) < 2 && abs(x("שתיים") - x("גבוהה")) < 2)
    }

    @Test func aYesNoAssessmentGivesTheQuestionMostOfTheWidth() throws {
        let question = "האם יש מיפוי של בעלי העניין המרכזיים במשרד ובשדה ושל הקשרים ביניהם ושל מה שכל אחד מהם צריך?"
        let sheet = try render(
            "title: דף\nblocks:\n  - kind: assessment\n    answers: yes-no\n    questions: [\"\(question)\"]\n")
        #expect(sheet.layout.isEmpty, "\(sheet.layout)")
        let words = try PDFText.boxes(sheet.pdf)
        let yes = try #require(words.first { $0.word == "כן" }), no = try #require(words.first { $0.word == "לא" })
        let first = try #require(words.first { $0.word == "האם" })
        // An A4 sheet's sides keep clear of its corner codes.
        let width = 595.28, margin = ScanMarks.margin * 72 / 25.4
        // The answers are narrow columns at the end side (left on a Hebrew page): 13 mm each.
        #expect(yes.xMax < margin + 2 * 13 * 72 / 25.4 && no.xMax < yes.xMin)
        // The question starts at the start side and runs on its line past the middle of the page.
        #expect(first.xMax > width - margin - 10)
        let line = words.filter { abs($0.yMin - first.yMin) < 1 }
        #expect((line.map(\.xMin).min() ?? width) < width / 2)
    }

    @Test func aScaleAssessmentNumbersItsFivePointsInNarrowColumns() throws {
        let sheet = try render(
            "title: { en: Sheet }\nblocks:\n  - kind: assessment\n    answers: scale\n    heading: { en: Statement }\n"
                + "    low: { en: not at all }\n    high: { en: fully }\n    questions: [{ en: A steering team is in place }]\n",
            language: .en)
        #expect(sheet.layout.isEmpty, "\(sheet.layout)")
        let words = try PDFText.boxes(sheet.pdf)
        let points = try (1...5).map { n in try #require(words.first { $0.word == String(n) && $0.yMin < 200 }, "\(n)") }
        let margin = ScanMarks.margin * 72 / 25.4, column = 9.5 * 72 / 25.4
        // An English sheet reads left to right: the answers at the right, 1 to 5, a column apart.
        for (a, b) in zip(points, points.dropFirst()) {
            #expect(abs((b.xMin - a.xMin) - column) < 1)
        }
        #expect(points[4].xMax > 595.28 - margin - column)
        let text = try PDFText.extract(sheet.pdf)
        #expect(PDFText.contains(text, phrase: "1 – not at all · 5 – fully"))
    }

    @Test(arguments: [(Language.en, "Yes", "No"), (Language.ar, "نعم", "لا")])
    func aHebrewSheetKeepsItsDirectionWithSadnasWordsInThePagesLanguage(language: Language, yes: String, no: String) throws {
        let sheet = try render(
            "title: דף\nblocks:\n  - kind: assessment\n    answers: yes-no\n    questions: [האם יש מיפוי?]\n", language: language)
        #expect(sheet.layout.isEmpty, "\(sheet.layout)")
        let text = try PDFText.extract(sheet.pdf)
        // "لا" comes out of pdftotext as its lam-alef ligature: looked for in English only.
        #expect(PDFText.contains(text, phrase: yes) && (language == .ar || PDFText.contains(text, phrase: no)))
        let words = try PDFText.boxes(sheet.pdf)
        let question = try #require(words.first { $0.word == "האם" })
        let answer = try #require(words.first { $0.word == yes || $0.word == String(yes.reversed()) })
        // The question at the right, where Hebrew starts; the answers at the left.
        #expect(question.xMax > 595.28 - ScanMarks.margin * 72 / 25.4 - 10 && answer.xMax < 595.28 / 3)
    }

    @Test func sadnasWorksheetsStillLoadAndPrintAsOnePage() throws {
        for sheet in sadnaTemplates.worksheets {
            let typesetter = Typesetter()
            let document = try printed(PrintRequest(.worksheet, items: [sheet.id]), typesetter: typesetter)
            #expect(document.pages.count == 1, "\(sheet.id)")
            #expect(typesetter.diagnostics.isEmpty, "\(sheet.id): \(typesetter.diagnostics)")
        }
    }

    @Test func theExamplesOfEveryBlockPrintCleanInEachLanguage() throws {
        let outcome = check(repositoryRoot.appendingPathComponent("docs/examples"), review: false)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let workshop = try #require(outcome.workshop)
        #expect(workshop.worksheets.count == 2)
        for language in Language.allCases {
            let typesetter = Typesetter()
            let document = try printed(
                PrintRequest(.worksheet, items: workshop.worksheets.map(\.id), language: language), workshop: workshop,
                typesetter: typesetter)
            #expect(typesetter.diagnostics.isEmpty, "\(language): \(typesetter.diagnostics)")
            #expect(document.pages.count == 2, "\(language)")
        }
    }
}
