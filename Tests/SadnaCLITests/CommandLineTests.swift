import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// The `sadna` binary built beside this test bundle.
let sadna: String = {
    let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let beside = bundleFolder.appendingPathComponent("sadna").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return repositoryRoot.appendingPathComponent(".build/debug/sadna").path
}()

@Suite("The command-line contract")
struct CommandLineTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String]) throws -> ProcessResult {
        try run(sadna, arguments, in: folder.url, environment: ["SADNA_HOME": repositoryRoot.path])
    }

    @Test func checkReportsTheShippedProgrammeWithItsOneDeliberateWarning() throws {
        let result = try sadnaRun(["check", emekWorkshop.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("meetings/04.yaml:66:12: warning:"))
        #expect(result.stderr.contains("0 errors, 6 warnings"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        #expect(try sadnaRun(["check", emekWorkshop.path, "--strict"]).status == 1)
        #expect(try sadnaRun(["render", "agenda", "4", "--workshop", emekWorkshop.path, "--strict"]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("agenda-04.pdf").path))
    }

    @Test func aBrokenMeetingGivesLocatedDiagnosticsAndExitOne() throws {
        let workshop = makeWorkshop(meetings: ["03.yaml": """
            title: מפגש 3
            agneda:
              - start: "25:70"
                content: פתיחה
            """])
        let result = try sadnaRun(["check", workshop.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("meetings/03.yaml:2:1: error: unknown key `agneda` in a meeting"))
        #expect(result.stderr.contains("hint: did you mean `agenda`?"))
        #expect(!result.stderr.contains("Swift"), "no Swift error dump reaches the user")
    }

    @Test func yamlSyntaxErrorsAreLocated() throws {
        let workshop = makeWorkshop(meetings: ["02.yaml": "title: [לא נסגר\nagenda: []\n"])
        let result = try sadnaRun(["check", workshop.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("meetings/02.yaml:"))
        #expect(result.stderr.contains("error:"))
    }

    @Test func jsonDiagnosticsCarryTheSameFacts() throws {
        let result = try sadnaRun(["check", emekWorkshop.path, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(json?["diagnostics"] as? [[String: Any]])
        // The meeting's warning and the service page's five deliberate ones (and, without hspell, a note).
        let warnings = diagnostics.filter { $0["severity"] as? String == "warning" }
        #expect(warnings.count == 6)
        let meeting = try #require(warnings.first { ($0["file"] as? String)?.hasSuffix("meetings/04.yaml") == true })
        #expect(meeting["line"] as? Int == 66 && meeting["column"] as? Int == 12)
        #expect(json?["warnings"] as? Int == 6 && json?["errors"] as? Int == 0)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try sadnaRun(["render", "agenda", "--paper", "B5"]).status == 2)
        #expect(try sadnaRun(["check", "--no-such-option"]).status == 2)
        let missing = try sadnaRun(["render", "agenda", "33", "--workshop", emekWorkshop.path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("The meetings are: 01, 02"))
    }

    @Test func renderingAnAgendaWritesAnA4PDFAndPreviews() throws {
        let result = try sadnaRun(["render", "agenda", "03", "--workshop", emekWorkshop.path, "--png", "png"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote agenda-03.pdf (2 pages, A4)"))
        let pdf = folder.path("agenda-03.pdf")
        #expect(PDFText.contains(try PDFText.extract(pdf), phrase: "מובילים דיגיטליים – מפגש 3"))
        #expect(FileManager.default.fileExists(atPath: folder.path("png/agenda-03-1.png").path))
    }

    @Test func aMeetingCanBeNamedByItsFile() throws {
        let file = emekWorkshop.appendingPathComponent("meetings/09.yaml").path
        let result = try sadnaRun(["render", "agenda", file, "--participant", "-o", "handout.pdf"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try PDFText.pageSizes(folder.path("handout.pdf")).count == 1)
    }

    @Test func twoRendersOfTheSameInputAreByteIdentical() throws {
        _ = try sadnaRun(["render", "agenda", "2", "--workshop", emekWorkshop.path, "-o", "a.pdf"])
        _ = try sadnaRun(["render", "agenda", "2", "--workshop", emekWorkshop.path, "-o", "b.pdf"])
        let a = try Data(contentsOf: folder.path("a.pdf")), b = try Data(contentsOf: folder.path("b.pdf"))
        #expect(!a.isEmpty && a == b)
    }

    @Test func severalMeetingsInOneFileGetABookmarkEach() throws {
        let result = try sadnaRun(["render", "agenda", "2", "3", "--workshop", emekWorkshop.path, "-o", "both.pdf"])
        #expect(result.status == 0)
        #expect(try PDFText.pageSizes(folder.path("both.pdf")).count == 4)
        // Cairo writes the outline as an /Outlines tree with one item per meeting.
        let pdf = String(decoding: try Data(contentsOf: folder.path("both.pdf")), as: UTF8.self)
        #expect(pdf.contains("/Outlines"))
        #expect(pdf.components(separatedBy: "/Dest").count - 1 == 2)
    }

    @Test func aFailedRunLeavesThePreviousOutputIntact() throws {
        folder.write("agenda-03.pdf", "the facilitator's copy from yesterday")
        let broken = makeWorkshop(meetings: ["03.yaml": "title: מפגש\nagenda:\n  - start: \"9:99\"\n    content: x\n"])
        let result = try sadnaRun(["render", "agenda", "03", "--workshop", broken.url.path])
        #expect(result.status == 1)
        #expect(try String(contentsOf: folder.path("agenda-03.pdf"), encoding: .utf8) == "the facilitator's copy from yesterday")
    }

    @Test func calendarWritesTheDatedMeetings() throws {
        let result = try sadnaRun(["calendar", emekWorkshop.path, "--output", "meetings.ics"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("7 meetings") && result.stdout.contains("01, 06, 07"))
        let text = try String(contentsOf: folder.path("meetings.ics"), encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
    }

    @Test func newMeetingWritesAValidFileAndNeverOverwrites() throws {
        let workshop = makeWorkshop(meetings: ["01.yaml": "title: מפגש 1\n"])
        let first = try sadnaRun(["new", "meeting", "11", "--workshop", workshop.url.path])
        #expect(first.status == 0)
        let check = try sadnaRun(["check", workshop.url.path])
        #expect(check.status == 0, "\(check.stderr)")
        let file = workshop.path("meetings/11.yaml")
        try "edited by hand".write(to: file, atomically: true, encoding: .utf8)
        let second = try sadnaRun(["new", "meeting", "11", "--workshop", workshop.url.path])
        #expect(second.status == 1)
        #expect(try String(contentsOf: file, encoding: .utf8) == "edited by hand")
    }

    @Test func taskCardsPrintFrontsAndBacks() throws {
        let result = try sadnaRun(["render", "task-cards", "--workshop", emekWorkshop.path, "--png", "png"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote task-cards.pdf (6 pages, A4)"), "nine cards: three sheets, each with its backs")
        #expect(FileManager.default.fileExists(atPath: folder.path("png/task-cards-6.png").path))
        let fronts = try sadnaRun(["render", "task-cards", "1", "3", "--backs", "none", "--workshop", emekWorkshop.path,
                                   "-o", "two.pdf"])
        #expect(fronts.status == 0)
        let text = try PDFText.extract(folder.path("two.pdf"))
        #expect(PDFText.contains(text, phrase: "חיסון ללאקי") && PDFText.contains(text, phrase: "2/2"))
    }

    @Test func smallCardsThatCutTextFailUnderStrictAndWriteNothing() throws {
        // The deck alone, without the meetings (whose one warning would stop --strict first).
        let deckOnly = TemporaryFolder()
        try FileManager.default.copyItem(at: emekWorkshop.appendingPathComponent("workshop.yaml"),
                                         to: deckOnly.path("workshop.yaml"))
        try FileManager.default.copyItem(at: emekWorkshop.appendingPathComponent("task-cards"),
                                         to: deckOnly.path("task-cards"))
        #expect(try sadnaRun(["render", "task-cards", "--workshop", deckOnly.url.path, "--strict"]).status == 0)
        let result = try sadnaRun(["render", "task-cards", "--card", "poker", "--workshop", deckOnly.url.path,
                                   "--strict", "-o", "poker.pdf"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("task-cards/5-outdoor-event-license.yaml:3:8: warning: the story of task card"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("poker.pdf").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aCalibrationSheetIsTwoPages() throws {
        let result = try sadnaRun(["render", "task-cards", "--calibration", "--backs", "short-edge",
                                   "--workshop", emekWorkshop.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try PDFText.pageSizes(folder.path("calibration.pdf")).count == 2)
    }

    @Test func newTaskCardWritesACardThatChecksClean() throws {
        let workshop = makeWorkshop(meetings: ["01.yaml": "title: מפגש 1\n"])
        #expect(try sadnaRun(["new", "task-card", "9-library", "--workshop", workshop.url.path]).status == 0)
        let check = try sadnaRun(["check", workshop.url.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try sadnaRun(["new", "task-card", "9-library", "--workshop", workshop.url.path]).status == 1)
    }

    @Test func personasPrintAsCardsPagesAndAForm() throws {
        let cards = try sadnaRun(["render", "persona", "--workshop", emekWorkshop.path])
        #expect(cards.status == 0, "\(cards.stderr)")
        #expect(cards.stdout.contains("wrote personas.pdf (3 pages, A4 landscape)"))
        let full = try sadnaRun(["render", "persona", "rochan", "--full", "--workshop", emekWorkshop.path])
        #expect(full.stdout.contains("wrote personas-full.pdf (1 page, A4)"))
        let blank = try sadnaRun(["render", "persona", "--blank", "--workshop", emekWorkshop.path])
        #expect(blank.stdout.contains("wrote persona-form.pdf (1 page, A4)"))
        let missing = try sadnaRun(["render", "persona", "rochn", "--workshop", emekWorkshop.path])
        #expect(missing.status == 2 && missing.stderr.contains("Did you mean `rochan`?"))
    }

    @Test func importingASpreadsheetReportsBadRowsAndImportsTheRest() throws {
        let workshop = makeWorkshop(meetings: [:])
        folder.write("people.csv", "שם,גיל,צורת אינטראקציה מועדפת\nרינה,34,מקוון\nיוסי,שבעים,טלפוני\n")
        let result = try sadnaRun(["import", "personas", "people.csv", "--workshop", workshop.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("people.csv:3:2: error: row 3, column B (גיל)"))
        #expect(result.stdout.contains("imported 1 of 2 personas"))
        #expect(result.stdout.contains("read as UTF-8"))
        #expect(FileManager.default.fileExists(atPath: workshop.path("personas/רינה.yaml").path))
        let again = try sadnaRun(["import", "personas", "people.csv", "--workshop", workshop.url.path])
        #expect(again.stdout.contains("rows whose persona file exists and was kept: 2"))
    }

    @Test func newJourneyWritesAFileThatChecksCleanAndRenders() throws {
        let workshop = makeWorkshop(meetings: [:])
        #expect(try sadnaRun(["new", "journey", "library-card", "--workshop", workshop.url.path]).status == 0)
        let check = try sadnaRun(["check", workshop.url.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try sadnaRun(["render", "journey", "library-card", "--workshop", workshop.url.path]).status == 0)
    }

    @Test func newPersonaWritesAFileThatChecksClean() throws {
        let workshop = makeWorkshop(meetings: [:])
        #expect(try sadnaRun(["new", "persona", "dana", "--workshop", workshop.url.path]).status == 0)
        let check = try sadnaRun(["check", workshop.url.path])
        #expect(check.status == 0, "\(check.stderr)")
        let text = try String(contentsOf: workshop.path("personas/dana.yaml"), encoding: .utf8)
        #expect(text.contains("צורת אינטראקציה מועדפת: פרונטלי / טלפוני / מקוון"))
    }

    @Test func journeysPrintOnA3AndTheBlankCanvasTakesItsOptions() throws {
        let maps = try sadnaRun(["render", "journey", "--workshop", emekWorkshop.path])
        #expect(maps.status == 0, "\(maps.stderr)")
        #expect(maps.stdout.contains("wrote journey-resident-certificate-future.pdf (1 page, A3 landscape)"))
        let blank = try sadnaRun(["render", "journey", "--blank", "--stages", "8", "--lanes", "meeting-3",
                                  "--workshop", emekWorkshop.path])
        #expect(blank.stdout.contains("wrote journey-blank.pdf (2 pages, A3 landscape)"), "\(blank.stderr)")
        let badLane = try sadnaRun(["render", "journey", "--blank", "--lanes", "painz", "--workshop", emekWorkshop.path])
        #expect(badLane.status == 2 && badLane.stderr.contains("Did you mean `pains`?"))
    }

    @Test func servicePagesExportPrintAndReview() throws {
        let html = try sadnaRun(["export", "service-page", "resident-certificate", "--format", "html", "-o", "-",
                                 "--workshop", emekWorkshop.path])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<html lang=\"he\" dir=\"rtl\">"))
        #expect(html.stderr.contains("resident-certificate.yaml:17:5: warning: \"במידה ו\" is bureaucratic"))
        let md = try sadnaRun(["export", "service-page", emekWorkshop.appendingPathComponent("services/resident-certificate.yaml").path,
                               "--format", "md"])
        #expect(md.status == 0 && md.stdout.contains("wrote resident-certificate.md"))
        let review = try sadnaRun(["render", "service-page", "resident-certificate", "--review", "--workshop", emekWorkshop.path])
        #expect(review.stdout.contains("wrote service-resident-certificate-review.pdf (1 page, A4)"), "\(review.stderr)")
        let strict = try sadnaRun(["render", "service-page", "--review", "--strict", "--workshop", emekWorkshop.path])
        #expect(strict.status == 1)
        let sketch = try sadnaRun(["render", "service-page", "--blank", "--workshop", emekWorkshop.path])
        #expect(sketch.stdout.contains("wrote service-sketch.pdf (1 page, A4)"))
        let chart = try sadnaRun(["render", "worksheet", "prioritisation", "--workshop", emekWorkshop.path])
        #expect(chart.stdout.contains("wrote worksheet-prioritisation.pdf (1 page, A4 landscape)"))
        let wrong = try sadnaRun(["render", "worksheet", "prioritization", "--workshop", emekWorkshop.path])
        #expect(wrong.status == 2 && wrong.stderr.contains("Did you mean `prioritisation`?"))
    }

    @Test func checkReportsTheServiceLint() throws {
        let result = try sadnaRun(["check", emekWorkshop.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("services/resident-certificate.yaml:25:14: warning: the way \"mailbox\" has no step to take"))
    }

    @Test func newServicePageWritesAPageThatChecks() throws {
        let workshop = makeWorkshop(meetings: [:])
        #expect(try sadnaRun(["new", "service-page", "library-card", "--workshop", workshop.url.path]).status == 0)
        let check = try sadnaRun(["check", workshop.url.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("services/library-card.yaml"), "the empty draft is reviewed")
    }

    @Test func everyCommandExplainsItselfInEnglish() throws {
        for command in [["--help"], ["check", "--help"], ["render", "agenda", "--help"], ["kit", "--help"],
                        ["calendar", "--help"], ["new", "meeting", "--help"], ["render", "task-cards", "--help"],
                        ["new", "task-card", "--help"], ["render", "persona", "--help"], ["new", "persona", "--help"],
                        ["import", "personas", "--help"], ["render", "journey", "--help"], ["render", "service-page", "--help"],
                        ["render", "worksheet", "--help"], ["export", "service-page", "--help"], ["new", "service-page", "--help"]] {
            let result = try sadnaRun(command)
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE:"), "\(command)")
        }
    }
}
