import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// What the catalog promises: `check` refuses exactly what `render` and `kit` would, every
/// command takes `--workshop`, typed options list their values, and a broken template stops every
/// command at its file.
@Suite("One catalog: check, render and kit agree")
struct CatalogContractTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String], home: URL = repositoryRoot) -> ProcessResult {
        sadnaInProcess(arguments, in: folder.url, home: home)
    }

    func emekWithMeetingThree(_ edit: (String) -> String) throws -> URL {
        try emekCopy(in: folder, editingMeeting: "03", edit)
    }

    @Test func checkFindsEveryPrintPlanMistakeKitWouldRefuseAtItsLine() throws {
        let copy = try emekWithMeetingThree { text in
            text.replacingOccurrences(of: "items: [4-arnona-pension-discount,", with: "items: [4-arnona-pension-discont,")
                .replacingOccurrences(of: "    for: field-exercise", with: "    for: field-exercize")
                .replacingOccurrences(of: "\ngroups: 6", with: "\n")
                .replacingOccurrences(of: "    card: A6\n", with: "    card: A5\n    paper: A5\n")
        }
        let check = sadnaRun(["check", "--workshop", copy.path])
        #expect(check.status == 1)
        let expected = [
            ("there is no task card `4-arnona-pension-discont` to print", "did you mean `4-arnona-pension-discount`?"),
            ("task-cards do not come in the card size A5", "the sizes: A6, A7, poker"),
            ("task-cards cannot be printed on A5", "use one of A4, A3"),
            ("no agenda row of this meeting has the id `field-exercize`", "did you mean `field-exercise`?"),
            ("copies are counted per group, but the meeting does not say how many groups it has", "add `groups: N`"),
        ]
        for (message, hint) in expected {
            let line = try #require(
                check.stderr.split(separator: "\n").first { $0.contains(message) },
                "check does not report: \(message)\n\(check.stderr)")
            #expect(line.contains("meetings/03.yaml:"), "not located in meeting 3's file: \(line)")
            #expect(line.range(of: #"03\.yaml:\d+:\d+: error:"#, options: .regularExpression) != nil, "\(line)")
            #expect(check.stderr.contains(hint), "no hint “\(hint)”")
        }
        // And kit refuses the same plan, before writing anything.
        let kit = sadnaRun(["kit", "--workshop", copy.path, "--meeting", "3", "--output", "kit"])
        #expect(kit.status == 1)
        #expect(kit.stderr.contains("there is no task card `4-arnona-pension-discont` to print"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("kit/03").path))
    }

    @Test func kitAndCalendarTakeTheWorkshopAsAnOptionToo() throws {
        let kit = sadnaRun(["kit", "--workshop", emekWorkshop.path, "--meeting", "8", "--output", "kit"])
        #expect(kit.status == 0, "\(kit.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("kit/08/meeting-08-A4.pdf").path))
        let calendar = sadnaRun(["calendar", "--workshop", emekWorkshop.path, "--output", "meetings.ics"])
        #expect(calendar.status == 0, "\(calendar.stderr)")
        #expect(try String(contentsOf: folder.path("meetings.ics"), encoding: .utf8).contains("BEGIN:VCALENDAR"))
        let check = sadnaRun(["check", "--workshop", emekWorkshop.path])
        #expect(check.status == 0)
        let twice = sadnaRun(["check", emekWorkshop.path, "--workshop", folder.url.path])
        #expect(twice.status == 2, "a workshop named two ways is a usage error")
    }

    @Test(arguments: [
        ["render", "agenda", "3"], ["kit"], ["render", "task-cards"],
        [
            "export", "service-page", "resident-certificate",
            "--format", "html",
        ],
    ])
    func anUnknownLanguageIsAUsageErrorThatListsTheLanguages(command: [String]) {
        let result = sadnaRun(command + ["--lang", "xx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("`he`, `ar`, `en`"), "\(result.stderr)")
    }

    @Test func typedOptionsListTheirValuesInHelp() {
        let help = sadnaRun(["render", "task-cards", "--help"])
        #expect(help.stdout.contains("A6") && help.stdout.contains("poker"), "\(help.stdout)")
        #expect(help.stdout.contains("long-edge") && help.stdout.contains("short-edge"))
        let bad = sadnaRun(["render", "agenda", "3", "--paper", "A6"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--paper: agenda cannot be printed on A6"), "\(bad.stderr)")
    }

    /// Sadna's own folder with one template emptied (or cut down to a comment).
    func homeWith(_ template: String, emptied text: String) throws -> URL {
        let home = folder.path("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: templatesFolder, to: home.appendingPathComponent("Templates"))
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("workshops"),
            to: home.appendingPathComponent("workshops"))
        try Data(text.utf8).write(to: home.appendingPathComponent("Templates/\(template)"))
        return home
    }

    static let everyCommand: [[String]] = [
        ["check"], ["render", "agenda", "3"], ["render", "task-cards"], ["render", "persona"], ["render", "journey"],
        ["render", "service-page"], ["render", "worksheet", "mind-map"], ["kit", "--meeting", "3"], ["calendar"],
        ["export", "service-page", "resident-certificate", "--format", "md"], ["new", "persona", "dana"],
        ["import", "personas", "people.csv"],
    ]

    @Test(arguments: [
        "labels.yaml", "agenda.yaml", "kit.yaml", "journey.yaml", "plain-language.yaml", "worksheets/mind-map.yaml",
    ])
    func anEmptyTemplateStopsEveryCommandAtItsFile(template: String) throws {
        let home = try homeWith(template, emptied: template == "journey.yaml" ? "# only a comment\n" : "")
        let workshop = home.appendingPathComponent("workshops/emek-hamaayanot").path
        folder.write("people.csv", "שם\nדנה\n")
        for command in Self.everyCommand {
            let result = sadnaRun(command + ["--workshop", workshop], home: home)
            #expect(result.status == 1, "\(command): exit \(result.status)\n\(result.stderr)")
            #expect(
                result.stderr.contains("Templates/\(template):1:1: error:"),
                "\(command) does not name the file:\n\(result.stderr)")
            #expect(result.stderr.contains("is empty"), "\(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("agenda-03.pdf").path))
    }

    @Test func aTemplateMissingAWordIsAnErrorAtItsLineNeverAKeyOnPaper() throws {
        let labels = try String(contentsOf: templatesFolder.appendingPathComponent("labels.yaml"), encoding: .utf8)
        var lines = labels.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Drop the Arabic `page_of`, the second of the three.
        let index = try #require(lines.indices.filter { lines[$0].contains("page_of:") }.dropFirst().first)
        lines.remove(at: index)
        let home = try homeWith("labels.yaml", emptied: lines.joined(separator: "\n"))
        let result = sadnaRun(
            [
                "render", "agenda", "3", "--lang", "ar", "--workshop",
                home.appendingPathComponent("workshops/emek-hamaayanot").path,
            ], home: home)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("Templates/labels.yaml:") && result.stderr.contains("has no `page_of`"), "\(result.stderr)")
    }
}
