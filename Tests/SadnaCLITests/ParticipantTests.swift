import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

/// A facilitator lists the team (from a spreadsheet or by hand) and prints what the first meeting
/// needs: name stickers, a sign-in sheet and table tents, alone or in the meeting's kit.
@Suite("Participants, their stickers, sign-in sheets and table tents")
struct ParticipantTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String]) -> ProcessResult {
        sadnaInProcess(arguments, in: folder.url)
    }

    /// A new programme (as `sadna new workshop` makes it) with `people` in participants.yaml.
    func programme(_ people: [(String, String)], named name: String = "p") throws -> URL {
        let made = sadnaRun(["new", "workshop", name])
        #expect(made.status == 0, "\(made.stderr)")
        if !people.isEmpty {
            let csv = "שם,מחלקה\n" + people.map { "\($0),\($1)" }.joined(separator: "\n") + "\n"
            folder.write("people.csv", csv)
            let imported = sadnaRun(["import", "participants", "people.csv", "--workshop", name])
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        return folder.path(name)
    }

    static let team = [
        ("סמדר כהן", "מזכירות"), ("אחמד חטיב", "הנדסה"), ("Dana Schwartz", "דיגיטל"),
        ("מיכל אברהמי־רוזנטל", "רווחה ושירותים חברתיים"),
    ]

    @Test func aSpreadsheetAddsTheTeamAndASecondOneOnlyTheNewNames() throws {
        let programme = try programme([])
        let file = programme.appendingPathComponent("participants.yaml")
        folder.write(
            "people.csv",
            "שם,מחלקה,תפקיד,דוא\"ל,הערות\nסמדר כהן,מזכירות,מזכירת המועצה,smadar@example.org.il,x\n,הנדסה,,,\nאחמד חטיב,הנדסה,,,\n"
        )
        let first = sadnaRun(["import", "participants", "people.csv", "--workshop", "p"])
        #expect(first.status == 1, "a row without a name is an error")
        #expect(first.stderr.contains("people.csv:3:1: error: row 3, column A (שם) is empty"), "\(first.stderr)")
        #expect(
            first.stderr.contains("people.csv:1:5: warning: column E (\"הערות\") is not a participant field"), "\(first.stderr)")
        #expect(first.stdout.contains("added 2 of 3"), "\(first.stdout)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(
            text.contains("# המשתתפים בתכנית") && !text.contains("\n[]"), "the template's comments stay; its empty list gives way"
        )
        #expect(
            text.contains(
                "- { name: \"סמדר כהן\", department: \"מזכירות\", role: \"מזכירת המועצה\", email: \"smadar@example.org.il\" }"))

        // A hand edit, then a longer list: the edit and the comment stay, only the new name comes in.
        try (text + "# נוספה ביד\n- { name: רונית בן־דוד, department: חינוך }\n").write(
            to: file, atomically: true, encoding: .utf8)
        folder.write("more.csv", "name,department\nסמדר כהן,מזכירות\nיוסי לוי,גבייה\n")
        let second = sadnaRun(["import", "participants", "more.csv", "--workshop", "p"])
        #expect(
            second.status == 0 && second.stdout.contains("added 1 of 2")
                && second.stdout.contains("already listed, kept as they are: סמדר כהן"),
            "\(second.stdout)")
        let after = try String(contentsOf: file, encoding: .utf8)
        #expect(after.hasPrefix(text + "# נוספה ביד\n- { name: רונית בן־דוד, department: חינוך }\n"))
        #expect(after.hasSuffix("- { name: \"יוסי לוי\", department: \"גבייה\" }\n"))
        let check = sadnaRun(["check", "p"])
        #expect(check.status == 0 && (check.stdout + check.stderr).contains("4 participants"), "\(check.stdout)\(check.stderr)")

        // Nothing new: the file is not touched. --force writes it afresh.
        #expect(sadnaRun(["import", "participants", "more.csv", "--workshop", "p"]).stdout.contains("is unchanged"))
        let forced = sadnaRun(["import", "participants", "more.csv", "--workshop", "p", "--force"])
        #expect(forced.status == 0 && forced.stdout.contains("added 2 of 2"), "\(forced.stdout)\(forced.stderr)")
        #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("רונית"))
    }

    @Test func aListThatCannotBeReadIsNeverWrittenOver() throws {
        let programme = try programme([])
        let file = programme.appendingPathComponent("participants.yaml")
        let bytes = Data([0x2D, 0x20, 0xF9, 0xED, 0xE3, 0xF8, 0x0A])  // "- שמדר" in Windows-1255
        try bytes.write(to: file)
        folder.write("people.csv", "שם\nיוסי לוי\n")
        let imported = sadnaRun(["import", "participants", "people.csv", "--workshop", "p"])
        #expect(
            imported.status == 1 && imported.stderr.contains("cannot read p/participants.yaml as UTF-8 text"),
            "\(imported.stderr)")
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func theListIsCheckedWhereItIsWritten() throws {
        let programme = try programme([])
        folder.write(
            "p/participants.yaml",
            """
            - { name: סמדר כהן, department: מזכירות, attended: [1, 7] }
            - { name: סמדר כהן, department: הנדסה, email: smadar-at-example }
            - { nmae: יוסי לוי }

            """)
        let check = sadnaRun(["check", programme.path])
        #expect(check.status == 1)
        #expect(
            check.stderr.contains(
                "participants.yaml:1:56: error: סמדר כהן attended meeting `7`, which the programme does not have"),
            "\(check.stderr)")
        #expect(check.stderr.contains("participants.yaml:2:11: warning: סמדר כהן is listed twice (first at line 1)"))
        #expect(check.stderr.contains("does not look like an address"))
        #expect(
            check.stderr.contains("participants.yaml:3:5: error: unknown key `nmae` in a participant")
                && check.stderr.contains("did you mean `name`?"))
    }

    @Test func stickersSitInsideTheirLabelsInReadingOrder() throws {
        // 30 people: a full sheet of 24 and six on the next.
        let people = (1...30).map { ("משתתף \($0)", "מחלקה \($0)") }
        let programme = try programme(people)
        let made = sadnaRun(["render", "name-stickers", "--workshop", programme.path, "-o", "stickers.pdf"])
        #expect(made.status == 0, "\(made.stderr)")
        let pdf = folder.path("stickers.pdf")
        #expect(try PDFText.pageSizes(pdf).count == 2)
        let text = try PDFText.extract(pdf, page: 1)
        #expect(
            PDFText.contains(text, phrase: "משתתף 1") && PDFText.contains(text, phrase: "מחלקה 24") && !text.contains("משתתף 25"))
        // 3×8 labels of 70×37 mm from 0.5 mm down: every word 5 mm inside its label's edges.
        let mm = 72 / 25.4
        let boxes = try PDFText.boxes(pdf, page: 1)
        #expect(!boxes.isEmpty)
        for box in boxes {
            let column = Int(box.xMin / (70 * mm)), row = Int((box.yMin / mm - 0.5) / 37)
            let left = Double(column) * 70 * mm, top = (0.5 + Double(row) * 37) * mm
            #expect(
                box.xMin >= left + 5 * mm - 0.5 && box.xMax <= left + 65 * mm + 0.5 && box.yMin >= top + 5 * mm - 1,
                "\(box.word) leaves its label's safe area")
        }
        // Hebrew fills from the top right: the first person is on the right-hand label.
        let first = try #require(boxes.first { $0.word == "1" && $0.yMin < 20 * mm })
        #expect(first.xMin > 140 * mm)

        let other = sadnaRun(["render", "name-stickers", "--workshop", programme.path, "--sheet", "2x7", "-o", "2x7.pdf"])
        #expect(other.status == 0 && other.stdout.contains("3 pages"), "\(other.stdout)\(other.stderr)")
        let unknown = sadnaRun(["render", "name-stickers", "--workshop", programme.path, "--sheet", "2x8"])
        #expect(unknown.status != 0 && unknown.stderr.contains("--sheet: there is no label sheet `2x8`"), "\(unknown.stderr)")
    }

    @Test func aTestSheetNeedsNoTeamAndEveryStickerSheetAsksToPrintAtActualSize() throws {
        let programme = try programme([])
        let made = sadnaRun(["render", "name-stickers", "--test-sheet", "--sheet", "2x7", "--workshop", programme.path])
        #expect(made.status == 0, "\(made.stderr)")
        let pdf = folder.path("name-stickers-test.pdf")
        #expect(try PDFText.pageSizes(pdf).count == 1)
        #expect(PDFText.contains(try PDFText.extract(pdf), phrase: "2x7"))
        func catalog(_ pdf: URL) throws -> String {
            let trailer = try run("qpdf", ["--show-object=trailer", pdf.path]).stdout
            let root = try #require(trailer.firstMatch(of: /\/Root (\d+) 0 R/)).1
            return try run("qpdf", ["--show-object=\(root)", pdf.path]).stdout
        }
        #expect(try catalog(pdf).contains("/PrintScaling /None"))
        #expect(try run("qpdf", ["--check", pdf.path]).status == 0)
        let withTeam = try self.programme(Self.team, named: "q")
        #expect(sadnaRun(["render", "name-stickers", "--workshop", withTeam.path, "-o", "s.pdf"]).status == 0)
        #expect(try catalog(folder.path("s.pdf")).contains("/PrintScaling /None"))
        let named = sadnaRun(["render", "name-stickers", "סמדר כהן", "--test-sheet", "--workshop", withTeam.path])
        #expect(named.status == 2 && named.stderr.contains("name no participant"), "\(named.stderr)")
    }

    @Test func aNameTooLongForItsStickerIsShrunkThenReported() throws {
        let programme = try programme([("פרופסור אלכסנדרה ולנטינה קונסטנטינופוליטנית-בן־אברהם מהמחלקה לשירותים", "הנדסה")])
        let made = sadnaRun(["render", "name-stickers", "--workshop", programme.path, "-o", "s.pdf"])
        #expect(
            made.stderr.contains("participants.yaml:") && made.stderr.contains("name on the sticker does not fit"),
            "\(made.stderr)")
        let strict = sadnaRun(["render", "name-stickers", "--workshop", programme.path, "-o", "strict.pdf", "--strict"])
        #expect(strict.status != 0 && !FileManager.default.fileExists(atPath: folder.path("strict.pdf").path))
    }

    @Test func theSignInSheetListsEveryoneAndLeavesRowsForGuests() throws {
        let people = (1...30).map { ("משתתפת \($0)", "מחלקה \($0 % 5)") }
        let programme = try programme(people)
        let made = sadnaRun(["render", "sign-in", "1", "--workshop", programme.path])
        #expect(made.status == 0, "\(made.stderr)")
        let pdf = folder.path("sign-in-01.pdf")
        let sizes = try PDFText.pageSizes(pdf)
        #expect(sizes.count == 2 && sizes.allSatisfy { abs($0.width - 595.3) < 1 })
        let first = try PDFText.extract(pdf, page: 1), second = try PDFText.extract(pdf, page: 2)
        #expect(
            PDFText.contains(first, phrase: "רשימת נוכחות · מפגש 1") && PDFText.contains(first, phrase: "היכרות ותיאום ציפיות"))
        #expect(PDFText.contains(first, phrase: "משתתפת 1 מחלקה 1"))
        // The header row repeats, and the guests' rows follow the list.
        #expect(PDFText.contains(second, phrase: "חתימה") && PDFText.contains(second, phrase: "משתתפת 30"))
        #expect(PDFText.contains(second, phrase: "אורחים ומשתתפים שלא ברשימה"))
        #expect(PDFText.contains(second, phrase: "עמוד 2 מתוך 2"))
        // Before anyone is listed the sheet is all rows to write in.
        let empty = try self.programme([], named: "empty")
        #expect(sadnaRun(["render", "sign-in", "1", "--workshop", empty.path, "-o", "blank.pdf"]).status == 0)
    }

    @Test func aTableTentReadsFromBothSides() throws {
        let programme = try programme(Self.team)
        let made = sadnaRun(["render", "table-tents", "אחמד חטיב", "Dana Schwartz", "--workshop", programme.path, "--lang", "en"])
        #expect(made.status == 0, "\(made.stderr)")
        let sizes = try PDFText.pageSizes(folder.path("table-tents.pdf"))
        #expect(sizes.count == 2 && sizes.allSatisfy { $0.width > $0.height }, "A4 landscape, one sheet each")
        let workshop = try #require(check(programme).workshop)
        let page = try #require(try printed(PrintRequest(.tableTents, items: ["Dana Schwartz"]), workshop: workshop).pages.first)
        // The face is placed twice: upright on the lower half, turned half round on the upper.
        let faces = page.elements.compactMap { element -> Transform? in
            if case let .group(children, transform, _) = element,
                textBlocks(children).contains(where: { $0.text == "Dana Schwartz" })
            {
                return transform
            }
            return nil
        }
        #expect(faces.count == 2 && faces.contains { $0.a == -1 && $0.d == -1 } && faces.contains { $0.a == 1 && $0.ty > 100 })
    }

    @Test func aMeetingsPlanPrintsThemInItsKit() throws {
        let programme = try programme(Self.team)
        let meeting = programme.appendingPathComponent("meetings/01.yaml")
        var text = try String(contentsOf: meeting, encoding: .utf8)
        text = text.replacingOccurrences(of: "  # - kind: name-stickers\n", with: "  - kind: name-stickers\n    sheet: 2x7\n")
            .replacingOccurrences(of: "  # - kind: table-tents\n", with: "  - kind: table-tents\n")
        try text.write(to: meeting, atomically: true, encoding: .utf8)
        let kit = sadnaRun(["kit", programme.path, "--meeting", "1", "--output", "kit"])
        #expect(kit.status == 0, "\(kit.stderr)")
        let list = try String(contentsOf: folder.path("kit/01/print-list.txt"), encoding: .utf8)
        #expect(
            list.contains("רשימת נוכחות") && list.contains("מדבקות שם")
                && list.contains("שלטי שולחן\tmeeting-01-A4.pdf\tA4 לרוחב"))
        // Handouts count from the list now: one per participant.
        #expect(list.contains("סדר יום למשתתפים\tmeeting-01-A4.pdf\tA4\t3-6\t1\t4"), "\(list)")

        try text.replacingOccurrences(of: "sheet: 2x7", with: "sheet: 2x9").write(to: meeting, atomically: true, encoding: .utf8)
        let check = sadnaRun(["check", programme.path])
        #expect(check.status == 1 && check.stderr.contains("there is no label sheet `2x9`"), "\(check.stderr)")
    }

    @Test func aProgrammeStartedFromAnotherLeavesItsPeopleBehind() throws {
        let programme = try programme(Self.team)
        let meeting = programme.appendingPathComponent("meetings/01.yaml")
        let text = try String(contentsOf: meeting, encoding: .utf8)
            .replacingOccurrences(of: "  # - kind: name-stickers\n", with: "  - kind: name-stickers\n")
        try text.write(to: meeting, atomically: true, encoding: .utf8)
        let made = sadnaRun(["new", "workshop", "next", "--from", programme.path])
        #expect(made.status == 0, "\(made.stderr)")
        let carried = try String(contentsOf: folder.path("next/meetings/01.yaml"), encoding: .utf8)
        #expect(
            !carried.contains("- kind: name-stickers") && carried.contains("- kind: sign-in") && carried.contains("name-stickers")
        )
        let people = try String(contentsOf: folder.path("next/participants.yaml"), encoding: .utf8)
        #expect(people.hasSuffix("\n[]\n"), "the new programme's list starts empty")
        #expect(sadnaRun(["check", folder.path("next").path]).status == 0)
    }
}
