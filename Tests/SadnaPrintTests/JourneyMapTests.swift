import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

@Suite("Journey maps on A3")
struct JourneyMapTests {
    let folder = TemporaryFolder()
    let workshop = emek

    /// `journey`'s map as the catalog prints it.
    func render(_ journey: Journey, in workshop: Workshop? = nil) throws -> (URL, Typesetter, PrintDocument) {
        let typesetter = Typesetter()
        let document = try printed(
            PrintRequest(.journey, items: [journey.id]), workshop: workshop ?? self.workshop,
            typesetter: typesetter)
        let url = folder.path("\(journey.id)-\(UUID().uuidString).pdf")
        try PDFExport.write(document, to: url)
        return (url, typesetter, document)
    }

    @Test func aMapIsA3LandscapeAndRunsRightToLeft() throws {
        let journey = try #require(workshop.journey(named: "resident-certificate-current"))
        let (url, typesetter, _) = try render(journey)
        let size = try #require(try PDFText.pageSizes(url).first)
        #expect(abs(size.width - 1190.55) < 0.1 && abs(size.height - 841.89) < 0.1)
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics.map(DiagnosticFormatter.text))")
        let boxes = try PDFText.boxes(url)
        let first = try #require(boxes.first { $0.word == "מגלה" })
        let second = try #require(boxes.first { $0.word == "מחפש" })
        #expect(first.xMin > second.xMax, "the first stage's title lies to the right of the second's")
        let text = try PDFText.extract(url)
        for phrase in [
            "הוצאת אישור תושב", "מסע קיים", "רוחן", "מתקשר למוקד", "מועבר בין נציגים ושומע תשובות שונות",
            "תחושות ורגשות", "כועס", "תובנות והמלצות",
        ] {
            #expect(PDFText.contains(text, phrase: phrase), "\(phrase)")
        }
    }

    @Test func aFutureMapSaysHowTheJourneyChanged() throws {
        let journey = try #require(workshop.journey(named: "resident-certificate-future"))
        let (url, typesetter, _) = try render(journey)
        #expect(typesetter.diagnostics.isEmpty)
        let text = try PDFText.extract(url)
        #expect(PDFText.contains(text, phrase: "מסע עתידי"))
        #expect(PDFText.contains(text, phrase: "6 שלבים ← 3") || PDFText.contains(text, phrase: "6 שלבים 3"))
        #expect(PDFText.contains(text, phrase: "המסע הקיים"))
    }

    /// Twelve stages with long notes: two sheets of six, lane labels on both, nothing below 8 pt,
    /// and every cell that had to be cut reported at its stage's line.
    @Test func aLongJourneyContinuesAndReportsWhatItCuts() throws {
        let long = String(repeating: "תיאור ארוך מאוד של מה שקרה לתושב בשלב הזה ומה הוא הרגיש ", count: 14)
        var yaml = "title: שירות ארוך\npersona: rochan\nstages:\n"
        for n in 1...12 {
            yaml += "  - title: שלב מספר \(n)\n    actions: [\"\(long)\"]\n    pains: [\"\(long)\"]\n"
            yaml += "    needs: [\"\(long)\"]\n    emotion: {score: \(n % 5 - 2), word: רגש}\n"
        }
        let copy = makeWorkshop(meetings: [:])
        copy.write("journeys/long.yaml", yaml)
        copy.write("personas/rochan.yaml", "name: רוחן\n")
        let loaded = try #require(check(copy.url).workshop)
        let (url, typesetter, document) = try render(try #require(loaded.journey(named: "long")), in: loaded)
        #expect(document.pages.count == 2)
        let cut = typesetter.diagnostics.filter { $0.rule == "layout.overflow" }
        #expect(!cut.isEmpty)
        #expect(cut.allSatisfy { $0.severity == .warning && $0.location?.file.hasSuffix("journeys/long.yaml") == true })
        #expect(
            Set(cut.compactMap { $0.location?.line }).count == 12,
            "one line per stage: \(Set(cut.compactMap { $0.location?.line }))")
        for page in 1...2 {
            let text = try PDFText.extract(url, page: page)
            #expect(PDFText.contains(text, phrase: "הכאב") && PDFText.contains(text, phrase: "הצורך"), "labels on page \(page)")
        }
        // Nothing printed below 8 pt; stage titles at 14 pt or more.
        for page in document.pages {
            let all = textBlocks(page.elements)
            #expect(all.allSatisfy { $0.fittedSize >= 8 })
            #expect(all.filter { $0.text.hasPrefix("שלב מספר") }.allSatisfy { $0.fittedSize >= 14 })
        }
    }

    /// The programme's template: six stages on one A3 sheet, the columns over its whole width;
    /// past eight stages a second sheet repeats the lanes.
    @Test func theBlankCanvasPutsSixStagesOnOneSheetAcrossItsWidth() throws {
        let document = try printed(PrintRequest(.journeyCanvas, lanes: ["meeting-3"], stages: 6))
        #expect(document.pages.count == 1)
        let widest =
            document.pages[0].elements.compactMap { element -> Double? in
                if case let .shape(.line(from, to), _) = element, from.y == to.y { return abs(to.x - from.x) }
                return nil
            }.max() ?? 0
        // Within the margins kept clear of the corner marks a scan finds the canvas by.
        #expect(abs(widest - (420 - 2 * ScanMarks.margin)) < 1, "the grid spans the sheet: \(widest) mm")
        let nine = try printed(PrintRequest(.journeyCanvas, lanes: ["meeting-3"], stages: 9))
        #expect(nine.pages.count == 2)
        let url = folder.path("blank.pdf")
        try PDFExport.write(nine, to: url)
        for page in 1...2 {
            let text = try PDFText.extract(url, page: page)
            for label in ["הפעולה", "הכאב", "הצורך", "השירות", "פרסונה"] {
                #expect(PDFText.contains(text, phrase: label), "\(label) on page \(page)")
            }
        }
        #expect(JourneyMapLayout.sheets(9, atMost: 8) == [0..<5, 5..<9])
        #expect(JourneyMapLayout.sheets(12, atMost: 8) == [0..<6, 6..<12])
    }

    @Test func twoRendersAreByteIdentical() throws {
        let journey = try #require(workshop.journey(named: "arnona-discount-current"))
        let (a, _, _) = try render(journey)
        let first = try Data(contentsOf: a)
        let (b, _, _) = try render(journey)
        #expect(first == (try Data(contentsOf: b)))
    }
}
