import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// The source document is a booklet of the programme; Sadna prints one from the programme's
/// files: cover, contents, every part and meeting, the closing sections, the reflections, the
/// questionnaire and the thanks, each bookmarked, each at the page the contents say.
@Suite("The programme's booklet")
struct ProgrammeBookletTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String]) -> ProcessResult {
        sadnaInProcess(arguments, in: folder.url)
    }

    @Test func theShippedProgrammesBookletHasEveryPartWhereItsContentsSay() throws {
        let made = sadnaRun(["render", "programme", "--workshop", emekWorkshop.path, "-o", "programme.pdf"])
        #expect(made.status == 0, "\(made.stderr)")
        let pdf = folder.path("programme.pdf")
        let sizes = try PDFText.pageSizes(pdf)
        #expect(sizes.count >= 12 && sizes.allSatisfy { abs($0.width - 595.3) < 1 && abs($0.height - 841.9) < 1 })
        let cover = try PDFText.extract(pdf, page: 1)
        #expect(PDFText.contains(cover, phrase: "חוברת התכנית") && PDFText.contains(cover, phrase: "קל, מותאם, יוזם"))

        let bookmarks = try PDFText.bookmarks(pdf)
        for part in [
            "תוכן העניינים", "הסיפור", "המטרות האסטרטגיות של המועצה", "תפיסת השירות", "הצוות", "מבנה המפגשים", "המפגשים",
            "תוצרים",
            "דגשי חדשנות", "השפעות עתידיות והרחבה", "ומה מחר בבוקר?", "לסיכום", "סיכום לפני פגרה...",
            "חלק ב' - כתיבת שירות", "תוצאות השאלון למשתתפים", "תודה לכל השותפים:", "מובילים דיגיטליים – מפגש 3",
        ] {
            #expect(bookmarks.contains(part), "no bookmark \(part)")
        }
        // The contents give each part's page, and the part's heading is on it.
        let contents = try run("pdftotext", ["-layout", "-f", "2", "-l", "2", pdf.path, "-"]).stdout
        for part in ["דגשי חדשנות", "תוצאות השאלון למשתתפים", "תוצרים"] {
            let line = try #require(
                contents.split(separator: "\n").first { PDFText.contains(String($0), phrase: part) }, "\(part) in the contents")
            let page = try #require(PDFText.normalise(String(line)).split(separator: " ").compactMap { Int($0) }.last)
            #expect(PDFText.contains(try PDFText.extract(pdf, page: page), phrase: part), "\(part) is not on page \(page)")
        }
        // The reflections and the questionnaire, as the source has them.
        let all = try PDFText.extract(pdf)
        #expect(PDFText.contains(all, phrase: "בינואר יהיה טופס רישום דיגיטלי לרישום לכיתה א' ולגנים"))
        #expect(PDFText.contains(all, phrase: "מה יעזור לך לקדם את הדיגיטציה / השירות במחלקה / אגף?"))
        #expect(PDFText.contains(all, phrase: "ממוקד דיווח על מפגעים למוקד שירות"))
        #expect(PDFText.contains(all, phrase: "middle everywhere"))
    }

    @Test func theBookletTellsTheWholeStoryTheSourceTells() throws {
        let made = sadnaRun(["render", "programme", "--workshop", emekWorkshop.path, "-o", "programme.pdf"])
        #expect(made.status == 0, "\(made.stderr)")
        let pdf = folder.path("programme.pdf")
        let all = try PDFText.extract(pdf)
        // The opening story to its end, the case study, the project, the residents' thanks.
        for phrase in [
            "ואם בפגישה הראשונה התחלנו כצוות של 8 אנשים, בפגישה השנייה כבר היינו קרוב ל 20",
            "ואז באמת יצאנו לדרך של עבודה ולמידה", "ויצא למסע מעורר השראה בעיריית בני ברק ובעיריית תל אביב",
            "זהו case study של צוות חדשנות", "שירות בנגיעה אחת", "כיף להיות שייך לעמק",
            // What the data held and the booklet dropped: the arenas, the council's facts, meeting 8's thanks.
            "בשלוש זירות פעילות", "קידום השירותים הדיגיטליים", "24 ישובים", "15,000", "תודות לשיר על התיאומים",
            // As written: DO 2020, and meeting 1's rows timed by their length.
            "DO 2020", "7 דק'", "5 דק'",
        ] {
            #expect(PDFText.contains(all, phrase: phrase), "\(phrase) is not in the booklet")
        }
        // The strategic goals under their own heading, numbered.
        let goals = try #require(all.range(of: "המטרות האסטרטגיות של המועצה", options: .backwards))
        let lines = all[goals.upperBound...].split(separator: "\n").prefix(8).map { PDFText.normalise(String($0)) }
        for (number, words) in [(1, "קידום תהליך צמיחה"), (3, "מתן שירות איכותי"), (6, "השתלבות אקטיבית")] {
            #expect(lines.contains { $0.contains(String(number)) && $0.contains(words) }, "goal \(number): \(lines)")
        }
        #expect(!PDFText.contains(all, phrase: "מטרות התכנית"))
        // The parts in the order of their dates: September's staff meeting before October's meeting 8.
        let staff = try #require(all.range(of: "מפגש עובדים", options: .backwards))
        let eight = try #require(all.range(of: "סיור למידה מרשויות שעשו את זה", options: .backwards))
        #expect(staff.lowerBound < eight.lowerBound)
        let contents = try PDFText.extract(pdf, page: 2)
        let staffLine = try #require(contents.range(of: "מפגש עובדים"))
        let eightLine = try #require(contents.range(of: "סיור למידה"))
        #expect(staffLine.lowerBound < eightLine.lowerBound)
        // Names stay whole: the cover's title does not break inside "עמק המעיינות".
        let cover = try run("pdftotext", ["-f", "1", "-l", "1", pdf.path, "-"]).stdout
        #expect(cover.split(separator: "\n").contains { PDFText.contains(String($0), phrase: "עמק המעיינות") }, "\(cover)")
    }

    @Test func anA5BookletIsTwoUpOnA4InSaddleStitchOrder() throws {
        let plain = sadnaRun(["render", "programme", "--workshop", emekWorkshop.path, "-o", "a4.pdf"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let made = sadnaRun(["render", "programme", "--booklet", "--workshop", emekWorkshop.path])
        #expect(made.status == 0, "\(made.stderr)")
        let pdf = folder.path("programme-booklet.pdf")
        let pages = try PDFText.pageSizes(folder.path("a4.pdf")).count
        let sides = try PDFText.pageSizes(pdf)
        // Padded to a multiple of four pages, two to a side: a side per two pages, A4 landscape.
        #expect(sides.count == (pages + 3) / 4 * 2)
        #expect(sides.allSatisfy { abs($0.width - 841.9) < 1 && abs($0.height - 595.3) < 1 })
        // A Hebrew booklet is bound on its right: its cover on the first side's left half (the
        // spine to its right), the contents inside it, on the second side's right half.
        let first = try PDFText.boxes(pdf, page: 1)
        let title = try #require(first.first { $0.word == "התכנית" })
        #expect(title.xMax < 421, "the cover is on the left half")
        let second = try PDFText.boxes(pdf, page: 2)
        let contents = second.filter { $0.word == "העניינים" }
        #expect(contents.count == 1 && contents.allSatisfy { $0.xMin > 421 }, "the contents are on the second side's right half")
    }

    @Test func anEnglishBookletKeepsTheProgrammesWordsUnderItsOwnHeadings() throws {
        let made = sadnaRun(["render", "programme", "--workshop", emekWorkshop.path, "--lang", "en", "-o", "en.pdf"])
        #expect(made.status == 0, "\(made.stderr)")
        let bookmarks = try PDFText.bookmarks(folder.path("en.pdf"))
        #expect(bookmarks.contains("Contents") && bookmarks.contains("The service concept") && bookmarks.contains("דגשי חדשנות"))
    }

    @Test func aBrokenBookletIsReportedWhereItIsWritten() throws {
        #expect(sadnaRun(["new", "workshop", "p"]).status == 0)
        folder.write("p/booklet.yaml", "sections:\n  - paragraphs: [שורה]\n  - title: לסיכום\n    place: end\n")
        let check = sadnaRun(["check", folder.path("p").path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("booklet.yaml:2:5: error: a booklet section needs a `title`"), "\(check.stderr)")
        #expect(
            check.stderr.contains("booklet.yaml:4:12: error: `place` \"end\" is not a place in the booklet"), "\(check.stderr)")
        // A new programme's booklet prints from what it has.
        folder.write("p/booklet.yaml", "sections:\n  - title: לסיכום\n    paragraphs: [התכנית הסתיימה.]\n")
        let made = sadnaRun(["render", "programme", "--workshop", folder.path("p").path, "-o", "new.pdf"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(PDFText.contains(try PDFText.extract(folder.path("new.pdf")), phrase: "התכנית הסתיימה"))
    }
}
