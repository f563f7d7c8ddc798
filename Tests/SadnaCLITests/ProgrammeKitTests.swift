import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// `sadna kit` on a programme taught from a document, with no meetings (the Human API course):
/// one kit of its materials — its booklet, its deck, each worksheet blank, the persona form —
/// in `programme/`, with its print list, in the language asked.
@Suite("The kit of a programme without meetings")
struct ProgrammeKitTests {
    let folder = TemporaryFolder()

    func kit(_ language: String) -> ProcessResult {
        sadnaInProcess(
            ["kit", humanAPIWorkshop.path, "--lang", language, "-o", "kit-\(language)", "--png", "kit-\(language)"],
            in: folder.url)
    }

    @Test(arguments: ["he", "ar"])
    func theProgrammesMaterialsPrintAsOneKit(language: String) throws {
        let result = kit(language)
        #expect(result.status == 0, "\(result.stderr)")
        let kit = folder.path("kit-\(language)/programme")
        let files = try FileManager.default.contentsOfDirectory(atPath: kit.path)
        #expect(files.contains("programme-A4.pdf") && files.contains("print-list.txt"), "\(files)")
        #expect(files.contains("programme-A4-1.png"), "previews go with the kit: \(files.sorted().prefix(3))")
        let list = try String(contentsOf: kit.appendingPathComponent("print-list.txt"), encoding: .utf8)
        let words =
            language == "he" ? ["חומרי התכנית", "כרטיסי פתרונות", "טופס פרסונה ריק"] : ["مواد البرنامج", "بطاقات الحلول"]
        for word in words { #expect(list.contains(word), "\(word) in \(list)") }
        // Every worksheet of the programme's own, each on its line.
        for sheet in humanAPI.worksheets {
            #expect(list.contains(sheet.title(.he)) || list.contains(sheet.title(.ar)), "\(sheet.id) is in the list")
        }
        let pdf = kit.appendingPathComponent("programme-A4.pdf")
        let cover = try PDFText.extract(pdf, page: 1)
        #expect(PDFText.contains(cover, phrase: language == "he" ? "חומרי התכנית" : "مواد البرنامج"), "\(cover)")
        let all = try PDFText.extract(pdf)
        #expect(PDFText.contains(all, phrase: "17/17"), "the whole deck")
        #expect(PDFText.contains(all, phrase: "ניהול מתחים בין שני העולמות"), "a worksheet, in the programme's words")
        #expect(
            try PDFText.pageSizes(pdf).count == Int(list.split(separator: "\n").last?.split(separator: " ").first ?? "") ?? -1)
        #expect(!result.stderr.contains("no meetings"))
    }

    @Test func aMeetingsKitIsUnchangedAndAMeetingStillMustExist() throws {
        let meetings = sadnaInProcess(["kit", "--meeting", "03", "-o", "emek"], in: folder.url)
        #expect(meetings.status == 0, "\(meetings.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("emek/03/meeting-03-A4.pdf").path))
        #expect(!FileManager.default.fileExists(atPath: folder.path("emek/programme").path))
        let named = sadnaInProcess(["kit", humanAPIWorkshop.path, "--meeting", "1"], in: folder.url)
        #expect(named.status == 1 && named.stderr.contains("has no meeting yet"), "\(named.stderr)")
    }

    @Test func aSecondRunReplacesTheProgrammesKitAndKeepsAPersonsFile() throws {
        #expect(kit("he").status == 0)
        folder.write("kit-he/programme/notes.txt", "mine")
        let again = kit("he")
        #expect(again.status == 1 && again.stderr.contains("notes.txt"), "\(again.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("kit-he/programme/notes.txt").path))
    }
}
