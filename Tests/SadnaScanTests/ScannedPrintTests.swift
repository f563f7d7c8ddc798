import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint
@testable import SadnaScan

/// Paper comes back and is printed again: a persona card and a journey map show each field's
/// handwriting where nothing is typed yet, tagged as handwritten, whole and in its place.
@Suite struct ScannedPrintTests {
    let folder = TemporaryFolder()

    /// Scans a synthetic photo of `page` with `marks` into a copy of the shipped programme, as
    /// `sadna scan` files it; returns the workshop's folder and what the scan became.
    func scan(_ page: Page, marks: [String: SyntheticPhoto.Mark], rotation: Double = 7) throws -> (URL, ScanSession.Outcome) {
        let workshop = try emekCopy(in: folder, editingMeeting: "03") { $0 }
        let photo = folder.path("photo-\(UUID().uuidString).jpg")
        var maker = SyntheticPhoto()
        maker.rotation = rotation
        try maker.jpeg(of: page, marks: marks).write(to: photo)
        let programme = try #require(check(workshop).workshop)
        let session = ScanSession(scanner: FormScanner(context: layoutContext()), programme: programme, workshop: workshop)
        return (workshop, try session.scan(photo, meeting: "3", replace: false))
    }

    /// Where each thing sits on a page: its pictures and its texts' boxes (mm, the page's own).
    func contents(_ page: Page) -> (pictures: [(picture: Picture, frame: Rect)], texts: [(text: String, frame: Rect)]) {
        var pictures: [(Picture, Rect)] = []
        var texts: [(String, Rect)] = []
        for element in page.elements {
            switch element {
            case let .picture(picture, frame, _): pictures.append((picture, frame))
            case let .text(block, origin, _):
                texts.append((block.text, Rect(x: origin.x, y: origin.y, width: block.width, height: block.height)))
            default: break
            }
        }
        return (pictures, texts)
    }

    /// The page as PDF (to read as a person would) and, with SADNA_SCAN_LOOK=DIR, as PNG to look at.
    func pdf(_ page: Page, name: String) throws -> URL {
        let url = folder.path("\(name).pdf")
        try PDFExport.write([page], info: DocumentInfo(title: name, author: "", subject: ""), to: url)
        if let look = ProcessInfo.processInfo.environment["SADNA_SCAN_LOOK"] {
            try PNGExport.write([page], to: URL(fileURLWithPath: look), name: name, dpi: 110)
        }
        return url
    }

    /// The journey's map as printed in `language` (its first sheet), with nothing reported, kept as `name`.
    func printedMap(_ journey: Journey, of workshop: Workshop, language: Language, name: String) throws -> Page {
        let typesetter = Typesetter()
        let page = try printed(
            PrintRequest(.journey, items: [journey.id], language: language), workshop: workshop, typesetter: typesetter
        )
        .pages[0]
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics.map(DiagnosticFormatter.text))")
        _ = try pdf(page, name: name)
        return page
    }

    func middle(_ rect: Rect) -> Point { Point(x: rect.x + rect.width / 2, y: rect.y + rect.height / 2) }

    func overlap(_ a: Rect, _ b: Rect) -> Double {
        max(0, min(a.maxX, b.maxX) - max(a.minX, b.minX)) * max(0, min(a.maxY, b.maxY) - max(a.minY, b.minY))
    }

    @Test(arguments: [(Language.he, CardSize.a5), (.ar, .a6), (.en, .a5), (.he, .a6)])
    func aScannedPersonaCardShowsEachFieldsHandwritingUntilItIsTyped(language: Language, card: CardSize) throws {
        let form = try formPage(PrintRequest(.personaForm))
        let written: [String: SyntheticPhoto.Mark] = [
            "name": .text("רונית לוי"), "summary": .text("אם לשלושה"), "quote": .text("אין לי זמן לחכות"),
            "age": .text("47"), "residence": .text("עין חרוד"), "problems": .strokes, "required_service": .strokes,
            "photo": .strokes,
        ]
        let (workshop, outcome) = try scan(form, marks: written)
        guard case let .persona(path) = outcome.filed else {
            Issue.record("a persona form becomes a persona file: \(outcome.filed)")
            return
        }
        // Someone types the age; its crop stays in the file but the typed text wins on paper.
        let file = workshop.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "scanned:\n", with: "age: 47\nscanned:\n").utf8).write(to: file)

        let loaded = try #require(check(workshop).workshop)
        let persona = try #require(loaded.personas.first { "personas/\($0.id).yaml" == path })
        #expect(persona.scanned[.age] != nil && persona[.age] != nil)
        let typesetter = Typesetter()
        let layout = PersonaLayout(
            context: layoutContext(loaded, language: language, typesetter: typesetter), personas: [persona], size: card.size)
        let page = layout.page(0)
        let (pictures, texts) = contents(page)
        let tag = layout.labels(.handwritten)
        let tags = texts.filter { $0.text == tag }
        // The name, the line about them, the quote, where they live, the problems and the service
        // needed, each under its tag; the drawing in the avatar's place; the age typed.
        #expect(pictures.count == 7, "\(texts.map(\.text))")
        #expect(tags.count == 6)
        #expect(texts.contains { $0.text.contains("47") })
        #expect(!texts.contains { $0.text.contains(persona.id) }, "the name the scan wrote is not printed as a name")
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics.map(DiagnosticFormatter.text))")

        let margin = layout.margin - 0.01
        for (picture, frame) in pictures {
            // Whole, on the card, and neither stretched nor squeezed.
            #expect(frame.minX >= margin && frame.maxX <= card.size.width - margin, "\(frame)")
            #expect(frame.minY >= margin && frame.maxY <= card.size.height - margin, "\(frame)")
            let aspect = Double(picture.width) / Double(picture.height)
            #expect(abs(frame.width / frame.height - aspect) < 0.01 * aspect, "\(frame) of \(picture.width)×\(picture.height)")
            for other in pictures where other.frame != frame {
                #expect(overlap(frame, other.frame) == 0, "\(frame) and \(other.frame)")
            }
            for text in texts where !text.text.isEmpty {
                // A text's box is as wide as it was set; its letters keep clear of every crop.
                #expect(overlap(frame, text.frame) < 0.05 * frame.width * frame.height, "\(text.text) over \(frame)")
            }
        }
        // Each tag stands just above its crop, or at its start side on the crop's first line.
        for tag in tags {
            let words = tag.frame
            #expect(
                pictures.contains { crop in
                    let above = abs(crop.frame.minY - words.maxY) < 2
                    let startSide =
                        language.direction == .rightToLeft ? words.minX >= crop.frame.maxX : words.maxX <= crop.frame.minX
                    let beside = startSide && abs(words.minY - crop.frame.minY) < 3
                    return above || beside
                }, "\(tag.text) at \(words), crops at \(pictures.map(\.frame))")
        }
        // On paper: the typed age reads as text, each crop's tag as words.
        let url = try pdf(page, name: "persona-\(language.code)-\(card)")
        let read = try PDFText.extract(url)
        // (pdftotext moves the colon of an Arabic label: the label and the number are read apart.)
        #expect(read.contains(layout.fieldLabel(.age)) && read.contains("47"), "\(read)")
        #expect(PDFText.occurrences(of: tag, in: read) == 6, "\(read)")
    }

    @Test func aFormFilledInEveryFieldStaysOnAnA6CardAndWhatIsLeftOutIsReportedAtItsCrop() throws {
        let form = try formPage(PrintRequest(.personaForm))
        let fields = try #require(form.scanForm).fields.map(\.name)
        let (workshop, outcome) = try scan(form, marks: Dictionary(uniqueKeysWithValues: fields.map { ($0, .strokes) }))
        guard case let .persona(path) = outcome.filed else {
            Issue.record("\(outcome.filed)")
            return
        }
        let loaded = try #require(check(workshop).workshop)
        let persona = try #require(loaded.personas.first { "personas/\($0.id).yaml" == path })
        let typesetter = Typesetter()
        let page = PersonaLayout(
            context: layoutContext(loaded, typesetter: typesetter), personas: [persona], size: CardSize.a6.size
        )
        .page(0)
        _ = try pdf(page, name: "persona-full-a6")
        let (pictures, _) = contents(page)
        for (_, frame) in pictures {
            #expect(frame.maxY <= CardSize.a6.size.height - 7 && frame.minX >= 7 && frame.maxX <= CardSize.a6.size.width - 7)
        }
        // Every crop is either on the card or reported, at the line of the file that names it.
        let reported = typesetter.diagnostics.filter { $0.id == .layoutOverflowPersonaField }
        #expect(pictures.count + reported.count == persona.scanned.count, "\(reported.map(DiagnosticFormatter.text))")
        #expect(reported.allSatisfy { $0.location?.file.hasSuffix(path) == true && ($0.location?.line ?? 0) > 3 })
    }

    @Test func aTypedNameAndQuoteWinOverTheirCrops() throws {
        let form = try formPage(PrintRequest(.personaForm))
        let (workshop, outcome) = try scan(form, marks: ["name": .text("רונית לוי"), "quote": .text("אין לי זמן")])
        guard case let .persona(path) = outcome.filed else {
            Issue.record("\(outcome.filed)")
            return
        }
        let file = workshop.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        let typed = text.replacingOccurrences(of: "scanned:\n", with: "quote: אין לי זמן לחכות בתור\nscanned:\n")
            .replacingOccurrences(of: #"name: "03-persona-form-1""#, with: "name: רונית לוי")
        #expect(typed.contains("name: רונית לוי"))
        try Data(typed.utf8).write(to: file)
        let loaded = try #require(check(workshop).workshop)
        let persona = try #require(loaded.personas.first { "personas/\($0.id).yaml" == path })
        let page = PersonaLayout(context: layoutContext(loaded), personas: [persona], size: CardSize.a5.size).page(0)
        let (pictures, texts) = contents(page)
        #expect(pictures.isEmpty)
        #expect(!texts.contains { $0.text == "בכתב יד" })
        #expect(texts.contains { $0.text.contains("רונית לוי") })
        #expect(texts.contains { $0.text.contains("אין לי זמן לחכות בתור") })
    }

    @Test(arguments: Language.allCases)
    func aStagesHandwrittenFeelingShowsInTheEmotionLaneWhereNoneIsTyped(language: Language) throws {
        let canvas = try formPage(PrintRequest(.journeyCanvas, stages: 6))
        let lane = try #require(sadnaTemplates.journey.lanes.first { $0.isEmotion }).id
        let lanes = try #require(canvas.scanForm).fields.map(\.name)
        #expect(lanes.contains("stage-2-\(lane)"), "the canvas has an emotion lane: \(lanes)")
        let (workshop, outcome) = try scan(
            canvas,
            marks: [
                "stage-2-\(lane)": .text("מתוסכלת"), "stage-3-\(lane)": .strokes, "stage-1-title": .text("מידע"),
                "stage-2-title": .text("טופס"), "stage-3-title": .text("המתנה"), "stage-4-title": .text("תשלום"),
            ],
            rotation: -8)
        guard case let .journey(path) = outcome.filed else {
            Issue.record("a canvas becomes a journey: \(outcome.filed)")
            return
        }
        // Stage 3's feeling is typed: its face is drawn, not its crop.
        let file = workshop.appendingPathComponent(path)
        var text = try String(contentsOf: file, encoding: .utf8)
        let third = try #require(text.range(of: "      \(lane): \"scans/03/journey-canvas-1/stage-3-\(lane).png\"\n"))
        text.insert(contentsOf: "    emotion: {score: -1, word: ממתינה}\n", at: third.upperBound)
        text = text.replacingOccurrences(
            of: "  - scanned:\n      title: \"scans/03/journey-canvas-1/stage-1",
            with: "  - emotion: 1\n    scanned:\n      title: \"scans/03/journey-canvas-1/stage-1")
        try Data(text.utf8).write(to: file)

        let loaded = try #require(check(workshop).workshop)
        let journey = try #require(loaded.journeys.first { "journeys/\($0.id).yaml" == path })
        #expect(journey.stages[2].emotion?.score.value == -1, "\(text)")
        #expect(journey.stages[0].emotion?.score.value == 1, "\(text)")
        let page = try printedMap(journey, of: loaded, language: language, name: "journey-\(language.code)")
        let (pictures, texts) = contents(page)
        let tag = JourneyMapLayout(context: layoutContext(loaded, language: language), journey: journey).labels(.handwritten)
        // Four handwritten stage titles (none typed) and stage 2's feeling; stage 3's is typed.
        #expect(pictures.count == 5)
        #expect(texts.filter { $0.text == tag }.count == 5)
        // The feeling's crop is in the emotion lane (between its +2 and -2 guides' numbers) and
        // in stage 2's column, under the titles' crops.
        let top = try #require(texts.first { $0.text == "+2" }).frame.minY
        let bottom = try #require(texts.first { $0.text == "-2" }).frame.maxY
        let titles = pictures.map(\.frame).sorted { $0.minY < $1.minY }.prefix(4)
        let feeling = try #require(pictures.map(\.frame).first { middle($0).y > top && middle($0).y < bottom })
        let columns = titles.sorted {
            language.direction == .rightToLeft ? middle($0).x > middle($1).x : middle($0).x < middle($1).x
        }
        #expect(feeling.minX >= columns[0].maxX || feeling.maxX <= columns[0].minX, "not in stage 1's column")
        #expect(abs(middle(feeling).x - middle(columns[1]).x) < 25, "in stage 2's column: \(feeling) \(columns[1])")
        #expect(feeling.minY > titles.map(\.maxY).max()!)
    }

    /// A journey from a canvas whose heading was written by hand and nothing typed yet: the
    /// service stands where the title goes (the title is still the file's name), the persona in
    /// the persona's box, the group and the date under the variant, each tagged with what it is.
    @Test(arguments: Language.allCases)
    func theCanvasHeadingWrittenByHandShowsWhereNothingIsTyped(language: Language) throws {
        let canvas = try formPage(PrintRequest(.journeyCanvas, stages: 6))
        let (workshop, outcome) = try scan(
            canvas,
            marks: [
                "service": .text("ארנונה"), "persona": .text("סמירה"), "group": .text("קבוצה ב"), "date": .text("12.3"),
                "stage-1-title": .text("מידע"),
            ])
        guard case let .journey(path) = outcome.filed else {
            Issue.record("a canvas becomes a journey: \(outcome.filed)")
            return
        }
        let loaded = try #require(check(workshop).workshop)
        let journey = try #require(loaded.journeys.first { "journeys/\($0.id).yaml" == path })
        #expect(journey.title.value == journey.id && journey.persona == nil && journey.group.isEmpty)
        let page = try printedMap(journey, of: loaded, language: language, name: "journey-heading-\(language.code)")
        let (pictures, texts) = contents(page)
        let layout = JourneyMapLayout(context: layoutContext(loaded, language: language), journey: journey)
        let labels = layout.labels
        let handwritten = labels(.handwritten)
        for what in [labels(.service), labels(.persona), labels(.group), labels(.date)] {
            #expect(texts.contains { $0.text == "\(what) · \(handwritten)" }, "\(what): \(texts.map(\.text))")
        }
        #expect(!texts.contains { $0.text == journey.id }, "the file's name is not printed as the title")
        // Four crops above the grid, the stage's title in it.
        let gridTop = try #require(texts.first { $0.text == "1" }).frame.minY
        #expect(pictures.filter { $0.frame.maxY < gridTop }.count == 4)
        #expect(pictures.count == 5)
        // The service where the title goes: at the page's start edge, at its top.
        let service = try #require(pictures.min { $0.frame.minY < $1.frame.minY }).frame
        let start = language.direction == .rightToLeft ? page.size.width - service.maxX : service.minX
        #expect(start < JourneyMapLayout.margin + 1, "\(service)")
    }
}
