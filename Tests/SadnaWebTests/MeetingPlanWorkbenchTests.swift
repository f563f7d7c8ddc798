import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// A facilitator plans her meetings in the workbench: a new meeting, its agenda timed row by
/// row, and who came.
@Suite("Planning meetings in the workbench")
struct MeetingPlanWorkbenchTests {
    /// The new meeting's form, filled as a facilitator would.
    static func newMeeting(
        _ client: any TestClientProtocol, _ values: [String: String], lang: String = "he"
    ) async throws -> TestResponse {
        var form = try #require(HTMLForm(try await client.get("/meetings/new?lang=\(lang)").text, action: "/meetings"))
        for (key, value) in values { form.set(key, value) }
        return try await client.post("/meetings?lang=\(lang)", fields: form.fields)
    }

    @Test func aNewMeetingIsWrittenAsSadnaNewMeetingWritesItAndNamedLikeItsNeighbours() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let home = try await client.get("/?lang=he").text
            #expect(home.contains("href=\"/meetings/new\">מפגש חדש</a>"))
            let page = try await client.get("/meetings/new?lang=he").text
            for label in ["מספר", "כותרת", "תאריך", "שעות", "מקום", "מטרה"] {
                #expect(page.contains(">\(label)</label>"), "\(label)")
            }
            let response = try await Self.newMeeting(
                client,
                [
                    "number": "5", "title": "מובילים דיגיטליים – מפגש 5", "date": "15.3.2026",
                    "hours": "09:00-12:00", "venue": "חדר הישיבות", "goal": "לתכנן את השירות",
                ])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/meetings/05", "05 beside 04 and 06")
            let text = try bench.text("meetings/05.yaml")
            #expect(text.hasPrefix("# מפגש חדש."), "the template's comments are kept")
            #expect(
                text.contains("\ndate: 2026-03-15\n") && text.contains("\nhours: \"09:00-12:00\"\n")
                    && text.contains("\nvenue: חדר הישיבות\n"))
            let outcome = check(bench.workshop)
            #expect(
                !outcome.diagnostics.contains { $0.location?.file.hasSuffix("05.yaml") == true && $0.severity == .error },
                "\(outcome.diagnostics)")
            let meeting = try #require(outcome.workshop?.meetings.first { $0.id == "05" })
            #expect(meeting.number?.value == 5 && meeting.title.value == "מובילים דיגיטליים – מפגש 5")
            #expect(
                meeting.date?.value == CalendarDate(year: 2026, month: 3, day: 15) && meeting.goal?.value == "לתכנן את השירות")
            #expect(
                meeting.rowStarts.map { $0?.description } == ["09:00", "09:30"], "the example agenda starts with the meeting")
            let shown = try await client.get("/meetings/05?lang=he")
            #expect(shown.status == .ok && shown.text.contains("עריכת סדר היום") && shown.text.contains("נוכחות"))
        }
    }

    @Test func aNewMeetingWithMistakesComesBackWithEverythingTypedAndEachMistakeBesideItsField() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let typed = [
                "number": "3", "title": "", "date": "32.13.2026", "hours": "12:00-09:00", "venue": "ספרייה",
                "goal": "מטרה שנכתבה",
            ]
            let response = try await Self.newMeeting(client, typed)
            #expect(response.status == .unprocessableContent)
            let page = response.text
            for (key, value) in typed where !value.isEmpty {
                #expect(page.contains("value=\"\(value)\"") || page.contains(">\(value)</textarea>"), "\(key)")
            }
            #expect(page.contains("class=\"error-summary\""))
            for key in ["number", "title", "date", "hours"] {
                #expect(page.contains("<a href=\"#field-\(key)\">"), "the summary links to \(key)")
                #expect(page.contains("id=\"field-\(key)-message\""), "\(key)'s message is beside it")
            }
            #expect(page.contains("aria-describedby=\"field-number-message field-number-hint\""))
            #expect(page.contains("aria-invalid=\"true\""))
            #expect(
                page.contains("כבר יש מפגש 3") && page.contains("כתבו כותרת למפגש")
                    && page.contains("שעת הסיום צריכה להיות אחרי שעת ההתחלה"))
            #expect(!FileManager.default.fileExists(atPath: bench.workshop.appendingPathComponent("meetings/3.yaml").path))
            // In the page's language, the fields named by their labels.
            let english = try await Self.newMeeting(client, ["number": "", "title": "", "hours": "nine"], lang: "en").text
            #expect(english.contains("Enter a title for the meeting") && english.contains("The hours must be start-end"))
        }
    }

    /// The agenda editor's form with `rows` (fixed time, length, topic, needs) in place of the agenda.
    static func agendaFields(
        _ form: HTMLForm, _ rows: [(start: String, duration: String, content: String, needs: String)],
        sources: [String]
    ) -> [(String, String)] {
        var fields = form.fields.filter { !$0.0.hasPrefix("r") || $0.0 == "row-count" }
        fields.removeAll { $0.0 == "row-count" }
        fields.append(("row-count", String(rows.count)))
        for (index, row) in rows.enumerated() {
            fields += [
                ("r\(index)-source", sources.indices.contains(index) ? sources[index] : ""), ("r\(index)-start", row.start),
                ("r\(index)-duration", row.duration), ("r\(index)-content", row.content), ("r\(index)-needs", row.needs),
            ]
        }
        return fields
    }

    @Test func agendaRowsTimedByLengthFollowEachOtherAndTheRunSheetPrintsThem() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            _ = try await Self.newMeeting(client, ["number": "5", "title": "מפגש 5", "hours": "09:00-10:30"])
            let before = try bench.text("meetings/05.yaml")
            let form = try #require(
                HTMLForm(try await client.get("/meetings/05/agenda?lang=he").text, action: "/meetings/05/agenda"))
            #expect(form["r0-content"] == "התכנסות" && form["r1-duration"] == "15")
            // "הוספת שורה" brings the page back with one more row, nothing saved yet.
            let added = try await client.post("/meetings/05/agenda?lang=he", fields: form.pressing("action", "add"))
            #expect(added.status == .ok && added.text.contains("id=\"r2-content\"") && added.text.contains("עוד לא נשמרו"))
            #expect(try bench.text("meetings/05.yaml") == before)
            let rows = [
                ("", "30", "התכנסות", ""), ("", "15", "פתיחה", ""), ("", "20", "סבב היכרות", "כרטיסי שמות"),
                ("", "25", "מיפוי שירותים", "טושים\nדפי A3"), ("", "10", "הפסקה", ""), ("", "15", "סיכום", ""),
            ]
            let fields = Self.agendaFields(form, rows, sources: ["0", "1"])
            let timed = try await client.post("/meetings/05/agenda?lang=he", fields: fields + [("action", "recalculate")]).text
            #expect(
                timed.contains("09:45\u{2013}10:05") && timed.contains("10:30\u{2013}10:40"), "each row follows the one before")
            #expect(timed.contains("סדר היום נגמר ב-10:55") && timed.contains("אחרי שעות המפגש"), "past the meeting's hours")
            #expect(timed.contains("טושים") && timed.contains("כרטיסי שמות"), "what the rows need, rolled up")
            // "הזזה למעלה" on the break (row 5): it comes before the mapping.
            let moved = try #require(
                HTMLForm(
                    try await client.post("/meetings/05/agenda?lang=he", fields: fields + [("action", "up-4")]).text,
                    action: "/meetings/05/agenda"))
            #expect(moved["r3-content"] == "הפסקה" && moved["r4-content"] == "מיפוי שירותים")
            let saved = try await client.post("/meetings/05/agenda?lang=he", fields: moved.pressing("action", "save"))
            #expect(saved.status == .seeOther && saved.headers[.location] == "/meetings/05/agenda?saved=1")
            let text = try bench.text("meetings/05.yaml")
            #expect(text.contains("# שיעורי הבית למפגש הבא"), "comments elsewhere stay")
            let meeting = try #require(check(bench.workshop).workshop?.meetings.first { $0.id == "05" })
            #expect(meeting.agenda.map(\.content.value) == ["התכנסות", "פתיחה", "סבב היכרות", "הפסקה", "מיפוי שירותים", "סיכום"])
            #expect(meeting.rowStarts.map { $0?.description ?? "" } == ["09:00", "09:30", "09:45", "10:05", "10:15", "10:40"])
            // The run-sheet prints the rows in that order with those times.
            let pdf = bench.folder.path("agenda.pdf")
            try Data(buffer: try await client.get("/meetings/05/agenda.pdf").body).write(to: pdf)
            let words = PDFText.words(try PDFText.extract(pdf))
            for (time, topic) in [("10:05", "הפסקה"), ("10:15", "מיפוי"), ("10:40", "סיכום")] {
                let digits = time.split(separator: ":").map(String.init)
                let at = try #require(
                    words.indices.first { words[$0] == digits[0] && words[$0 + 1] == digits[1] }, "\(time) in \(words)")
                #expect(
                    words[at..<min(at + 8, words.count)].contains(topic),
                    "\(topic) at \(time): \(words[at..<min(at + 8, words.count)])")
            }
        }
    }

    @Test func savingAnAgendaChangesOnlyTheAgendaAndRowsMoveWithTheirComments() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let before = try bench.text("meetings/01.yaml")
            let form = try #require(HTMLForm(try await client.get("/meetings/01/agenda").text, action: "/meetings/01/agenda"))
            #expect(try await client.post("/meetings/01/agenda", fields: form.pressing("action", "save")).status == .seeOther)
            #expect(try bench.text("meetings/01.yaml") == before, "a save that changes nothing writes nothing")
            // The second row ("פתיחה", with its comment) goes first.
            let moved = try #require(
                HTMLForm(
                    try await client.post("/meetings/01/agenda", fields: form.pressing("action", "up-1")).text,
                    action: "/meetings/01/agenda"))
            #expect(try await client.post("/meetings/01/agenda", fields: moved.pressing("action", "save")).status == .seeOther)
            let after = try bench.text("meetings/01.yaml")
            let changes = lineChanges(before, after)
            #expect(changes.added.isEmpty && changes.removed.isEmpty, "the same lines, in another order: \(changes)")
            let opening = try #require(after.range(of: "content: פתיחה – למה אנחנו כאן")),
                gathering = try #require(after.range(of: "content: התכנסות"))
            #expect(opening.lowerBound < gathering.lowerBound)
            #expect(after.hasSuffix(before.components(separatedBy: "homework:").last!), "what follows the agenda is untouched")
        }
    }

    @Test func anAgendaSavedWhileAColleagueWroteTheMinutesKeepsBothAndAnotherRowChangedMeanwhileToo() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            var form = try #require(HTMLForm(try await client.get("/meetings/03/agenda").text, action: "/meetings/03/agenda"))
            form.set("r0-content", "התכנסות וקפה")
            // Meanwhile the minutes are written into the same file.
            let path = bench.workshop.appendingPathComponent("meetings/03.yaml")
            try Data((try bench.text("meetings/03.yaml") + "minutes:\n  absent: [יוסי כהן]\n").utf8).write(to: path)
            #expect(try await client.post("/meetings/03/agenda", fields: form.pressing("action", "save")).status == .seeOther)
            let both = try bench.text("meetings/03.yaml")
            #expect(both.contains("content: התכנסות וקפה") && both.contains("absent: [יוסי כהן]"), "\(both)")
            // Another row of the agenda changed since the form was opened (in a text editor): both
            // changes land, row by row (FacilitatorListsTests has the conflicts).
            let stale = try #require(HTMLForm(try await client.get("/meetings/03/agenda").text, action: "/meetings/03/agenda"))
            try Data(both.replacingOccurrences(of: "התכנסות וקפה", with: "התכנסות ותה").utf8).write(to: path)
            var mine = stale
            mine.set("r1-content", "פתיחה אחרת")
            #expect(try await client.post("/meetings/03/agenda", fields: mine.pressing("action", "save")).status == .seeOther)
            let merged = try bench.text("meetings/03.yaml")
            #expect(merged.contains("התכנסות ותה") && merged.contains("content: פתיחה אחרת"))
        }
    }

    @Test func aRowWithoutATopicOrATimeIsNotSavedAndSaysWhy() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let before = try bench.text("meetings/03.yaml")
            var form = try #require(HTMLForm(try await client.get("/meetings/03/agenda").text, action: "/meetings/03/agenda"))
            form.set("r0-content", "")
            form.set("r0-start", "25:00")
            let response = try await client.post("/meetings/03/agenda", fields: form.pressing("action", "save"))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("<a href=\"#r0-content\">") && response.text.contains("<a href=\"#r0-start\">"))
            #expect(response.text.contains("value=\"25:00\""), "what was typed comes back")
            #expect(try bench.text("meetings/03.yaml") == before)
        }
    }

    @Test func attendanceIsKeptInEachParticipantsList() async throws {
        let bench = try TestWorkbench()
        try Data(
            """
            # The team.
            - { name: סמדר כהן, department: מזכירות }
            - name: דני לוי
              attended: [1]
            - רותי
            """.utf8
        ).write(to: bench.workshop.appendingPathComponent("participants.yaml"))
        try await bench.test { client in
            let page = try await client.get("/meetings/03/attendance?lang=he").text
            #expect(page.contains(">סמדר כהן</span>") && page.contains("type=\"checkbox\""))
            let form = try #require(HTMLForm(page, action: "/meetings/03/attendance"))
            let response = try await client.post(
                "/meetings/03/attendance", fields: form.fields + [("present", "0"), ("present", "2")])
            #expect(response.status == .seeOther)
            let workshop = try #require(check(bench.workshop).workshop)
            let meeting = try #require(workshop.meetings.first { $0.id == "03" })
            #expect(workshop.present(at: meeting) == ["סמדר כהן", "רותי"])
            let text = try bench.text("participants.yaml")
            #expect(text.hasPrefix("# The team.\n") && text.contains("attended: [1]"), "\(text)")
            let again = try #require(
                HTMLForm(try await client.get("/meetings/03/attendance").text, action: "/meetings/03/attendance"))
            #expect(again.all("present") == ["0", "2"], "ticked as saved")
            // Unticked again: the meeting leaves the list.
            #expect(
                try await client.post(
                    "/meetings/03/attendance", fields: again.fields.filter { !($0.0 == "present" && $0.1 == "2") }
                )
                .status == .seeOther)
            let later = try #require(check(bench.workshop).workshop)
            #expect(later.present(at: meeting) == ["סמדר כהן"])

            // A colleague adds someone at the top meanwhile: the marks go to the people by name, and she stays.
            let stale = try #require(
                HTMLForm(try await client.get("/meetings/03/attendance").text, action: "/meetings/03/attendance"))
            let path = bench.workshop.appendingPathComponent("participants.yaml")
            try Data(("- { name: נועה בר }\n" + (try bench.text("participants.yaml"))).utf8).write(to: path)
            let ticked = stale.fields.filter { $0.0 != "present" } + [("present", "1")]  // דני לוי, and סמדר unticked
            #expect(try await client.post("/meetings/03/attendance", fields: ticked).status == .seeOther)
            let merged = try #require(check(bench.workshop).workshop)
            #expect(merged.participants.map(\.name.value) == ["נועה בר", "סמדר כהן", "דני לוי", "רותי"])
            #expect(merged.present(at: meeting) == ["דני לוי"])
        }
    }
}

extension HTMLForm {
    func all(_ name: String) -> [String] { fields.filter { $0.0 == name }.map(\.1) }
}
