import Foundation
import Hummingbird
import HummingbirdTesting
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaWeb

/// Journeys in the workbench: the grid, saves that change only what changed, stages added, moved
/// and removed, a future journey from a current one, and the A3 map.
@Suite("Journeys in the workbench")
struct JourneyWorkbenchTests {
    static let journey = "resident-certificate-current"

    /// The journey's grid form as the page has it now.
    func grid(_ client: some TestClientProtocol, _ id: String = journey) async throws -> HTMLForm {
        let page = try await client.get("/journeys/\(id)").text
        return try #require(HTMLForm(page, action: "/journeys/\(id)"))
    }

    @Test func everyJourneyPageAnswersInEachLanguage() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            for language in ["he", "ar", "en"] {
                for path in ["/journeys", "/journeys/new"] + emek.journeys.map({ "/journeys/\($0.id)" }) {
                    let response = try await client.get("\(path)?lang=\(language)")
                    #expect(response.status == .ok, "\(path) \(language)")
                }
            }
            let list = try await client.get("/journeys?lang=he").text
            #expect(list.contains("קבלת הנחה בארנונה") && list.contains("מסע עתידי"))
            let page = try await client.get("/journeys/\(Self.journey)?lang=he").text
            #expect(page.contains("value=\"מגלה שצריך אישור תושב\"") && page.contains("מועבר בין נציגים ושומע תשובות שונות"))
            #expect(page.contains("<option value=\"observed\" selected>נצפה</option>"), "a pain's evidence is selected")
            #expect(try await client.get("/journeys/nope").status == .notFound)
        }
    }

    @Test func theMapIsTheCatalogsA3PageAsPictureAndPDF() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let png = try await client.get("/journeys/\(Self.journey)/map.png")
            #expect(png.status == .ok && png.headers[.contentType] == "image/png")
            let pdf = try await client.get("/journeys/\(Self.journey)/map.pdf")
            #expect(pdf.status == .ok && pdf.headers[.contentType] == "application/pdf")
            let file = bench.folder.path("map.pdf")
            try Data(buffer: pdf.body).write(to: file)
            let size = try #require(try PDFText.pageSizes(file).first)
            #expect(abs(size.width - 1190.6) < 1 && abs(size.height - 841.9) < 1, "A3 landscape: \(size)")
            #expect(try await client.get("/journeys/nope/map.png").status == .notFound)
        }
    }

    @Test func aSaveThatChangesNothingLeavesEveryShippedJourneyByteForByte() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            for journey in emek.journeys {
                let before = try bench.file("journeys/\(journey.id).yaml")
                let form = try await grid(client, journey.id)
                let response = try await client.post("/journeys/\(journey.id)", fields: form.pressing("action", "save"))
                #expect(response.status == .seeOther, "\(journey.id)")
                #expect(
                    try bench.file("journeys/\(journey.id).yaml") == before,
                    "\(journey.id) changed on a save that changed nothing")
            }
        }
    }

    @Test func aNoteWithItsEvidenceAndAnEmotionChangeOnlyTheirLines() async throws {
        let bench = try TestWorkbench()
        let path = "journeys/\(Self.journey).yaml"
        let before = try bench.text(path)
        try await bench.test { client in
            var form = try await grid(client)
            form.set("s0-pains-new", "לא יודע שיש טופס מקוון")
            form.set("s0-pains-new-evidence", "assumed")
            form.set("s1-score", "-2")
            form.set("s1-word", "מיואש")
            let response = try await client.post("/journeys/\(Self.journey)", fields: form.pressing("action", "save"))
            #expect(response.status == .seeOther)
        }
        let after = try bench.text(path)
        let (added, removed) = lineChanges(before, after)
        #expect(removed == ["    emotion: { score: -1, word: מתוסכל }"], "\(removed)")
        #expect(added.contains("    emotion: { score: -2, word: מיואש }"), "\(added)")
        #expect(
            added.contains { $0.contains("לא יודע שיש טופס מקוון") } && added.contains { $0.contains("evidence: הנחה") },
            "the note and its evidence, in the workshop's words: \(added)")
        #expect(
            after.split(separator: "\n").filter { $0.hasPrefix("#") }
                == before.split(separator: "\n").filter { $0.hasPrefix("#") })
        let journey = try #require(WorkshopLoader.load(bench.workshop).workshop?.journey(named: Self.journey))
        #expect(
            journey.stages[0].notes(.pains).map(\.text.value) == [
                "לא ברור מי מנפיק את האישור – המועצה או היישוב",
                "לא יודע שיש טופס מקוון",
            ])
        #expect(journey.stages[0].notes(.pains).last?.evidence?.value == .assumed)
        #expect(journey.stages[1].emotion?.score.value == -2 && journey.stages[1].emotion?.word?.value == "מיואש")
        #expect(
            journey.stages[0].notes(.channels).map(\.text.value) == ["שיחה עם המעסיק"], "a lane the map does not show is kept")
    }

    @Test func stagesAreAddedMovedAndRemovedWithTheirNotes() async throws {
        let bench = try TestWorkbench()
        let path = "journeys/\(Self.journey).yaml"
        let titles = { @Sendable () throws -> [String] in
            try #require(WorkshopLoader.load(bench.workshop).workshop?.journey(named: Self.journey)).stages.map(\.title.value)
        }
        let original = try titles()
        try await bench.test { client in
            var form = try await grid(client)
            form.set("new-stage", "מקבל את האישור במייל")
            var response = try await client.post("/journeys/\(Self.journey)", fields: form.pressing("action", "add-stage"))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/journeys/\(Self.journey)?saved=1&added=1#stage-\(original.count)")
            #expect(try titles() == original + ["מקבל את האישור במייל"])

            form = try await grid(client)
            response = try await client.post("/journeys/\(Self.journey)", fields: form.pressing("action", "move:0:1"))
            #expect(try titles() == [original[1], original[0]] + original.dropFirst(2) + ["מקבל את האישור במייל"])
            let moved = try #require(WorkshopLoader.load(bench.workshop).workshop?.journey(named: Self.journey))
            #expect(moved.stages[1].notes(.channels).map(\.text.value) == ["שיחה עם המעסיק"], "a stage moves with all its notes")

            form = try await grid(client)
            response = try await client.post(
                "/journeys/\(Self.journey)", fields: form.pressing("action", "remove:\(original.count)"))
            #expect(try titles() == [original[1], original[0]] + original.dropFirst(2))
        }
        #expect(try bench.text(path).contains("# 335–369"), "the file's comments survive")
    }

    @Test func aFutureJourneyStartsFromTheCurrentOnesStages() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let token = try #require(
                HTMLForm(
                    try await client.get("/journeys/arnona-discount-current").text,
                    action: "/journeys/arnona-discount-current/future"))["_csrf"]
            let response = try await client.post(
                "/journeys/arnona-discount-current/future", fields: [("_csrf", try #require(token))])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/journeys/arnona-discount-future")
            let workshop = try #require(WorkshopLoader.load(bench.workshop).workshop)
            let future = try #require(workshop.journey(named: "arnona-discount-future"))
            let current = try #require(workshop.journey(named: "arnona-discount-current"))
            #expect(future.variant.value == .future && future.improves?.value == "arnona-discount-current")
            #expect(future.stages.map(\.title.value) == current.stages.map(\.title.value))
            #expect(future.persona?.value == "pensioners" && future.lanes.map(\.value) == ["meeting-3"])
            #expect(try await client.get("/journeys/arnona-discount-future").status == .ok)
        }
    }

    @Test func aNewJourneyIsWrittenFromItsNameAndStages() async throws {
        let bench = try TestWorkbench()
        try await bench.test { client in
            let form = try #require(HTMLForm(try await client.get("/journeys/new").text, action: "/journeys"))
            var fields = form.fields
            fields.removeAll { ["title", "stages", "persona"].contains($0.0) }
            fields += [("title", "רישום לגן"), ("persona", "lifshitz-family"), ("stages", "שומעים על הרישום\r\nנרשמים באתר\r\n")]
            let response = try await client.post("/journeys", fields: fields)
            #expect(response.status == .seeOther)
            let id = String(try #require(response.headers[.location]).dropFirst("/journeys/".count))
            let journey = try #require(
                WorkshopLoader.load(bench.workshop).workshop?.journey(named: id.removingPercentEncoding ?? id))
            #expect(
                journey.title.value == "רישום לגן" && journey.stages.map(\.title.value) == ["שומעים על הרישום", "נרשמים באתר"])
        }
    }

    @Test func aSaveOntoAChangedFileMergesCellByCellAndAsksOnlyAboutTheSameCell() async throws {
        let bench = try TestWorkbench()
        let path = bench.workshop.appendingPathComponent("journeys/\(Self.journey).yaml")
        try await bench.test { client in
            var form = try await grid(client)
            form.set("s0-title", "מגלה בעבודה שצריך אישור")
            // Someone else changed the same stage's title and another stage's emotion meanwhile.
            let theirs = try String(contentsOf: path, encoding: .utf8)
                .replacingOccurrences(of: "word: כועס", with: "word: זועם")
                .replacingOccurrences(of: "title: מגלה שצריך אישור תושב", with: "title: מגלה במועצה שצריך אישור תושב")
            try Data(theirs.utf8).write(to: path)
            let refused = try await client.post("/journeys/\(Self.journey)", fields: form.pressing("action", "save"))
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("מגלה בעבודה שצריך אישור") && refused.text.contains("מגלה במועצה שצריך אישור תושב"))
            #expect(
                refused.text.components(separatedBy: "<tr class=\"differs\">").count == 2,
                "only the cell both changed is asked about")
            #expect(try String(contentsOf: path, encoding: .utf8) == theirs, "nothing was written over theirs")
            let keep = try #require(HTMLForm(refused.text, action: "/journeys/\(Self.journey)"))
            #expect(try await client.post("/journeys/\(Self.journey)", fields: keep.fields).status == .seeOther)
            let after = try String(contentsOf: path, encoding: .utf8)
            #expect(after.contains("title: מגלה בעבודה שצריך אישור") && after.contains("word: זועם"))
        }
    }
}
