import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// Service pages in the workbench: the list and the backlog, the form on the sketch, the review
/// as the drafter types (the same as `sadna check`'s), saves that change only what changed, and
/// the print and export.
@Suite("Service pages in the workbench")
struct ServiceWorkbenchTests {
    static let page = "resident-certificate"
    static let path = "/services/\(page)"

    func form(_ client: some TestClientProtocol) async throws -> HTMLForm {
        try #require(HTMLForm(try await client.get(Self.path).text, action: Self.path))
    }

    /// The review the page asks for while the drafter types.
    func review(_ client: some TestClientProtocol, _ fields: [(String, String)]) async throws -> [[String: Any]] {
        let response = try await client.post("\(Self.path)/review", fields: fields)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
        return try #require(object["findings"] as? [[String: Any]])
    }

    @Test func everyServicePageAndDownloadAnswers() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            for language in ["he", "ar", "en"] {
                for path in ["/services", Self.path] {
                    let response = try await client.get("\(path)?lang=\(language)")
                    #expect(response.status == .ok, "\(path) \(language)")
                }
            }
            let list = try await client.get("/services?lang=he").text
            #expect(list.contains("href=\"/services/resident-certificate\"") && list.contains("מזכיר המועצה"))
            #expect(list.contains("הזמנת פח חדש") && list.contains("טיוטה"), "the backlog's services, with their status")
            for (path, type) in [
                ("\(Self.path)/page.png", "image/png"), ("\(Self.path)/page.pdf", "application/pdf"),
                ("\(Self.path)/review.pdf", "application/pdf"), ("\(Self.path)/page.md", "text/markdown; charset=utf-8"),
                ("\(Self.path)/page.html", "text/html; charset=utf-8"), ("/services/prioritisation.png", "image/png"),
                ("/services/prioritisation.pdf", "application/pdf"),
            ] {
                let response = try await client.get(path)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType] == type, "\(path)")
            }
            #expect(try await client.get("/services/nope").status == .notFound)
            #expect(try await client.get("/services/nope/page.pdf").status == .notFound)
        }
    }

    @Test func theFormsReviewIsSadnaChecksReviewInThePagesLanguage() async throws {
        let bench = try TestWorkbench()
        let page = try #require(emek.service(named: Self.page))
        let lint = ServiceLint(rules: sadnaTemplates.plainLanguage, today: testToday, texts: emek.texts)
        let expected = lint.findings(page)
        try await bench.test { client in
            let found = try await review(client, try await form(client).fields)
            #expect(
                found.map { $0["rule"] as? String } == expected.map(\.diagnostic.rule), "the same findings, in the same order")
            #expect(found.map { $0["text"] as? String } == expected.map { sadnaTemplates.reviewText($0.note, in: .he) })
            // Each at its input, and a phrase at its very words.
            let phrases = found.filter { $0["rule"] as? String == "service.plain-language" }
            #expect(phrases.map { $0["input"] as? String } == ["for_whom", "how-0-steps"])
            for phrase in phrases {
                // Both are the fourth item of their list, at its start.
                let replace = try #require(phrase["replace"] as? [String: Any])
                #expect(
                    replace["line"] as? Int == 4 && replace["column"] as? Int == 1 && replace["found"] as? String == "במידה ו")
                #expect(replace["with"] as? String == "אם ")
            }
            let english = try await client.post("\(Self.path)/review?lang=en", fields: try await form(client).fields).text
            #expect(english.contains("write “אם”"), "the notes in the page's language")
        }
    }

    @Test func aBureaucraticPhraseIsFoundAsItIsTypedWithItsReplacement() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            var form = try await form(client)
            form.set("what", "שירות על מנת לקבל הטבה במס.")
            let found = try await review(client, form.fields)
            let finding = try #require(found.first { $0["input"] as? String == "what" })
            #expect(finding["text"] as? String == "\"על מנת\" — כתבו \"כדי\".")
            let replace = try #require(finding["replace"] as? [String: Any])
            #expect(replace["line"] as? Int == 1 && replace["column"] as? Int == 7)
            #expect(replace["found"] as? String == "על מנת" && replace["with"] as? String == "כדי")
            // A phrase inside a longer word is pointed at, with no replacement offered.
            form.set("what", "השירות שהינוער מקבל.")
            let inside = try await review(client, form.fields).first { $0["input"] as? String == "what" }
            #expect(inside?["replace"] == nil)
        }
    }

    @Test func aSaveThatChangesNothingLeavesThePageAndTheBacklogByteForByte() async throws {
        let bench = try TestWorkbench()
        let page = try bench.file("services/\(Self.page).yaml"), backlog = try bench.file("services/backlog.yaml")
        try await bench.test { client in
            #expect(
                try await client.post(Self.path, fields: try await form(client).pressing("action", "save")).status == .seeOther)
            let ratings = try #require(HTMLForm(try await client.get("/services").text, action: "/services/backlog"))
            #expect(try await client.post("/services/backlog", fields: ratings.fields).status == .seeOther)
        }
        #expect(try bench.file("services/\(Self.page).yaml") == page)
        #expect(try bench.file("services/backlog.yaml") == backlog)
    }

    @Test func aSaveChangesOnlyWhatChangedAndTheExportFollows() async throws {
        let bench = try TestWorkbench()
        let file = "services/\(Self.page).yaml"
        let before = try bench.text(file)
        try await bench.test { client in
            var form = try await form(client)
            form.set("what", "תושבי המועצה זכאים להטבה במס הכנסה, וכדי לקבל אותה צריך אישור תושב.")
            form.set("contact-phone", "04-6065700")
            #expect(try await client.post(Self.path, fields: form.pressing("action", "save")).status == .seeOther)
            let markdown = try await client.get("\(Self.path)/page.md").text
            #expect(markdown.contains("וכדי לקבל אותה צריך אישור תושב") && markdown.contains("04-6065700"))
        }
        let after = try bench.text(file)
        let (added, removed) = lineChanges(before, after)
        #expect(removed == ["what: תושבי המועצה האזורית עמק המעיינות זכאים לקבל הטבה במס הכנסה."])
        #expect(
            added.sorted()
                == [
                    "  phone: 04-6065700", "contact:",
                    "what: תושבי המועצה זכאים להטבה במס הכנסה, וכדי לקבל אותה צריך אישור תושב.",
                ].sorted())
        #expect(
            before.split(separator: "\n").filter { $0.hasPrefix("#") || $0.contains("  # ") }.allSatisfy { after.contains($0) },
            "every comment survives")
    }

    @Test func waysAndQuestionsAreAddedMovedAndRemoved() async throws {
        let bench = try TestWorkbench()
        let load = { @Sendable () throws -> ServicePage in
            try #require(WorkshopLoader.load(bench.workshop).workshop?.service(named: Self.page))
        }
        try await bench.test { client in
            // The form ends with an empty way and an empty question: filled in, they are added.
            var form = try await form(client)
            form.set("how-4-channel", "phone")
            form.set("how-4-address", "04-6065700")
            form.set("how-4-steps", "מתקשרים למזכירות.\r\nמבקשים אישור תושב.")
            form.set("q-0-q", "כמה זמן זה לוקח?")
            form.set("q-0-a", "יום עבודה אחד.")
            var response = try await client.post(Self.path, fields: form.pressing("action", "save"))
            #expect(response.status == .seeOther)
            var page = try load()
            #expect(page.how.map(\.kind.value) == [.email, .mailbox, .whatsapp, .onlineForm, .phone])
            #expect(page.how[4].steps.map(\.value) == ["מתקשרים למזכירות.", "מבקשים אישור תושב."])
            #expect(page.questions.map(\.question.value) == ["כמה זמן זה לוקח?"])

            form = try await self.form(client)
            response = try await client.post(Self.path, fields: form.pressing("action", "move:how:4:3"))
            #expect(response.headers[.location] == "\(Self.path)?saved=1#way-3")
            form = try await self.form(client)
            response = try await client.post(Self.path, fields: form.pressing("action", "remove:how:1"))
            page = try load()
            #expect(page.how.map(\.kind.value) == [.email, .whatsapp, .phone, .onlineForm])
        }
        #expect(try bench.text("services/\(Self.page).yaml").contains("# \"טופס דיגיטלי:\""), "a moved way keeps its comment")
    }

    @Test func theBacklogsRatingsAreWrittenEntryByEntry() async throws {
        let bench = try TestWorkbench()
        let before = try bench.text("services/backlog.yaml")
        try await bench.test { client in
            var ratings = try #require(HTMLForm(try await client.get("/services").text, action: "/services/backlog"))
            ratings.set("b-1-impact", "3000")
            ratings.set("b-1-complexity", "1")
            #expect(try await client.post("/services/backlog", fields: ratings.fields).status == .seeOther)
        }
        let (added, removed) = lineChanges(before, try bench.text("services/backlog.yaml"))
        #expect(removed == ["  - { service: הזמנת פח חדש, department: מוניציפאלי, owner: מורן }"])
        #expect(added.count == 1)
        let entry = try #require(WorkshopLoader.load(bench.workshop).workshop?.backlog[1])
        #expect(entry.impact?.value == 3000 && entry.complexity?.value == 1)
    }

    @Test func aPageIsCreatedForABacklogEntryWhichThenPointsAtIt() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let list = try await client.get("/services").text
            let token = try #require(HTMLForm(list, action: "/services")?["_csrf"])
            let response = try await client.post("/services", fields: [("_csrf", token), ("backlog", "1")])
            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            let id = try #require(String(location.dropFirst("/services/".count)).removingPercentEncoding)
            let workshop = try #require(WorkshopLoader.load(bench.workshop).workshop)
            let page = try #require(workshop.service(named: id))
            #expect(page.name.value == "הזמנת פח חדש" && page.department?.value == "מוניציפאלי" && page.owner?.value == "מורן")
            #expect(page.status?.value == .draft)
            #expect(workshop.backlog[1].page?.value == id)
            #expect(try await client.get(location).status == .ok)
        }
    }

    @Test func aSaveOntoAChangedPageAsksOnlyAboutTheFieldBothChanged() async throws {
        let bench = try TestWorkbench()
        let file = bench.workshop.appendingPathComponent("services/\(Self.page).yaml")
        try await bench.test { client in
            var form = try await form(client)
            form.set("what", "הגרסה שלי.")
            form.set("name", "אישור תושב חדש")
            let theirs = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
                of: "name: אישור תושב", with: "name: אישור תושב דיגיטלי")
            try Data(theirs.utf8).write(to: file)
            let response = try await client.post(Self.path, fields: form.pressing("action", "save"))
            #expect(response.status == .conflict)
            #expect(response.text.contains("אישור תושב חדש") && response.text.contains("אישור תושב דיגיטלי"))
            #expect(!response.text.contains("conflict-what"), "what only she changed is not asked about")
            // Fields by their labels on the page, never the file's keys.
            #expect(!response.text.contains("<th scope=\"row\">name</th>") && !response.text.contains(">department<"))
            #expect(try String(contentsOf: file, encoding: .utf8) == theirs)
        }
    }
}
