import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// A council serving Arabic-speaking residents keeps its content in Arabic, or in both languages:
/// `--lang` prints each text in that language where it is written, and falls back visibly.
@Suite("Content in two languages")
struct ContentLanguageTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String]) -> ProcessResult {
        sadnaInProcess(arguments, in: folder.url)
    }

    func programme(languages: String = "languages: [he, ar]\n", named name: String = "p") throws -> URL {
        #expect(sadnaRun(["new", "workshop", name, "--organisation", "מועצה מקומית בסמת טבעון"]).status == 0)
        let workshop = folder.path("\(name)/workshop.yaml")
        try (try String(contentsOf: workshop, encoding: .utf8)).replacingOccurrences(
            of: "language: he\n", with: "language: he\n" + languages
        )
        .write(to: workshop, atomically: true, encoding: .utf8)
        let meeting = folder.path("\(name)/meetings/01.yaml")
        var text = try String(contentsOf: meeting, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "title: מפגש 1 – היכרות ותיאום ציפיות",
            with: "title: {he: \"מפגש 1 – היכרות ותיאום ציפיות\", ar: \"اللقاء 1 – تعارف وتنسيق التوقعات\"}"
        )
        .replacingOccurrences(
            of: "goal: היכרות, תיאום ציפיות וממשקי עבודה – למה אנחנו כאן?",
            with: "goal:\n  he: היכרות, תיאום ציפיות וממשקי עבודה – למה אנחנו כאן?"
        )
        .replacingOccurrences(of: "# date: 2026-01-15", with: "date: 2026-01-15")
        try text.write(to: meeting, atomically: true, encoding: .utf8)
        return folder.path(name)
    }

    @Test func eachTextPrintsInTheLanguageAskedAndAMissingOneIsReported() throws {
        let programme = try programme()
        let hebrew = sadnaRun(["check", programme.path])
        #expect(hebrew.status == 0 && hebrew.stderr.contains("no errors, no warnings"), "\(hebrew.stderr)")
        let arabic = sadnaRun(["check", programme.path, "--lang", "ar"])
        #expect(arabic.status == 0)
        #expect(
            arabic.stderr.contains("meetings/01.yaml:11:3: warning: `goal` has no Arabic text (`ar:`); the Hebrew is printed"),
            "\(arabic.stderr)")
        #expect(arabic.stderr.contains("no errors, 1 warning"))

        #expect(sadnaRun(["render", "agenda", "1", "--workshop", programme.path, "--lang", "ar", "-o", "ar.pdf"]).status == 0)
        let ar = try PDFText.extract(folder.path("ar.pdf"))
        #expect(PDFText.contains(ar, phrase: "وتنسيق التوقعات"), "\(ar)")
        #expect(!ar.contains("היכרות ותיאום ציפיות"), "\(ar)")
        #expect(PDFText.contains(ar, phrase: "למה אנחנו כאן"), "the goal falls back to Hebrew")
        #expect(sadnaRun(["render", "agenda", "1", "--workshop", programme.path, "-o", "he.pdf"]).status == 0)
        let he = try PDFText.extract(folder.path("he.pdf"))
        #expect(PDFText.contains(he, phrase: "היכרות ותיאום ציפיות") && !he.contains("تعارف"))

        // The calendar and the kit follow.
        #expect(sadnaRun(["calendar", programme.path, "--lang", "ar", "-o", "p.ics"]).status == 0)
        #expect(try String(contentsOf: folder.path("p.ics"), encoding: .utf8).contains("تعارف وتنسيق التوقعات"))
        #expect(sadnaRun(["kit", programme.path, "--meeting", "1", "--lang", "ar", "--output", "kit"]).status == 0)
        #expect(
            PDFText.contains(try PDFText.extract(folder.path("kit/01/meeting-01-A4.pdf"), page: 1), phrase: "وتنسيق التوقعات"))
    }

    @Test func aProgrammeThatKeepsOneLanguageTakesItsOwnEverywhere() throws {
        let programme = try programme(languages: "")
        let arabic = sadnaRun(["check", programme.path, "--lang", "ar"])
        #expect(arabic.status == 0 && arabic.stderr.contains("no errors, 1 warning"), "\(arabic.stderr)")
        // The title's Arabic is kept in a language the programme does not declare: said, not printed.
        #expect(arabic.stderr.contains("a language the workshop does not declare"), "\(arabic.stderr)")
        #expect(sadnaRun(["render", "agenda", "1", "--workshop", programme.path, "--lang", "ar", "-o", "ar.pdf"]).status == 0)
        #expect(PDFText.contains(try PDFText.extract(folder.path("ar.pdf")), phrase: "היכרות ותיאום ציפיות"))

        let wrong = try self.programme(languages: "languages: [he, arb]\n", named: "wrong")
        let check = sadnaRun(["check", wrong.path])
        #expect(
            check.status == 1 && check.stderr.contains("error: `languages` names \"arb\", which is not one Sadna prints")
                && check.stderr.contains("did you mean `ar`?"), "\(check.stderr)")
    }
}
