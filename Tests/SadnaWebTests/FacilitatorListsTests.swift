import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// The facilitator's pages as two people use them at once, in the programme's direction, and
/// when a save cannot be made: lists merged by row and field, people restored from the bin, and
/// a refused form brought back as typed.
@Suite("The facilitator's lists, together and when things go wrong")
struct FacilitatorListsTests {
    static let agenda = "/meetings/01/agenda"

    /// The agenda editor's form of meeting 1, as a browser holds it.
    static func agendaForm(_ client: any TestClientProtocol, lang: String = "he") async throws -> HTMLForm {
        try #require(HTMLForm(try await client.get("\(agenda)?lang=\(lang)").text, action: agenda))
    }

    static func save(_ client: any TestClientProtocol, _ form: HTMLForm) async throws -> TestResponse {
        try await client.post("\(agenda)?lang=he", fields: form.pressing("action", "save"))
    }

    static func contents(_ bench: TestWorkbench) throws -> [String] {
        try #require(check(bench.workshop).workshop?.meetings.first { $0.id == "01" }).agenda.map(\.content.value)
    }

    // MARK: Direction from the language

    @Test func aHebrewTitleThatBeginsWithALatinWordIsSetRightToLeftOnEveryFacilitatorPage() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let title = "API אנושי – מפגש 3"
            _ = try await MeetingPlanWorkbenchTests.newMeeting(client, ["number": "5", "title": title, "venue": "Hub חדשנות"])
            for lang in ["he", "ar", "en"] {
                let meeting = try await client.get("/meetings/05?lang=\(lang)").text
                #expect(meeting.contains("<h1 lang=\"he\" dir=\"rtl\">\(title)</h1>"), "\(lang)")
                #expect(meeting.contains("<bdi lang=\"he\" dir=\"rtl\">Hub חדשנות</bdi>"), "the venue, \(lang)")
                for page in ["agenda", "print", "minutes", "attendance", "invitees"] {
                    let text = try await client.get("/meetings/05/\(page)?lang=\(lang)").text
                    #expect(text.contains("<p class=\"lede\" lang=\"he\" dir=\"rtl\">\(title)</p>"), "\(page) \(lang)")
                    #expect(!text.contains("dir=\"auto\">\(title)"), "\(page) \(lang)")
                }
            }
            // What a person types keeps the direction of what she types.
            let editor = try await client.get("/meetings/05/agenda?lang=he").text
            #expect(editor.contains("id=\"r0-content\" name=\"r0-content\" type=\"text\" dir=\"auto\""))
        }
    }

    // MARK: Merged by row and field

    @Test func twoPeoplesChangesToDifferentRowsOfOneAgendaBothLand() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let opened = try await Self.agendaForm(client)
            var first = opened, second = opened
            first.set("r2-content", "סבב אימוג'י קצר")
            second.set("r4-duration", "15")
            #expect(try await Self.save(client, first).status == .seeOther)
            let response = try await Self.save(client, second)
            #expect(response.status == .seeOther, "her row is not his row: no conflict")
            let meeting = try #require(check(bench.workshop).workshop?.meetings.first { $0.id == "01" })
            #expect(meeting.agenda[2].content.value == "סבב אימוג'י קצר")
            #expect(meeting.agenda[4].duration?.value == 15)
            #expect(try bench.text("meetings/01.yaml").contains("# Extraction typos corrected"), "comments stay")
        }
    }

    @Test func aRowAddedByOneAndARowMovedByTheOtherBothLand() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let opened = try await Self.agendaForm(client)
            let before = try Self.contents(bench)
            // One adds a row at the end; the other moves the break up.
            let added = try #require(
                HTMLForm(try await client.post(Self.agenda, fields: opened.pressing("action", "add")).text, action: Self.agenda))
            var withRow = added
            withRow.set("r\(before.count)-content", "סיכום ומשוב")
            withRow.set("r\(before.count)-duration", "10")
            #expect(try await Self.save(client, withRow).status == .seeOther)
            let moved = try #require(
                HTMLForm(try await client.post(Self.agenda, fields: opened.pressing("action", "up-4")).text, action: Self.agenda))
            #expect(try await Self.save(client, moved).status == .seeOther)
            let after = try Self.contents(bench)
            #expect(after.count == before.count + 1 && after.last == "סיכום ומשוב")
            #expect(after[3] == before[4] && after[4] == before[3], "the break moved up")
        }
    }

    @Test func oneFieldBothChangedIsAConflictWithItsLabelAndBothValuesAndKeepMineChangesOnlyIt() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let opened = try await Self.agendaForm(client)
            var first = opened, second = opened
            first.set("r1-content", "פתיחה – של נועה")
            first.set("r3-duration", "40")
            second.set("r1-content", "פתיחה – של דנה")
            second.set("r2-owner", "דנה")
            #expect(try await Self.save(client, first).status == .seeOther)
            let conflict = try await Self.save(client, second)
            #expect(conflict.status == .conflict)
            let page = conflict.text
            #expect(page.contains("שורה 2 · נושא"), "the row and the field by their labels")
            #expect(page.contains("פתיחה – של נועה") && page.contains("פתיחה – של דנה"))
            #expect(!page.contains("שורה 3 · מי מוביל/ה"), "her change to another row is merged, not asked about")
            // "Keep mine" on the one field: hers lands, and the other person's other change stays.
            let form = try #require(HTMLForm(page, action: Self.agenda))
            #expect(form["r1-content"] == "פתיחה – של דנה", "mine is chosen unless she chooses otherwise")
            #expect(try await client.post(Self.agenda, fields: form.fields).status == .seeOther)
            let meeting = try #require(check(bench.workshop).workshop?.meetings.first { $0.id == "01" })
            #expect(meeting.agenda[1].content.value == "פתיחה – של דנה")
            #expect(meeting.agenda[2].owner?.value == "דנה")
            #expect(meeting.agenda[3].duration?.value == 40, "the first person's other change stays")
            // In Arabic and English, the same words.
            var third = try await Self.agendaForm(client)
            var fourth = third
            third.set("r1-content", "A")
            fourth.set("r1-content", "B")
            #expect(try await Self.save(client, third).status == .seeOther)
            let arabic = try await client.post("\(Self.agenda)?lang=ar", fields: fourth.pressing("action", "save")).text
            #expect(arabic.contains("السطر 2 · "))
        }
    }

    @Test func aRowRemovedByOneAndChangedByTheOtherIsAClearConflict() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let opened = try await Self.agendaForm(client)
            let before = try Self.contents(bench)
            let removed = try #require(
                HTMLForm(
                    try await client.post(Self.agenda, fields: opened.pressing("action", "remove-2")).text, action: Self.agenda))
            #expect(try await Self.save(client, removed).status == .seeOther)
            var changed = opened
            changed.set("r2-detail", "כל אחד בוחר אימוג'י אחד בלבד")
            let conflict = try await Self.save(client, changed)
            #expect(conflict.status == .conflict)
            #expect(conflict.text.contains("(נמחקה בינתיים)") && conflict.text.contains("9:10 · "))
            // Keeping hers brings the row back, with her change, where it was.
            let form = try #require(HTMLForm(conflict.text, action: Self.agenda))
            #expect(try await client.post(Self.agenda, fields: form.fields).status == .seeOther)
            let meeting = try #require(check(bench.workshop).workshop?.meetings.first { $0.id == "01" })
            #expect(meeting.agenda.map(\.content.value) == before)
            #expect(try bench.text("meetings/01.yaml").contains("כל אחד בוחר אימוג'י אחד בלבד"))
        }
    }

    @Test func twoPeoplesChangesToOnePrintPlanMergeByItemAndField() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let opened = try await PrintPlanWorkbenchTests.planForm(client)
            var first = opened, second = opened
            first.set("p0-note", "לגזור מראש")
            second.set("p2-note", "להדפיס בצבע")
            second.set("p0-card", "A5")
            #expect(try await client.post("/meetings/03/print", fields: first.pressing("action", "save")).status == .seeOther)
            let merged = try await client.post("/meetings/03/print", fields: second.pressing("action", "save"))
            #expect(merged.status == .seeOther, "other items, other fields: both land")
            let text = try bench.text("meetings/03.yaml")
            #expect(text.contains("note: לגזור מראש") && text.contains("note: להדפיס בצבע") && text.contains("card: A5"))
            // Both change the same item's note: asked, by the item and the field's label.
            var third = try await PrintPlanWorkbenchTests.planForm(client)
            var fourth = third
            third.set("p1-note", "שלושה לכל קבוצה")
            fourth.set("p1-note", "ארבעה לכל קבוצה")
            #expect(try await client.post("/meetings/03/print", fields: third.pressing("action", "save")).status == .seeOther)
            let conflict = try await client.post("/meetings/03/print?lang=he", fields: fourth.pressing("action", "save"))
            #expect(conflict.status == .conflict && conflict.text.contains("פריט 2 · "))
            var choice = try #require(HTMLForm(conflict.text, action: "/meetings/03/print"))
            choice.set("p1-note", "שלושה לכל קבוצה")  // "what is in the file now"
            #expect(try await client.post("/meetings/03/print", fields: choice.fields).status == .seeOther)
            let after = try bench.text("meetings/03.yaml")
            #expect(after.contains("note: שלושה לכל קבוצה") && !after.contains("ארבעה"))
            #expect(after.contains("card: A5") && after.contains("lanes: [meeting-3]"), "the rest as it was")
        }
    }

    @Test func twoPeoplesMinutesMergeByFieldAndOneFieldBothChangedIsAsked() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let path = "/meetings/02/minutes"
            let page = try await client.get("\(path)?lang=he").text
            let empty = try #require(HTMLForm(page, action: path))
            let added = try await client.post("\(path)?lang=he", fields: empty.pressing("action", "add-item"))
            var form = try #require(HTMLForm(added.text, action: path))
            form.set("i0-title", "פתיחה")
            #expect(try await client.post(path, fields: form.pressing("action", "save")).status == .seeOther)
            let opened = try #require(HTMLForm(try await client.get("\(path)?lang=he").text, action: path))
            var first = opened, second = opened
            first.set("i0-discussion", "כולם הציגו את עצמם")
            second.set("absent", "יוסי כהן")
            second.set("i0-d0-text", "להכין מפת שירותים")
            #expect(try await client.post(path, fields: first.pressing("action", "save")).status == .seeOther)
            #expect(try await client.post(path, fields: second.pressing("action", "save")).status == .seeOther)
            var text = try bench.text("meetings/02.yaml")
            #expect(text.contains("כולם הציגו את עצמם") && text.contains("יוסי כהן") && text.contains("להכין מפת שירותים"))
            // Both change the item's title: asked, by its labels, with both values.
            let again = try #require(HTMLForm(try await client.get("\(path)?lang=he").text, action: path))
            var third = again, fourth = again
            third.set("i0-title", "פתיחה וסבב")
            fourth.set("i0-title", "פתיחה והיכרות")
            #expect(try await client.post(path, fields: third.pressing("action", "save")).status == .seeOther)
            let conflict = try await client.post("\(path)?lang=he", fields: fourth.pressing("action", "save"))
            #expect(conflict.status == .conflict && conflict.text.contains("סעיף 1 · נושא"))
            #expect(
                conflict.text.contains("<p class=\"lede\"><a href=\"\(path)\" lang=\"he\" dir=\"rtl\">"), "it names the meeting")
            #expect(conflict.text.contains("פתיחה וסבב") && conflict.text.contains("פתיחה והיכרות"))
            let choice = try #require(HTMLForm(conflict.text, action: path))
            #expect(try await client.post(path, fields: choice.fields).status == .seeOther)
            text = try bench.text("meetings/02.yaml")
            #expect(text.contains("פתיחה והיכרות") && text.contains("כולם הציגו את עצמם") && text.contains("להכין מפת שירותים"))
        }
    }

    @Test func theMergeMatchesRowsThroughTheOnesHerFormWasOpenedWith() {
        let a = ["content": "א"], b = ["content": "ב"], c = ["content": "ג"], d = ["content": "ד"]
        // Someone put a row first meanwhile: hers (row ב changed) still lands on ב.
        let merge = RowMerge(
            fields: ["content", "owner"], loaded: [a, b, c],
            mine: [
                .init(source: 0, values: a), .init(source: 1, values: ["content": "ב", "owner": "דנה"]),
                .init(source: 2, values: c),
            ], current: [d, a, b, c])
        #expect(merge.conflicts.isEmpty)
        #expect(merge.result.map(\.source) == [0, 1, 2, 3])
        #expect(merge.result[2].values["owner"] == "דנה" && merge.result[0].values == d)
        // She removed ג, someone changed it: a conflict, the row kept until she chooses.
        let removed = RowMerge(
            fields: ["content"], loaded: [a, b, c], mine: [.init(source: 0, values: a), .init(source: 1, values: b)],
            current: [a, b, ["content": "ג!"]])
        #expect(removed.conflicts == [.removedByMe(row: 2)] && removed.result.count == 3)
    }

    @Test func attendanceMarksOfTwoPeopleBothLand() async throws {
        let bench = try TestWorkbench()
        try FileManager.default.createDirectory(at: bench.workshop, withIntermediateDirectories: true)
        try "- name: סמדר כהן\n- name: דני לוי\n".write(
            to: bench.workshop.appendingPathComponent("participants.yaml"), atomically: true, encoding: .utf8)
        try await bench.test { client in
            let page = try await client.get("/meetings/01/attendance?lang=he").text
            var first = try #require(HTMLForm(page, action: "/meetings/01/attendance"))
            var second = first
            first.fields.append(("present", "0"))
            second.fields.append(("present", "1"))
            #expect(try await client.post("/meetings/01/attendance", fields: first.fields).status == .seeOther)
            #expect(try await client.post("/meetings/01/attendance", fields: second.fields).status == .seeOther)
            let workshop = try #require(check(bench.workshop).workshop)
            #expect(workshop.participants.allSatisfy { ($0.attended ?? []).count == 1 }, "both marks, one each")
        }
    }

    // MARK: The bin

    static func team(_ bench: TestWorkbench) throws {
        try
            ("# The team.\n- name: סמדר כהן\n  department: מזכירות\n  email: smadar@example.org\n  attended: [1]\n"
            + "- name: דני לוי\n").write(
                to: bench.workshop.appendingPathComponent("participants.yaml"), atomically: true, encoding: .utf8)
    }

    @Test func aRemovedParticipantIsListedInTheBinByNameAndRestoredIntoTheTeam() async throws {
        let bench = try TestWorkbench()
        try Self.team(bench)
        try await bench.test { client in
            let person = try #require(HTMLForm(try await client.get("/participants/1").text, action: "/participants/1/remove"))
            #expect(try await client.post("/participants/1/remove", fields: person.fields).status == .seeOther)
            #expect(try #require(check(bench.workshop).workshop).participants.map(\.name.value) == ["דני לוי"])
            let bin = try await client.get("/bin?lang=he").text
            #expect(bin.contains("<td>משתתף/\u{2060}ת</td>") && bin.contains(">סמדר כהן</span>"))
            let restore = try #require(HTMLForm(bin, action: "/bin/restore"))
            let restored = try await client.post("/bin/restore", fields: restore.fields)
            #expect(restored.status == .seeOther && restored.headers[.location] == "/participants/2?restored=1")
            let back = try #require(check(bench.workshop).workshop).participants
            #expect(back.map(\.name.value) == ["דני לוי", "סמדר כהן"])
            #expect(back[1].email?.value == "smadar@example.org" && back[1].attended?.count == 1, "all of her entry")
            #expect(try await client.get("/participants/2?restored=1&lang=he").text.contains("הוחזר/ה לרשימת המשתתפים"))
            #expect(
                try await client.get("/bin?lang=he").text.contains("סל המחזור ריק") || Bin.entries(in: bench.workshop).isEmpty)
        }
    }

    @Test func aNameOnTheTeamAgainIsSaidPlainlyAndWhatItLacksIsFilledIn() async throws {
        let bench = try TestWorkbench()
        try Self.team(bench)
        try await bench.test { client in
            let person = try #require(HTMLForm(try await client.get("/participants/1").text, action: "/participants/1/remove"))
            #expect(try await client.post("/participants/1/remove", fields: person.fields).status == .seeOther)
            // Added again meanwhile, with another department and no email.
            var add = try #require(HTMLForm(try await client.get("/participants").text, action: "/participants"))
            add.set("name", "סמדר כהן")
            add.set("department", "גזברות")
            #expect(try await client.post("/participants", fields: add.fields).status == .seeOther)
            let restore = try #require(HTMLForm(try await client.get("/bin?lang=he").text, action: "/bin/restore"))
            let page = try await client.post("/bin/restore?lang=he", fields: restore.fields).text
            #expect(page.contains("סמדר כהן⁩ כבר ברשימת המשתתפים") && page.contains("מחלקה"))
            let team = try #require(check(bench.workshop).workshop).participants
            #expect(team.map(\.name.value) == ["דני לוי", "סמדר כהן"], "not added twice")
            #expect(team[1].department?.value == "גזברות" && team[1].email?.value == "smadar@example.org")
            #expect(Bin.entries(in: bench.workshop).count == 1, "the department that differs stays in the bin")
        }
    }

    @Test func aPersonRemovedBeforeTheBinKeptFoldersIsListedAndRestoredToo() async throws {
        let bench = try TestWorkbench()
        let bin = bench.workshop.appendingPathComponent(".sadna/bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try
            ("# Removed from participants.yaml in the workbench (sadna serve) at 2026-12-01 10:00:00 UTC.\n"
            + "# To restore it, copy the entry below back into participants.yaml.\n- name: רון שלו\n  role: רכז\n").write(
                to: bin.appendingPathComponent("2026-12-01-10-00-00-participants-רון-שלו.yaml"), atomically: true, encoding: .utf8
            )
        try await bench.test { client in
            let page = try await client.get("/bin?lang=he").text
            #expect(page.contains(">רון שלו</span>") && page.contains("<td>משתתף/\u{2060}ת</td>"))
            let restore = try #require(HTMLForm(page, action: "/bin/restore"))
            #expect(try await client.post("/bin/restore", fields: restore.fields).status == .seeOther)
            let team = try #require(check(bench.workshop).workshop).participants
            #expect(team.map(\.name.value) == ["רון שלו"] && team[0].role?.value == "רכז")
            #expect(Bin.entries(in: bench.workshop).isEmpty)
        }
    }

    @Test func aRemovedAgendaRowGoesToTheBinAndComesBackAtTheAgendasEnd() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let before = try Self.contents(bench)
            let opened = try await Self.agendaForm(client)
            let removed = try #require(
                HTMLForm(
                    try await client.post(Self.agenda, fields: opened.pressing("action", "remove-1")).text, action: Self.agenda))
            #expect(try await Self.save(client, removed).status == .seeOther)
            #expect(try Self.contents(bench).count == before.count - 1)
            let bin = try await client.get("/bin?lang=he").text
            #expect(bin.contains("<td>שורה בסדר היום</td>") && bin.contains(before[1]))
            let restored = try await client.post(
                "/bin/restore", fields: try #require(HTMLForm(bin, action: "/bin/restore")).fields)
            #expect(restored.status == .seeOther && restored.headers[.location] == "/meetings/01/agenda")
            let after = try Self.contents(bench)
            #expect(after.count == before.count && after.last == before[1])
            #expect(try bench.text("meetings/01.yaml").contains("צפייה בסרטון של שי לי שפיגלמן"), "its detail too")
        }
    }

    // MARK: The same form again

    @Test func aFacilitatorFormOpenedBeforeARestartComesBackAsTyped() async throws {
        let bench = try TestWorkbench()
        try Self.team(bench)
        try await bench.test { client in
            var form = try await Self.agendaForm(client)
            form.set("r1-content", "פתיחה שהוקלדה לפני ההפעלה מחדש")
            form.set("_csrf", "a-token-of-the-workbench-before-it-restarted")
            let before = try bench.text("meetings/01.yaml")
            for (lang, words) in [("he", "סדנה הופעלה מחדש"), ("ar", "سدنا"), ("en", "restarted")] {
                let agenda = try await client.post("\(Self.agenda)?lang=\(lang)", fields: form.pressing("action", "save"))
                #expect(agenda.status == .forbidden)
                #expect(agenda.text.contains("value=\"פתיחה שהוקלדה לפני ההפעלה מחדש\""), "\(lang)")
                #expect(agenda.text.contains("class=\"banner warn\" role=\"alert\"") && agenda.text.contains(words), "\(lang)")
                #expect(agenda.text.contains("<nav"), "the site's header")
            }
            #expect(try bench.text("meetings/01.yaml") == before)
            // Sent again as it came back, with this session's token, it saves.
            let again = try #require(
                HTMLForm(
                    try await client.post(Self.agenda, fields: form.pressing("action", "save")).text, action: Self.agenda))
            #expect(try await Self.save(client, again).status == .seeOther)
            #expect(try Self.contents(bench)[1] == "פתיחה שהוקלדה לפני ההפעלה מחדש")

            var person = try #require(HTMLForm(try await client.get("/participants/2").text, action: "/participants/2"))
            person.set("role", "מהנדס")
            person.set("_csrf", "stale")
            let team = try await client.post("/participants/2?lang=he", fields: person.fields)
            #expect(team.status == .forbidden && team.text.contains("value=\"מהנדס\"") && team.text.contains("סדנה הופעלה מחדש"))
            var marks = try #require(
                HTMLForm(try await client.get("/meetings/01/attendance?lang=he").text, action: "/meetings/01/attendance"))
            marks.fields.append(("present", "1"))
            marks.set("_csrf", "stale")
            let attendance = try await client.post("/meetings/01/attendance?lang=he", fields: marks.fields)
            #expect(attendance.status == .forbidden && attendance.text.contains("סדנה הופעלה מחדש"))
            let ticked = try #require(HTMLForm(attendance.text, action: "/meetings/01/attendance"))
            #expect(ticked.fields.contains { $0 == ("present", "1") }, "his mark is still ticked")
            #expect(try await client.post("/meetings/01/attendance", fields: ticked.fields).status == .seeOther)
            #expect(try #require(check(bench.workshop).workshop).participants[1].attended?.count == 1)
            var invitees = try #require(
                HTMLForm(try await client.get("/meetings/01/invitees?lang=he").text, action: "/meetings/01/invitees"))
            invitees.set("others", "ראש המועצה")
            invitees.set("_csrf", "stale")
            let invited = try await client.post("/meetings/01/invitees?lang=en", fields: invitees.fields)
            #expect(invited.status == .forbidden && invited.text.contains(">ראש המועצה</textarea>"))
            #expect(invited.text.contains("Sadna restarted") && !invited.text.contains("Send again"))
            let minutes = try await client.post(
                "/meetings/01/minutes?lang=he",
                fields: [("_csrf", "stale"), ("item-count", "1"), ("i0-title", "נושא שהוקלד"), ("action", "save")])
            #expect(minutes.status == .forbidden && minutes.text.contains("נושא שהוקלד") && !minutes.text.contains("שליחה שוב"))
        }
    }

    @Test(.enabled(if: SmallDisk.canMount)) func aFacilitatorSaveOntoAReadOnlyFolderComesBackAsTyped() async throws {
        let disk = try #require(SmallDisk(kilobytes: 4096))
        let bench = try TestWorkbench(in: disk.path("emek"))
        try await bench.test { client in
            var form = try await Self.agendaForm(client)
            form.set("r1-content", "פתיחה חדשה")
            try disk.remountReadOnly()
            let response = try await client.post("\(Self.agenda)?lang=he", fields: form.pressing("action", "save"))
            #expect(response.status == .internalServerError)
            #expect(response.text.contains("value=\"פתיחה חדשה\"") && response.text.contains("אפשר רק לקרוא ממנו"))
        }
    }
}
