import Testing

@testable import SadnaKit

@Suite("Times and dates as plans write them")
struct TimeAndDateTests {
    @Test func agendaTimesReadWithOrWithoutLeadingZero() throws {
        #expect(try ClockTime.parse("8:30").get() == ClockTime(hour: 8, minute: 30))
        #expect(try ClockTime.parse("08:30").get().description == "08:30")
        #expect(try ClockTime.parse("14:00").get().minutes == 14 * 60)
    }

    @Test func impossibleTimesAreNamedAsSuch() {
        #expect(throws: ClockTime.ParseProblem.outOfRange(hour: 25, minute: 70)) { try ClockTime.parse("25:70").get() }
        #expect(throws: ClockTime.ParseProblem.notATime) { try ClockTime.parse("בבוקר").get() }
        #expect(throws: ClockTime.ParseProblem.notATime) { try ClockTime.parse("9").get() }
    }

    @Test func theSourcesWeekdaysAgreeWithTheirDates() throws {
        // The source guide: 29.5.2019 a Wednesday, 30.7.2019 a Tuesday, 23.2.2020 a Sunday.
        #expect(CalendarDate(year: 2019, month: 5, day: 29)?.weekday == .wednesday)
        #expect(CalendarDate(year: 2019, month: 7, day: 30)?.weekday == .tuesday)
        #expect(CalendarDate(year: 2020, month: 2, day: 23)?.weekday == .sunday)
        #expect(CalendarDate(year: 2019, month: 9, day: 19)?.weekday == .thursday)
    }

    @Test func datesReadInIsoAndIsraeliForms() {
        #expect(CalendarDate.parse("2019-05-29") == CalendarDate(year: 2019, month: 5, day: 29))
        #expect(CalendarDate.parse("29.5.2019") == CalendarDate(year: 2019, month: 5, day: 29))
        #expect(CalendarDate.parse("2019-02-30") == nil)
        #expect(CalendarDate.parse("29.5") == nil)
    }

    @Test func weekdaysReadAsHebrewPlansWriteThem() {
        #expect(Weekday.parse("רביעי") == .wednesday)
        #expect(Weekday.parse("יום רביעי") == .wednesday)
        #expect(Weekday.parse("יום ד'") == .wednesday)
        #expect(Weekday.parse("Sunday") == .sunday)
        #expect(Weekday.parse("ירח") == nil)
    }
}

@Suite("Did you mean")
struct SuggestionTests {
    @Test func misspeltKeysFindTheirIntendedKey() {
        let keys = ["title", "agenda", "date", "hours", "venue", "goal", "homework"]
        #expect(Suggestion.closest(to: "titel", among: keys) == "title")
        #expect(Suggestion.closest(to: "agneda", among: keys) == "agenda")
        #expect(Suggestion.closest(to: "homwork", among: keys) == "homework")
        #expect(Suggestion.closest(to: "participants", among: keys) == nil)
    }
}
