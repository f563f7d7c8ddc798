import SadnaTestSupport
import Testing

@testable import SadnaKit

@Suite("What reads left to right inside Hebrew and Arabic")
struct LeftToRightRunsTests {
    func runs(_ text: String) -> [String] { LeftToRightRuns.runs(in: text).map(\.text) }

    @Test func phoneNumbersAreRunsWhateverTheirForm() {
        #expect(runs("טלפון: *6565") == ["*6565"])
        #expect(runs("חייגו 1-800-222-333 או 04-6065123") == ["1-800-222-333", "04-6065123"])
        #expect(runs("מהחו\"ל: +972 4 606 5123.") == ["+972 4 606 5123"])
        #expect(runs("מוקד: 04 6065123") == ["04 6065123"])
    }

    @Test func timesDatesAndRangesAreRunsButPlainNumbersAreNot() {
        #expect(runs("בשעות 08:30–14:00, ביום 26.6.2019") == ["08:30–14:00", "26.6.2019"])
        #expect(runs("(מה-1/1/2019)") == ["1/1/2019"])
        #expect(runs("עד 30.7.2019.") == ["30.7.2019"], "the full stop ends the sentence, not the date")
        #expect(runs("ב-10 ימים, 5 שאלות, הטופס itc1312") == [])
        #expect(runs("בשעה 09:00 100 משתתפים") == ["09:00"], "a time and a count stay two things")
    }

    @Test func addressesAndEmailsAreRunsWithoutTheSentencesPunctuation() {
        #expect(LeftToRightRuns.runs(in: "בכתובת https://taxes.gov.il/TaxesFormsList/itc1312.pdf.").map(\.kind) == [.link])
        #expect(
            runs("בכתובת https://taxes.gov.il/TaxesFormsList/itc1312.pdf.") == ["https://taxes.gov.il/TaxesFormsList/itc1312.pdf"]
        )
        #expect(runs("(ראו www.emek.org.il)") == ["www.emek.org.il"])
        #expect(runs("כתבו ל-gvia@emek.org.il, ונחזור") == ["gvia@emek.org.il"])
        #expect(runs("שלום @ כולם") == [])
    }

    @Test func segmentsGiveTheTextBackUnchanged() {
        let text = "תשלום החל מה-1/1/2019 בטלפון *6565 או https://emek.org.il/a-b, gvia@emek.org.il."
        let joined = LeftToRightRuns.segments(of: text).map { segment -> String in
            switch segment {
            case let .plain(plain): plain
            case let .leftToRight(_, run, _): run
            }
        }.joined()
        #expect(joined == text)
        #expect(LeftToRightRuns.isolated("טלפון: *6565") == "טלפון: \u{2066}*6565\u{2069}")
        #expect(LeftToRightRuns.isolated("*6565") == "\u{2066}*6565\u{2069}")
    }

    /// After Latin text the bidi algorithm already joins a run to it; an isolate would send the
    /// ": " between them to the right-to-left side of a Hebrew paragraph ("*6565 :Phone").
    @Test func aRunAfterLatinTextIsClosedWithAMarkNotIsolated() {
        #expect(LeftToRightRuns.isolated("Phone: *6565") == "Phone: *6565\u{200E}")
        #expect(LeftToRightRuns.isolated("Wednesday, 26.6.2019") == "Wednesday, 26.6.2019\u{200E}")
        #expect(LeftToRightRuns.isolated("الساعات: 08:30–14:00") == "الساعات: \u{2066}08:30–14:00\u{2069}")
        #expect(LeftToRightRuns.html("Phone: *6565") == "Phone: *6565&lrm;")
    }

    @Test func theHTMLExportIsolatesTheSameRuns() throws {
        let html = LeftToRightRuns.html("טלפון: *6565 & עוד")
        #expect(html == "טלפון: <bdi dir=\"ltr\">*6565</bdi> &amp; עוד")
        var page = try #require(emek.service(named: "resident-certificate"))
        page.otherHelp = ServicePage.OtherHelp(phones: [Located("*6565", at: page.location)])
        let labels = sadnaTemplates.servicePage.labels.words(in: .he)
        let fragment = ServicePageExport(page: page, labels: labels).fragment
        #expect(fragment.contains("<a href=\"tel:*6565\"><bdi dir=\"ltr\">*6565</bdi></a>"))
        #expect(fragment.contains("(מה-<bdi dir=\"ltr\">1/1/2019</bdi>)"))
    }
}
