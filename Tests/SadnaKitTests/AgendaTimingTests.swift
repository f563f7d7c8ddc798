import Foundation
import SadnaTestSupport
import Testing

@testable import SadnaKit

/// An agenda timed as SessionLab times a session: a row without a fixed time starts when the row
/// before it ends.
@Suite("Agenda timing")
struct AgendaTimingTests {
    func meeting(_ yaml: String) throws -> Meeting {
        let folder = makeWorkshop(meetings: ["01.yaml": yaml])
        return try #require(check(folder.url).workshop?.meetings.first)
    }

    @Test func rowsTimedByLengthFollowEachOtherFromTheMeetingsStart() throws {
        let meeting = try meeting(
            """
            title: מפגש
            hours: "09:00-10:00"
            agenda:
              - { duration: 30, content: פתיחה }
              - { duration: 15, content: סבב }
              - { start: "10:00", duration: 10, content: הפסקה }
              - { duration: 20, content: סיכום }
            """)
        #expect(meeting.rowStarts.map { $0?.description } == ["09:00", "09:30", "10:00", "10:10"], "a fixed time stays fixed")
        #expect(meeting.agendaEnds?.description == "10:30", "past the meeting's hours, as the editor warns")
    }

    @Test func aRowOfUnknownLengthBreaksTheChainAndNoTimeIsGuessed() throws {
        let meeting = try meeting(
            """
            title: מפגש
            agenda:
              - { start: "9:25", content: המרחב הדיגיטלי }
              - { duration: 10, content: הפסקה }
              - { untimed: true, content: נפרדים מהמנהלים }
              - { start: "10:30", duration: 30, content: מי אני }
              - { duration: 5, content: שיעורי בית }
            """)
        #expect(meeting.rowStarts.map { $0?.description } == ["09:25", nil, nil, "10:30", "11:00"])
        #expect(meeting.agendaEnds?.description == "11:05")
    }
}
