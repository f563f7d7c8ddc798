import Foundation
import SadnaTestSupport
import Testing

@testable import SadnaKit

@Suite("Personas: files and checks")
struct PersonaTests {
    @Test func theShippedExamplesLoadAndAreMarkedAsExamples() throws {
        let workshop = emek
        #expect(workshop.personas.count == 5)
        #expect(workshop.personas.allSatisfy { $0.isExample })
        let rochan = try #require(workshop.persona(named: "rochan"))
        #expect(rochan.name.value == "רוחן")
        #expect(rochan[.age]?.value == .number(27))
        #expect(rochan[.preferredChannel]?.value == .channel(.online))
        #expect(rochan[.problems]?.value.items.count == 2)
    }

    func check(_ yaml: String) -> [Diagnostic] {
        let folder = makeWorkshop(meetings: [:])
        folder.write("personas/p.yaml", yaml)
        return SadnaTestSupport.check(folder.url).diagnostics
    }

    @Test func anAgeOutsideAHumanRangeIsAnError() throws {
        let found = check("name: א\nage: 450\n")
        let only = try #require(found.first)
        #expect(found.count == 1 && only.rule == "persona.range" && only.location?.line == 2)
        #expect(only.hint == "write a number from 0 to 120")
    }

    @Test func anUnknownChannelSuggestsTheKnownOnes() throws {
        let found = check("name: א\npreferred_channel: יונת דואר\n")
        let only = try #require(found.first)
        #expect(only.rule == "persona.channel")
        #expect(only.hint?.contains("פרונטלי, טלפוני, מקוון") == true)
        #expect(check("name: א\npreferred_channel: טלפוני\n").isEmpty)
    }

    @Test func mainServicesThatLookLikeIdsMustExist() throws {
        let found = check("name: א\nmain_services: [resident-certificate, רישום לגנים]\n")
        #expect(found.map(\.rule) == ["reference.missing"])
    }

    @Test func aPersonaWithoutANameIsAnError() {
        #expect(check("age: 40\n").map(\.rule) == ["field.required"])
    }

    @Test func listsMayBeWrittenAsOneLine() throws {
        let folder = makeWorkshop(meetings: [:])
        folder.write("personas/p.yaml", "name: א\ninterests: טבע, טיולים; בישול\n")
        let persona = try #require(SadnaTestSupport.check(folder.url).workshop?.personas.first)
        #expect(persona[.interests]?.value == .list(["טבע", "טיולים", "בישול"]))
    }

    @Test func theTemplateNamesEveryField() throws {
        let template = sadnaTemplates.persona
        #expect(Set(template.fields.map(\.field)) == Set(PersonaField.allCases))
        #expect(template.fields.first { $0.field == .preferredChannel }?.label(.he) == "צורת אינטראקציה מועדפת")
    }
}

@Suite("Importing personas from spreadsheets")
struct PersonaImportTests {
    let template: PersonaTemplate

    init() {
        template = sadnaTemplates.persona
    }

    let rows = [
        ["שם", "גיל", "מין", "מגורים", "צורת אינטראקציה מועדפת", "בעיות/אתגרים", "תחומי עניין"],
        ["רינה כהן", "34", "אישה", "עין הנציב", "מקוון", "לא יודעת איפה הטופס\nהשעות לא מתאימות", "ריצה, קריאה"],
        ["יוסי", "שבעים", "גבר", "", "טלפוני", "", ""],
        ["", "50", "", "", "", "", ""],
        ["מוחמד", "45", "גבר", "בית שאן", "דואר יונים", "", ""],
        ["שרה \"שרי\" לוי", "29", "", "", "פרונטלי", "", "", "x"],
    ]

    /// The rows as a spreadsheet program writes them, quoting cells that need it.
    func csv(separator: String) -> String {
        rows.map { row in
            row.map { cell in
                cell.contains(separator) || cell.contains("\"") || cell.contains("\n")
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: separator)
        }.joined(separator: "\r\n") + "\r\n"
    }

    func importing(
        _ data: Data, force: Bool = false, into folder: TemporaryFolder = TemporaryFolder()
    )
        -> (PersonaImport.Outcome, TemporaryFolder)
    {
        let file = folder.path("people.csv")
        try? data.write(to: file)
        let outcome = PersonaImport(template: template).run(file, into: folder.path("personas"), force: force)
        return (outcome, folder)
    }

    @Test(arguments: ["utf8", "utf8-bom", "utf16", "windows-1255"])
    func everyEncodingExcelSavesIsReadAndNamed(encoding: String) throws {
        let data: Data
        let expected: SpreadsheetText.Encoding
        switch encoding {
        case "utf8-bom":
            data = Data([0xEF, 0xBB, 0xBF]) + Data(csv(separator: ",").utf8)
            expected = .utf8WithBOM
        case "utf16":
            data = Data([0xFF, 0xFE]) + csv(separator: "\t").data(using: .utf16LittleEndian)!
            expected = .utf16LittleEndian
        case "windows-1255":
            data = try #require(windows1255(csv(separator: ";")))
            expected = .windows1255
        default:
            data = Data(csv(separator: ",").utf8)
            expected = .utf8
        }
        let (outcome, folder) = importing(data)
        #expect(outcome.plan.encoding == expected)
        #expect(outcome.written.count == 2)
        #expect(outcome.rejectedRows == [3, 4, 5])
        let text = try String(contentsOf: folder.path("personas/רינה-כהן.yaml"), encoding: .utf8)
        #expect(text.contains("name: \"רינה כהן\"") && text.contains("preferred_channel: online"))
        #expect(text.contains("  - \"השעות לא מתאימות\""), "a quoted cell holding a newline becomes two items")
        let sara = try String(contentsOf: folder.path("personas/שרה-שרי-לוי.yaml"), encoding: .utf8)
        #expect(sara.contains("name: \"שרה \\\"שרי\\\" לוי\""), "quotes inside cells survive")
    }

    /// Windows-1255 bytes for Hebrew and ASCII, as Excel writes them.
    func windows1255(_ text: String) -> Data? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else if (0x05D0...0x05EA).contains(scalar.value) {
                bytes.append(UInt8(0xE0 + scalar.value - 0x05D0))
            } else {
                return nil
            }
        }
        return Data(bytes)
    }

    @Test func everyBadRowIsReportedAtItsRowAndColumn() throws {
        let (outcome, _) = importing(Data(csv(separator: ",").utf8))
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(errors.map { [$0.location!.line, $0.location!.column] } == [[3, 2], [4, 1], [5, 5]])
        #expect(errors[0].message.hasPrefix("row 3, column B (גיל)"))
        let ragged = try #require(outcome.diagnostics.first { $0.rule == "import.ragged-row" })
        #expect(ragged.location?.line == 6 && ragged.location?.column == 8)
    }

    @Test func existingFilesAreKeptWithoutForce() throws {
        let (first, folder) = importing(Data(csv(separator: ",").utf8))
        #expect(first.written.count == 2)
        let file = folder.path("personas/רינה-כהן.yaml")
        try "name: edited by hand\n".write(to: file, atomically: true, encoding: .utf8)
        let (second, _) = importing(Data(csv(separator: ",").utf8), into: folder)
        #expect(second.written.isEmpty && second.keptRows == [2, 6])
        #expect(try String(contentsOf: file, encoding: .utf8) == "name: edited by hand\n")
        let (forced, _) = importing(Data(csv(separator: ",").utf8), force: true, into: folder)
        #expect(forced.written.count == 2)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("רינה כהן"))
    }

    @Test func englishKeysAndAnIdColumnWorkToo() throws {
        let text = "id,name,age,preferred_channel\nrina,Rina,34,phone\nrina,Another,40,online\n"
        let (outcome, folder) = importing(Data(text.utf8))
        #expect(outcome.written.map(\.lastPathComponent) == ["rina.yaml"])
        #expect(outcome.diagnostics.first?.rule == "import.id")
        #expect(FileManager.default.fileExists(atPath: folder.path("personas/rina.yaml").path))
    }

    @Test func importedFilesLoadBackAsTheSamePersonas() throws {
        let (outcome, folder) = importing(Data(csv(separator: ",").utf8))
        folder.write("workshop.yaml", "title: בדיקה\n")
        let check = SadnaTestSupport.check(folder.url)
        #expect(!check.diagnostics.hasErrors, "\(check.diagnostics)")
        let rina = try #require(check.workshop?.persona(named: "רינה-כהן"))
        #expect(rina[.age]?.value == .number(34))
        #expect(rina[.problems]?.value.items == ["לא יודעת איפה הטופס", "השעות לא מתאימות"])
        #expect(outcome.written.count == 2)
    }

    @Test func anUnclosedQuoteIsReportedWhereItBegan() throws {
        let (outcome, _) = importing(Data("שם,גיל\nרינה,34\n\"יוסי,70\nדנה,30\n".utf8))
        #expect(outcome.diagnostics.map(\.rule) == ["import.quote"])
        #expect(outcome.diagnostics.first?.location?.line == 3)
    }

    @Test func aBinaryFileIsNamedAsSuch() {
        let (outcome, _) = importing(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]))
        #expect(outcome.diagnostics.map(\.rule) == ["import.encoding"])
    }
}
