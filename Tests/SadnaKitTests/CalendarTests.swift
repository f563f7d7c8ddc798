import Foundation
import SadnaTestSupport
import Testing

@testable import SadnaKit

@Suite("iCalendar export")
struct CalendarTests {
    let export: ICalendar.Export

    init() {
        export = ICalendar.export(emek)
    }

    @Test func holdsTheDatedMeetingsAndNamesTheOthers() {
        #expect(export.events == 7)
        #expect(export.undated.map(\.id) == ["01", "06", "07"])
    }

    @Test func timesAreInJerusalem() {
        #expect(export.text.contains("DTSTART;TZID=Asia/Jerusalem:20190529T083000\r\n"))
        #expect(export.text.contains("DTEND;TZID=Asia/Jerusalem:20190529T140000\r\n"))
        #expect(export.text.contains("TZID:Asia/Jerusalem"))
    }

    @Test func linesFollowTheStandard() {
        let lines = export.text.components(separatedBy: "\r\n")
        #expect(lines.last == "")
        for line in lines {
            #expect(line.utf8.count <= 75, "too long: \(line)")
            #expect(!line.contains("\n"))
        }
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == lines.filter { $0 == "END:VEVENT" }.count)
    }

    @Test func theAgendaIsInTheDescription() {
        // Unfolded, the description of meeting 3 lists its rows with their times.
        let unfolded = export.text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("09:45 יציאה לשטח – למידה בזוגות"))
    }

    @Test func textValuesAreEscaped() {
        #expect(ICalendar.escape("א, ב; ג\nד") == "א\\, ב\\; ג\\nד")
    }
}
