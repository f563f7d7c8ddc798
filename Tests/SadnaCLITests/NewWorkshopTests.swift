import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// A facilitator at another council starts a programme of their own, and nothing Sadna ships
/// can be changed by a command.
@Suite("A new programme, and Sadna's own files left alone")
struct NewWorkshopTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String]) -> ProcessResult {
        sadnaInProcess(arguments, in: folder.url)
    }

    /// `programme` passes `check` (its summary saying `warnings`) and prints `meeting`'s kit,
    /// whose run-sheet shows `phrase`.
    func checksAndPrints(_ programme: URL, warnings: String, meeting: String, showing phrase: String) throws {
        let check = sadnaRun(["check", programme.path])
        #expect(check.status == 0 && check.stderr.contains(warnings), "\(check.stderr)")
        let kit = sadnaRun(["kit", programme.path, "--meeting", meeting, "--output", "kit"])
        #expect(kit.status == 0, "\(kit.stderr)")
        let text = try PDFText.extract(folder.path("kit/\(meeting)/meeting-\(meeting)-A4.pdf"))
        #expect(PDFText.contains(text, phrase: phrase))
    }

    @Test func aNewProgrammeIsExplainedChecksCleanAndPrintsAKitAtOnce() throws {
        let made = sadnaRun(["new", "workshop", "gilboa", "--organisation", "המועצה האזורית גלבוע", "--years", "2026-2027"])
        #expect(made.status == 0, "\(made.stderr)")
        let programme = folder.path("gilboa")
        let workshop = try String(contentsOf: programme.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        #expect(workshop.contains("organisation: המועצה האזורית גלבוע") && workshop.contains("years: \"2026-2027\""))
        #expect(workshop.contains("# ") && workshop.contains("meetings/"), "every file is explained")
        for name in ["personas", "journeys", "task-cards", "services", "meetings"] {
            var isDirectory: ObjCBool = false
            #expect(
                FileManager.default.fileExists(atPath: programme.appendingPathComponent(name).path, isDirectory: &isDirectory)
                    && isDirectory.boolValue, "\(name)/")
        }
        try checksAndPrints(programme, warnings: "no errors, no warnings", meeting: "01", showing: "היכרות ותיאום ציפיות")
        // A second run never writes over a programme.
        let again = sadnaRun(["new", "workshop", "gilboa"])
        #expect(again.status == 1 && again.stderr.contains("exists and is not empty"), "\(again.stderr)")
    }

    @Test func aProgrammeStartedFromAnotherKeepsItsMeetingsAndClearsWhatWasItsOwn() throws {
        let made = sadnaRun(["new", "workshop", "next", "--organisation", "המועצה המקומית כפר תבור", "--from", emekWorkshop.path])
        #expect(made.status == 0, "\(made.stderr)")
        let programme = folder.path("next")
        let names = try FileManager.default.contentsOfDirectory(atPath: programme.appendingPathComponent("meetings").path)
            .sorted()
        let shipped = try FileManager.default.contentsOfDirectory(atPath: emekWorkshop.appendingPathComponent("meetings").path)
            .sorted()
        #expect(names == shipped, "every meeting, and the template's first one no more")
        let fourth = try String(contentsOf: programme.appendingPathComponent("meetings/04.yaml"), encoding: .utf8)
        let original = try String(contentsOf: emekWorkshop.appendingPathComponent("meetings/04.yaml"), encoding: .utf8)
        // The file says what was done, keeps its comments and agenda, and loses that run's own.
        #expect(
            fourth.hasPrefix("# הועתק מ-") && fourth.contains("date, weekday")
                && fourth.contains("persona-cards (for: personas-journey), journey (for: managers-presentation)"))
        #expect(fourth.contains("- kind: journey-canvas"), "blank canvases stay in the plan")
        #expect(fourth.contains("# The kit: persona cards for each group") && fourth.contains("מסע לקוח – התמונה העתידית"))
        #expect(!fourth.contains("date: 2019-07-30") && !fourth.contains("resident-certificate-current"))
        #expect(original.contains("date: 2019-07-30"), "the programme it came from is left as it was")
        let first = try String(contentsOf: programme.appendingPathComponent("meetings/01.yaml"), encoding: .utf8)
        #expect(!first.contains("participants: 8") && first.contains("items: [challenge-map]"), "worksheets stay in the plan")
        let workshop = try String(contentsOf: programme.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        #expect(workshop.contains("--from") && workshop.contains("organisation: המועצה המקומית כפר תבור"))
        #expect(!FileManager.default.fileExists(atPath: programme.appendingPathComponent("personas/rochan.yaml").path))
        try checksAndPrints(programme, warnings: "no errors", meeting: "04", showing: "מסע לקוח – התמונה העתידית")
        let notAProgramme = sadnaRun(["new", "workshop", "other", "--from", folder.path("nowhere").path])
        #expect(notAProgramme.status == 1 && notAProgramme.stderr.contains("not a programme"), "\(notAProgramme.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("other").path), "nothing half made")
    }

    @Test func commandsThatWriteNeverChangeTheShippedProgramme() throws {
        let before = try String(contentsOf: emekWorkshop.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        folder.write("people.csv", "שם\nדנה\n")
        for command in [
            ["new", "persona", "dana"], ["new", "meeting", "12"], ["import", "personas", "people.csv"],
            ["import", "participants", "people.csv"],
        ] {
            // Outside any workshop folder: the default is the shipped programme, which is refused.
            let outside = sadnaRun(command)
            #expect(outside.status == 1, "\(command)")
            #expect(
                outside.stderr.contains("no workshop in this folder") && outside.stderr.contains("sadna new workshop"),
                "\(command): \(outside.stderr)")
            let named = sadnaRun(command + ["--workshop", emekWorkshop.path])
            #expect(named.status == 1 && named.stderr.contains("part of Sadna itself"), "\(command): \(named.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: emekWorkshop.appendingPathComponent("personas/dana.yaml").path))
        #expect(!FileManager.default.fileExists(atPath: emekWorkshop.appendingPathComponent("meetings/12.yaml").path))
        #expect(!FileManager.default.fileExists(atPath: emekWorkshop.appendingPathComponent("participants.yaml").path))
        #expect(try String(contentsOf: emekWorkshop.appendingPathComponent("workshop.yaml"), encoding: .utf8) == before)
        let inside = sadnaRun(["new", "workshop", repositoryRoot.appendingPathComponent("workshops/mine").path])
        #expect(inside.status == 1 && inside.stderr.contains("inside Sadna's own folder"), "\(inside.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent("workshops/mine").path))
    }

    @Test func aFileLeftAsNewWroteItIsAWarning() throws {
        #expect(sadnaRun(["new", "workshop", "p"]).status == 0)
        let programme = folder.path("p").path
        #expect(sadnaRun(["new", "persona", "dana", "--workshop", programme]).status == 0)
        #expect(sadnaRun(["new", "service-page", "bins", "--workshop", programme]).status == 0)
        let check = sadnaRun(["check", programme])
        #expect(
            check.stderr.contains("personas/dana.yaml:6:7: warning: the persona still has the template's `name` \"שם הפרסונה\""),
            "\(check.stderr)")
        #expect(
            check.stderr.contains("warning: the service page still has the template's `name` \"שם השירות\""), "\(check.stderr)")
        #expect(
            check.stderr.contains(
                "workshop.yaml:17:15: warning: the programme still has the template's `organisation` \"שם הרשות\""),
            "\(check.stderr)")
    }

    /// The words the check looks for are the ones `new` writes.
    @Test func theLeftoverWordsAreTheTemplatesOwn() throws {
        func template(_ name: String) throws -> String {
            try String(contentsOf: templatesFolder.appendingPathComponent("new/\(name)"), encoding: .utf8)
        }
        #expect(try template("persona.yaml").contains("\nname: \(TemplateLeftovers.personaName)\n"))
        #expect(try template("journey.yaml").contains("\ntitle: \(TemplateLeftovers.serviceName)\n"))
        #expect(try template("service-page.yaml").contains("\nname: \(TemplateLeftovers.serviceName)\n"))
        // `sadna new meeting` and the workbench's new meeting both write through MeetingDraft.
        #expect(MeetingDraft().defaultTitle == TemplateLeftovers.meetingTitle)
    }
}

@Suite("A cohort's own is not carried to the next")
struct CohortCarryOverTests {
    let folder = TemporaryFolder()

    @Test func aCommitteesMinutesAndMembersStayWithItsProgramme() throws {
        let committee = repositoryRoot.appendingPathComponent("Tests/Fixtures/steering-committee")
        let made = sadnaInProcess(["new", "workshop", "next", "--from", committee.path], in: folder.url)
        #expect(made.status == 0, "\(made.stderr)")
        let meeting = try String(contentsOf: folder.path("next/meetings/2020-03-03.yaml"), encoding: .utf8)
        #expect(meeting.contains("title: ישיבת ועדת ההיגוי הארצית"), "the meeting's plan is carried")
        #expect(!meeting.contains("minutes:") && !meeting.contains("אלונה אילת"), "its minutes and members are the old run's")
        #expect(meeting.contains("invitees, minutes"), "the file says what went: \(meeting.prefix(400))")
    }
}
