import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

/// `sadna check` lays a programme's worksheets out as `render` would: what does not fit is said
/// at its line before anyone prints, and a sheet that fits is counted.
@Suite("Worksheets through the command line")
struct WorksheetCommandTests {
    @Test func checkSaysABoxTallerThanAPageAtItsLineAndExitsOne() throws {
        let workshop = makeWorkshop(meetings: [:])
        workshop.write("worksheets/sheet.yaml", "title: דף\nblocks:\n  - { kind: box, label: כותרת, height: 320 }\n")
        let result = try sadnaProcess(["check"], in: workshop.url)
        #expect(result.status == 1)
        // The workshop speaks Hebrew: the box's height is said in its words, the number isolated.
        let tall = "התיבה גבוהה \u{2068}320\u{2069} מ״מ"
        #expect(result.stderr.contains("worksheets/sheet.yaml:3:5: error: " + tall), "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: tall).count == 2, "said once, not once per language")
    }

    @Test func theSecondProgrammeChecksCleanInEachLanguageAndCountsItsWorksheets() throws {
        let folder = repositoryRoot.appendingPathComponent("workshops/human-api")
        let counted = ["he": "דפי עבודה: \u{2068}13\u{2069}", "ar": "أوراق العمل: \u{2068}13\u{2069}", "en": "13 worksheets"]
        for (language, words) in counted {
            let result = try sadnaProcess(["check", folder.path, "--strict", "--lang", language], in: folder)
            #expect(result.status == 0, "\(language): \(result.stderr)")
            #expect(result.stderr.contains(words), "\(language): \(result.stderr)")
        }
    }
}
