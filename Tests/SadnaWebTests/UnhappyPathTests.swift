import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// Issue 27's unhappy paths over HTTP: a form that comes back with everything typed, required
/// fields, deleting to the bin and restoring, and two people's saves merged field by field.
@Suite("Unhappy paths in the workbench")
struct UnhappyPathTests {
    /// The persona form's fields as the page holds them, with `changes` made.
    func personaForm(_ page: String, action: String, _ changes: [String: String]) throws -> [(String, String)] {
        var form = try #require(HTMLForm(page, action: action))
        for (name, value) in changes { form.set(name, value) }
        return form.fields
    }

    @Test func anAgeInWordsComesBackBesideTheAgeFieldAndNothingIsSaved() async throws {
        let bench = try TestWorkbench()
        let before = WorkshopFiles.ids(in: "personas", of: bench.workshop)
        try await bench.test { client in
            let page = try await client.get("/personas/new?lang=he").text
            let fields = try personaForm(page, action: "/personas", ["name": "מרים חדד", "age": "ארבעים ושלוש"])
            let response = try await client.post("/personas", fields: fields)
            #expect(response.status == .unprocessableContent)
            let text = response.text
            #expect(text.contains("value=\"מרים חדד\""), "what was typed is kept")
            #expect(text.contains("value=\"ארבעים ושלוש\""))
            #expect(text.contains("גיל צריך להיות מספר שלם, למשל \u{2068}42\u{2069}"))
            #expect(text.contains("<a href=\"#field-age\">"), "the summary links to the age field")
            #expect(text.contains("id=\"field-age-message-0\""))
            #expect(text.contains("aria-describedby=\"field-age-message-0\" aria-invalid=\"true\""))
            #expect(!text.contains("`"), "no backticks")
        }
        #expect(WorkshopFiles.ids(in: "personas", of: bench.workshop) == before)
    }

    @Test func aPersonaNeedsANameAndANameOfItsOwn() async throws {
        let bench = try TestWorkbench()
        let before = WorkshopFiles.ids(in: "personas", of: bench.workshop)
        try await bench.test { client in
            let page = try await client.get("/personas/new?lang=ar").text
            let nameless = try await client.post(
                "/personas?lang=ar", fields: try personaForm(page, action: "/personas", ["age": "30"]))
            #expect(nameless.status == .unprocessableContent)
            #expect(nameless.text.contains("اكتبوا اسم الشخصية"))
            let taken = try await client.post(
                "/personas?lang=ar", fields: try personaForm(page, action: "/personas", ["name": "רוחן"]))
            #expect(taken.status == .unprocessableContent)
            #expect(taken.text.contains("توجد شخصية باسم \u{2068}רוחן\u{2069}"))
        }
        #expect(WorkshopFiles.ids(in: "personas", of: bench.workshop) == before, "no \"_\", no \"רוחן-2\"")
    }

    @Test func aPictureThatIsNotOneAndOneTooLargeBringTheFormBack() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let page = try await client.get("/personas/rochan?lang=en").text
            let fields = try personaForm(page, action: "/personas/rochan", ["summary": "A new summary"])
            let fake = try await client.post(
                "/personas/rochan?lang=en", fields: fields, files: [("photo", "face.jpg", Data("not a picture".utf8))])
            #expect(fake.status == .unprocessableContent)
            #expect(fake.text.contains("value=\"A new summary\""))
            #expect(fake.text.contains("is not a picture. Choose a picture file"))
            let huge = Data(repeating: 0x41, count: Workbench.uploadLimit + 1)
            let tooLarge = try await client.post(
                "/personas/rochan?lang=en", fields: fields, files: [("photo", "big.jpg", huge)],
                headers: [.contentLength: String(Workbench.uploadLimit + 2048)])
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.text.contains("value=\"A new summary\""), "the typed fields survive a photo too large")
            #expect(tooLarge.text.contains("The photo is larger than 12 MB"))
            #expect(tooLarge.text.contains("<nav"), "the site's header and menu")
        }
        #expect(try !bench.text("personas/rochan.yaml").contains("A new summary"))
    }

    @Test func aFormOpenedBeforeARestartComesBackWithEverythingTyped() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let page = try await client.get("/personas/new").text
            var fields = try personaForm(page, action: "/personas", ["name": "יעל אבוטבול"])
            fields.removeAll { $0.0 == "_csrf" }
            fields.append(("_csrf", "a-token-of-the-workbench-before-it-restarted"))
            let persona = try await client.post("/personas", fields: fields)
            #expect(persona.status == .forbidden)
            #expect(persona.text.contains("value=\"יעל אבוטבול\"") && persona.text.contains("סדנה הופעלה מחדש"))
            // The facilitator's new meeting comes back as its own form too (FacilitatorForms).
            let other = try await client.post(
                "/meetings", fields: [("_csrf", "stale"), ("title", "מפגש שהוקלד לפני ההפעלה מחדש")])
            #expect(other.status == .forbidden)
            #expect(other.text.contains("value=\"מפגש שהוקלד לפני ההפעלה מחדש\""))
            #expect(other.text.contains("סדנה הופעלה מחדש") && !other.text.contains("שליחה שוב"))
        }
    }

    @Test func twoPeopleChangingDifferentFieldsBothKeepTheirChange() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let page = try await client.get("/personas/rochan").text
            let first = try await client.post(
                "/personas/rochan", fields: try personaForm(page, action: "/personas/rochan", ["income": "בינונית"]))
            #expect(first.status == .seeOther)
            // The second person still holds the page as it was.
            let second = try await client.post(
                "/personas/rochan", fields: try personaForm(page, action: "/personas/rochan", ["education": "תואר ראשון"]))
            #expect(second.status == .seeOther)
            let text = try bench.text("personas/rochan.yaml")
            #expect(text.contains("income: בינונית") && text.contains("education: תואר ראשון"))
            // Both changed the occupation: only that is asked, and the chosen value alone changes.
            let third = try await client.post(
                "/personas/rochan", fields: try personaForm(page, action: "/personas/rochan", ["occupation": "שומר"]))
            #expect(third.status == .seeOther)
            let conflict = try await client.post(
                "/personas/rochan",
                fields: try personaForm(page, action: "/personas/rochan", ["occupation": "מאבטח", "age": "28"]))
            #expect(conflict.status == .conflict)
            #expect(conflict.text.contains("תחום עיסוק / תפקיד") && !conflict.text.contains(">occupation<"))
            #expect(try bench.text("personas/rochan.yaml").contains("occupation: שומר"), "nothing written yet")
            // "Save what I chose" with the file's value for the occupation: her age alone changes.
            var keep = try #require(HTMLForm(conflict.text, action: "/personas/rochan"))
            keep.set("occupation", "שומר")
            #expect(try await client.post("/personas/rochan", fields: keep.fields).status == .seeOther)
            let after = try bench.text("personas/rochan.yaml")
            #expect(after.contains("occupation: שומר") && after.contains("age: 28") && after.contains("income: בינונית"))
        }
    }

    @Test func twoSavesOfOneTaskCardMergeFieldByField() async throws {
        let bench = try TestWorkbench()
        let path = "/task-cards/3-resident-certificate-firearm"
        try await bench.test { client in
            let page = try await client.get(path).text
            var first = try #require(HTMLForm(page, action: path))
            first.set("department", "מחלקת רישוי")
            #expect(try await client.post(path, fields: first.fields).status == .seeOther)
            var second = try #require(HTMLForm(page, action: path))
            second.set("owner", "רכזת השירות")
            #expect(try await client.post(path, fields: second.fields).status == .seeOther)
            let text = try bench.text("task-cards/3-resident-certificate-firearm.yaml")
            #expect(text.contains("department: מחלקת רישוי") && text.contains("owner: רכזת השירות"))
            var third = try #require(HTMLForm(page, action: path))
            third.set("department", "מחלקה אחרת")
            let conflict = try await client.post(path, fields: third.fields)
            #expect(conflict.status == .conflict)
            #expect(conflict.text.contains("מחלקה אחרת") && conflict.text.contains("מחלקת רישוי"))
            #expect(!conflict.text.contains(">department<"))
        }
    }

    @Test func aPersonaDeletedGoesToTheBinAndComesBackByteForByte() async throws {
        let bench = try TestWorkbench()
        let original = try bench.text("personas/rochan.yaml")
        try await bench.test { client in
            let (token, _, confirm) = try await client.form("/personas/rochan/delete")
            #expect(confirm.contains("למחוק את הפרסונה \u{2068}רוחן\u{2069}?"))
            let deleted = try await client.post("/personas/rochan/delete", fields: [("_csrf", token)])
            #expect(deleted.status == .seeOther)
            #expect(!FileManager.default.fileExists(atPath: bench.workshop.appendingPathComponent("personas/rochan.yaml").path))
            let bin = try await client.get("/bin").text
            #expect(bin.contains("פרסונה") && bin.contains("רוחן") && bin.contains("שחזור"))
            let entry = try #require(Bin.entries(in: bench.workshop).first)
            #expect(entry.kind == "persona" && entry.files == ["personas/rochan.yaml"])
            let restored = try await client.post("/bin/restore", fields: [("_csrf", token), ("entry", entry.name)])
            #expect(restored.status == .seeOther)
            #expect(restored.headers[.location] == "/personas/rochan?restored=1")
            let page = try await client.get("/personas/rochan?restored=1&lang=ar").text
            #expect(page.contains("<div role=\"status\"><p class=\"banner ok\">استُعيد من سلة المحذوفات"), "its page says so")
            #expect(try bench.text("personas/rochan.yaml") == original)
            #expect(Bin.entries(in: bench.workshop).isEmpty)
        }
    }

    @Test func aRestoreNeverWritesOverAFileMadeSince() async throws {
        let bench = try TestWorkbench()
        let original = try bench.text("personas/rochan.yaml")
        try await bench.test { client in
            let (token, _, _) = try await client.form("/personas/rochan/delete")
            _ = try await client.post("/personas/rochan/delete", fields: [("_csrf", token)])
            try Data("name: רוחן אחר\n".utf8).write(to: bench.workshop.appendingPathComponent("personas/rochan.yaml"))
            let entry = try #require(Bin.entries(in: bench.workshop).first)
            let refused = try await client.post("/bin/restore", fields: [("_csrf", token), ("entry", entry.name)])
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("שום דבר לא נכתב עליו") && refused.text.contains("שחזור בשם אחר"))
            #expect(try bench.text("personas/rochan.yaml") == "name: רוחן אחר\n")
            let renamed = try await client.post(
                "/bin/restore", fields: [("_csrf", token), ("entry", entry.name), ("renamed", "rochan-2")])
            #expect(renamed.headers[.location] == "/personas/rochan-2?restored=1")
            #expect(try bench.text("personas/rochan-2.yaml") == original)
        }
    }

    @Test func theReviewsReplacementWorksWithoutJavaScript() {
        var form = PostedForm(fields: [("what", "שורה ראשונה\r\nיש לפנות אל המחלקה"), ("replace", "what\n2\n1\nיש לפנות\nפנו")])
        ReviewReplacement.apply(to: &form)
        #expect(form["what"] == "שורה ראשונה\r\nפנו אל המחלקה")
        #expect(form["replace"] == nil)
        // Words no longer where the review found them are left as they are.
        var moved = PostedForm(fields: [("what", "פנו אל המחלקה"), ("replace", "what\n1\n1\nיש לפנות\nפנו")])
        ReviewReplacement.apply(to: &moved)
        #expect(moved["what"] == "פנו אל המחלקה")
    }

    @Test func countsUseEachLanguagesPluralForms() throws {
        let (web, _) = WebTemplates.load(from: FolderSource(templatesFolder))
        let words = try #require(web).labels
        #expect(words.words(in: .he).count("warnings_count", 1) == "הערה אחת")
        #expect(words.words(in: .he).count("warnings_count", 4) == "4 הערות")
        #expect(words.words(in: .ar).count("warnings_count", 2) == "ملاحظتان")
        #expect(words.words(in: .ar).count("warnings_count", 5) == "5 ملاحظات")
        #expect(words.words(in: .ar).count("warnings_count", 11) == "11 ملاحظة")
        #expect(words.words(in: .en).count("errors_count", 1) == "1 error")
    }

    @Test func twoServiceDownloadsHaveNamesOfTheirOwn() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let page = try await client.get("/services/resident-certificate/page.pdf")
            let review = try await client.get("/services/resident-certificate/review.pdf")
            let names = [page, review].compactMap { $0.headers[.contentDisposition] }
            #expect(names.count == 2 && names[0] != names[1], "\(names)")
        }
    }
}
