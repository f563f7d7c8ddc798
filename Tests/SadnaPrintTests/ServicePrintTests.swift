import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

@Suite("Service pages printed, reviewed and sketched; the prioritisation worksheet")
struct ServicePrintTests {
    let folder = TemporaryFolder()
    let workshop = emek

    func write(_ document: PrintDocument) throws -> URL {
        let url = folder.path("\(UUID().uuidString).pdf")
        try PDFExport.write(document, to: url)
        return url
    }

    @Test func theReviewPrintPutsEachFindingInTheMarginBesideItsSection() throws {
        // The review as the catalog prints it, its findings counted from the tests' fixed today (2026-01-01).
        let page = try #require(workshop.service(named: "resident-certificate"))
        let typesetter = Typesetter()
        let document = try printed(PrintRequest(.serviceReview, items: [page.id]), typesetter: typesetter)
        #expect(typesetter.diagnostics.isEmpty)
        let url = try write(document)
        let text = try PDFText.extract(url)
        #expect(PDFText.contains(text, phrase: "הערות לבדיקה"))
        // The notes in the page's language and a drafter's words, with no file positions.
        #expect(PDFText.contains(text, phrase: "כתבו \"אם\"") && PDFText.contains(text, phrase: "אין כאן צעד"))
        #expect(!text.contains("is bureaucratic") && text.range(of: "\\b\\d+:\\d+\\b", options: .regularExpression) == nil)
        // The notes are in the margin on the end side (left, on a Hebrew page), the text on the start side.
        let boxes = try PDFText.boxes(url)
        let note = try #require(boxes.first { $0.word == "כתבו" })
        let heading = try #require(boxes.first { $0.word == "למי" })
        #expect(note.xMax < heading.xMin)
        // And each note sits level with its section: the "for whom" note with the "for whom" heading.
        #expect(abs(note.yMin - heading.yMin) < 25)
    }

    /// The review's numbers beside the title stand clear of it, in every language; on an
    /// English page the title starts at the left, the numbers at the end of its line.
    @Test(arguments: Language.allCases)
    func theReviewBadgeDoesNotCoverTheTitle(language: Language) throws {
        let document = try printed(PrintRequest(.serviceReview, items: ["resident-certificate"], language: language))
        let first = document.pages[0]
        let title = try #require(
            first.elements.compactMap { element -> (TextBlock, Point)? in
                guard case let .text(block, origin, _) = element, block.text == "אישור תושב" else { return nil }
                return (block, origin)
            }.first)
        let badges = first.elements.compactMap { element -> Point? in
            guard case let .shape(.circle(centre, radius), _) = element, radius < 3,
                abs(centre.y - title.1.y - 3) < 1
            else { return nil }
            return centre
        }
        #expect(!badges.isEmpty)
        let url = try write(document)
        let words = try PDFText.boxes(url).filter { ["אישור", "תושב"].contains($0.word) && $0.yMin < Units.points(40) }
        #expect(words.count == 2)
        for badge in badges {
            let (left, right) = (Units.points(badge.x - 2.2), Units.points(badge.x + 2.2))
            for word in words {
                #expect(right < word.xMin || left > word.xMax, "badge at \(badge.x) mm over \(word.word)")
            }
        }
    }

    /// The Arabic review once left the last document to attach alone on a second page; the
    /// page is set a little tighter instead, and every language prints it on one.
    @Test(arguments: Language.allCases)
    func theReviewPrintIsOnePageInEveryLanguage(language: Language) throws {
        let typesetter = Typesetter()
        let document = try printed(
            PrintRequest(.serviceReview, items: ["resident-certificate"], language: language),
            typesetter: typesetter)
        #expect(document.pages.count == 1)
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics)")
    }

    @Test func aCleanPrintHasNoMargin() throws {
        let page = try #require(workshop.service(named: "resident-certificate"))
        let url = try write(try printed(PrintRequest(.servicePage, items: [page.id])))
        let text = try PDFText.extract(url)
        #expect(!PDFText.contains(text, phrase: "הערות לבדיקה"))
        for phrase in [
            "אישור תושב", "למי השירות מיועד?", "משלמים ארנונה במרשם המשלמים במועצה", "במייל",
            "https://taxes.gov.il/TaxesFormsList/itc1312.pdf",
        ] {
            #expect(PDFText.contains(text, phrase: phrase) || text.contains(phrase), "\(phrase)")
        }
    }

    @Test func theSketchIsOnePageWithTheSourcesQuestions() throws {
        let document = try printed(PrintRequest(.serviceSketch))
        #expect(document.pages.count == 1)
        let text = try PDFText.extract(try write(document))
        for question in ["מה? (מהות השירות בקצרה)", "למי? (קהל היעד)", "איך? (מה נדרש לעשות כדי לקבל את השירות)"] {
            #expect(PDFText.contains(text, phrase: question), "\(question)")
        }
    }

    @Test func theChartNumbersRatedServicesAndListsTheRest() throws {
        var rated = workshop
        rated.backlog = workshop.backlog.enumerated().map { index, entry in
            var entry = entry
            if index < 12 {
                entry.impact = Located([50, 400, 3_000, 15_000][index % 4], at: entry.location)
                entry.complexity = Located(index % 3 + 1, at: entry.location)
            }
            return entry
        }
        let typesetter = Typesetter()
        let document = try printed(PrintRequest(.prioritisation), workshop: rated, typesetter: typesetter)
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics)")
        let url = try write(document)
        let size = try #require(try PDFText.pageSizes(url).first)
        #expect(size.width > size.height)
        let text = try PDFText.extract(url)
        #expect(PDFText.contains(text, phrase: "פשוט והשפעה רחבה: מתחילים כאן"))
        #expect(PDFText.contains(text, phrase: "עוד לא דורגו (8)"))
        #expect(PDFText.contains(text, phrase: "1. "))
        // Twelve services on four counts and three levels: no marker covers another.
        let markers = document.pages[0].elements.compactMap { element -> Point? in
            if case let .shape(.circle(centre, radius), _) = element, radius == PrioritisationLayout.markerRadius {
                return centre
            }
            return nil
        }
        #expect(markers.count == 12)
        for (i, a) in markers.enumerated() {
            for b in markers[(i + 1)...] {
                #expect(
                    ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() >= 2 * PrioritisationLayout.markerRadius,
                    "markers at \(a) and \(b) overlap")
            }
        }
    }

    /// An empty chart is filled by hand: its reach axis reads 1, 10, 100, 1,000 and 10,000.
    @Test func theEmptyChartHasItsWholeScale() throws {
        var empty = workshop
        empty.backlog = workshop.backlog.map {
            var entry = $0
            entry.impact = nil
            entry.complexity = nil
            return entry
        }
        let url = try write(try printed(PrintRequest(.prioritisation), workshop: empty))
        let words = try PDFText.boxes(url, page: 1).map(\.word)
        for tick in ["1", "10", "100", "1,000", "10,000"] { #expect(words.contains(tick), "\(tick)") }
    }
}
