import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// The team and the worksheets in the workbench.
@Suite("The team and the worksheets in the workbench")
struct TeamWorkbenchTests {
    @Test func aParticipantIsAddedAndEditedAndTheRestOfTheListStays() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            // No participants.yaml yet: the first person makes it.
            let empty = try await client.get("/participants?lang=he")
            #expect(empty.status == .ok && empty.text.contains(">משתתפים</a>") && empty.text.contains("הוספת משתתף/ת"))
            var form = try #require(HTMLForm(empty.text, action: "/participants"))
            form.set("name", "סמדר כהן")
            form.set("department", "מזכירות")
            form.set("email", "smadar@example.org")
            #expect(try await client.post("/participants", fields: form.fields).status == .seeOther)
            form.set("name", "דני לוי")
            form.set("department", "הנדסה")
            form.set("email", "")
            #expect(try await client.post("/participants", fields: form.fields).status == .seeOther)
            var workshop = try #require(check(bench.workshop).workshop)
            #expect(workshop.participants.map(\.name.value) == ["סמדר כהן", "דני לוי"])
            #expect(workshop.participants[0].email?.value == "smadar@example.org")
            let list = try await client.get("/participants?lang=he").text
            #expect(list.contains("<a href=\"mailto:smadar@example.org\" dir=\"ltr\">"))

            // A mistake comes back beside its field, the name typed kept.
            var wrong = form
            wrong.set("name", "")
            wrong.set("email", "not an address")
            let refused = try await client.post("/participants", fields: wrong.fields)
            #expect(refused.status == .unprocessableContent && refused.text.contains("<a href=\"#new-field-name\">"))
            #expect(refused.text.contains("value=\"not an address\""))

            let before = try bench.text("participants.yaml")
            var edit = try #require(HTMLForm(try await client.get("/participants/2").text, action: "/participants/2"))
            #expect(edit["name"] == "דני לוי")
            edit.set("role", "מהנדס המועצה")
            #expect(try await client.post("/participants/2", fields: edit.fields).status == .seeOther)
            let changes = lineChanges(before, try bench.text("participants.yaml"))
            #expect(changes.removed.count <= 1 && !changes.added.isEmpty, "\(changes)")
            workshop = try #require(check(bench.workshop).workshop)
            #expect(
                workshop.participants[1].role?.value == "מהנדס המועצה" && workshop.participants[0].department?.value == "מזכירות")
            #expect(try await client.get("/participants/9").status == .notFound)

            // Removed from the list, and kept in the bin with the time.
            let person = try #require(HTMLForm(try await client.get("/participants/1").text, action: "/participants/1/remove"))
            let removed = try await client.post("/participants/1/remove", fields: person.fields)
            #expect(removed.status == .seeOther && removed.headers[.location] == "/participants?removed=1")
            workshop = try #require(check(bench.workshop).workshop)
            #expect(workshop.participants.map(\.name.value) == ["דני לוי"])
            let bin = bench.workshop.appendingPathComponent(".sadna/bin")
            let kept = try FileManager.default.contentsOfDirectory(atPath: bin.path)
            #expect(kept.count == 1 && kept[0].hasSuffix("-participants-סמדר-כהן"), "\(kept)")
            let text = try String(contentsOf: bin.appendingPathComponent("\(kept[0])/entry.yaml"), encoding: .utf8)
            #expect(
                text.contains("kind: participant") && text.contains("part_of: participants.yaml")
                    && text.contains("smadar@example.org"))
        }
    }

    @Test func everyWorksheetShowsItsPrintedPageAndDownloads() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let page = try await client.get("/worksheets?lang=he")
            #expect(page.status == .ok && page.text.contains(">גיליונות עבודה</a>"))
            let sheets = emek.worksheets(besides: sadnaTemplates.worksheets)
            #expect(!sheets.isEmpty)
            for sheet in sheets.prefix(2) {
                #expect(page.text.contains("/worksheets/\(sheet.id).png"))
                let png = try await client.get("/worksheets/\(sheet.id).png")
                #expect(png.status == .ok && png.headers[.contentType] == "image/png", "\(sheet.id)")
                let pdf = try await client.get("/worksheets/\(sheet.id).pdf")
                #expect(pdf.status == .ok && pdf.headers[.contentType] == "application/pdf", "\(sheet.id)")
            }
            #expect(try await client.get("/worksheets/nope.pdf").status == .notFound)
        }
    }
}
