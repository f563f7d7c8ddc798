import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

/// `sadna scan` as a secretary runs it on the photos from her phone.
@Suite struct ScanCommandTests {
    let folder = TemporaryFolder()

    @Test func aPhotoOfAFilledPersonaFormBecomesCropsAndAPersonaFileThatChecks() throws {
        let workshop = try emekCopy(in: folder, editingMeeting: "03") { $0 }
        let page = try printed(PrintRequest(.personaForm)).pages[0]
        var maker = SyntheticPhoto()
        maker.rotation = 9
        let photo = folder.path("IMG_0001.jpg")
        try maker.jpeg(of: page, marks: ["name": .text("דנה כהן"), "age": .text("52")]).write(to: photo)

        let first = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path, "--meeting", "3"], in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("scans/03/persona-form-1/"))
        let crops = workshop.appendingPathComponent("scans/03/persona-form-1")
        for name in ["page", "name", "age", "problems"] {
            #expect(FileManager.default.fileExists(atPath: crops.appendingPathComponent("\(name).png").path), "\(name).png")
        }
        let persona = try String(
            contentsOf: workshop.appendingPathComponent("personas/03-persona-form-1.yaml"), encoding: .utf8)
        #expect(persona.contains("  name: \"scans/03/persona-form-1/name.png\""))
        #expect(persona.contains("age:"))
        #expect(!persona.contains("problems:"), "an empty field is left empty")
        #expect(sadnaInProcess(["check", workshop.path], in: folder.url).status == 0)

        // The same photo again asks before it replaces the first scan.
        let again = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path, "--meeting", "3"], in: folder.url)
        #expect(again.status == 1)
        #expect(again.stderr.contains("IMG_0001.jpg"))
        #expect(again.stderr.contains("--replace"))
        let replaced = sadnaInProcess(
            ["scan", photo.path, "--workshop", workshop.path, "--meeting", "3", "--replace"], in: folder.url)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workshop.appendingPathComponent("scans/03/persona-form-2").path))
    }

    @Test func aBlurredPhotoIsRefusedWithItsReasonAndNothingIsWritten() throws {
        let workshop = try emekCopy(in: folder, editingMeeting: "03") { $0 }
        var maker = SyntheticPhoto()
        maker.blurRadius = 6
        maker.blurPasses = 3
        let photo = folder.path("blurred.jpg")
        try maker.jpeg(of: try printed(PrintRequest(.personaForm)).pages[0], marks: [:]).write(to: photo)
        let result = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("blurred.jpg:1:1: error:"))
        #expect(result.stderr.contains("too blurred"))
        #expect(!FileManager.default.fileExists(atPath: workshop.appendingPathComponent("scans").path))
    }

    /// A copy of the shipped programme with a team of three on participants.yaml (one of them
    /// written as a bare name), and a comment that must survive every edit.
    func teamCopy() throws -> (URL, Workshop) {
        let workshop = try emekCopy(in: folder, editingMeeting: "03") { $0 }
        let team = """
            # The team, as the secretary keeps it.
            - name: סמדר כהן
              department: מזכירות כללית
              attended: [2]
            - name: אחמד חטיב
              department: הנדסה
            - יוסי לוי

            """
        try Data(team.utf8).write(to: workshop.appendingPathComponent("participants.yaml"))
        return (workshop, try #require(check(workshop).workshop))
    }

    @Test func aSignInSheetProposesWhoCameAndWritesItOnlyWhenConfirmed() throws {
        let (workshop, loaded) = try teamCopy()
        let page = try printed(PrintRequest(.signIn, items: ["01"]), workshop: loaded).pages[0]
        var maker = SyntheticPhoto()
        maker.rotation = 7
        let photo = folder.path("IMG_0101.jpg")
        try maker.jpeg(of: page, marks: ["signature-1": .strokes, "signature-3": .text("י.ל")]).write(to: photo)
        let teamFile = workshop.appendingPathComponent("participants.yaml")
        let before = try String(contentsOf: teamFile, encoding: .utf8)

        let shown = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path], in: folder.url)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("proposed as present at meeting 01): סמדר כהן, יוסי לוי"), "\(shown.stdout)")
        #expect(shown.stdout.contains("no signature: אחמד חטיב"))
        #expect(try String(contentsOf: teamFile, encoding: .utf8) == before, "nothing is written unconfirmed")

        // Another photo of the same sheet is the same page: it asks before it replaces.
        maker.rotation = -11
        let other = folder.path("IMG_0102.jpg")
        try maker.jpeg(of: page, marks: ["signature-1": .strokes, "signature-3": .text("י.ל")]).write(to: other)
        let again = sadnaInProcess(["scan", other.path, "--workshop", workshop.path], in: folder.url)
        #expect(again.status == 1)
        #expect(again.stderr.contains("IMG_0102.jpg") && again.stderr.contains("--replace"), "\(again.stderr)")

        let confirmed = sadnaInProcess(
            ["scan", other.path, "--workshop", workshop.path, "--replace", "--confirm"], in: folder.url)
        #expect(confirmed.status == 0, "\(confirmed.stderr)")
        let after = try String(contentsOf: teamFile, encoding: .utf8)
        #expect(after.hasPrefix("# The team, as the secretary keeps it.\n"))
        #expect(after.contains("  department: מזכירות כללית\n  attended:\n    - 2\n    - \"01\"\n"), "\(after)")
        #expect(
            after.contains("  department: הנדסה\n- name: יוסי לוי\n  attended:"), "the unsigned are left as they were: \(after)")
        let present = try #require(check(workshop).workshop)
        let meeting = try #require(present.meeting(named: "01"))
        #expect(Set(present.present(at: meeting)) == ["סמדר כהן", "יוסי לוי"])
    }

    @Test func aFilledCanvasBecomesAJourneyWhoseCellsHoldTheirCropsAndTypedTextSurvivesARescan() throws {
        let workshop = try emekCopy(in: folder, editingMeeting: "03") { $0 }
        let page = try printed(PrintRequest(.journeyCanvas, stages: 6)).pages[0]
        // The canvas's own note lanes (the template's choice), the first two of them.
        let lanes = try #require(page.scanForm).fields.map(\.name).filter { $0.hasPrefix("stage-1-") }
            .map { String($0.dropFirst(8)) }.filter { JourneyField(rawValue: $0) != nil }
        let (lane, other) = (lanes[0], lanes[1])
        let photo = folder.path("canvas.jpg")
        var maker = SyntheticPhoto()
        maker.rotation = -8
        try maker.jpeg(
            of: page,
            marks: [
                "stage-2-\(lane)": .stickyNote, "stage-3-\(other)": .stickyNote, "service": .text("ארנונה"),
                "stage-2-title": .text("מידע"), "stage-3-title": .text("תשלום"),
            ]
        ).write(to: photo)
        let scan = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path, "--meeting", "3"], in: folder.url)
        #expect(scan.status == 0, "\(scan.stderr)")
        let file = workshop.appendingPathComponent("journeys/03-journey-canvas-1.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let crops = "scans/03/journey-canvas-1"
        #expect(text.contains("  service: \"\(crops)/service.png\""), "\(text)")
        #expect(text.contains("      \(lane): \"\(crops)/stage-2-\(lane).png\""), "\(text)")
        #expect(text.contains("      \(other): \"\(crops)/stage-3-\(other).png\""), "\(text)")
        let loaded = try #require(check(workshop).workshop)
        let journey = try #require(loaded.journeys.first { $0.id == "03-journey-canvas-1" })
        #expect(journey.stages.count == 3)
        #expect(journey.stages[1].scanned[lane]?.value == "\(crops)/stage-2-\(lane).png")
        #expect(journey.stages[0].scanned.isEmpty, "an empty stage is left empty: \(text)")
        #expect(journey.stages[0].title.value.isEmpty)
        // The printed map shows each crop where nothing is typed: two handwritten stage titles,
        // the two notes and the service in the title's place, each tagged as handwriting.
        #expect(try pictures(ofJourney: journey.id, in: workshop) == 5)

        // Someone types stage 2's title and a note; a rescan renews the crops and keeps them.
        let stage = "  - scanned:\n      title: \"\(crops)/stage-2-title.png\""
        let typedStage =
            "  - title: מחפשים באתר # typed\n    \(lane): [נכנסת לאתר]\n    scanned:\n      title: \"\(crops)/stage-2-title.png\""
        let typed = text.replacingOccurrences(of: stage, with: typedStage)
        #expect(typed != text)
        try Data(typed.utf8).write(to: file)
        let again = sadnaInProcess(
            ["scan", photo.path, "--workshop", workshop.path, "--meeting", "3", "--replace"], in: folder.url)
        #expect(again.status == 0, "\(again.stderr)")
        let kept = try String(contentsOf: file, encoding: .utf8)
        #expect(kept.contains("  - title: מחפשים באתר # typed\n    \(lane): [נכנסת לאתר]\n"), "\(kept)")
        #expect(kept.contains("stage-2-\(lane).png"))
        // Typed text wins on paper too: stage 2's title and note print as text, not as crops.
        #expect(try pictures(ofJourney: "03-journey-canvas-1", in: workshop) == 3)
    }

    /// A council without an A3 printer prints the canvas on four A4 sheets; the group fills them
    /// glued or not, and the secretary photographs each sheet on its own, in any order. Every
    /// sheet of one copy fills the same journey, each only the cells it holds; the next group's
    /// copy becomes a journey of its own.
    @Test func theSheetsOfATiledCanvasFillOneJourneyWhateverOrderTheyArePhotographedIn() throws {
        let workshop = try emekCopy(in: folder, editingMeeting: "03") { $0 }
        let sheets = try printed(PrintRequest(.journeyCanvas, paper: Paper(.a4), stages: 6)).pages
        let forms = try sheets.map { try #require($0.scanForm) }
        // Right to left: sheet 1 holds stages 1–3 and the heading, sheet 4 the lower lanes of 4–6.
        func cells(_ sheet: Int, stage: Int) -> [String] {
            forms[sheet - 1].fields.map(\.name).filter { $0.hasPrefix("stage-\(stage)-") && $0 != "stage-\(stage)-title" }
        }
        let low = try #require(cells(4, stage: 5).last)
        let high = try #require(cells(1, stage: 2).first)
        #expect(
            forms[0].fields.contains { $0.name == "stage-1-title" } && cells(4, stage: 5).count < cells(1, stage: 2).count + 3)
        func scan(
            _ sheet: Int, _ marks: [String: SyntheticPhoto.Mark], rotation: Double, name: String
        ) throws -> (Int32, String, String) {
            var maker = SyntheticPhoto()
            maker.rotation = rotation
            let photo = folder.path(name)
            try maker.jpeg(of: sheets[sheet - 1], marks: marks).write(to: photo)
            let result = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path, "--meeting", "3"], in: folder.url)
            return (result.status, result.stdout, result.stderr)
        }
        // The bottom sheet first: the journey begins with stages that have no title yet.
        let bottom = try scan(4, [low: .stickyNote], rotation: 7, name: "sheet-4.jpg")
        #expect(bottom.0 == 0, "\(bottom.2)")
        #expect(bottom.1.contains("scans/03/journey-canvas-1-sheet-4/"), "\(bottom.1)")
        #expect(bottom.1.contains("journeys/03-journey-canvas-1.yaml"), "\(bottom.1)")
        let top = try scan(
            1, ["stage-1-title": .text("מידע"), high: .stickyNote, "service": .text("ארנונה")], rotation: -9, name: "sheet-1.jpg")
        #expect(top.0 == 0, "\(top.2)")
        #expect(top.1.contains("scans/03/journey-canvas-1-sheet-1/"), "\(top.1)")
        let text = try String(
            contentsOf: workshop.appendingPathComponent("journeys/03-journey-canvas-1.yaml"), encoding: .utf8)
        let loaded = try #require(check(workshop).workshop, "the journey checks: \(text)")
        let journey = try #require(loaded.journeys.first { $0.id == "03-journey-canvas-1" })
        #expect(loaded.journeys.filter { $0.id.hasPrefix("03-journey-canvas") }.count == 1, "one journey for the copy")
        #expect(journey.stages.count == 5, "\(text)")
        let (lowStage, lowLane) = (String(low.split(separator: "-")[2]), String(high.split(separator: "-")[2]))
        #expect(journey.stages[4].scanned[lowStage]?.value == "scans/03/journey-canvas-1-sheet-4/\(low).png", "\(text)")
        #expect(journey.stages[1].scanned[lowLane]?.value == "scans/03/journey-canvas-1-sheet-1/\(high).png", "\(text)")
        #expect(journey.stages[0].scanned["title"]?.value == "scans/03/journey-canvas-1-sheet-1/stage-1-title.png")
        #expect(journey.stages[4].scanned["title"] == nil, "stage 5's title is on sheet 2, not photographed yet")
        #expect(journey.scanned["service"]?.value == "scans/03/journey-canvas-1-sheet-1/service.png", "\(text)")
        #expect(journey.stages[2].title.value.isEmpty && journey.stages[2].scanned.isEmpty, "nothing written in stage 3")

        // The same photo again is the same sheet; another group's sheet 1 begins their own journey.
        let again = try scan(4, [low: .stickyNote], rotation: 7, name: "sheet-4.jpg")
        #expect(again.0 == 1 && again.2.contains("--replace"), "\(again.2)")
        let next = try scan(1, [high: .text("טופס")], rotation: 4, name: "group-b-sheet-1.jpg")
        #expect(next.0 == 0, "\(next.2)")
        #expect(next.1.contains("journeys/03-journey-canvas-2.yaml"), "\(next.1)")
        // A whole A3 canvas after them is a copy of its own, numbered after theirs.
        let whole = try printed(PrintRequest(.journeyCanvas, stages: 6)).pages[0]
        let photo = folder.path("whole.jpg")
        try SyntheticPhoto().jpeg(of: whole, marks: ["stage-1-title": .text("מידע")]).write(to: photo)
        let third = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path, "--meeting", "3"], in: folder.url)
        #expect(third.stdout.contains("journeys/03-journey-canvas-3.yaml"), "\(third.stdout)\(third.stderr)")
        // Its title is still the file's name: the service written on sheet 1 stands in for it.
        #expect(try pictures(ofJourney: journey.id, in: workshop) == 4, "a title, two notes and the service")
    }

    /// How many crops the journey's printed map shows, after checking each is tagged as handwriting.
    func pictures(ofJourney id: String, in workshop: URL) throws -> Int {
        let loaded = try #require(check(workshop).workshop)
        let page = try printed(PrintRequest(.journey, items: [id]), workshop: loaded).pages[0]
        func count(_ elements: [PageElement]) -> Int {
            elements.reduce(0) { total, element in
                switch element {
                case .picture: total + 1
                case let .group(children, _, _): total + count(children)
                case let .shared(content): total + count(content.elements)
                default: total
                }
            }
        }
        let texts = textBlocks(page.elements).map(\.text)
        #expect(!texts.contains(id), "a title that is still the file's name gives way to the handwritten service")
        let tags = texts.filter { $0.hasSuffix("בכתב יד") }.count
        #expect(tags == count(page.elements))
        return count(page.elements)
    }

    @Test func aFilledMinutesFormIsAttachedToItsMeetingWithItsActionCells() throws {
        let workshop = try emekCopy(in: folder, editingMeeting: "03") { "# meeting three, kept by hand\n" + $0 }
        let page = try printed(PrintRequest(.minutesBlank)).pages.last!
        let form = try #require(page.scanForm)
        let action = try #require(form.fields.first { $0.name.hasPrefix("action-") && $0.name.hasSuffix("-what") })
        let photo = folder.path("minutes.jpg")
        try SyntheticPhoto().jpeg(of: page, marks: [action.name: .text("לעדכן את האתר")]).write(to: photo)
        let result = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path, "--meeting", "3"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: workshop.appendingPathComponent("meetings/03.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# meeting three, kept by hand\n"))
        let folderName = "minutes-blank" + (form.identity.page > 1 ? "-p\(form.identity.page)" : "")
        #expect(
            text.contains("scanned:\n  \(folderName):\n    page: scans/03/\(folderName)/page.png")
                || text.contains("scans/03/\(folderName)/page.png"), "\(text)")
        #expect(text.contains("\(action.name): scans/"), "\(text)")
        let meeting = try #require(check(workshop).workshop?.meeting(named: "3"))
        #expect(meeting.scanned.first?.crops.contains { $0.field == action.name } == true)
    }

    @Test func aFilledWorksheetIsAttachedToItsMeetingBlockByBlock() throws {
        let workshop = try emekCopy(in: folder, editingMeeting: "09") { $0 }
        let page = try printed(PrintRequest(.worksheet, items: ["think-feel-do"])).pages[0]
        let photo = folder.path("think.jpg")
        var maker = SyntheticPhoto()
        maker.rotation = -7
        try maker.jpeg(of: page, marks: ["block-1": .text("סמדר"), "block-3": .strokes]).write(to: photo)
        let result = sadnaInProcess(["scan", photo.path, "--workshop", workshop.path, "--meeting", "9"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(": worksheet, page 1 "), "the form named in words, not its code: \(result.stdout)")
        let text = try String(contentsOf: workshop.appendingPathComponent("meetings/09.yaml"), encoding: .utf8)
        #expect(text.contains("scanned:\n  worksheet-1:\n    page: scans/09/worksheet-1/page.png"), "\(text)")
        #expect(text.contains("block-1: scans/09/worksheet-1/block-1.png"), "\(text)")
        #expect(text.contains("block-3: scans/09/worksheet-1/block-3.png"), "\(text)")
        #expect(!text.contains("block-2:"), "a block with no ink is left empty")
        #expect(sadnaInProcess(["check", workshop.path], in: folder.url).status == 0)
        let meeting = try #require(check(workshop).workshop?.meeting(named: "9"))
        #expect(meeting.scanned.first?.crops.map(\.field).sorted() == ["block-1", "block-3", "page"])
    }
}
