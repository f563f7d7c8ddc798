import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// Every form of the people's pages comes back the same after any refusal (`SameForm`): journeys,
/// service pages, task cards, the import, the confirmations and the access code; and service
/// pages and journeys merge two people's saves field by field, cell by cell.
@Suite("The same form again, and merges by field")
struct SameFormTests {
    static let journey = "/journeys/arnona-discount-current"
    static let service = "/services/resident-certificate"
    static let card = "/task-cards/3-resident-certificate-firearm"

    func form(_ client: any TestClientProtocol, _ path: String, action: String? = nil) async throws -> HTMLForm {
        try #require(HTMLForm(try await client.get(path).text, action: action ?? path))
    }

    /// `fields` as a form opened before the workbench restarted sends them.
    func stale(_ fields: [(String, String)]) -> [(String, String)] {
        fields.filter { $0.0 != "_csrf" } + [("_csrf", "a-token-of-the-workbench-before-it-restarted")]
    }

    /// The page came back as its form: what was typed in it, the banner, the site's menu.
    func expectSameForm(
        _ text: String, keeps typed: String, says words: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(text.contains(typed), "what was typed is kept", sourceLocation: sourceLocation)
        #expect(text.contains(words), sourceLocation: sourceLocation)
        #expect(text.contains("<nav"), "the site's header and menu", sourceLocation: sourceLocation)
        #expect(!text.contains("name=\"_csrf\" value=\"a-token"), "a fresh token", sourceLocation: sourceLocation)
    }

    // MARK: The same form

    @Test func aJourneyWithoutATitleComesBackWithItsMessageBesideTheTitle() async throws {
        let bench = try TestWorkbench()
        let before = WorkshopFiles.ids(in: "journeys", of: bench.workshop)
        try await bench.test { client in
            var new = try await form(client, "/journeys/new?lang=ar", action: "/journeys")
            new.set("stages", "שומעים\nמתקשרים")
            let nameless = try await client.post("/journeys?lang=ar", fields: new.fields)
            #expect(nameless.status == .unprocessableContent)
            expectSameForm(nameless.text, keeps: "שומעים\nמתקשרים", says: "لم يُحفظ شيء")
            #expect(nameless.text.contains("<a href=\"#field-title\">اكتبوا الخدمة التي تتناولها الرحلة"))
            #expect(nameless.text.contains("aria-describedby=\"field-title-message field-title-hint\" aria-invalid=\"true\""))
            // The grid without its title: the same grid, every cell as typed.
            var grid = try await form(client, "\(Self.journey)?lang=he", action: Self.journey)
            grid.set("title", " ")
            grid.set("s0-needs", "שהמועצה תשלח מכתב")
            let untitled = try await client.post(Self.journey, fields: grid.fields)
            #expect(untitled.status == .unprocessableContent)
            expectSameForm(untitled.text, keeps: "שהמועצה תשלח מכתב</textarea>", says: "לא נשמר דבר")
            #expect(untitled.text.contains("id=\"field-title-message\""))
        }
        #expect(WorkshopFiles.ids(in: "journeys", of: bench.workshop) == before)
        #expect(try bench.text("journeys/arnona-discount-current.yaml").contains("title: קבלת הנחה בארנונה"))
    }

    @Test func aStaleTokenBringsBackEveryPeoplesForm() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            var grid = try await form(client, Self.journey)
            grid.set("s1-title", "מתקשרים שוב ושוב")
            let journey = try await client.post(Self.journey, fields: stale(grid.fields))
            #expect(journey.status == .forbidden)
            expectSameForm(journey.text, keeps: "value=\"מתקשרים שוב ושוב\"", says: "סדנה הופעלה מחדש")

            var page = try await form(client, "\(Self.service)?lang=ar", action: Self.service)
            page.set("what", "خدمة جديدة للسكان")
            let service = try await client.post("\(Self.service)?lang=ar", fields: stale(page.fields))
            #expect(service.status == .forbidden)
            expectSameForm(service.text, keeps: "خدمة جديدة للسكان</textarea>", says: "إعادة تشغيل سدنا")

            var card = try await form(client, "\(Self.card)?lang=en", action: Self.card)
            card.set("owner", "The service's coordinator")
            let saved = try await client.post("\(Self.card)?lang=en", fields: stale(card.fields))
            #expect(saved.status == .forbidden)
            expectSameForm(saved.text, keeps: "value=\"The service&#39;s coordinator\"", says: "before Sadna restarted")

            let delete = try await client.post("\(Self.journey)/delete", fields: stale([]))
            #expect(delete.status == .forbidden)
            expectSameForm(delete.text, keeps: "קבלת הנחה בארנונה", says: "סדנה הופעלה מחדש")
            #expect(delete.text.contains(">מחיקה</button>"), "the confirmation again")

            let list = try await client.post("/services", fields: stale([("name", "היתר לאירוע"), ("department", "תרבות")]))
            #expect(list.status == .forbidden)
            expectSameForm(list.text, keeps: "value=\"היתר לאירוע\"", says: "סדנה הופעלה מחדש")
        }
        #expect(try !bench.text("journeys/arnona-discount-current.yaml").contains("מתקשרים שוב ושוב"))
        #expect(WorkshopFiles.ids(in: "journeys", of: bench.workshop).contains("arnona-discount-current"))
    }

    @Test func aDecksOrderSentAfterARestartComesBackWithThePlacesAsTyped() async throws {
        let bench = try TestWorkbench()
        let before = try bench.file("task-cards/1-dog-vaccination.yaml")
        try await bench.test { client in
            var order = try await form(client, "/task-cards?lang=ar", action: "/task-cards/order")
            order.set("place-0", "3")
            let refused = try await client.post("/task-cards/order?lang=ar", fields: stale(order.fields))
            #expect(refused.status == .forbidden)
            expectSameForm(
                refused.text, keeps: "name=\"place-0\" type=\"text\" inputmode=\"numeric\" dir=\"ltr\" value=\"3\"",
                says: "إعادة تشغيل سدنا")
            #expect(refused.text.contains(">حفظ الترتيب</button>"), "the order's form again")
            // Sent again from the page that came back, the order is saved.
            let again = try #require(HTMLForm(refused.text, action: "/task-cards/order"))
            let saved = try await client.post("/task-cards/order", fields: again.fields)
            #expect(saved.status == .seeOther)
        }
        #expect(try bench.file("task-cards/1-dog-vaccination.yaml") != before, "the order is saved the second time")
    }

    @Test func aServicePageNeedsANameAndSaysSoBesideIt() async throws {
        let bench = try TestWorkbench()
        let before = try bench.file("services/resident-certificate.yaml")
        try await bench.test { client in
            var page = try await form(client, "\(Self.service)?lang=en", action: Self.service)
            page.set("name", "")
            page.set("what", "A new sentence")
            let nameless = try await client.post("\(Self.service)?lang=en", fields: page.fields)
            #expect(nameless.status == .unprocessableContent)
            expectSameForm(nameless.text, keeps: "A new sentence</textarea>", says: "Nothing was saved")
            #expect(nameless.text.contains("<a href=\"#field-name\">Enter the service&#39;s name"))
            #expect(nameless.text.contains("aria-describedby=\"field-name-message\" aria-invalid=\"true\""))
            // A new page from the list without a name: the list, what was typed, the message beside the name.
            let token = try await client.form("/services").token
            let unnamed = try await client.post(
                "/services?lang=he", fields: [("_csrf", token), ("name", ""), ("department", "תרבות")])
            #expect(unnamed.status == .unprocessableContent)
            expectSameForm(unnamed.text, keeps: "value=\"תרבות\"", says: "כתבו את שם השירות")
            #expect(unnamed.text.contains("<a href=\"#new-name\">"))
        }
        #expect(try bench.file("services/resident-certificate.yaml") == before)
        #expect(WorkshopFiles.ids(in: "services", of: bench.workshop).count == 2, "no page without a name")
    }

    @Test func theImportAsksForItsFileBesideTheFileInput() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let token = try await client.form("/personas/import").token
            let none = try await client.post("/personas/import?lang=he", fields: [("_csrf", token), ("replace", "1")])
            #expect(none.status == .unprocessableContent)
            #expect(none.text.contains("<a href=\"#spreadsheet\">בחרו קובץ גיליון"))
            #expect(none.text.contains("aria-describedby=\"spreadsheet-message\" aria-invalid=\"true\""))
            #expect(none.text.contains("value=\"1\" checked"), "the choice to replace is kept")
            let huge = Data(repeating: 0x41, count: Workbench.uploadLimit + 1)
            let tooLarge = try await client.post(
                "/personas/import?lang=en", fields: [("_csrf", token)], files: [("spreadsheet", "big.csv", huge)],
                headers: [.contentLength: String(Workbench.uploadLimit + 2048)])
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.text.contains("The file is larger than 12 MB"))
        }
    }

    @Test func aPostTooLargeToReadComesBackAsTheFormOfTheFile() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let page = try await form(client, Self.service, action: Self.service)
            // Larger than anything the workbench reads: refused on its length, before a byte is read.
            let huge = Data(count: CSRFMiddleware.readLimit + 1)
            let response = try await client.post(
                "\(Self.service)?lang=he", fields: page.fields, files: [("photo", "huge.bin", huge)])
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.connection] == "close")
            expectSameForm(response.text, keeps: "value=\"אישור תושב\"", says: "חזרו בדפדפן דף אחד אחורה")
        }
    }

    @Test(.enabled(if: SmallDisk.canMount)) func aFailedWriteBringsTheGridBackAsTyped() async throws {
        let disk = try #require(SmallDisk(kilobytes: 4096))
        let bench = try TestWorkbench(in: disk.path("emek"))
        let before = try bench.file("journeys/arnona-discount-current.yaml")
        try await bench.test { client in
            var grid = try await form(client, Self.journey)
            grid.set("s2-title", String(repeating: "מותשים ", count: 20000))
            disk.fill()
            let full = try await client.post(Self.journey, fields: grid.fields)
            #expect(full.status == .internalServerError)
            expectSameForm(full.text, keeps: "value=\"מותשים מותשים", says: "הדיסק מלא")
            try disk.empty()
            try disk.remountReadOnly()
            var card = try await form(client, "\(Self.card)?lang=ar", action: Self.card)
            card.set("owner", "منسقة الخدمة")
            let readOnly = try await client.post("\(Self.card)?lang=ar", fields: card.fields)
            #expect(readOnly.status == .internalServerError)
            expectSameForm(readOnly.text, keeps: "value=\"منسقة الخدمة\"", says: "يمكن القراءة منه فقط")
        }
        #expect(try bench.file("journeys/arnona-discount-current.yaml") == before)
    }

    @Test func theAccessCodeHasAFormAndAWrongCodeIsSaidBesideIt() async throws {
        let bench = try TestWorkbench(accessCode: "kod-sodi")
        try await bench.test { client in
            let ask = try await client.get("/personas?lang=he")
            #expect(ask.status == .unauthorized)
            #expect(ask.text.contains("<form method=\"get\" action=\"/personas\""))
            #expect(ask.text.contains("<label for=\"access-code\">קוד הגישה</label>"))
            let wrong = try await client.get("/personas?lang=ar&code=wrong")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("id=\"access-code-message\""))
            #expect(wrong.text.contains("رمز الوصول خاطئ"))
        }
    }

    // MARK: Merging by field

    @Test func twoSavesOfOneServicePageMergeInputByInput() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let opened = try await form(client, Self.service)
            var first = opened
            first.set("owner", "רכזת השירות")
            #expect(try await client.post(Self.service, fields: first.fields).status == .seeOther)
            var second = opened
            second.set("help-hours", "בימי ראשון עד חמישי בבוקר")
            #expect(try await client.post(Self.service, fields: second.fields).status == .seeOther)
            let both = try bench.text("services/resident-certificate.yaml")
            #expect(both.contains("owner: רכזת השירות") && both.contains("reception_hours: בימי ראשון עד חמישי בבוקר"))
            // Both changed the department: only that is asked, with its label and both values.
            var third = opened
            third.set("department", "מחלקת רישוי")
            #expect(try await client.post(Self.service, fields: third.fields).status == .seeOther)
            var fourth = opened
            fourth.set("department", "לשכת ראש המועצה")
            fourth.set("what", "תושבים זכאים להטבה.")
            let conflict = try await client.post("\(Self.service)?lang=en", fields: fourth.fields)
            #expect(conflict.status == .conflict)
            #expect(conflict.text.contains(">Department</th>") && !conflict.text.contains(">department<"))
            #expect(conflict.text.contains("מחלקת רישוי") && conflict.text.contains("לשכת ראש המועצה"))
            #expect(!conflict.text.contains("conflict-what"), "what only she changed is not asked about")
            // She keeps the file's department: her sentence alone changes.
            var keep = try #require(HTMLForm(conflict.text, action: Self.service))
            keep.set("department", "מחלקת רישוי")
            #expect(try await client.post(Self.service, fields: keep.fields).status == .seeOther)
            let after = try bench.text("services/resident-certificate.yaml")
            #expect(after.contains("department: מחלקת רישוי") && after.contains("what: תושבים זכאים להטבה."))
            #expect(after.contains("owner: רכזת השירות") && after.contains("reception_hours"))
        }
    }

    @Test func twoSavesOfOneJourneyMergeCellByCell() async throws {
        let bench = try TestWorkbench()
        let path = "journeys/arnona-discount-current.yaml"
        try await bench.test { client in
            let opened = try await form(client, Self.journey)
            var first = opened
            first.set("s0-actions", "שכנים מספרים על ההנחה")
            #expect(try await client.post(Self.journey, fields: first.fields).status == .seeOther)
            var second = opened
            second.set("s3-needs", "הודעה בסמס שההנחה נרשמה")
            #expect(try await client.post(Self.journey, fields: second.fields).status == .seeOther)
            let both = try bench.text(path)
            #expect(both.contains("שכנים מספרים על ההנחה") && both.contains("הודעה בסמס שההנחה נרשמה"))
            // The same cell: asked about with its stage and lane, the notes in words.
            var third = opened
            third.set("s1-pains", "אין מי שיענה בטלפון")
            #expect(try await client.post(Self.journey, fields: third.fields).status == .seeOther)
            var fourth = opened
            fourth.set("s1-pains", "הרשימה ארוכה מדי")
            fourth.set("s2-title", "מגיעים למועצה")
            let conflict = try await client.post("\(Self.journey)?lang=he", fields: fourth.fields)
            #expect(conflict.status == .conflict)
            #expect(conflict.text.contains("שלב 2 · "), "the cell named by its stage and lane")
            #expect(conflict.text.contains("אין מי שיענה בטלפון") && conflict.text.contains("הרשימה ארוכה מדי"))
            #expect(!conflict.text.contains(">[[&quot;"), "notes shown as words, not as data")
            let keep = try #require(HTMLForm(conflict.text, action: Self.journey))
            #expect(try await client.post(Self.journey, fields: keep.fields).status == .seeOther)
            let after = try bench.text(path)
            #expect(after.contains("הרשימה ארוכה מדי") && !after.contains("אין מי שיענה בטלפון"))
            #expect(after.contains("title: מגיעים למועצה") && after.contains("שכנים מספרים על ההנחה"))
            #expect(after.contains("הודעה בסמס שההנחה נרשמה"))
        }
    }
}
