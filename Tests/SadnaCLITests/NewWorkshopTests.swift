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

    @Test func aNewProgrammeIsExplainedChecksCleanAndPrintsAKitAtOnce() throws {
        let made = sadnaRun(["new", "workshop", "gilboa", "--organisation", "המועצה האזורית גלבוע", "--years", "2026-2027"])
        #expect(made.status == 0, "\(made.stderr)")
        let programme = folder.path("gilboa")
        let workshop = try String(contentsOf: programme.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        #expect(workshop.contains("organisation: המועצה האזורית גלבוע") && workshop.contains("years: \"2026-2027\""))
        #expect(workshop.contains("# ") && workshop.contains("meetings/"), "every file is explained")
        for name in ["personas", "journeys", "task-cards", "services", "meetings"] {
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: programme.appendingPathComponent(name).path, isDirectory: &isDirectory)
                     && isDirectory.boolValue, "\(name)/")
        }
        let check = sadnaRun(["check", programme.path])
        #expect(check.status == 0 && check.stderr.contains("0 errors, 0 warnings"), "\(check.stderr)")
        let kit = sadnaRun(["kit", programme.path, "--meeting", "1", "--output", "kit"])
        #expect(kit.status == 0, "\(kit.stderr)")
        let text = try PDFText.extract(folder.path("kit/01/meeting-01-A4.pdf"))
        #expect(PDFText.contains(text, phrase: "היכרות ותיאום ציפיות"))
        // A second run never writes over a programme.
        let again = sadnaRun(["new", "workshop", "gilboa"])
        #expect(again.status == 1 && again.stderr.contains("exists and is not empty"), "\(again.stderr)")
    }

    @Test func commandsThatWriteNeverChangeTheShippedProgramme() throws {
        let before = try String(contentsOf: emekWorkshop.appendingPathComponent("workshop.yaml"), encoding: .utf8)
        folder.write("people.csv", "שם\nדנה\n")
        for command in [["new", "persona", "dana"], ["new", "meeting", "12"], ["import", "personas", "people.csv"]] {
            // Outside any workshop folder: the default is the shipped programme, which is refused.
            let outside = sadnaRun(command)
            #expect(outside.status == 1, "\(command)")
            #expect(outside.stderr.contains("no workshop in this folder") && outside.stderr.contains("sadna new workshop"),
                    "\(command): \(outside.stderr)")
            let named = sadnaRun(command + ["--workshop", emekWorkshop.path])
            #expect(named.status == 1 && named.stderr.contains("part of Sadna itself"), "\(command): \(named.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: emekWorkshop.appendingPathComponent("personas/dana.yaml").path))
        #expect(!FileManager.default.fileExists(atPath: emekWorkshop.appendingPathComponent("meetings/12.yaml").path))
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
        #expect(check.stderr.contains("personas/dana.yaml:6:7: warning: the persona still has the template's name “שם הפרסונה”"),
                "\(check.stderr)")
        #expect(check.stderr.contains("warning: the service page still has the template's name “שם השירות”"), "\(check.stderr)")
        #expect(check.stderr.contains("workshop.yaml:17:15: warning: the programme still has the template's organisation “שם הרשות”"),
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
        let newMeeting = try String(contentsOf: repositoryRoot.appendingPathComponent("Sources/sadna/NewCommand.swift"), encoding: .utf8)
        #expect(newMeeting.contains("\"title\": \"\(TemplateLeftovers.meetingTitle)\""))
    }
}
