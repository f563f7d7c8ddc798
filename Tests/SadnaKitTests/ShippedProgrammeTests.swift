import Foundation
import SadnaTestSupport
import Testing

@testable import SadnaKit

@Suite("The Emek HaMaayanot programme that ships with Sadna")
struct ShippedProgrammeTests {
    /// Loaded and checked against Sadna's templates, without the service pages' review (whose
    /// deliberate findings the review's own tests count).
    let outcome = check(emekWorkshop, review: false)

    @Test func loadsWithoutErrors() {
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.map(DiagnosticFormatter.text))")
    }

    /// The only warning is the source's own inconsistency, kept on purpose: meeting 4's last row
    /// (14:30-15:00) lies after its stated hours (08:30-14:00).
    @Test func itsOnlyWarningIsTheSourcesOwnInconsistency() {
        #expect(outcome.diagnostics.count == 1)
        let warning = outcome.diagnostics.first
        #expect(warning?.rule == "agenda.outside-hours")
        #expect(warning?.location?.file.hasSuffix("meetings/04.yaml") == true)
    }

    @Test func holdsEveryMeetingTheSourceHas() throws {
        let workshop = try #require(outcome.workshop)
        #expect(workshop.meetings.map(\.id) == ["01", "02", "03", "04", "06", "07", "08", "09", "10", "staff-2019-09-19"])
        #expect(workshop.meeting(named: "5") == nil)
    }

    @Test func keepsDatesAndWeekdaysAsWrittenAndInventsNone() throws {
        let workshop = try #require(outcome.workshop)
        let two = try #require(workshop.meeting(named: "2"))
        #expect(two.date?.value.description == "2019-05-29")
        #expect(two.weekday?.value == .wednesday)
        #expect(two.starts?.value.description == "08:30" && two.ends?.value.description == "14:00")
        #expect(workshop.meeting(named: "1")?.date == nil)
        #expect(workshop.meeting(named: "6")?.date == nil)
        #expect(workshop.meeting(named: "7")?.date == nil)
        #expect(workshop.meeting(named: "10")?.venue?.value == "אולם המליאה")
    }

    @Test func meetingThreeNamesItsSixTaskCardsAndTheirOwners() throws {
        let three = try #require(outcome.workshop?.meeting(named: "3"))
        let field = try #require(three.agenda.first { $0.id?.value == "field-exercise" })
        for owner in ["גביה", "דינה", "מייק", "גרי", "דפנה ארזי", "יעקב קדוש"] {
            #expect(field.detail?.value.contains(owner) == true)
        }
        #expect(three.goal?.value == "היכרות עם המושגים פרסונה, מסע לקוח ושירותי המועצה")
        #expect(three.homework.count == 2)
    }

    @Test func workshopHoldsTheConceptGoalsAndCouncilFacts() throws {
        let workshop = try #require(outcome.workshop)
        #expect(workshop.goals.count == 6)
        #expect(workshop.serviceConcept?.name.value == "קל, מותאם, יוזם")
        #expect(workshop.serviceConcept?.principles.map(\.name.value) == ["קל", "מותאם", "יוזם"])
        #expect(workshop.council?.settlements?.value == 24)
        #expect(workshop.council?.residentsBefore?.value == 10_000)
        #expect(workshop.council?.residentsAfter?.value == 15_000)
        #expect(workshop.meetingFormat?.parts.count == 6)
        #expect(workshop.outcomes.contains { $0.value.contains("1,000") })
    }

    @Test func rowDurationsFollowTheNextRowOrTheMeetingsEnd() throws {
        let three = try #require(outcome.workshop?.meeting(named: "3"))
        let durations = three.rowDurations
        #expect(durations[0] == 30)  // 8:30 → 9:00
        #expect(durations[3] == 30)  // 9:45 → 10:15
        #expect(durations.last == 30)  // 13:30 → the meeting's end at 14:00
        let one = try #require(outcome.workshop?.meeting(named: "1"))
        #expect(one.rowDurations.last == 5)  // "5 דק'" as written
    }
}
