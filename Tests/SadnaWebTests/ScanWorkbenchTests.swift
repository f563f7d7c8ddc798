import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// "צילומים מהמפגש": photos of filled forms sent from a meeting's page, what became of them,
/// and typing them up, as a secretary does it with the photos from her phone.
@Suite("Photos from the meeting in the workbench")
struct ScanWorkbenchTests {
    /// A phone-like photo of `page` (4000×3000, turned, unevenly lit, JPEG 70).
    static func photo(of page: Page, marks: [String: SyntheticPhoto.Mark], blurred: Bool = false) -> Data {
        var maker = SyntheticPhoto()
        maker.rotation = 8
        if blurred {
            maker.blurRadius = 6
            maker.blurPasses = 3
        }
        return maker.jpeg(of: page, marks: marks)
    }

    @Test func aGoodPhotoAndABlurredOneAreSentTogetherAndThePersonaIsTypedUp() async throws {
        let bench = try TestWorkbench()
        let page = try printed(PrintRequest(.personaForm)).pages[0]
        let good = Self.photo(of: page, marks: ["name": .text("דנה כהן"), "age": .text("52")])
        let blurred = Self.photo(of: page, marks: [:], blurred: true)
        try await bench.test { client in
            let meeting = try await client.get("/meetings/03?lang=he").text
            #expect(meeting.contains("צילומים מהמפגש") && meeting.contains("href=\"/meetings/03/scans\""))
            let (token, _, upload) = try await client.form("/meetings/03/scans?lang=he")
            #expect(upload.contains("type=\"file\" multiple accept=\"image/*\" capture=\"environment\""))
            #expect(upload.contains("עוד לא נסרקו"))

            let sent = try await client.post(
                "/meetings/03/scans?lang=he", fields: [("_csrf", token)],
                files: [("photos", "IMG_0001.jpg", good), ("photos", "IMG_0002.jpg", blurred)])
            #expect(sent.status == .ok)
            let result = sent.text
            #expect(result.contains("1 מתוך 2 תמונות נקראו."))
            #expect(result.contains("טופס פרסונה"), "the form's kind, in the page's words")
            #expect(result.contains("IMG_0002.jpg") && result.contains("מטושטש"), "the blurred photo, and why")
            #expect(result.contains("החזיקו את הטלפון יציב"), "what to do about it")
            #expect(result.contains("src=\"/meetings/03/scans/persona-form-1/page.png\""))
            let thumbnail = try await client.get("/meetings/03/scans/persona-form-1/page.png")
            #expect(thumbnail.status == .ok && thumbnail.headers[.contentType] == "image/png")

            // The persona it became, with its handwriting as crops until it is typed.
            let file = "personas/03-persona-form-1.yaml"
            #expect(try bench.text(file).contains("  age: \"scans/03/persona-form-1/age.png\""))
            let view = try await client.get("/meetings/03/scans/persona-form-1?lang=he")
            #expect(view.status == .ok)
            let text = view.text
            #expect(text.contains("src=\"/meetings/03/scans/persona-form-1/name.png\""))
            let name = try #require(text.range(of: "/name.png\"")), age = try #require(text.range(of: "/age.png\""))
            #expect(name.lowerBound < age.lowerBound, "in the form's order")
            var form = try #require(HTMLForm(text, action: "/personas/03-persona-form-1"))
            form.set("name", "דנה כהן")
            let saved = try await client.post("/personas/03-persona-form-1", fields: form.fields)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/meetings/03/scans/persona-form-1?saved=1")
            let persona = try #require(check(bench.workshop).workshop?.persona(named: "03-persona-form-1"))
            #expect(persona.name.value == "דנה כהן")
            #expect(persona.scanned[.age]?.value == "scans/03/persona-form-1/age.png", "a field left empty keeps its crop")
            #expect(persona[.age] == nil)

            // The same photo again asks first; replacing keeps what was typed.
            let again = try await client.post(
                "/meetings/03/scans?lang=he", fields: [("_csrf", token)], files: [("photos", "IMG_0001.jpg", good)])
            #expect(again.text.contains("0 מתוך 1"))
            let confirm = try #require(HTMLForm(again.text, action: "/meetings/03/scans/replace"))
            #expect(
                !FileManager.default.fileExists(atPath: bench.workshop.appendingPathComponent("scans/03/persona-form-2").path))
            let replaced = try await client.post("/meetings/03/scans/replace?lang=he", fields: confirm.fields)
            #expect(replaced.status == .ok && replaced.text.contains("1 מתוך 1"))
            #expect(check(bench.workshop).workshop?.persona(named: "03-persona-form-1")?.name.value == "דנה כהן")
            let gone = try await client.post("/meetings/03/scans/replace?lang=he", fields: confirm.fields)
            #expect(gone.status == .gone, "the waiting photo is used once")

            // The meeting's page lists the scan.
            let listed = try await client.get("/meetings/03?lang=en").text
            #expect(listed.contains("href=\"/meetings/03/scans/persona-form-1\""))
        }
    }

    @Test func cropsAreServedOnlyFromTheScanAndOnlyAsPNG() async throws {
        let bench = try TestWorkbench()
        let folder = bench.workshop.appendingPathComponent("scans/03/persona-form-1")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("form: persona-form\npage: 1\nmarks: \"S1|x|pf|he|03|-|1||0\"\ninked: [name]\nfields: [name, age]\n".utf8)
            .write(to: folder.appendingPathComponent("scan.yaml"))
        try Data("not a picture".utf8).write(to: folder.appendingPathComponent("age.png"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("name.png"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        try await bench.test { client in
            for path in [
                "/meetings/03/scans/persona-form-1/age.png", "/meetings/03/scans/persona-form-1/name.png",
                "/meetings/03/scans/persona-form-1/scan.yaml", "/meetings/03/scans/persona-form-1/..%2F..%2F..%2Fworkshop.yaml",
                "/meetings/03/scans/..%2F..%2Fpersonas/page.png", "/meetings/03/scans/nothing-here",
            ] {
                let status = try await client.get(path).status
                // A path that tries to climb out is refused before it is looked at (400).
                #expect(status == .notFound || status == .badRequest, "\(path)")
            }
        }
    }

    @Test func noPhotoOrTooManyAreSaidBesideTheField() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let (token, _, _) = try await client.form("/meetings/03/scans?lang=en")
            let none = try await client.post("/meetings/03/scans?lang=en", fields: [("_csrf", token)])
            #expect(none.status == .unprocessableContent && none.text.contains("No photo was chosen"))
            let many = (1...13).map { (name: "photos", filename: "p\($0).jpg", data: Data([0xFF, 0xD8, 0xFF])) }
            let refused = try await client.post("/meetings/03/scans?lang=en", fields: [("_csrf", token)], files: many)
            #expect(refused.status == .unprocessableContent && refused.text.contains("13 photos were chosen"))
            let text = try await client.post(
                "/meetings/03/scans?lang=ar", fields: [("_csrf", token)],
                files: [("photos", "notes.jpg", Data("hello".utf8))])
            #expect(text.status == .ok && text.text.contains("لم تُمسح الصورة"), "a file that is no photo, said in Arabic")
            // A photo over the limit is not kept; the others of the same sending still are read.
            var huge = Data([0xFF, 0xD8, 0xFF])
            huge.append(Data(count: ScanUpload.photoBytes))
            let large = try await client.post(
                "/meetings/03/scans?lang=en", fields: [("_csrf", token)], files: [("photos", "huge.jpg", huge)])
            #expect(large.status == .ok && large.text.contains("huge.jpg is larger than 20 MB and was not read."))
        }
    }

    @Test func aSignInSheetProposesWhoCameAndSavesIntoTheAttendance() async throws {
        let bench = try TestWorkbench()
        let team = testTeam.prefix(4).map { "- name: \"\($0.name.value)\"\n" }.joined()
        try Data(team.utf8).write(to: bench.workshop.appendingPathComponent("participants.yaml"))
        let workshop = try #require(check(bench.workshop).workshop)
        let page = try printed(PrintRequest(.signIn, items: ["01"]), workshop: workshop).pages[0]
        let sheet = Self.photo(of: page, marks: ["signature-1": .strokes, "signature-3": .text("ר.ל")])
        try await bench.test { client in
            let (token, _, _) = try await client.form("/meetings/01/scans?lang=he")
            let sent = try await client.post(
                "/meetings/01/scans?lang=he", fields: [("_csrf", token)], files: [("photos", "sheet.jpg", sheet)])
            #expect(sent.text.contains("href=\"/meetings/01/scans/sign-in\""), "\(sent.text.prefix(3000))")
            let view = try await client.get("/meetings/01/scans/sign-in?lang=he").text
            let form = try #require(HTMLForm(view, action: "/meetings/01/attendance"))
            #expect(form.fields.filter { $0.0 == "present" }.map(\.1) == ["0", "2"], "the two who signed are proposed")
            #expect(try await client.post("/meetings/01/attendance", fields: form.fields).status == .seeOther)
            let people = try #require(check(bench.workshop).workshop).participants
            let present = people.filter { ($0.attended ?? []).contains { $0.value == "01" || $0.value == "1" } }
            #expect(present.map(\.name.value) == [testTeam[0].name.value, testTeam[2].name.value])
        }
    }

    @Test func aCanvasSentFromTheMeetingBecomesItsJourneyAndLeadsToIt() async throws {
        let bench = try TestWorkbench()
        let page = try printed(PrintRequest(.journeyCanvas, stages: 6)).pages[0]
        let form = try #require(page.scanForm)
        let lanes = form.fields.map(\.name).filter { $0.hasPrefix("stage-1-") }.map { String($0.dropFirst(8)) }
        let lane = try #require(lanes.first { JourneyField(rawValue: $0) != nil })
        let canvas = Self.photo(of: page, marks: ["stage-2-\(lane)": .stickyNote, "service": .text("ארנונה")])
        try await bench.test { client in
            let (token, _, _) = try await client.form("/meetings/03/scans?lang=he")
            let sent = try await client.post(
                "/meetings/03/scans?lang=he", fields: [("_csrf", token)], files: [("photos", "wall.jpg", canvas)])
            #expect(sent.text.contains("href=\"/meetings/03/scans/journey-canvas-1\""), "\(sent.text.prefix(3000))")
            let crops = "scans/03/journey-canvas-1"
            let journey = try bench.text("journeys/03-journey-canvas-1.yaml")
            #expect(journey.contains("  service: \"\(crops)/service.png\""), "\(journey)")
            #expect(journey.contains("      \(lane): \"\(crops)/stage-2-\(lane).png\""), "\(journey)")
            let view = try await client.get("/meetings/03/scans/journey-canvas-1?lang=he").text
            #expect(view.contains("href=\"/journeys/03-journey-canvas-1\""), "the journey it became, to type its cells")
            #expect(view.contains("כצילום של כתב היד"))
            #expect(try await client.get("/journeys/03-journey-canvas-1?lang=he").status == .ok)
        }
    }
}
