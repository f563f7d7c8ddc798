import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

@testable import SadnaScan

/// A printed form's page, laid out as `sadna render` lays it out.
func formPage(_ request: PrintRequest, page: Int = 0) throws -> Page {
    try printed(request).pages[page]
}

/// Writes `data` as a photo file and reads it back as `sadna scan` does.
func photo(_ data: Data, in folder: TemporaryFolder, named name: String = "photo.jpg") throws -> (URL, Photo) {
    let url = folder.path(name)
    try data.write(to: url)
    return (url, try Photo.read(url))
}

/// Where a test leaves what it scanned, for a person to look at (SADNA_SCAN_LOOK=DIR).
func leaveToLook(_ scanned: ScannedForm, name: String) {
    guard let folder = ProcessInfo.processInfo.environment["SADNA_SCAN_LOOK"] else { return }
    let directory = URL(fileURLWithPath: folder).appendingPathComponent(name)
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try? ScanStore.writePNG(scanned.page, to: directory.appendingPathComponent("page.png"))
    for field in scanned.fields where field.hasInk {
        try? ScanStore.writePNG(scanned.crop(field), to: directory.appendingPathComponent("\(field.name).png"))
    }
}

@Suite struct ScanMarksTests {
    @Test func aMarkSaysWhatThePageIsAndWhichCornerItIs() throws {
        let identity = ScanIdentity(
            programme: "0123abcd", kind: .signIn, language: .ar, meeting: "3", page: 2, layout: "9f0e")
        let payload = identity.payload(corner: .bottomLeft)
        let read = try #require(ScanIdentity.parse(payload))
        #expect(read.identity == identity)
        #expect(read.corner == .bottomLeft)
        #expect(ScanIdentity.parse("https://example.org") == nil)
    }

    @Test func theBlankPersonaFormCarriesItsMarksAndTheFieldsStayClearOfThem() throws {
        let page = try formPage(PrintRequest(.personaForm))
        let form = try #require(page.scanForm)
        #expect(form.identity.kind == .personaForm)
        #expect(form.marks.count == 4)
        #expect(form.fields.map(\.name).contains("name"))
        #expect(form.fields.map(\.name).contains("photo"))
        for field in form.fields {
            #expect(field.rect.minX >= ScanMarks.margin - 0.01 && field.rect.maxX <= page.size.width - ScanMarks.margin + 0.01)
            #expect(field.rect.minY >= ScanMarks.margin - 0.01 && field.rect.maxY <= page.size.height - ScanMarks.margin + 0.01)
        }
        // No two fields overlap: a mark in one is never in another's crop.
        for (index, field) in form.fields.enumerated() {
            for other in form.fields[(index + 1)...] {
                let overlap =
                    min(field.rect.maxX, other.rect.maxX) - max(field.rect.minX, other.rect.minX) > 0.5
                    && min(field.rect.maxY, other.rect.maxY) - max(field.rect.minY, other.rect.minY) > 0.5
                #expect(!overlap, "\(field.name) overlaps \(other.name)")
            }
        }
    }

    /// Every worksheet, on its own paper and on another (A5 on A4, A3 on A4 as four sheets to
    /// glue), carries its marks on every page, keeps its fields clear of them, and is laid out
    /// again, page for page, from what its marks say.
    @Test(arguments: ["think-feel-do", "challenge-map", "mind-map", "prioritisation-homework"])
    func everyWorksheetPageCarriesMarksThatLayItOutAgain(sheet: String) throws {
        for paper in [nil, Paper(.a4)] {
            let pages = try printed(PrintRequest(.worksheet, items: [sheet], paper: paper)).pages
            for page in pages {
                let form = try #require(page.scanForm, "\(sheet) on \(paper.map(String.init(describing:)) ?? "its paper")")
                #expect(form.identity.kind == .worksheet)
                #expect(WorksheetTemplate.scanned(form.identity.item ?? "").id == sheet)
                // Nothing is written within 2 mm of a code.
                let clear = form.markSide / 2 + 2
                for field in form.fields {
                    let near = form.marks.contains { mark in
                        field.rect.minX < mark.x + clear && field.rect.maxX > mark.x - clear
                            && field.rect.minY < mark.y + clear && field.rect.maxY > mark.y - clear
                    }
                    #expect(!near, "\(field.name) meets a code")
                }
                let (_, again) = try FormLayouts.page(form.identity, in: layoutContext())
                #expect(again == form)
            }
        }
    }

    @Test func aWorksheetsBlocksAreItsFieldsInThePagesOrder() throws {
        let sheet = try #require(try formPage(PrintRequest(.worksheet, items: ["think-feel-do"])).scanForm)
        #expect(sheet.fields.map(\.name) == ["block-1", "block-2", "block-3", "block-4"])
        #expect(sheet.markSide < ScanMarks.side)
        let homework = try #require(try formPage(PrintRequest(.worksheet, items: ["prioritisation-homework"])).scanForm)
        // The row's two lines, then the table row by row; its header is printed, not written.
        #expect(homework.fields.map(\.name) == ["block-1-1", "block-1-2"] + (1...13).map { "block-2-\($0)" })
        let map = try #require(try formPage(PrintRequest(.worksheet, items: ["challenge-map"])).scanForm)
        #expect(map.fields.allSatisfy { $0.name.hasPrefix("block-2-") } && map.fields.count >= 12)
        let mind = try #require(try formPage(PrintRequest(.worksheet, items: ["mind-map"])).scanForm)
        #expect(mind.fields.map(\.name) == ["block-1"])
    }

    /// The transcription page names a worksheet's crop by the block's own words.
    @Test func aWorksheetsFieldIsNamedByItsBlocksLabel() throws {
        func sheet(_ id: String) throws -> WorksheetTemplate { try #require(sadnaTemplates.worksheets.first { $0.id == id }) }
        let think = try sheet("think-feel-do"), homework = try sheet("prioritisation-homework")
        #expect(think.label(ofField: "block-2", in: .he, projects: []) == "THINK – מה אני חושב")
        #expect(think.label(ofField: "block-1", in: .ar, projects: []) == "الاسم")
        #expect(homework.label(ofField: "block-1-2", in: .en, projects: []) == "Filled in by")
        #expect(homework.label(ofField: "block-2-3", in: .en, projects: []) == "Service 3")
        #expect(
            try sheet("challenge-map").label(ofField: "block-2-1", in: .he, projects: emek.projects)
                == emek.projects.first?.name.value)
        #expect(think.label(ofField: "block-9", in: .he, projects: []) == nil)
        #expect(think.label(ofField: "name", in: .he, projects: []) == nil)
        // What the codes carry: the worksheet's id, and a paper other than its own.
        #expect(
            WorksheetTemplate.scanned(WorksheetTemplate.scanItem("think-feel-do", paper: Paper(.a4, .landscape))) == (
                "think-feel-do", Paper(.a4, .landscape)
            ))
    }

    @Test func theJourneyCanvasHasACellForEveryStageAndLane() throws {
        let page = try formPage(PrintRequest(.journeyCanvas, stages: 6))
        let form = try #require(page.scanForm)
        #expect(form.identity.item == "6")
        #expect(form.fields.contains { $0.name == "stage-1-title" })
        #expect(form.fields.filter { $0.name.hasPrefix("stage-6-") }.count >= 4)
    }
}

@Suite struct HomographyTests {
    @Test func fourPointsMapExactlyAndTheRestFollowThePerspective() throws {
        let square = [Point(x: 0, y: 0), Point(x: 100, y: 0), Point(x: 100, y: 100), Point(x: 0, y: 100)]
        let seen = [Point(x: 10, y: 20), Point(x: 90, y: 30), Point(x: 110, y: 140), Point(x: -5, y: 120)]
        let map = try #require(Homography(from: square, to: seen))
        for (from, to) in zip(square, seen) {
            let landed = map.apply(from)
            #expect(abs(landed.x - to.x) < 1e-6 && abs(landed.y - to.y) < 1e-6)
        }
        // Straight lines stay straight: the centre lies where the diagonals cross.
        let centre = map.apply(Point(x: 50, y: 50))
        let t = ((centre.x - seen[0].x) * (seen[2].y - seen[0].y) - (centre.y - seen[0].y) * (seen[2].x - seen[0].x))
        #expect(abs(t) < 1e-6)
        let back = try #require(Homography(from: seen, to: square))
        let there = back.apply(map.apply(Point(x: 30, y: 70)))
        #expect(abs(there.x - 30) < 1e-6 && abs(there.y - 70) < 1e-6)
        #expect(Homography(from: square, to: (0..<4).map { Point(x: Double($0), y: Double($0)) }) == nil)
    }
}

@Suite struct FormScannerTests {
    let scanner = FormScanner(context: layoutContext())

    /// Scans a synthetic photo and returns the fields found to hold ink.
    func inked(_ maker: SyntheticPhoto, _ page: Page, marks: [String: SyntheticPhoto.Mark], look: String) throws -> Set<String> {
        let folder = TemporaryFolder()
        let jpeg = maker.jpeg(of: page, marks: marks)
        if let folder = ProcessInfo.processInfo.environment["SADNA_SCAN_LOOK"] {
            try? jpeg.write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(look)-photo.jpg"))
        }
        let (_, picture) = try photo(jpeg, in: folder)
        let scanned = try scanner.scan(picture)
        leaveToLook(scanned, name: look)
        return Set(scanned.fields.filter(\.hasInk).map(\.name))
    }

    @Test func eachHandwrittenMarkOnAPersonaFormLandsInItsOwnFieldAndNowhereElse() throws {
        let page = try formPage(PrintRequest(.personaForm))
        var maker = SyntheticPhoto()
        maker.rotation = 17
        maker.perspective = 0.1
        let marks: [String: SyntheticPhoto.Mark] = [
            "name": .text("רונית לוי"), "age": .text("47"), "problems": .strokes, "photo": .strokes,
        ]
        #expect(try inked(maker, page, marks: marks, look: "persona") == Set(marks.keys))
    }

    @Test func stickyNotesOnATurnedA3CanvasLandInTheirStageAndLane() throws {
        let page = try formPage(PrintRequest(.journeyCanvas, stages: 6))
        let form = try #require(page.scanForm)
        let lanes = form.fields.map(\.name).filter { $0.hasPrefix("stage-1-") && $0 != "stage-1-title" }
        let lane = try #require(lanes.first)
        var maker = SyntheticPhoto()
        maker.rotation = -8
        let marks: [String: SyntheticPhoto.Mark] = [
            "stage-2-\(lane.dropFirst(8))": .stickyNote, "stage-5-\(lanes[1].dropFirst(8))": .stickyNote,
            "stage-3-title": .text("תשלום"), "service": .text("ארנונה"),
        ]
        #expect(try inked(maker, page, marks: marks, look: "canvas") == Set(marks.keys))
    }

    @Test func signaturesOnASignInSheetLandInTheirPeoplesRows() throws {
        let page = try printed(PrintRequest(.signIn, items: ["01"]), workshop: emekWithTeam).pages[0]
        let form = try #require(page.scanForm)
        #expect(form.identity.meeting == "01")
        #expect(form.fields.filter { $0.name.hasPrefix("signature-") }.count == testTeam.count)
        var maker = SyntheticPhoto()
        maker.rotation = -21
        let folder = TemporaryFolder()
        let (_, picture) = try photo(
            maker.jpeg(of: page, marks: ["signature-1": .strokes, "signature-3": .text("ר.ל")]), in: folder)
        let scanned = try FormScanner(context: layoutContext(emekWithTeam)).scan(picture)
        leaveToLook(scanned, name: "sign-in")
        #expect(Set(scanned.fields.filter(\.hasInk).map(\.name)) == ["signature-1", "signature-3"])
    }

    @Test func anUnwrittenFormComesBackEmpty() throws {
        let page = try formPage(PrintRequest(.personaForm))
        var maker = SyntheticPhoto()
        maker.rotation = 6
        #expect(try inked(maker, page, marks: [:], look: "empty").isEmpty)
    }

    @Test func theBlankMinutesActionsTableIsCutRowByRowAndCellByCell() throws {
        let document = try printed(PrintRequest(.minutesBlank))
        let page = try #require(document.pages.first { $0.scanForm?.fields.contains { $0.name == "action-1-what" } == true })
        let form = try #require(page.scanForm)
        for name in ["action-1-what", "action-1-owner", "action-1-due", "action-6-due"] {
            #expect(form.fields.contains { $0.name == name }, "\(name)")
        }
        let marks: [String: SyntheticPhoto.Mark] = [
            "action-1-what": .text("לעדכן את האתר"), "action-2-owner": .text("סמדר"), "action-4-due": .text("1.5"),
        ]
        var maker = SyntheticPhoto()
        maker.rotation = -21
        #expect(try inked(maker, page, marks: marks, look: "minutes-actions") == Set(marks.keys))
    }

    @Test func eachMarkOnAThinkFeelDoSheetLandsInItsOwnBlockAndNowhereElse() throws {
        let page = try formPage(PrintRequest(.worksheet, items: ["think-feel-do"]))
        var maker = SyntheticPhoto()
        maker.rotation = -11
        maker.perspective = 0.1
        let marks: [String: SyntheticPhoto.Mark] = [
            "block-1": .text("רונית"), "block-2": .strokes, "block-4": .text("להקים אתר חדש"),
        ]
        #expect(try inked(maker, page, marks: marks, look: "think-feel-do") == Set(marks.keys))
    }

    @Test func stickersOnTheChallengeMapLandOnTheirProjects() throws {
        let page = try formPage(PrintRequest(.worksheet, items: ["challenge-map"]))
        var maker = SyntheticPhoto()
        maker.rotation = 9
        let marks: [String: SyntheticPhoto.Mark] = [
            "block-2-1": .stickyNote, "block-2-5": .text("ש – דנה"), "block-2-8": .strokes,
        ]
        #expect(try inked(maker, page, marks: marks, look: "challenge-map") == Set(marks.keys))
    }

    @Test func aPhotoTakenWithThePhoneTurnedIsReadUprightByItsExifOrientation() throws {
        let page = try formPage(PrintRequest(.personaForm))
        let marks: [String: SyntheticPhoto.Mark] = ["name": .text("רונית"), "age": .strokes]
        var maker = SyntheticPhoto()
        maker.rotation = 9
        let folder = TemporaryFolder()
        let (_, upright) = try photo(maker.jpeg(of: page, marks: marks), in: folder, named: "upright.jpg")
        for orientation in [6, 8] {
            let data = maker.jpeg(of: page, marks: marks, orientation: orientation)
            let (_, turned) = try photo(data, in: folder, named: "turned-\(orientation).jpg")
            // Stored turned (3000 × 4000), read upright as the phone meant it.
            #expect(turned.width == upright.width && turned.height == upright.height, "orientation \(orientation)")
            let same = zip(turned.gray, upright.gray).enumerated().filter { $0.offset % 997 == 0 }
                .filter { abs(Int($0.element.0) - Int($0.element.1)) < 24 }.count
            #expect(same * 997 > upright.gray.count * 9 / 10, "orientation \(orientation): the pixels are upright")
            let scanned = try scanner.scan(turned)
            #expect(Set(scanned.fields.filter(\.hasInk).map(\.name)) == Set(marks.keys))
        }
    }

    @Test func aHeicPhotoAsAnIPhoneSendsItIsScanned() throws {
        let page = try formPage(PrintRequest(.personaForm))
        let marks: [String: SyntheticPhoto.Mark] = ["name": .text("דנה"), "problems": .strokes]
        var maker = SyntheticPhoto()
        maker.rotation = -9
        let data = try #require(maker.heic(of: page, marks: marks), "libheif encodes HEVC")
        #expect(String(decoding: data[4..<8], as: UTF8.self) == "ftyp")
        let folder = TemporaryFolder()
        let (_, picture) = try photo(data, in: folder, named: "IMG_0001.HEIC")
        #expect(picture.width == 4000 && picture.height == 3000)
        let scanned = try scanner.scan(picture)
        leaveToLook(scanned, name: "heic")
        #expect(Set(scanned.fields.filter(\.hasInk).map(\.name)) == Set(marks.keys))
    }

    /// A form turned either way by 5° to 25° (and the 4°, 12° and −14° at which a corner's code
    /// was once lost), in perspective, lit unevenly, blurred and saved at JPEG quality 70 in a
    /// phone's frame: every corner's code is found and each mark lands in its own field.
    /// (`make bench` turns the same forms through every angle of the range.)
    @Test(arguments: [
        ("canvas", 12.0), ("canvas", -25.0), ("canvas", 5.0), ("canvas", -14.0), ("persona", 4.0), ("persona", -14.0),
        ("persona", 25.0), ("persona", -5.0),
    ])
    func marksAreFoundAtEveryTilt(form: String, degrees: Double) throws {
        var maker = SyntheticPhoto()
        maker.rotation = degrees
        maker.perspective = 0.1
        if form == "canvas" {
            let page = try formPage(PrintRequest(.journeyCanvas, stages: 6))
            let marks: [String: SyntheticPhoto.Mark] = [
                "stage-1-actions": .stickyNote, "stage-6-pains": .stickyNote, "stage-4-title": .text("תור"),
            ]
            #expect(try inked(maker, page, marks: marks, look: "canvas\(degrees)") == Set(marks.keys))
        } else {
            let page = try formPage(PrintRequest(.personaForm))
            let marks: [String: SyntheticPhoto.Mark] = ["name": .text("סמדר"), "problems": .strokes]
            #expect(try inked(maker, page, marks: marks, look: "persona\(degrees)") == Set(marks.keys))
        }
    }

    /// An A3 canvas printed as four A4 sheets: a sheet photographed alone is known by its own
    /// marks (which poster, which sheet) and fills the canvas's cells it holds, named as on the
    /// whole canvas.
    @Test func aSheetOfATiledCanvasFillsTheCellsItHolds() throws {
        let sheets = try printed(PrintRequest(.journeyCanvas, paper: Paper(.a4), stages: 6)).pages
        let poster = try #require(try formPage(PrintRequest(.journeyCanvas, stages: 6)).scanForm)
        #expect(sheets.count == 4)
        // Every cell of the canvas is on exactly one sheet.
        let held = sheets.compactMap(\.scanForm).flatMap { $0.fields.map(\.name) }
        #expect(held.sorted() == poster.fields.map(\.name).sorted())
        let sheet = sheets[2]
        let form = try #require(sheet.scanForm)
        #expect(form.identity.tile == 3 && form.identity.page == 1 && form.markSide < ScanMarks.side)
        let cells = form.fields.map(\.name).filter { $0.hasPrefix("stage-") && !$0.hasSuffix("-title") }
        let marks: [String: SyntheticPhoto.Mark] = [cells[0]: .stickyNote, cells[cells.count - 1]: .text("ארנונה")]
        var maker = SyntheticPhoto()
        maker.rotation = -13
        let folder = TemporaryFolder()
        let (_, picture) = try photo(maker.jpeg(of: sheet, marks: marks), in: folder)
        let scanned = try scanner.scan(picture)
        leaveToLook(scanned, name: "tile-3")
        #expect(scanned.identity.tile == 3)
        #expect(Set(scanned.fields.filter(\.hasInk).map(\.name)) == Set(marks.keys))
    }

    /// A sheet photographed close up once the poster is glued: the code in its seams' margin lies
    /// under the next sheet. Its other three codes place the page; any other corner hidden is
    /// still refused, since the seam's is the only one gluing hides.
    @Test(arguments: [1, 4])
    func aSheetOfAGluedPosterIsReadWithItsSeamCodeCovered(sheet number: Int) throws {
        let sheets = try printed(PrintRequest(.journeyCanvas, paper: Paper(.a4), stages: 6)).pages
        let form = try #require(sheets[number - 1].scanForm)
        let seam = try #require(form.seamCorner)
        func covered(_ corner: ScanCorner) -> Page {
            var page = sheets[number - 1]
            let centre = form.marks[corner.rawValue], half = form.markSide / 2 + 2
            page.add(
                .rectangle(Rect(x: centre.x - half, y: centre.y - half, width: 2 * half, height: 2 * half), cornerRadius: 0),
                .filled(.white))
            return page
        }
        let cells = form.fields.map(\.name).filter { $0.hasPrefix("stage-") && !$0.hasSuffix("-title") }
        let marks: [String: SyntheticPhoto.Mark] = [cells[0]: .stickyNote, cells[cells.count - 1]: .text("ארנונה")]
        var maker = SyntheticPhoto()
        maker.rotation = 11
        maker.perspective = 0.08
        let folder = TemporaryFolder()
        let (_, picture) = try photo(maker.jpeg(of: covered(seam), marks: marks), in: folder)
        let scanned = try scanner.scan(picture)
        leaveToLook(scanned, name: "glued-sheet-\(number)")
        #expect(scanned.identity.tile == number)
        #expect(Set(scanned.fields.filter(\.hasInk).map(\.name)) == Set(marks.keys))

        let other = try #require(ScanCorner.allCases.first { $0 != seam })
        let (_, hidden) = try photo(maker.jpeg(of: covered(other), marks: marks), in: folder, named: "other.jpg")
        #expect(throws: ScanRefusal.self, "a corner gluing does not hide is not guessed") { try scanner.scan(hidden) }
    }

    func refusal(_ maker: SyntheticPhoto, _ page: Page, scanner: FormScanner? = nil) throws -> ScanRefusal.Reason? {
        let folder = TemporaryFolder()
        let (_, picture) = try photo(maker.jpeg(of: page, marks: ["name": .strokes]), in: folder)
        do {
            _ = try (scanner ?? self.scanner).scan(picture)
            return nil
        } catch {
            print("refused: \(error.reason): \(error.detail)")
            return error.reason
        }
    }

    @Test func aHeavilyBlurredPhotoIsRefusedAsBlurred() throws {
        var maker = SyntheticPhoto()
        maker.blurRadius = 6
        maker.blurPasses = 3
        #expect(try refusal(maker, formPage(PrintRequest(.personaForm))) == .tooBlurred)
    }

    @Test func aPageHalfOutOfTheFrameIsRefusedWithTheCornersMissing() throws {
        var maker = SyntheticPhoto()
        maker.cutOff = 0.9
        maker.rotation = 5
        #expect(try refusal(maker, formPage(PrintRequest(.personaForm))) == .partlyOutOfFrame)
    }

    /// A page with one corner's code just out of the frame is refused, not guessed from the other three.
    @Test func aPageWithACornerOutOfTheFrameIsRefused() throws {
        var maker = SyntheticPhoto()
        maker.cutOff = 0.62
        maker.rotation = 14
        #expect(try refusal(maker, formPage(PrintRequest(.personaForm))) == .partlyOutOfFrame)
    }

    @Test func anotherProgrammesFormIsRefused() throws {
        let other = makeWorkshop(meetings: [:], workshop: "title: תוכנית אחרת\nlanguage: he\n")
        let workshop = try #require(check(other.url).workshop)
        let scanner = FormScanner(context: layoutContext(workshop))
        #expect(try refusal(SyntheticPhoto(), formPage(PrintRequest(.personaForm)), scanner: scanner) == .foreignForm)
    }

    @Test func aPhotoOfAPageWithoutMarksIsRefusedAsSuch() throws {
        // A blank agenda is printed, but not for filling in and scanning: it has no marks.
        let agenda = try formPage(PrintRequest(.agendaBlank))
        #expect(agenda.scanForm == nil)
        #expect(try refusal(SyntheticPhoto(), agenda) == .noMarks)
    }

    @Test func aPhotoInTheDarkIsRefusedAsTooDark() throws {
        var maker = SyntheticPhoto()
        maker.exposure = 0.2
        let reason = try refusal(maker, formPage(PrintRequest(.personaForm)))
        #expect(reason == .tooDark)
    }
}
