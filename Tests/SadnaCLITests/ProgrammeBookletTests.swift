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
            "תוכן העניינים", "הסיפור", "מטרות התכנית", "תפיסת השירות", "הצוות", "מבנה המפגשים", "המפגשים", "תוצרים",
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
