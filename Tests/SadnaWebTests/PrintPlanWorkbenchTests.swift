import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// A facilitator says what a meeting prints, and for whom, in the workbench: the print plan, the
/// meeting's invitees, the team from a spreadsheet, and who is late with their homework.
@Suite("Print plans, invitees, the team's import and homework in the workbench")
struct PrintPlanWorkbenchTests {
    static func planForm(_ client: any TestClientProtocol, _ meeting: String = "03") async throws -> HTMLForm {
        try #require(
            HTMLForm(
                try await client.get("/meetings/\(meeting)/print?lang=he").text, action: "/meetings/\(meeting)/print"))
    }

    @Test func savingThePlanAsItIsChangesNothingAndAChangedCountChangesOneLine() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let before = try bench.text("meetings/03.yaml")
            var form = try await Self.planForm(client)
            #expect(form["p0-kind"] == "task-cards" && form["p3-count"] == "per-group" && form["p3-copies"] == "3")
            let same = try await client.post("/meetings/03/print?lang=he", fields: form.pressing("action", "save"))
            #expect(same.status == .seeOther)
            #expect(try bench.text("meetings/03.yaml") == before, "nothing changed, nothing written")

            form = try await Self.planForm(client)
            form.set("p3-copies", "2")
            let saved = try await client.post("/meetings/03/print?lang=he", fields: form.pressing("action", "save"))
            #expect(saved.status == .seeOther)
            let changes = lineChanges(before, try bench.text("meetings/03.yaml"))
            #expect(changes.added == ["    copies: 2 per-group"] && changes.removed == ["    copies: 3 per-group"], "\(changes)")
            let meeting = try #require(check(bench.workshop).workshop?.meetings.first { $0.id == "03" })
            #expect(meeting.print[3].copies.value == .perGroup(2))
            // The deck keeps the agenda's order though the form lists the cards in the deck's.
            #expect(meeting.print[0].items.first?.value == "4-arnona-pension-discount")
        }
    }

    @Test func aNewItemIsCheckedBeforeItIsSavedAndCountedInThePrintList() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let before = try bench.text("meetings/03.yaml")
            let form = try await Self.planForm(client)
            let added = try await client.post("/meetings/03/print?lang=he", fields: form.pressing("action", "add"))
            #expect(added.status == .ok && added.text.contains("id=\"p4-kind\""))
            #expect(try bench.text("meetings/03.yaml") == before, "adding an item saves nothing yet")
            var more = try #require(HTMLForm(added.text, action: "/meetings/03/print"))
            let total = { (page: String) in page.range(of: "סך הכול [0-9]+", options: .regularExpression).map { String(page[$0]) }
            }
            // A worksheet item must name a worksheet: the check says so beside the item.
            more.set("p4-kind", "worksheet")
            let checked = try await client.post("/meetings/03/print?lang=he", fields: more.pressing("action", "check"))
            #expect(checked.status == .ok)
            let findings = try #require(checked.text.range(of: "id=\"item-4-findings\"")).upperBound
            #expect(checked.text[findings...].prefix(600).contains("class=\"error\""), "the finding is beside item 5")
            // Ten sign-in sheets count in the print list at once.
            more.set("p4-kind", "sign-in")
            more.set("p4-copies", "10")
            let counted = try await client.post("/meetings/03/print?lang=he", fields: more.pressing("action", "check"))
            #expect(total(counted.text) != total(added.text), "the total follows the new item")
            #expect(counted.text.contains(">10</td>"))
            let saved = try await client.post("/meetings/03/print?lang=he", fields: more.pressing("action", "save"))
            #expect(saved.status == .seeOther)
            let text = try bench.text("meetings/03.yaml")
            #expect(text.hasPrefix(before.prefix(200)), "the file's head and comments stay")
            #expect(text.hasSuffix("  - kind: sign-in\n    copies: 10\n"), "\(text.suffix(120))")
            let outcome = check(bench.workshop)
            #expect(!outcome.diagnostics.contains { $0.severity == .error && $0.location?.file.hasSuffix("03.yaml") == true })
        }
    }

    @Test func theOptionsOfNewerKindsAreOfferedAndWrittenAsThePlanSaysThem() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            var form = try await Self.planForm(client)
            let added = try await client.post("/meetings/03/print?lang=he", fields: form.pressing("action", "add"))
            form = try #require(HTMLForm(added.text, action: "/meetings/03/print"))
            form.set("p4-kind", "programme")
            let programme = try await client.post("/meetings/03/print?lang=he", fields: form.pressing("action", "check"))
            #expect(programme.text.contains("חוברת A5"), "the booklet is offered for the programme")
            form = try #require(HTMLForm(programme.text, action: "/meetings/03/print"))
            form.set("p4-booklet", "1")
            let saved = try await client.post("/meetings/03/print?lang=he", fields: form.pressing("action", "save"))
            #expect(saved.status == .seeOther)
            #expect(try bench.text("meetings/03.yaml").hasSuffix("  - kind: programme\n    booklet: true\n"))
            let meeting = try #require(check(bench.workshop).workshop?.meetings.first { $0.id == "03" })
            #expect(meeting.print.last?.booklet?.value == true)

            // Turned off again, the flag leaves the file.
            form = try await Self.planForm(client)
            #expect(form["p4-booklet"] == "1")
            form.fields.removeAll { $0.0 == "p4-booklet" }
            _ = try await client.post("/meetings/03/print?lang=he", fields: form.pressing("action", "save"))
            #expect(try bench.text("meetings/03.yaml").hasSuffix("  - kind: programme\n"))

            // Name stickers offer the test sheet; cards offer the deck.
            form.set("p4-kind", "name-stickers")
            let stickers = try await client.post("/meetings/03/print?lang=he", fields: form.pressing("action", "check"))
            #expect(stickers.text.contains("דף ניסיון"))
            form.set("p4-kind", "cards")
            let cards = try await client.post("/meetings/03/print?lang=he", fields: form.pressing("action", "check"))
            #expect(cards.text.contains("id=\"p4-deck\""))
        }
    }

    @Test func anItemForARowWithoutAnIdGivesTheRowOne() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            var form = try await Self.planForm(client)
            form.set("p3-for", "row:0")
            _ = try await client.post("/meetings/03/print?lang=he", fields: form.pressing("action", "save"))
            let meeting = try #require(check(bench.workshop).workshop?.meetings.first { $0.id == "03" })
            #expect(meeting.agenda[0].id?.value == "התכנסות" && meeting.print[3].forRow?.value == "התכנסות")
        }
    }

    @Test func aCommitteeMeetingNamesItsMembersAndEveryoneAgainRemovesTheList() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let before = try bench.text("meetings/08.yaml")
            var form = try #require(
                HTMLForm(try await client.get("/meetings/08/invitees?lang=he").text, action: "/meetings/08/invitees"))
            #expect(form["who"] == "everyone")
            form.set("who", "named")
            form.set("others", "דני שקד, ועדת ביקורת\r\nאלונה אילת, משרד העבודה, הרווחה והשירותים החברתיים")
            let saved = try await client.post("/meetings/08/invitees?lang=he", fields: form.fields)
            #expect(saved.status == .seeOther)
            let workshop = try #require(check(bench.workshop).workshop)
            let meeting = try #require(workshop.meetings.first { $0.id == "08" })
            #expect(workshop.invitees(of: meeting).map(\.name.value) == ["דני שקד", "אלונה אילת"])
            #expect(workshop.invitees(of: meeting).last?.department?.value == "משרד העבודה, הרווחה והשירותים החברתיים")
            let page = try await client.get("/meetings/08/invitees?lang=he").text
            #expect(page.contains("מוזמנים עכשיו: 2."))
            form = try #require(HTMLForm(page, action: "/meetings/08/invitees"))
            form.set("who", "everyone")
            _ = try await client.post("/meetings/08/invitees?lang=he", fields: form.fields)
            #expect(try bench.text("meetings/08.yaml") == before)
        }
    }

    @Test func theTeamComesFromASpreadsheetAndTheReportNamesThePeople() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let (token, _, page) = try await client.form("/participants/import?lang=he")
            #expect(page.contains("ייבוא משתתפים מגיליון"))
            let sheet = "שם,מחלקה,תפקיד,דוא\"ל\nרינה לוי,גבייה,מנהלת,rina@example.org\n,רווחה,,\nדוד אבן,הנדסה,,\n"
            let response = try await client.post(
                "/participants/import?lang=he", fields: [("_csrf", token)],
                files: [("spreadsheet", "team.csv", Data(sheet.utf8))])
            #expect(response.status == .ok)
            #expect(response.text.contains("נוספו 2 לרשימה: רינה לוי, דוד אבן."), "named, not counted alone")
            #expect(response.text.contains("(מספרי השורות בגיליון): 3."))
            let workshop = try #require(check(bench.workshop).workshop)
            #expect(workshop.participants.map(\.name.value) == ["רינה לוי", "דוד אבן"])
            // Again: both are on the list already, and kept as they are.
            let again = try await client.post(
                "/participants/import?lang=he", fields: [("_csrf", token)],
                files: [("spreadsheet", "team.csv", Data(sheet.utf8))])
            #expect(again.text.contains("כבר ברשימה, ונשארו כמו שהם: רינה לוי, דוד אבן."))
        }
    }

    @Test func theHomeworkPageSaysWhoIsLatePerMeeting() async throws {
        let bench = try TestWorkbench()
        try "- { name: רינה לוי, department: גבייה }\n- { name: דוד אבן, department: הנדסה }\n".write(
            to: bench.workshop.appendingPathComponent("participants.yaml"), atomically: true, encoding: .utf8)
        let meeting = bench.workshop.appendingPathComponent("meetings/02.yaml")
        let text = try String(contentsOf: meeting, encoding: .utf8).replacingOccurrences(
            of: "homework:\n  - ",
            with: "homework:\n  - title: 3 פרסונות\n    assigned: per-participant\n    done: [דוד אבן]\n    text: ")
        try text.write(to: meeting, atomically: true, encoding: .utf8)
        try await bench.test { client in
            let home = try await client.get("/?lang=he").text
            #expect(home.contains("href=\"/participants/homework\">מעקב שיעורי בית</a>"))
            let page = try await client.get("/participants/homework?lang=he").text
            #expect(page.contains("3 פרסונות") && page.contains("באיחור (1): רינה לוי") && page.contains("הגישו (1): דוד אבן"))
            #expect(page.contains("אחד/ת באיחור."))
        }
    }
}
