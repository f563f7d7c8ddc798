import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

/// A word longer than any line — 100,000 letters pasted without a space — is broken and reported
/// at its line, and a card holding it is laid out in time in proportion to its text (it took
/// 80–170 s when Pango had to find every break in it alone).
@Suite("Words longer than any line")
struct LongWordTests {
    let word = String(repeating: "א", count: 100_000)

    @Test func aPersonaWithAWordOf100000LettersPrintsAndIsReportedAtItsLine() throws {
        let folder = makeWorkshop(meetings: [:])
        folder.write("personas/p.yaml", "name: ארוך\nbackground: \(word)\nsummary: \(word)\n")
        let workshop = try #require(check(folder.url).workshop)
        for request in [PrintRequest(.personaCards), PrintRequest(.personaPage)] {
            let typesetter = Typesetter()
            let document = try printed(request, workshop: workshop, typesetter: typesetter)
            #expect(!document.pages.isEmpty)
            let reports = typesetter.diagnostics.filter { $0.rule == "layout.long-word" }
            for line in [2, 3] {
                let report = try #require(
                    reports.first { $0.location?.line == line }, "\(request.kind): \(typesetter.diagnostics)")
                #expect(report.message.contains("a word of 100000 characters"), "\(report.message)")
                #expect(report.location?.file.hasSuffix("personas/p.yaml") == true)
            }
            #expect(reports.count == 2, "each word is reported once: \(reports)")
        }
    }

    @Test func aLongWordIsBrokenInvisiblyAndOrdinaryTextIsLeftAlone() {
        let broken = LongWords.breakable(String(repeating: "ab", count: 150))
        #expect(broken.unicodeScalars.filter { $0 == PangoText.zeroWidthSpace }.count == 2)
        #expect(PangoText.visible(broken) == String(repeating: "ab", count: 150))
        let ordinary = "מאבטח חדש בבית הספר, צריך אישור תושב כדי לקבל רישיון נשק https://www.ma-ayanot.org.il/services"
        #expect(LongWords.breakable(ordinary) == ordinary && LongWords.longestWord(in: ordinary) == nil)
        // Never between a letter and its marks.
        let pointed = String(repeating: "שָׁ", count: 200)
        #expect(LongWords.breakable(pointed).replacingOccurrences(of: "\u{200B}", with: "").count == 200)
        #expect(LongWords.breakable(pointed).components(separatedBy: "\u{200B}").allSatisfy { $0.count <= LongWords.longest })
    }

    @Test func aBoxGetsNoMoreTextThanItCouldHold() {
        let box = Size(width: 100, height: 11)
        let kept = Typesetter.possiblyFitting(word, in: box, atPoints: 8)
        #expect(kept.count < 10_000 && word.hasPrefix(kept))
        #expect(Typesetter.possiblyFitting("קצר", in: box, atPoints: 8) == "קצר")
    }

    @Test func aLongWordInAFittedBoxIsCutAndStillReportedWithItsLength() {
        let typesetter = Typesetter()
        let place = SourceLocation(file: "p.yaml", line: 4, column: 7)
        let block = typesetter.fit(
            word, style: TextStyle(size: 10), in: Size(width: 100, height: 11),
            policy: FitPolicy(floor: 8, maxLines: 2), language: .he, source: place, what: "the one line")
        #expect(block.isCut && block.lineTexts.count <= 2)
        #expect(
            typesetter.diagnostics.contains {
                $0.rule == "layout.long-word" && $0.message.contains("100000") && $0.location == place
            })
    }
}
