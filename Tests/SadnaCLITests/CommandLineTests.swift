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

/// Runs the built `sadna` binary as its own process in `folder`, with Sadna's own resources.
func sadnaProcess(_ arguments: [String], in folder: URL) throws -> ProcessResult {
    try run(sadna, arguments, in: folder, environment: ["SADNA_HOME": repositoryRoot.path])
}

/// What only a real process shows: the binary's exit statuses, its `--help` and `--version`,
/// and output that goes down a pipe.
@Suite("The sadna binary as a process")
struct ProcessTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String]) throws -> ProcessResult {
        try sadnaProcess(arguments, in: folder.url)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try sadnaRun(["render", "agenda", "--paper", "B5"]).status == 2)
        #expect(try sadnaRun(["check", "--no-such-option"]).status == 2)
        let missing = try sadnaRun(["render", "agenda", "33", "--workshop", emekWorkshop.path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("`01`") && missing.stderr.contains("`02`"), "\(missing.stderr)")
    }

    @Test func aBrokenMeetingGivesLocatedDiagnosticsAndExitOne() throws {
        let workshop = makeWorkshop(meetings: [
            "03.yaml": """
            title: מפגש 3
            agneda:
              - start: "25:70"
                content: פתיחה
            """
        ])
        let result = try sadnaRun(["check", workshop.url.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("meetings/03.yaml:2:1: error: unknown key `agneda` in a meeting"))
        #expect(result.stderr.contains("hint: did you mean `agenda`?"))
        #expect(!result.stderr.contains("Swift"), "no Swift error dump reaches the user")
    }

    @Test func theBinaryExplainsItselfAndGivesItsVersion() throws {
        for command in [["--help"], ["render", "agenda", "--help"]] {
            let result = try sadnaRun(command)
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE:"), "\(command)")
        }
        let version = try sadnaRun(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func anExportToStandardOutputIsThePageAloneWithItsWarningsOnStderr() throws {
        let html = try sadnaRun([
            "export", "service-page", "resident-certificate", "--format", "html", "-o", "-",
            "--workshop", emekWorkshop.path,
        ])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<html lang=\"he\" dir=\"rtl\">"))
        // The programme is in Hebrew: so are its warnings (the form stays the compilers').
        #expect(html.stderr.contains("resident-certificate.yaml:27:5: warning: \"\u{2068}במידה ו\u{2069}\" היא לשון משרדית"))
    }
}

/// The commands as a user runs them, run inside the test process (`Sadna.run`) for speed.
@Suite("The command-line contract")
struct CommandLineTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String]) -> ProcessResult {
        sadnaInProcess(arguments, in: folder.url)
    }

    @Test func checkReportsTheShippedProgrammeWithItsOneDeliberateWarning() {
        let result = sadnaRun(["check", emekWorkshop.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("meetings/04.yaml:67:12: warning:"))
        #expect(result.stderr.contains("no errors, 6 warnings"))
    }

    @Test func strictTurnsWarningsIntoFailure() {
        #expect(sadnaRun(["check", "--workshop", emekWorkshop.path, "--strict"]).status == 1)
        #expect(sadnaRun(["render", "agenda", "4", "--workshop", emekWorkshop.path, "--strict"]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("agenda-04.pdf").path))
    }

    @Test func aBrokenMeetingGivesLocatedDiagnosticsAndExitOne() {
        let workshop = makeWorkshop(meetings: [
            "03.yaml": """
            title: מפגש 3
            agneda:
              - start: "25:70"
                content: פתיחה
            """
        ])
        let result = sadnaRun(["check", "--workshop", workshop.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("meetings/03.yaml:2:1: error: unknown key `agneda` in a meeting"))
        #expect(result.stderr.contains("hint: did you mean `agenda`?"))
        #expect(!result.stderr.contains("Swift"), "no Swift error dump reaches the user")
    }

    @Test func yamlSyntaxErrorsAreLocated() {
        let workshop = makeWorkshop(meetings: ["02.yaml": "title: [לא נסגר\nagenda: []\n"])
        let result = sadnaRun(["check", workshop.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("meetings/02.yaml:"))
        #expect(result.stderr.contains("error:"))
    }

    @Test func jsonDiagnosticsCarryTheSameFacts() throws {
        let result = sadnaRun(["check", emekWorkshop.path, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(json?["diagnostics"] as? [[String: Any]])
        // The meeting's warning and the service page's five deliberate ones (and, without hspell, a note).
        let warnings = diagnostics.filter { $0["severity"] as? String == "warning" }
        #expect(warnings.count == 6)
        let meeting = try #require(warnings.first { ($0["file"] as? String)?.hasSuffix("meetings/04.yaml") == true })
        #expect(meeting["line"] as? Int == 67 && meeting["column"] as? Int == 12)
        #expect(json?["warnings"] as? Int == 6 && json?["errors"] as? Int == 0)
    }

    @Test func usageErrorsExitTwo() {
        #expect(sadnaRun(["render", "agenda", "--paper", "B5"]).status == 2)
        #expect(sadnaRun(["render", "task-cards", "--card", "A9", "--workshop", emekWorkshop.path]).status == 2)
        #expect(sadnaRun(["render", "task-cards", "--backs", "long-egde", "--workshop", emekWorkshop.path]).status == 2)
        #expect(sadnaRun(["render", "agenda", "3", "--lang", "fr", "--workshop", emekWorkshop.path]).status == 2)
        #expect(sadnaRun(["check", "--no-such-option"]).status == 2)
        let missing = sadnaRun(["render", "agenda", "33", "--workshop", emekWorkshop.path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("there are: `01`, `02`"), "\(missing.stderr)")
    }

    @Test func renderingAnAgendaWritesAnA4PDFAndPreviews() throws {
        let result = sadnaRun(["render", "agenda", "03", "--workshop", emekWorkshop.path, "--png", "png"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote agenda-03.pdf (2 pages, A4)"), "\(result.stdout)")
        let pdf = folder.path("agenda-03.pdf")
        #expect(PDFText.contains(try PDFText.extract(pdf), phrase: "מובילים דיגיטליים – מפגש 3"))
        #expect(FileManager.default.fileExists(atPath: folder.path("png/agenda-03-1.png").path))
    }

    @Test func aMeetingCanBeNamedByItsFile() throws {
        let file = emekWorkshop.appendingPathComponent("meetings/09.yaml").path
        let result = sadnaRun(["render", "agenda", file, "--participant", "-o", "handout.pdf"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try PDFText.pageSizes(folder.path("handout.pdf")).count == 1)
    }

    @Test func twoRendersOfTheSameInputAreByteIdentical() throws {
        _ = sadnaRun(["render", "agenda", "2", "--workshop", emekWorkshop.path, "-o", "a.pdf"])
        _ = sadnaRun(["render", "agenda", "2", "--workshop", emekWorkshop.path, "-o", "b.pdf"])
        let a = try Data(contentsOf: folder.path("a.pdf")), b = try Data(contentsOf: folder.path("b.pdf"))
        #expect(!a.isEmpty && a == b)
    }

    @Test func severalMeetingsInOneFileGetABookmarkEach() throws {
        let result = sadnaRun(["render", "agenda", "2", "3", "--workshop", emekWorkshop.path, "-o", "both.pdf"])
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
        let result = sadnaRun(["render", "agenda", "03", "--workshop", broken.url.path])
        #expect(result.status == 1)
        #expect(try String(contentsOf: folder.path("agenda-03.pdf"), encoding: .utf8) == "the facilitator's copy from yesterday")
    }

    @Test func calendarWritesTheDatedMeetings() throws {
        let result = sadnaRun(["calendar", "--workshop", emekWorkshop.path, "--output", "meetings.ics"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("7 meetings") && result.stdout.contains("01, 06, 07"))
        let text = try String(contentsOf: folder.path("meetings.ics"), encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
    }

    @Test func newMeetingWritesAValidFileAndNeverOverwrites() throws {
        let workshop = makeWorkshop(meetings: ["01.yaml": "title: מפגש 1\n"])
        let first = sadnaRun(["new", "meeting", "11", "--workshop", workshop.url.path])
        #expect(first.status == 0)
        let check = sadnaRun(["check", workshop.url.path])
        #expect(check.status == 0, "\(check.stderr)")
        let file = workshop.path("meetings/11.yaml")
        try "edited by hand".write(to: file, atomically: true, encoding: .utf8)
        let second = sadnaRun(["new", "meeting", "11", "--workshop", workshop.url.path])
        #expect(second.status == 1)
        #expect(try String(contentsOf: file, encoding: .utf8) == "edited by hand")
    }

    @Test func taskCardsPrintFrontsAndBacks() throws {
        let result = sadnaRun(["render", "task-cards", "--workshop", emekWorkshop.path, "--png", "png"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote task-cards.pdf (6 pages, A4)"), "nine cards: three sheets, each with its backs")
        #expect(FileManager.default.fileExists(atPath: folder.path("png/task-cards-6.png").path))
        let fronts = sadnaRun([
            "render", "task-cards", "1", "3", "--backs", "none", "--workshop", emekWorkshop.path,
            "-o", "two.pdf",
        ])
        #expect(fronts.status == 0)
        let text = try PDFText.extract(folder.path("two.pdf"))
        #expect(PDFText.contains(text, phrase: "חיסון ללאקי") && PDFText.contains(text, phrase: "2/2"))
    }

    @Test func smallCardsThatLeaveTextOutFailUnderStrictAndWriteNothing() throws {
        // The deck and what it names, without the meetings (whose one warning would stop --strict first).
        let deckOnly = TemporaryFolder()
        try FileManager.default.copyItem(
            at: emekWorkshop.appendingPathComponent("workshop.yaml"),
            to: deckOnly.path("workshop.yaml"))
        for part in ["task-cards", "services", "journeys", "personas"] {
            try FileManager.default.copyItem(at: emekWorkshop.appendingPathComponent(part), to: deckOnly.path(part))
        }
        #expect(sadnaRun(["render", "task-cards", "--workshop", deckOnly.url.path, "--strict"]).status == 0)
        let result = sadnaRun([
            "render", "task-cards", "--card", "poker", "--workshop", deckOnly.url.path,
            "--strict", "-o", "poker.pdf",
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("task-cards/5-outdoor-event-license.yaml:9:8: warning: the content expert of task card"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("poker.pdf").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aCalibrationSheetIsTwoPages() throws {
        let result = sadnaRun([
            "render", "task-cards", "--calibration", "--backs", "short-edge",
            "--workshop", emekWorkshop.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try PDFText.pageSizes(folder.path("calibration.pdf")).count == 2)
    }

    @Test func newTaskCardWritesACardThatChecksClean() {
        let workshop = makeWorkshop(meetings: ["01.yaml": "title: מפגש 1\n"])
        #expect(sadnaRun(["new", "task-card", "9-library", "--workshop", workshop.url.path]).status == 0)
        let check = sadnaRun(["check", workshop.url.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(sadnaRun(["new", "task-card", "9-library", "--workshop", workshop.url.path]).status == 1)
    }

    @Test func personasPrintAsCardsPagesAndAForm() {
        let cards = sadnaRun(["render", "persona", "--workshop", emekWorkshop.path])
        #expect(cards.status == 0, "\(cards.stderr)")
        #expect(cards.stdout.contains("wrote personas.pdf (3 pages, A4 landscape)"), "\(cards.stdout)")
        let full = sadnaRun(["render", "persona", "rochan", "--full", "--workshop", emekWorkshop.path])
        #expect(full.stdout.contains("wrote personas-full.pdf (1 page, A4)"), "\(full.stdout)")
        let blank = sadnaRun(["render", "persona", "--blank", "--workshop", emekWorkshop.path])
        #expect(blank.stdout.contains("wrote persona-form.pdf (1 page, A4)"), "\(blank.stdout)")
        let missing = sadnaRun(["render", "persona", "rochn", "--workshop", emekWorkshop.path])
        #expect(missing.status == 2 && missing.stderr.contains("did you mean `rochan`?"))
    }

    @Test func importingASpreadsheetReportsBadRowsAndImportsTheRest() {
        let workshop = makeWorkshop(meetings: [:])
        folder.write("people.csv", "שם,גיל,צורת אינטראקציה מועדפת\nרינה,34,מקוון\nיוסי,שבעים,טלפוני\n")
        let result = sadnaRun(["import", "personas", "people.csv", "--workshop", workshop.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("people.csv:3:2: error: row 3, column B (גיל)"), "\(result.stderr)")
        #expect(result.stdout.contains("imported 1 of 2 personas"))
        #expect(result.stdout.contains("read as UTF-8"))
        #expect(FileManager.default.fileExists(atPath: workshop.path("personas/רינה.yaml").path))
        let again = sadnaRun(["import", "personas", "people.csv", "--workshop", workshop.url.path])
        #expect(again.stdout.contains("rows whose persona file exists and was kept: 2"))
    }

    @Test func aSpreadsheetNamedThroughALinkIsRead() throws {
        let workshop = makeWorkshop(meetings: [:])
        let sheet = folder.write("downloads/people.csv", "שם,גיל\nרינה,34\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path("linked.csv").path, withDestinationPath: sheet.path)
        let result = sadnaRun(["import", "personas", "linked.csv", "--workshop", workshop.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: workshop.path("personas/רינה.yaml").path))
    }

    @Test func newJourneyWritesAFileThatChecksCleanAndRenders() {
        let workshop = makeWorkshop(meetings: [:])
        #expect(sadnaRun(["new", "journey", "library-card", "--workshop", workshop.url.path]).status == 0)
        let check = sadnaRun(["check", workshop.url.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(sadnaRun(["render", "journey", "library-card", "--workshop", workshop.url.path]).status == 0)
    }

    @Test func newPersonaWritesAFileThatChecksClean() throws {
        let workshop = makeWorkshop(meetings: [:])
        #expect(sadnaRun(["new", "persona", "dana", "--workshop", workshop.url.path]).status == 0)
        let check = sadnaRun(["check", workshop.url.path])
        #expect(check.status == 0, "\(check.stderr)")
        let text = try String(contentsOf: workshop.path("personas/dana.yaml"), encoding: .utf8)
        #expect(text.contains("צורת אינטראקציה מועדפת: פרונטלי / טלפוני / מקוון"))
    }

    @Test func journeysPrintOnA3AndTheBlankCanvasTakesItsOptions() {
        let maps = sadnaRun(["render", "journey", "--workshop", emekWorkshop.path])
        #expect(maps.status == 0, "\(maps.stderr)")
        #expect(maps.stdout.contains("wrote journey-resident-certificate-future.pdf (1 page, A3 landscape)"), "\(maps.stdout)")
        let blank = sadnaRun([
            "render", "journey", "--blank", "--stages", "8", "--lanes", "meeting-3",
            "--workshop", emekWorkshop.path,
        ])
        #expect(blank.stdout.contains("wrote journey-blank.pdf (1 page, A3 landscape)"), "\(blank.stderr)")
        let longer = sadnaRun(["render", "journey", "--blank", "--stages", "9", "--workshop", emekWorkshop.path])
        #expect(longer.stdout.contains("wrote journey-blank.pdf (2 pages, A3 landscape)"), "\(longer.stderr)")
        let badLane = sadnaRun(["render", "journey", "--blank", "--lanes", "painz", "--workshop", emekWorkshop.path])
        #expect(
            badLane.status == 2
                && badLane.stderr.contains("error: --lanes: there is no lane or lane set `painz`")
                && badLane.stderr.contains("    hint: did you mean `pains`?"),
            "\(badLane.stderr)")
    }

    @Test func servicePagesExportPrintAndReview() {
        let html = sadnaRun([
            "export", "service-page", "resident-certificate", "--format", "html", "-o", "-",
            "--workshop", emekWorkshop.path,
        ])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<html lang=\"he\" dir=\"rtl\">"))
        #expect(html.stderr.contains("resident-certificate.yaml:27:5: warning: \"במידה ו\" is bureaucratic"))
        let md = sadnaRun([
            "export", "service-page", emekWorkshop.appendingPathComponent("services/resident-certificate.yaml").path,
            "--format", "md",
        ])
        #expect(md.status == 0 && md.stdout.contains("wrote resident-certificate.md"), "\(md.stdout)")
        let review = sadnaRun(["render", "service-page", "resident-certificate", "--review", "--workshop", emekWorkshop.path])
        #expect(
            review.stdout.contains("wrote service-resident-certificate-review.pdf (1 page, A4)"),
            "\(review.stdout) \(review.stderr)")
        let strict = sadnaRun(["render", "service-page", "--review", "--strict", "--workshop", emekWorkshop.path])
        #expect(strict.status == 1)
        let sketch = sadnaRun(["render", "service-page", "--blank", "--workshop", emekWorkshop.path])
        #expect(sketch.stdout.contains("wrote service-sketch.pdf (1 page, A4)"), "\(sketch.stdout)")
        let chart = sadnaRun(["render", "worksheet", "prioritisation", "--workshop", emekWorkshop.path])
        #expect(chart.stdout.contains("wrote worksheet-prioritisation.pdf (1 page, A4 landscape)"), "\(chart.stdout)")
        let wrong = sadnaRun(["render", "worksheet", "prioritization", "--workshop", emekWorkshop.path])
        #expect(wrong.status == 2 && wrong.stderr.contains("did you mean `prioritisation`?"))
    }

    @Test func checkReportsTheServiceLint() {
        let result = sadnaRun(["check", emekWorkshop.path])
        #expect(result.status == 0)
        #expect(
            result.stderr.contains("services/resident-certificate.yaml:35:14: warning: the way \"mailbox\" has no step to take"))
    }

    @Test func newServicePageWritesAPageThatChecks() {
        let workshop = makeWorkshop(meetings: [:])
        #expect(sadnaRun(["new", "service-page", "library-card", "--workshop", workshop.url.path]).status == 0)
        let check = sadnaRun(["check", workshop.url.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("services/library-card.yaml"), "the empty draft is reviewed")
    }

    @Test func everyCommandExplainsItselfInEnglish() {
        for command in [
            ["--help"], ["check", "--help"], ["render", "agenda", "--help"], ["kit", "--help"],
            ["calendar", "--help"], ["new", "meeting", "--help"], ["render", "task-cards", "--help"],
            ["new", "task-card", "--help"], ["render", "persona", "--help"], ["new", "persona", "--help"],
            ["import", "personas", "--help"], ["render", "journey", "--help"], ["render", "service-page", "--help"],
            ["render", "worksheet", "--help"], ["export", "service-page", "--help"], ["new", "service-page", "--help"],
        ] {
            let result = sadnaRun(command)
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE:"), "\(command)")
        }
    }
}
