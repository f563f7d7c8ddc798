import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

/// Hostile and careless input: every case gives a located error with a hint, within bounds of
/// time and memory, and loses nothing.
@Suite("Hostile input is bounded, located and explained")
struct HardenedInputTests {
    /// The diagnostics of a workshop holding `files` besides a plain workshop.yaml.
    func diagnostics(_ files: [String: String]) -> [Diagnostic] {
        WorkshopCheck.run(
            MemorySource(texts: ["workshop.yaml": "title: בדיקה\n"].merging(files) { _, new in new }),
            templates: sadnaTemplates
        ).diagnostics
    }

    /// Every kind of YAML mistake libyaml reports, each in a file of its own.
    static let brokenYAML: [String: String] = [
        "colon": "title: שעה: 9:00\n",
        "indentation": "title: א\n  venue: ב\n goal: ג\n",
        "tab": "title: א\nagenda:\n\t- content: ב\n",
        "unclosed-quote": "title: \"לא נסגר\n",
        "list-indentation": "homework:\n  - א\n - ב\n",
        "sequence-here": "title: - א\n  - ב\n",
        "unclosed-bracket": "homework: [א, ב\ntitle: ג\n",
        "unclosed-brace": "title: {a: ב\n",
        "undefined-alias": "title: *name\n",
        "two-documents": "title: א\n---\ntitle: ב\n",
        "document-marker": "title: א\n...\nvenue: ב\n",
        "bad-escape": "title: \"a\\qb\"\n",
        "tag": "title: !x!y א\n",
        "directive": "%YAML 1.1\n%YAML 1.1\n---\ntitle: א\n",
        "nesting": String(repeating: "[", count: 2_000) + "\n",
        "anchor-name": "title: &\n",
        "after-value": "title: \"א\" ב\n",
        "duplicate-key": "title: א\ntitle: ב\n",
        "not-a-mapping": "- title: א\n",
        "control": "title: א\u{07}ב\n",
        "c1-control": "title: א\u{85}ב\n",
    ]

    @Test(arguments: brokenYAML.keys.sorted())
    func everyYAMLMistakeIsLocatedAndHinted(name: String) throws {
        let found = diagnostics(["meetings/\(name).yaml": Self.brokenYAML[name]!]).filter { $0.severity == .error }
        let first = try #require(found.first, "\(name): no error")
        #expect(first.location?.file.hasSuffix("meetings/\(name).yaml") == true, "\(name): \(first)")
        #expect((first.location?.line ?? 0) >= 1)
        #expect(first.hint?.isEmpty == false, "\(name): no hint for “\(first.message)”")
        #expect(!first.message.contains("yaml_set_max_nest_level"), "libyaml's own words reached the user: \(first.message)")
    }

    @Test func aControlCharacterIsReportedWhereItIs() throws {
        let found = diagnostics(["meetings/01.yaml": "title: מפגש\nvenue: אולם\u{1B}המליאה\n"])
        let error = try #require(found.first { $0.rule == "yaml.control-character" })
        #expect(error.location?.line == 2 && error.location?.column == 12, "\(error)")
        // C1 controls and the non-characters at the end of the plane, found by their bytes too.
        for (hidden, code) in [("\u{85}", "U+0085"), ("\u{9F}", "U+009F"), ("\u{FFFE}", "U+FFFE"), ("\u{FFFF}", "U+FFFF")] {
            let found = diagnostics(["meetings/01.yaml": "title: מפגש\nvenue: א\(hidden)ב\n"])
            let error = try #require(found.first { $0.rule == "yaml.control-character" }, "\(code) not found")
            #expect(error.message.contains(code) && error.location?.line == 2 && error.location?.column == 9, "\(error)")
        }
        #expect(
            diagnostics(["meetings/01.yaml": "title: \u{FFFD} \u{EFBF} ¿\n"]).allSatisfy { $0.rule != "yaml.control-character" })
    }

    @Test func invalidUTF8IsReportedWhereItStarts() throws {
        var bytes = Data("title: מפגש\nvenue: ".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0x41])
        let source = MemorySource(files: ["workshop.yaml": Data("title: x\n".utf8), "meetings/01.yaml": bytes])
        let error = try #require(
            WorkshopCheck.run(source, templates: sadnaTemplates).diagnostics.first { $0.rule == "file.encoding" })
        #expect(error.location?.line == 2 && error.location?.column == 8, "\(error)")
    }

    @Test func anAliasBombInANestedWorksheetIsRefusedAtOnce() throws {
        var text = "title: x\nblocks:\n  - &a {kind: row, boxes: [{kind: box, label: a}, {kind: box, label: a}]}\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text +=
                "  - &\(name) {kind: row, boxes: [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]}\n"
            previous = name
        }
        #expect(text.utf8.count < 800)
        let start = Date()
        let found = diagnostics(["worksheets/bomb.yaml": text])
        #expect(Date().timeIntervalSince(start) < 1)
        let error = try #require(found.first { $0.rule == "yaml.too-large" })
        #expect(error.location?.line == 4, "at the first `*name`: \(error)")
    }

    /// The tree is walked only when it could be too large; one too large without any alias is
    /// still refused.
    @Test func aFileOfTooManyValuesWithoutAnAliasIsRefusedToo() throws {
        let text = "title: x\nblocks: [" + Array(repeating: "a", count: Limits.yamlNodes).joined(separator: ",") + "]\n"
        let error = try #require(diagnostics(["worksheets/long.yaml": text]).first { $0.rule == "yaml.too-large" })
        #expect(error.location?.file.hasSuffix("long.yaml") == true, "\(error)")
    }

    @Test func anEmptyStartOrAnEmptyWorksheetOrBacklogIsNotSilent() {
        let found = diagnostics([
            "meetings/01.yaml": "title: מפגש\nagenda:\n  - start: \"\"\n    content: פתיחה\n",
            "worksheets/w.yaml": "",
            "services/backlog.yaml": "",
        ])
        #expect(found.contains { $0.rule == "agenda.time" && $0.message == "`start` is empty" && $0.location?.line == 3 })
        #expect(found.contains { $0.rule == "worksheet.empty" })
        #expect(found.contains { $0.rule == "backlog.empty" })
    }

    @Test func aWorksheetsPaperIsChecked() throws {
        let found = diagnostics(["worksheets/w.yaml": "title: x\npaper: Z9\nblocks:\n  - kind: box\n    label: a\n"])
        let error = try #require(found.first { $0.rule == "value.paper" })
        #expect(error.location?.line == 2)
    }

    @Test func copiesAreBounded() throws {
        let found = diagnostics(["meetings/01.yaml": "title: מפגש\nprint:\n  - kind: persona-form\n    copies: 100000\n"])
        let error = try #require(found.first { $0.rule == "print.copies" })
        #expect(error.message.contains("100000 copies") && error.location?.line == 4)
    }

    @Test func aPhotoThatIsAPipeOrTooLargeFallsBackToInitials() throws {
        let folder = makeWorkshop(meetings: [:])
        folder.write("personas/a.yaml", "name: אבי\nphoto: pipe.png\n")
        folder.write("personas/b.yaml", "name: בת\nphoto: huge.png\n")
        #expect(mkfifo(folder.path("personas/pipe.png").path, 0o644) == 0)
        // A PNG header that claims 16,000 × 16,000 pixels: refused before anything is decoded.
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        png.append(contentsOf: [0x00, 0x00, 0x3E, 0x80, 0x00, 0x00, 0x3E, 0x80, 8, 2, 0, 0, 0])
        try png.write(to: folder.path("personas/huge.png"))
        let workshop = try #require(check(folder.url).workshop)
        let typesetter = Typesetter()
        let start = Date()
        _ = try printed(PrintRequest(.personaCards), workshop: workshop, typesetter: typesetter)
        #expect(Date().timeIntervalSince(start) < 5)
        let reports = typesetter.diagnostics.filter { $0.rule == "persona.photo" }.map(\.message)
        #expect(reports.contains { $0.contains("a pipe (FIFO)") }, "\(reports)")
        #expect(reports.contains { $0.contains("16000×16000 pixels") }, "\(reports)")
    }

    @Test func aPhotoPathCannotLeaveTheWorkshop() throws {
        let folder = makeWorkshop(meetings: [:])
        folder.write("personas/a.yaml", "name: אבי\nphoto: ../../../etc/passwd.png\n")
        let workshop = try #require(check(folder.url).workshop)
        let typesetter = Typesetter()
        _ = try printed(PrintRequest(.personaCards), workshop: workshop, typesetter: typesetter)
        #expect(
            typesetter.diagnostics.contains { $0.rule == "persona.photo" && $0.message.contains("out of the workshop's folder") })
    }
}

@Suite("Importing never writes what Sadna cannot read")
struct SafeImportTests {
    let template = sadnaTemplates.persona

    @Test func aControlCharacterInACellRejectsItsRowAtItsCellOnly() throws {
        let csv = "שם,גיל,רקע\nרוחן,27,שקט\u{07}\nדנה,41,\"עם DEL\u{7F} כאן\"\nנועה,33,\"C1\u{85}כאן\"\nיוסי,50,רגיל\n"
        let plan = PersonaImport(template: template).read(Data(csv.utf8), path: "people.csv")
        #expect(plan.files.map(\.id) == ["יוסי"], "\(plan.files.map(\.id))")
        let places = plan.diagnostics.filter { $0.rule == "import.control-character" }.map {
            "\($0.location!.line):\($0.location!.column)"
        }
        #expect(places == ["2:3", "3:3", "4:3"], "\(plan.diagnostics)")
    }

    @Test func everyPlannedFileLoadsBackAndAFileNameCannotBreakItsComment() throws {
        let csv = "שם,רקע\n\"רוחן\",\"שורה\nשנייה \\\" עם \\\\ גרש ' ו-: נקודתיים # ואפילו *כוכבית\"\n"
        let plan = PersonaImport(template: template).read(Data(csv.utf8), path: "bad\nname.csv")
        let file = try #require(plan.files.first)
        #expect(!file.yaml.split(separator: "\n").contains { !$0.hasPrefix("#") && $0.contains("name.csv") })
        let loaded = WorkshopLoader.load(
            MemorySource(texts: ["workshop.yaml": "title: x\n", "personas/\(file.id).yaml": file.yaml]))
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics)")
        #expect(loaded.workshop?.personas.first?[.background]?.value.text.contains("# ואפילו *כוכבית") == true)
    }
}
