import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

@Suite("Agendas printed from the shipped programme")
struct AgendaTests {
    let folder = TemporaryFolder()
    let workshop = emek

    /// The run-sheet (or handout) of `meeting` as the catalog prints it.
    func render(
        _ meeting: String, participant: Bool = false, language: Language = .he,
        in workshop: Workshop? = nil
    ) throws -> (URL, Typesetter) {
        let workshop = workshop ?? self.workshop
        let typesetter = Typesetter()
        _ = try #require(workshop.meeting(named: meeting))
        let document = try printed(
            PrintRequest(participant ? .handout : .agenda, items: [meeting], language: language),
            workshop: workshop, typesetter: typesetter)
        let url = folder.path("\(meeting)-\(participant)-\(language).pdf")
        try PDFExport.write(document, to: url)
        return (url, typesetter)
    }

    @Test func everyAgendaIsA4PortraitAndLaysOutCleanly() throws {
        for meeting in workshop.meetings {
            let (url, typesetter) = try render(meeting.id)
            #expect(typesetter.diagnostics.isEmpty, "\(meeting.id): \(typesetter.diagnostics)")
            for size in try PDFText.pageSizes(url) {
                #expect(abs(size.width - 595.28) < 0.1 && abs(size.height - 841.89) < 0.1)
            }
        }
    }

    @Test func meetingThreeReadsInLogicalOrder() throws {
        let (url, _) = try render("3")
        let text = try PDFText.extract(url)
        for phrase in [
            "מובילים דיגיטליים – מפגש 3", "יום רביעי", "26.6.2019", "08:30–14:00",
            "מטרת המפגש: היכרות עם המושגים פרסונה, מסע לקוח ושירותי המועצה",
            "יציאה לשטח – למידה בזוגות", "הוצאת אישור תושב – דינה", "מה צריך להכין", "שיעורי בית",
            "עמוד 1 מתוך 2", "עמוד 2 מתוך 2",
        ] {
            #expect(PDFText.contains(text, phrase: phrase), "missing: \(phrase)")
        }
        #expect(text.contains("08:30–14:00"))
    }

    @Test func mixedRunsSurviveInsideHebrew() throws {
        let (url, _) = try render("2")
        let text = try PDFText.extract(url)
        #expect(PDFText.contains(text, phrase: "שיר – GIS"))
        #expect(PDFText.contains(text, phrase: "ספי – EPR"))
        #expect(PDFText.contains(text, phrase: "השראה (Inspiration)"))
    }

    @Test func theTableRunsRightToLeft() throws {
        let (url, _) = try render("3")
        let boxes = try PDFText.boxes(url)
        let time = try #require(boxes.first { $0.word == "שעה" })
        let content = try #require(boxes.first { $0.word == "תוכן" })
        let detail = try #require(boxes.first { $0.word == "פירוט" })
        #expect(time.xMin > content.xMax && content.xMin > detail.xMax)
    }

    @Test func materialsAreRolledUpWithTheRowTheyServe() throws {
        let (url, _) = try render("1")
        let text = try PDFText.extract(url)
        #expect(PDFText.contains(text, phrase: "מדבקות עגולות בשלושה צבעים לשעה 11:00: מפת האתגרים"))
    }

    @Test func computedDurationsArePrinted() throws {
        let (url, _) = try render("staff-2019-09-19")
        let text = try PDFText.extract(url)
        // 8:30-10:00 is ninety minutes, written as hours from an hour on; its end time is printed under its start.
        #expect(PDFText.contains(text, phrase: "1:30 ש' סרט אני דניאל בלייק עד 10:00"), "\(text)")
        #expect(PDFText.contains(text, phrase: "15 דק' הפסקת קפה + שאלון"))
    }

    @Test func theParticipantHandoutIsOnePageOfTimesAndTitles() throws {
        let (url, typesetter) = try render("2", participant: true)
        #expect(try PDFText.pageSizes(url).count == 1)
        #expect(typesetter.diagnostics.isEmpty)
        let text = try PDFText.extract(url)
        #expect(PDFText.contains(text, phrase: "09:30 נעים מאוד מצטרפים חדשים"))
        #expect(!text.contains("מיה ואופירה"), "notes stay on the facilitator's sheet")
    }

    @Test func anEnglishPageMirrorsButKeepsHebrewData() throws {
        let (url, _) = try render("3", language: .en)
        let boxes = try PDFText.boxes(url)
        let time = try #require(boxes.first { $0.word == "Time" })
        let content = try #require(boxes.first { $0.word == "Content" })
        #expect(time.xMax < content.xMin)
        #expect(PDFText.contains(try PDFText.extract(url), phrase: "Page 1 of 2"))
    }

    /// The goal's accent bar stands where its label starts: right of the Hebrew label, left of
    /// the English one, and the English label ends in its colon.
    @Test(arguments: [(Language.he, "מטרת"), (.en, "Goal")])
    func theGoalsAccentBarStandsAtItsLabelsStart(language: Language, word: String) throws {
        let document = try printed(PrintRequest(.agenda, items: ["3"], language: language))
        let bars = document.pages[0].elements.compactMap { element -> Rect? in
            guard case let .shape(.rectangle(rect, _), paint) = element, paint.fill == .accent, rect.width < 2 else { return nil }
            return rect
        }
        let bar = try #require(bars.first)
        let url = try write(document, "goal-\(language)")
        let boxes = try PDFText.boxes(url)
        let label = try #require(boxes.first { $0.word == word })
        // Beside the label, not across the box from it.
        if language.direction == .rightToLeft {
            #expect(Units.points(bar.minX) > label.xMax && Units.points(bar.minX) - label.xMax < Units.points(8))
        } else {
            #expect(Units.points(bar.maxX) < label.xMin && label.xMin - Units.points(bar.maxX) < Units.points(8))
            let colon = try #require(boxes.first { $0.word == "meeting:" && abs($0.yMin - label.yMin) < 1 })
            #expect(colon.xMin > label.xMax)
        }
    }

    /// The footer sits at the foot of every English page, what the page belongs to at its left
    /// and the page number at its right, mirrored from the Hebrew.
    @Test func theEnglishFooterSitsAtThePagesFoot() throws {
        let (url, _) = try render("3", language: .en)
        for page in 1...2 {
            let boxes = try PDFText.boxes(url, page: page)
            let meeting = try #require(boxes.last { $0.word == "Meeting" })
            let number = try #require(boxes.last { $0.word == "Page" })
            #expect(meeting.yMin > 841.89 * 0.93 && number.yMin > 841.89 * 0.93)
            #expect(number.xMin > 595.28 * 0.8, "page number at \(number.xMin)")
            let leftmost = try #require(boxes.filter { abs($0.yMin - meeting.yMin) < 1 }.map(\.xMin).min())
            #expect(leftmost < Units.points(20), "footer starts at \(leftmost)")
        }
    }

    /// Meeting 3's last row ("13:30 סיכום") once stood alone on page 2; the sheet is set a
    /// little tighter so that the whole table fits on page 1, and page 2 starts with the checklist.
    @Test(arguments: Language.allCases)
    func noRowIsLeftAloneOnAPage(language: Language) throws {
        for meeting in workshop.meetings {
            let document = try printed(PrintRequest(.agenda, items: [meeting.id], language: language))
            let rowsPerPage = document.pages.map { page in
                page.elements.filter { element in
                    guard case let .text(block, _, _) = element else { return false }
                    return block.style.weight == .bold
                        && block.text.range(of: "^\\d{1,2}:\\d{2}", options: .regularExpression) != nil
                        && block.style.size <= AgendaLayout.Style.time.size
                }.count
            }
            let tablePages = rowsPerPage.filter { $0 > 0 }
            #expect(tablePages.count < 2 || tablePages.last! > 1, "\(meeting.id) in \(language): \(rowsPerPage)")
        }
        // In Arabic, taller labels leave two rows for page 2: together, they are no stray.
        guard language != .ar else { return }
        let three = try printed(PrintRequest(.agenda, items: ["3"], language: language))
        let firstPage = three.pages[0].elements.contains { element in
            if case let .text(block, _, _) = element { block.text == "13:30" } else { false }
        }
        #expect(firstPage)
    }

    func write(_ document: PrintDocument, _ name: String) throws -> URL {
        let url = folder.path("\(name).pdf")
        try PDFExport.write(document, to: url)
        return url
    }

    /// Meeting 8's title is a programme, a tour and a number joined by dashes; wrapped anywhere,
    /// its first line ended in "–". It breaks between its parts, the dash dropped.
    @Test(arguments: [false, true])
    func aTitleThatWrapsBreaksBetweenItsParts(participant: Bool) throws {
        let document = try printed(PrintRequest(participant ? .handout : .agenda, items: ["8"]))
        let title = try #require(
            document.pages[0].elements.compactMap { element -> TextBlock? in
                guard case let .text(block, _, _) = element, block.text.contains("מפגש 8") else { return nil }
                return block
            }.first)
        #expect(
            title.lineTexts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                == ["מובילים דיגיטליים", "סיור למידה מרשויות שעשו את זה – מפגש 8"])
    }

    @Test func twoRendersAreByteIdentical() throws {
        let (a, _) = try render("8")
        let first = try Data(contentsOf: a)
        let (b, _) = try render("8")
        #expect(first == (try Data(contentsOf: b)))
    }

    /// A row taller than a page continues on the next one, under the repeated header, with
    /// every line printed exactly once.
    @Test func aRowTooLongForThePageContinuesUnderARepeatedHeader() throws {
        let lines = (1...90).map { "שורה מספר \($0) בפירוט הארוך" }.joined(separator: "\n")
        let yaml = """
            title: מפגש ארוך
            agenda:
              - start: "9:00"
                content: פתיחה
              - start: "9:30"
                content: פעילות ארוכה
                detail: |-
            \(lines.split(separator: "\n").map { "          " + $0 }.joined(separator: "\n"))
              - start: "12:00"
                content: סיכום
            """
        let temporary = makeWorkshop(meetings: ["01.yaml": yaml])
        let outcome = check(temporary.url)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        let loaded: Workshop = try #require(outcome.workshop)
        let (url, typesetter) = try render("01", in: loaded)
        #expect(typesetter.diagnostics.isEmpty)
        let pages = try PDFText.pageSizes(url).count
        #expect(pages >= 2)
        let whole = try PDFText.extract(url)
        for n in 1...90 {
            let phrase = "שורה מספר \(n) בפירוט"
            #expect(PDFText.occurrences(of: phrase, in: whole) == 1, "line \(n)")
        }
        let second = try PDFText.extract(url, page: 2)
        #expect(second.contains("שעה") && second.contains("פירוט") && second.contains("(המשך)"))
    }
}

@Suite("The blank run-sheet")
struct BlankAgendaTests {
    @Test func aBlankRunSheetIsOneA4PageOfLabelledFieldsAndEmptyRows() throws {
        let folder = TemporaryFolder()
        let typesetter = Typesetter()
        let document = try printed(PrintRequest(.agendaBlank), typesetter: typesetter)
        #expect(document.pages.count == 1)
        #expect(typesetter.diagnostics.isEmpty)
        let url = folder.path("blank.pdf")
        try PDFExport.write(document, to: url)
        let text = try PDFText.extract(url)
        for label in [
            "תכנון מפגש", "תאריך", "שעות", "מקום", "מטרת המפגש", "שעה", "משך", "תוכן", "פירוט", "מה צריך להכין",
            "שיעורי בית",
        ] {
            #expect(PDFText.contains(text, phrase: label), "\(label)")
        }
        // Only the column labels and fields: no meeting's data.
        #expect(!text.contains("התכנסות"))
    }
}
