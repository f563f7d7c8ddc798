import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

/// A new kind of printable is one type, its template's words and its case in ``PrintableKind``:
/// the compiler and these tests find everything else. Every kind has its printable, its one
/// name in every language, and prints from the command line by that name.
@Suite("Every printable, from one declaration")
struct EveryPrintableTests {
    let folder = TemporaryFolder()

    /// The shipped programme with a team that keeps attendance, for the kinds that print people.
    func emekWithTeamFolder() throws -> URL {
        let copy = try emekCopy(in: folder, editingMeeting: "03") { $0 }
        let team = """
            - name: דנה לוי
              department: מחלקת חינוך
              attended: [1, 2, 3, 4, 6, 7, 8, 9, 10]
            - name: Mohammed Abu-Rabia
              department: הנדסה
              attended: [1, 3]
            - name: אביטל רוזנברג-בן חיים
              department: לשכת ראש המועצה

            """
        try Data(team.utf8).write(to: copy.appendingPathComponent("participants.yaml"))
        return copy
    }

    @Test(arguments: PrintableKind.allCases)
    func everyKindHasItsPrintable(kind: PrintableKind) {
        #expect(kind.printable.kind == kind, "\(kind) maps to the printable of \(kind.printable.kind)")
    }

    @Test(arguments: PrintableKind.allCases, Language.allCases)
    func everyKindHasOneNameInEveryLanguage(kind: PrintableKind, language: Language) throws {
        let name = try #require(sadnaTemplates.name(of: kind, in: language), "no template names \(kind)")
        #expect(!name.isEmpty && name != kind.rawValue)
    }

    @Test(arguments: PrintableKind.plannable)
    func everyKindAPlanNamesPrintsFromTheCommandLineByThatName(kind: PrintableKind) throws {
        let workshop = try emekWithTeamFolder()
        var arguments = ["render", kind.rawValue, "--workshop", workshop.path, "--output", "\(kind.rawValue).pdf"]
        if kind.needsItems {
            let first = try #require(emek.worksheets(besides: sadnaTemplates.worksheets).first)
            arguments.insert(first.id, at: 2)
        }
        let result = sadnaInProcess(arguments, in: folder.url)
        #expect(result.status == 0, "sadna \(arguments.joined(separator: " ")): \(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path("\(kind.rawValue).pdf").path))
    }

    @Test func anOptionAKindDoesNotTakeIsRefusedByItsName() throws {
        let workshop = try emekWithTeamFolder()
        let result = sadnaInProcess(["render", "certificate", "--card", "A6", "--workshop", workshop.path], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--card: certificate takes no card size"), "\(result.stderr)")
    }

    @Test func aTemplateThatLeavesAKindUnnamedStopsAtItsFile() throws {
        let templates = folder.path("Templates")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Templates"), to: templates)
        let file = templates.appendingPathComponent("participants.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "    certificate: Certificate of participation\n", with: "").utf8).write(to: file)
        let (set, diagnostics) = TemplateLoader.load(FolderSource(templates))
        #expect(set == nil)
        let found = try #require(diagnostics.first { $0.message.contains("certificate") }, "\(diagnostics.map(\.message))")
        #expect(found.location?.file.hasSuffix("participants.yaml") == true)
    }

    @Test func certificatesNameThePersonTheProgrammeAndTheMeetingsTheyCameTo() throws {
        let workshop = try emekWithTeamFolder()
        let result = sadnaInProcess(["render", "certificate", "--workshop", workshop.path], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = folder.path("certificate.pdf")
        let sizes = try PDFText.pageSizes(pdf)
        #expect(sizes.count == 3, "a page per participant")
        #expect(sizes.allSatisfy { $0.width > $0.height }, "A4 landscape")
        let first = try PDFText.extract(pdf, page: 1)
        for phrase in ["תעודת השתתפות", "דנה לוי", "מחלקת חינוך", "מובילים דיגיטליים עמק המעיינות"] {
            #expect(PDFText.contains(first, phrase: phrase), "page 1 lacks \(phrase): \(first)")
        }
        // pdftotext moves punctuation at direction changes: the words and dates, not their brackets.
        for word in ["מתוך", "26.6.2019", "23.2.2020"] { #expect(first.contains(word), "page 1 lacks \(word): \(first)") }
        let third = try PDFText.extract(pdf, page: 3)
        #expect(PDFText.contains(third, phrase: "רוזנברג-בן חיים") && !third.contains("מתוך"), "no attendance kept, none said")
    }

    @Test func aMeetingsPlanNamesCertificatesAndTheKitListsThem() throws {
        let workshop = try emekWithTeamFolder()
        let file = workshop.appendingPathComponent("meetings/10.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\nprint:\n", with: "\nprint:\n  - kind: certificate\n")
        if !text.contains("kind: certificate") { text += "\nprint:\n  - kind: certificate\n" }
        try Data(text.utf8).write(to: file)
        let result = sadnaInProcess(["kit", workshop.path, "--meeting", "10", "--output", "kit"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let list = try String(contentsOf: folder.path("kit/10/print-list.txt"), encoding: .utf8)
        #expect(list.contains("תעודת השתתפות"), "\(list)")
    }
}
