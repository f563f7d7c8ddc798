import SadnaTestSupport
import Testing

@testable import SadnaKit

@Suite("A meeting's day, hours and durations, written one way everywhere")
struct MeetingTimesTextTests {
    func runs(_ text: String) -> [String] { LeftToRightRuns.runs(in: text).map(\.text) }

    @Test func aMeetingsDayIsWrittenWithItsLanguagesComma() throws {
        let date = try #require(CalendarDate(year: 2019, month: 6, day: 26))
        #expect(Language.he.dateLine(date) == "יום רביעי, 26.6.2019")
        #expect(Language.ar.dateLine(date) == "الأربعاء، 26.6.2019")
        #expect(Language.en.dateLine(date) == "Wednesday, 26.6.2019")
    }

    @Test func hoursAreOneSpanStartFirst() {
        #expect(ClockTime.span(from: ClockTime(hour: 8, minute: 30), to: ClockTime(hour: 14, minute: 0)) == "08:30–14:00")
        #expect(ClockTime.span(from: ClockTime(hour: 9, minute: 0), to: nil) == "09:00")
        #expect(ClockTime.span(from: nil, to: ClockTime(hour: 9, minute: 0)) == nil)
        #expect(
            runs(ClockTime.span(from: ClockTime(hour: 8, minute: 30), to: ClockTime(hour: 14, minute: 0))!) == ["08:30–14:00"])
    }

    /// One rule in every language: minutes under an hour, hours and minutes from an hour on.
    @Test(arguments: Language.allCases)
    func durationsFollowOneRule(language: Language) {
        let labels = sadnaTemplates.agenda.labels.words(in: language)
        let minutes = labels.duration(minutes: 45), hour = labels.duration(minutes: 60)
        let ninety = labels.duration(minutes: 90), two = labels.duration(minutes: 120)
        #expect(minutes.contains("45") && !minutes.contains(":"))
        #expect(hour.contains("1:00") && ninety.contains("1:30") && two.contains("2:00"))
        #expect(labels.duration(minutes: 59).contains("59"))
        if language == .he { #expect([minutes, ninety] == ["45 דק'", "1:30 ש'"]) }
    }
}
