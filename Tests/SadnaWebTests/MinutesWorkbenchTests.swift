import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// Minutes kept in the browser, and the decisions and actions that follow from them.
@Suite("Minutes in the workbench")
struct MinutesWorkbenchTests {
    @Test func minutesWrittenInTheBrowserAreKeptAndTheirActionsFollowed() async throws {
        let bench = try TestWorkbench()
        try Data("- { name: דנה לוי, attended: [3] }\n- { name: יוסי כהן }\n".utf8)
            .write(to: bench.workshop.appendingPathComponent("participants.yaml"))
        try await bench.test { client in
            let page = try await client.get("/meetings/03/minutes?lang=he").text
            for label in ["נוכחים", "חסרים", "מוזמנים", "הוספת נושא"] { #expect(page.contains(label), "\(label)") }
            let form = try #require(HTMLForm(page, action: "/meetings/03/minutes"))
            #expect(form["present"] == "דנה לוי", "who came, from attendance")
            let added = try #require(
                HTMLForm(
                    try await client.post("/meetings/03/minutes", fields: form.pressing("action", "add-item")).text,
                    action: "/meetings/03/minutes"))
            #expect(added["i0-title"] == "" && added["i0-d0-text"] == "")
            var filled = added
            filled.set("absent", "יוסי כהן")
            filled.set("i0-title", "עדכונים")
            filled.set("i0-discussion", "נקודה ראשונה\r\nנקודה שנייה")
            filled.set("i0-d0-text", "להקים צוות נתונים")
            filled.set("i0-d0-owner", "דנה לוי")
            filled.set("i0-d0-due", "1.5.2026")
            // A due date that is not one comes back beside its field, everything typed kept.
            var wrong = filled
            wrong.set("i0-d0-due", "מחר")
            let refused = try await client.post("/meetings/03/minutes", fields: wrong.pressing("action", "save"))
            #expect(refused.status == .unprocessableContent && refused.text.contains("<a href=\"#i0-d0-due\">"))
            #expect(refused.text.contains("value=\"מחר\"") && refused.text.contains("להקים צוות נתונים"))
            let before = try bench.text("meetings/03.yaml")
            #expect(try await client.post("/meetings/03/minutes", fields: filled.pressing("action", "save")).status == .seeOther)
            let after = try bench.text("meetings/03.yaml")
            #expect(lineChanges(before, after).removed.isEmpty, "only lines added: \(lineChanges(before, after))")
            let workshop = try #require(check(bench.workshop).workshop)
            let minutes = try #require(workshop.meetings.first { $0.id == "03" }?.minutes)
            #expect(minutes.present == nil, "who came stays with attendance")
            #expect(minutes.absent.map(\.value) == ["יוסי כהן"] && minutes.items.map(\.title.value) == ["עדכונים"])
            #expect(minutes.items[0].discussion.map(\.value) == ["נקודה ראשונה", "נקודה שנייה"])
            let action = try #require(minutes.items[0].decisions.first?.action)
            #expect(action.owner.value == "דנה לוי" && action.due?.value == CalendarDate(year: 2026, month: 5, day: 1))
            // Saved again unchanged: the file stays byte for byte.
            let again = try #require(HTMLForm(try await client.get("/meetings/03/minutes").text, action: "/meetings/03/minutes"))
            #expect(again["i0-d0-due"] == "1.5.2026")
            #expect(try await client.post("/meetings/03/minutes", fields: again.pressing("action", "save")).status == .seeOther)
            #expect(try bench.text("meetings/03.yaml") == after)

            let actions = try await client.get("/actions?lang=he").text
            #expect(
                actions.contains("דנה לוי") && actions.contains("להקים צוות נתונים") && !actions.contains("class=\"overdue\""))
            #expect(try await client.get("/?lang=he").text.contains("href=\"/actions\">החלטות ומשימות</a>"))
            for path in ["/actions.pdf", "/meetings/03/minutes.pdf"] {
                let pdf = try await client.get(path)
                #expect(pdf.status == .ok && pdf.headers[.contentType] == "application/pdf", "\(path)")
            }
        }
    }

    @Test func anOverdueActionIsMarkedAndTheSteeringCommitteesMinutesSurviveASave() async throws {
        let bench = try TestWorkbench()
        let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/steering-committee/meetings/2020-03-03.yaml")
        try FileManager.default.copyItem(at: fixture, to: bench.workshop.appendingPathComponent("meetings/2020-03-03.yaml"))
        try await bench.test { client in
            let before = try bench.text("meetings/2020-03-03.yaml")
            let form = try #require(
                HTMLForm(try await client.get("/meetings/2020-03-03/minutes").text, action: "/meetings/2020-03-03/minutes"))
            #expect(
                try await client.post("/meetings/2020-03-03/minutes", fields: form.pressing("action", "save")).status == .seeOther
            )
            #expect(try bench.text("meetings/2020-03-03.yaml") == before, "nothing is lost, nothing rewritten")
            let actions = try await client.get("/actions?lang=en").text
            let open = try #require(check(bench.workshop).workshop).actions()
            #expect(open.isEmpty || actions.contains("Overdue"), "\(open.count) open actions")
        }
    }

    @Test func oneOverdueActionIsCountedInTheSingular() async throws {
        let bench = try TestWorkbench()
        let file = bench.workshop.appendingPathComponent("meetings/01.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let minutes =
            "\nminutes:\n  items:\n    - title: לוח זמנים\n      decisions:\n"
            + "        - { decision: לפרסם את הטופס, owner: סמדר כהן, due: 2020-01-01 }\n"
        try Data((text + minutes).utf8).write(to: file)
        try await bench.test { client in
            for (language, words) in [("en", "1 action overdue"), ("ar", "مهمة واحدة متأخرة"), ("he", "משימה אחת באיחור")] {
                let page = try await client.get("/actions?lang=\(language)").text
                #expect(page.contains(words), "\(language)")
            }
        }
    }
}
