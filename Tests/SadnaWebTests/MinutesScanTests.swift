import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// The blank minutes form filled by hand at a meeting and photographed: the secretary types the
/// minutes in the minutes editor with each written field's handwriting beside its input.
@Suite("A photographed minutes form in the minutes editor")
struct MinutesScanTests {
    /// The field group of the input `id` on `page` (`form-field.mustache`), up to its end.
    static func group(_ id: String, in page: String) -> String {
        guard let start = page.range(of: "id=\"\(id)-group\"") else { return "" }
        let rest = page[start.upperBound...]
        return String(rest[..<(rest.range(of: "</div>")?.lowerBound ?? rest.endIndex)])
    }

    @Test func theMinutesAreTypedBesideTheirHandwritingAndTheCropsStay() async throws {
        let bench = try TestWorkbench()
        let pages = try printed(PrintRequest(.minutesBlank)).pages
        // Item 2 is left empty on paper; the action table may be on a later page.
        let written: [String: SyntheticPhoto.Mark] = [
            "absent": .text("יוסי כהן"), "item-1": .text("עדכונים"), "item-3": .text("תקציב"), "decision-3": .strokes,
            "action-1-what": .text("להזמין"), "action-1-owner": .text("דנה"),
        ]
        let photos = pages.enumerated().compactMap { index, page -> (name: String, filename: String, data: Data)? in
            let names = Set(page.scanForm?.fields.map(\.name) ?? [])
            let marks = written.filter { names.contains($0.key) }
            return marks.isEmpty ? nil : ("photos", "IMG_\(index + 1).jpg", ScanWorkbenchTests.photo(of: page, marks: marks))
        }
        // Each field's crop, by the folder of the page it is on (`minutes-blank-p2` for page 2).
        var paths: [String: String] = [:]
        for (index, page) in pages.enumerated() {
            for field in page.scanForm?.fields ?? [] {
                paths[field.name] = "/meetings/03/scans/minutes-blank\(index == 0 ? "" : "-p\(index + 1)")/\(field.name).png"
            }
        }
        let crops = paths
        try await bench.test { client in
            let (token, _, _) = try await client.form("/meetings/03/scans?lang=he")
            let sent = try await client.post("/meetings/03/scans?lang=he", fields: [("_csrf", token)], files: photos)
            #expect(sent.text.contains("\(photos.count) מתוך \(photos.count)"), "\(sent.text.prefix(3000))")
            let before = try bench.text("meetings/03.yaml")
            #expect(before.contains("absent: scans/03/minutes-blank/absent.png"), "\(before)")

            let page = try await client.get("/meetings/03/minutes?lang=he").text
            #expect(try bench.text("meetings/03.yaml") == before, "opening the editor writes nothing")
            let form = try #require(HTMLForm(page, action: "/meetings/03/minutes"))
            #expect(form["item-count"] == "2", "an item for each one written on paper, the empty one left out")
            #expect(Self.group("absent", in: page).contains("src=\"\(crops["absent", default: "?"])\""))
            #expect(Self.group("absent", in: page).contains("alt=\"מה שנכתב ביד בשדה חסרים\""))
            #expect(!Self.group("present", in: page).contains("<figure"), "a field left empty shows no crop")
            #expect(Self.group("i0-title", in: page).contains("src=\"\(crops["item-1", default: "?"])\""))
            #expect(
                Self.group("i1-title", in: page).contains("src=\"\(crops["item-3", default: "?"])\""),
                "the next written item, in order")
            #expect(
                Self.group("i1-d0-text", in: page).contains("src=\"\(crops["decision-3", default: "?"])\""),
                "beside its first decision")
            #expect(!Self.group("i0-d0-text", in: page).contains("<figure"))
            let aside = try #require(page.range(of: "<aside class=\"written-actions\"")).lowerBound
            let what = try #require(page.range(of: "src=\"\(crops["action-1-what", default: "?"])\"")).lowerBound
            let owner = try #require(page.range(of: "src=\"\(crops["action-1-owner", default: "?"])\"")).lowerBound
            #expect(aside < what && what < owner, "the action table as written, apart from the items")
            #expect(page.contains("המשימות כפי שנכתבו בטופס"))
            #expect(page.contains("href=\"/meetings/03/scans/minutes-blank\""), "the photographed page, whole")
            #expect(try await client.get(crops["item-3", default: "?"]).status == .ok)

            var filled = form
            filled.set("absent", "יוסי כהן")
            filled.set("i0-title", "עדכונים")
            filled.set("i1-title", "תקציב")
            filled.set("i1-d0-text", "לאשר את התקציב")
            filled.set("i1-d0-owner", "דנה")
            let saved = try await client.post("/meetings/03/minutes", fields: filled.pressing("action", "save"))
            #expect(saved.status == .seeOther)
            let after = try bench.text("meetings/03.yaml")
            #expect(lineChanges(before, after).removed.isEmpty, "the crops stay: \(lineChanges(before, after))")
            let meeting = try #require(check(bench.workshop).workshop?.meetings.first { $0.id == "03" })
            #expect(meeting.minutes?.items.map(\.title.value) == ["עדכונים", "תקציב"])
            let fields = Set(meeting.scanned.flatMap { $0.crops.map(\.field) })
            #expect(fields.isSuperset(of: ["page", "absent", "item-1", "item-3", "decision-3", "action-1-what"]))

            // Opened again, each typed item is still beside its own handwriting.
            let again = try await client.get("/meetings/03/minutes?lang=he").text
            #expect(HTMLForm(again, action: "/meetings/03/minutes")?["item-count"] == "2")
            #expect(Self.group("i1-title", in: again).contains("src=\"\(crops["item-3", default: "?"])\""))
            #expect(Self.group("i1-title", in: again).contains("value=\"תקציב\""))

            // The form's own page says where its handwriting is typed.
            let view = try await client.get("/meetings/03/scans/minutes-blank?lang=en").text
            #expect(view.contains("The minutes editor shows the handwriting beside each field"))
            #expect(view.contains("href=\"/meetings/03/minutes\""))
        }
    }
}
