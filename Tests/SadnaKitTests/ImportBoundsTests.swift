import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// A spreadsheet is bounded like every other input: at most 20,000 rows and 10,000 characters a
/// cell, each bound named at the row or cell that passes it. (How fast 5,000 rows import is
/// measured by `make bench`, not here.)
@Suite("Spreadsheets to import are bounded")
struct ImportBoundsTests {
    @Test func aSpreadsheetOfMoreThan20000RowsIsRefusedAtTheRowThatPassesTheBound() throws {
        let csv = "שם\n" + (1...20_001).map { "אדם \($0)" }.joined(separator: "\n") + "\n"
        for diagnostics in [
            PersonaImport(template: sadnaTemplates.persona).read(Data(csv.utf8), path: "many.csv").diagnostics,
            ParticipantImport().read(Data(csv.utf8), path: "many.csv", existing: nil).result.diagnostics,
        ] {
            let error = try #require(diagnostics.first { $0.rule == "import.too-many-rows" }, "\(diagnostics)")
            #expect(error.location == SourceLocation(file: "many.csv", line: 20_002, column: 1))
            #expect(error.message.contains("20001 rows, more than the 20000"), "\(error.message)")
        }
        let atTheBound = "שם\n" + (1...20_000).map { "אדם \($0)" }.joined(separator: "\n") + "\n"
        #expect(PersonaImport(template: sadnaTemplates.persona).read(Data(atTheBound.utf8), path: "a.csv").files.count == 20_000)
    }

    @Test func aCellOfMoreThan10000CharactersRejectsItsRowAtItsCell() throws {
        let long = String(repeating: "מ", count: 10_001)
        let personas = PersonaImport(template: sadnaTemplates.persona)
            .read(Data("שם,רקע\nרוחן,\(long)\nדנה,קצר\n".utf8), path: "p.csv")
        #expect(personas.files.map(\.id) == ["דנה"])
        let error = try #require(personas.diagnostics.first { $0.rule == "import.cell-too-long" })
        #expect(error.location == SourceLocation(file: "p.csv", line: 2, column: 2))
        #expect(error.message.contains("row 2, column B (רקע) holds 10001 characters, more than the 10000"), "\(error.message)")

        let people = ParticipantImport().read(Data("שם,מחלקה\nרוחן,\(long)\nדנה,גביה\n".utf8), path: "t.csv", existing: nil)
            .result
        #expect(people.added == ["דנה"] && people.rejectedRows == [2])
        #expect(people.diagnostics.contains { $0.rule == "import.cell-too-long" && $0.location?.column == 2 })
        #expect(
            PersonaImport(template: sadnaTemplates.persona)
                .read(Data("שם,רקע\nרוחן,\(String(repeating: "מ", count: 10_000))\n".utf8), path: "p.csv").files.count == 1)
    }

    @Test func manyRowsIntoAFolderWithFilesKeepsThoseAndWritesTheRest() throws {
        let folder = TemporaryFolder()
        folder.write("personas/אדם-7.yaml", "name: אדם 7\n")
        let csv = "שם\n" + (1...300).map { "אדם \($0)" }.joined(separator: "\n") + "\n"
        let file = folder.write("people.csv", csv)
        let outcome = PersonaImport(template: sadnaTemplates.persona).run(file, into: folder.path("personas"), force: false)
        #expect(outcome.written.count == 299 && outcome.keptRows == [8])
        #expect(try String(contentsOf: folder.path("personas/אדם-7.yaml"), encoding: .utf8) == "name: אדם 7\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("personas").path)
        #expect(names.count == 300 && !names.contains { $0.hasSuffix(".tmp") })
    }
}
