import SadnaKit
import Testing

@testable import SadnaPrint

@Suite("Data on a page that runs the other way")
struct DataOnPageTests {
    let english = DataOnPage(page: .en, data: .he)

    @Test func aListMarkerStaysOutsideTheIsolatedText() {
        #expect(english.lines("1. שלום\n•  עולם\nסתם") == "1. \u{2067}שלום\u{2069}\n•  \u{2067}עולם\u{2069}\n\u{2067}סתם\u{2069}")
    }

    @Test func numbersThatAreNoMarkersStayInTheText() {
        #expect(english.lines("2.5 שעות") == "\u{2067}2.5 שעות\u{2069}")
        #expect(english.lines("-5 מעלות") == "\u{2067}-5 מעלות\u{2069}")
    }

    @Test func textWithoutTheDataDirectionsLettersIsNotIsolated() {
        #expect(english.isolated("Date: ") == "Date: ")
        #expect(english.isolated("https://example.org/a") == "https://example.org/a")
        #expect(english.isolated("GIS במועצה") == "\u{2067}GIS במועצה\u{2069}")
    }

    @Test func pagesThatRunLikeTheirDataAreLeftAlone() {
        let arabic = DataOnPage(page: .ar, data: .he)
        #expect(arabic.lines("1. שלום") == "1. שלום")
        #expect(arabic.paragraph == .he)
        #expect(english.paragraph == .en)
    }
}
