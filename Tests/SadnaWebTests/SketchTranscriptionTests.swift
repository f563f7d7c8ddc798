import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// A department's hand-drawn service-page sketch, photographed at meeting 6, typed up into a
/// service page beside its handwriting, as a secretary does it.
@Suite("A photographed service-page sketch becomes a service page")
struct SketchTranscriptionTests {
    @Test func theSketchMakesAServicePageWhoseFormShowsEachPartsHandwriting() async throws {
        let bench = try TestWorkbench()
        let page = try printed(PrintRequest(.serviceSketch)).pages[0]
        let photo = ScanWorkbenchTests.photo(
            of: page, marks: ["question-1": .text("הנחה בארנונה"), "question-4": .strokes, "question-6": .text("דנה 050")])
        try await bench.test { client in
            let (token, _, _) = try await client.form("/meetings/03/scans?lang=he")
            let sent = try await client.post(
                "/meetings/03/scans?lang=he", fields: [("_csrf", token)], files: [("photos", "sketch.jpg", photo)])
            let view = "/meetings/03/scans/service-sketch-1"
            #expect(sent.text.contains("href=\"\(view)\""), "\(sent.text.prefix(3000))")

            // The name's handwriting beside the name to type, and the button that makes the page.
            let opened = try await client.get("\(view)?lang=he").text
            #expect(opened.contains("src=\"\(view)/question-1.png\""))
            #expect(opened.contains("<label for=\"field-name\">שם השירות</label>"))
            #expect(opened.contains("יצירת דף שירות מהסקיצה"))
            let form = try #require(HTMLForm(opened, action: "\(view)/service"))

            // Without a name nothing is made: the page comes back with what was typed and why.
            let before = WorkshopFiles.ids(in: "services", of: bench.workshop)
            var nameless = form
            nameless.set("name", "  ")
            let refused = try await client.post("\(view)/service?lang=he", fields: nameless.fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("כתבו את שם השירות"))
            #expect(refused.text.contains("id=\"field-name-message\""), "the message beside the name")
            #expect(refused.text.contains("value=\"  \""), "what was typed comes back")
            #expect(WorkshopFiles.ids(in: "services", of: bench.workshop) == before, "no page was made")

            // A form opened before the workbench restarted comes back with the name typed.
            var stale = form
            stale.set("name", "הנחה בארנונה")
            stale.set("_csrf", "a-token-of-the-workbench-before-it-restarted")
            let expired = try await client.post("\(view)/service?lang=he", fields: stale.fields)
            #expect(expired.status == .forbidden)
            #expect(expired.text.contains("value=\"הנחה בארנונה\""), "\(expired.text.prefix(2000))")
            #expect(WorkshopFiles.ids(in: "services", of: bench.workshop) == before)

            var named = form
            named.set("name", "הנחה בארנונה")
            let made = try await client.post("\(view)/service?lang=he", fields: named.fields)
            #expect(made.status == .seeOther)
            let location = try #require(made.headers[.location])
            #expect(location.hasPrefix("/services/"))
            let id = String(location.dropFirst("/services/".count)).removingPercentEncoding ?? ""
            let file = "services/\(id).yaml"
            let text = try bench.text(file)
            #expect(text.contains("name: הנחה בארנונה"), "\(text)")
            #expect(text.contains("scanned:"))
            #expect(text.contains("  name: scans/03/service-sketch-1/question-1.png"), "\(text)")
            #expect(text.contains("  how: scans/03/service-sketch-1/question-4.png"), "\(text)")
            #expect(text.contains("  contact: scans/03/service-sketch-1/question-6.png"), "\(text)")
            #expect(!text.contains("question-2.png"), "a field without ink names no crop")
            let checked = check(bench.workshop)
            #expect(!checked.diagnostics.contains { $0.location?.file.hasSuffix(file) == true && $0.severity == .error })
            #expect(checked.workshop?.service(named: id)?.scanned[.how]?.value == "scans/03/service-sketch-1/question-4.png")

            // The page's form shows each part's handwriting beside its inputs, served by the crop route.
            let service = try await client.get("\(location)?lang=he")
            #expect(service.status == .ok)
            let html = service.text
            #expect(html.contains("<figure class=\"scan-crop handwriting\">"))
            for field in ["question-1", "question-4", "question-6"] {
                #expect(html.contains("src=\"\(view)/\(field).png\""), "\(field)")
            }
            #expect(html.contains("alt=\"מה שנכתב ביד בשדה שם השירות\""))
            let name = try #require(html.range(of: "question-1.png")), how = try #require(html.range(of: "question-4.png"))
            let contact = try #require(html.range(of: "question-6.png"))
            #expect(name.lowerBound < how.lowerBound && how.lowerBound < contact.lowerBound, "in the sketch's order")
            let ways = try #require(html.range(of: "id=\"ways\"")), firstWay = try #require(html.range(of: "id=\"way-0\""))
            #expect(ways.lowerBound < how.lowerBound && how.lowerBound < firstWay.lowerBound, "how's above the ways")
            #expect(try await client.get("\(view)/question-4.png").status == .ok)

            // Saving the page keeps the handwriting.
            var edit = try #require(HTMLForm(html, action: location))
            edit.set("what", "הנחה בתשלום הארנונה לזכאים")
            let saved = try await client.post(location, fields: edit.fields)
            #expect(saved.status == .seeOther)
            let after = try bench.text(file)
            #expect(after.contains("what: הנחה בתשלום הארנונה לזכאים"), "\(after)")
            #expect(after.contains("  how: scans/03/service-sketch-1/question-4.png"), "\(after)")

            // The sketch now leads to its page instead of making another.
            let again = try await client.get("\(view)?lang=he").text
            #expect(again.contains("href=\"\(location)\""))
            #expect(HTMLForm(again, action: "\(view)/service") == nil)
            let twice = try await client.post("\(view)/service?lang=he", fields: named.fields)
            #expect(twice.headers[.location] == location, "a second post goes to the same page")
        }
    }
}
