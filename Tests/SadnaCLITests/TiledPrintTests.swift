import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

/// `--paper A4` (and `paper: A4` in a plan) for A3 printables: four A4 sheets per A3 page, at full
/// size, to glue together.
@Suite("A3 on A4 sheets, from the command line")
struct TiledPrintTests {
    let folder = TemporaryFolder()

    func sadnaRun(_ arguments: [String], in workshop: URL = emekWorkshop) -> ProcessResult {
        sadnaInProcess(arguments + ["--workshop", workshop.path], in: folder.url)
    }

    static let pointsPerMillimetre = 72.0 / 25.4

    /// A word's place in millimetres.
    struct Placed {
        var word: String
        var x: Double, y: Double, right: Double
    }

    func words(_ pdf: URL, page: Int) throws -> [Placed] {
        try PDFText.boxes(pdf, page: page).map { box in
            Placed(
                word: box.word, x: box.xMin / Self.pointsPerMillimetre, y: box.yMin / Self.pointsPerMillimetre,
                right: box.xMax / Self.pointsPerMillimetre)
        }
    }

    @Test func eachSheetSaysWhichOfItsEdgesToCutAndAsksToPrintAtActualSize() throws {
        let made = sadnaRun(["render", "journey", "--blank", "--stages", "4", "--paper", "A4", "--output", "tiles.pdf"])
        #expect(made.status == 0, "\(made.stderr)")
        let pdf = folder.path("tiles.pdf")
        // Sheet 1 is glued on, never cut; 2 and 3 lose one edge each, 4 (the last) two.
        let cuts = try (1...4).map { PDFText.occurrences(of: "גזרו כאן", in: try PDFText.extract(pdf, page: $0)) }
        #expect(cuts == [0, 1, 1, 2], "\(cuts)")
        let trailer = try run("qpdf", ["--show-object=trailer", pdf.path]).stdout
        let root = try #require(trailer.firstMatch(of: /\/Root (\d+) 0 R/)).1
        #expect(try run("qpdf", ["--show-object=\(root)", pdf.path]).stdout.contains("/PrintScaling /None"))
    }

    @Test(arguments: [Language.he, .ar, .en])
    func aJourneyMapOnA4IsFourSheetsEachShowingItsPartOfTheA3PageAtFullSize(language: Language) throws {
        let journey = ["render", "journey", "resident-certificate-current", "--lang", language.code]
        let a3 = sadnaRun(journey + ["--output", "a3.pdf"])
        #expect(a3.status == 0, "\(a3.stderr)")
        let a4 = sadnaRun(journey + ["--output", "a4.pdf", "--paper", "A4"])
        #expect(a4.status == 0, "\(a4.stderr)")
        #expect(a4.stdout.contains("4 pages, A4 landscape"), "\(a4.stdout)")
        let sizes = try PDFText.pageSizes(folder.path("a4.pdf"))
        #expect(sizes.count == 4)
        #expect(sizes.allSatisfy { abs($0.width - 841.89) < 0.1 && abs($0.height - 595.28) < 0.1 }, "\(sizes)")

        // Every word of the A3 page stands on each sheet whose part holds it, moved by that part's
        // place on the sheet and no more: 100 % scale.
        let tiling = try #require(Tiling(poster: Paper.a3Landscape.size, sheet: .a4, direction: language.direction))
        let poster = try words(folder.path("a3.pdf"), page: 1)
        let once = poster.filter { word in word.word.count >= 3 && poster.filter { $0.word == word.word }.count == 1 }
        var found = 0, missing: [String] = []
        for tile in tiling.tiles {
            let sheet = try words(folder.path("a4.pdf"), page: tile.number)
            let inside = tile.window.insetBy(2)
            // Under a glue strip the sheet's own "glue here" may run into the poster's words.
            let strips = tile.glued.map { edge in
                let strip = tiling.glueStrip(tile, edge)
                return Rect(
                    x: strip.x - tile.frame.x + tile.window.x - 2, y: strip.y - tile.frame.y + tile.window.y - 2,
                    width: strip.width + 4, height: strip.height + 4)
            }
            for word in once
            where inside.contains(Point(x: word.x, y: word.y)) && inside.contains(Point(x: word.right, y: word.y + 4))
                && !strips.contains(where: {
                    $0.contains(Point(x: word.x, y: word.y)) || $0.contains(Point(x: word.right, y: word.y))
                })
            {
                let x = word.x - tile.window.x + tile.frame.x, y = word.y - tile.window.y + tile.frame.y
                if sheet.contains(where: { $0.word == word.word && abs($0.x - x) < 0.3 && abs($0.y - y) < 0.3 }) {
                    found += 1
                } else {
                    missing.append("\(word.word) on sheet \(tile.number)")
                }
            }
        }
        #expect(missing.isEmpty, "\(missing)")
        #expect(found > 60, "only \(found) words checked")
        // A word on the right half of a Hebrew page is on sheet 1; on an English page, on sheet 2.
        let title = try #require(poster.first { $0.word == "מגלה" }, "the first stage's title")
        #expect((title.x > 210) == (language != .en))
    }

    @Test(arguments: [
        (Language.he, "הדביקו כאן", "גיליון", "מתוך"), (.ar, "الصقوا هنا", "ورقة", "من"),
        (.en, "Glue here", "Sheet", "of"),
    ])
    func everySheetSaysWhereItGoesAndWhereToGlue(language: Language, glue: String, sheet: String, of: String) throws {
        let result = sadnaRun([
            "render", "journey", "--blank", "--stages", "4", "--lanes", "meeting-3", "--paper", "A4",
            "--lang", language.code, "--output", "canvas.pdf",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = folder.path("canvas.pdf")
        let pages = try #require(Int(try PDFText.info(pdf, "Pages") ?? ""))
        #expect(pages % 4 == 0)
        for page in 1...pages {
            let text = try PDFText.extract(pdf, page: page)
            let number = (page - 1) % 4 + 1
            // pdftotext moves the space between a number and an Arabic word ("ورقة 1من 4").
            let unspaced = text.replacingOccurrences(of: " ", with: "")
            #expect(unspaced.contains("\(sheet)\(number)\(of)4"), "sheet \(page): \(text)")
            // Every sheet but the last of each A3 page carries a strip for the next one.
            #expect(PDFText.contains(text, phrase: glue) == (number != 4), "sheet \(page)")
            // The sheet's own words keep 5 mm from the paper's edge.
            let size = try #require(try PDFText.pageSizes(pdf).first)
            let own = Set(PDFText.words(glue + " " + sheet + " " + of))
            for word in try words(pdf, page: page) where own.contains(word.word) {
                #expect(word.x >= 5 && word.y >= 5 && word.right <= size.width / Self.pointsPerMillimetre - 5, "\(word)")
            }
        }
    }

    func emekWithMeetingFour(_ edit: (String) -> String) throws -> URL {
        try emekCopy(in: folder, editingMeeting: "04", edit)
    }

    @Test func checkTakesA4ForAJourneyInAPlanAndStillRefusesAPaperItCannotPrint() throws {
        let a4 = try emekWithMeetingFour {
            $0.replacingOccurrences(of: "    for: managers-presentation", with: "    paper: A4\n    for: managers-presentation")
        }
        let accepted = sadnaRun(["check"], in: a4)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let a5 = try emekWithMeetingFour {
            $0.replacingOccurrences(of: "    for: managers-presentation", with: "    paper: A5\n    for: managers-presentation")
        }
        let refused = sadnaRun(["check"], in: a5)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.range(
                of: #"meetings/04\.yaml:\d+:12: error: journey cannot be printed on A5"#,
                options: .regularExpression) != nil, "\(refused.stderr)")
        #expect(refused.stderr.contains("use one of A3, A4"))
        let unknown = try emekWithMeetingFour {
            $0.replacingOccurrences(of: "    for: managers-presentation", with: "    paper: B4\n    for: managers-presentation")
        }
        #expect(sadnaRun(["check"], in: unknown).status == 1)
    }

    @Test func aKitPutsA4TilesInItsA4FileAndListsThemAsSheetsToGlue() throws {
        let copy = try emekWithMeetingFour {
            $0.replacingOccurrences(of: "    for: managers-presentation", with: "    paper: A4\n    for: managers-presentation")
        }
        let result = sadnaRun(["kit", "--meeting", "4", "--output", "kit"], in: copy)
        #expect(result.status == 0, "\(result.stderr)")
        let list = try String(contentsOf: folder.path("kit/04/print-list.txt"), encoding: .utf8)
        let rows = list.split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let journeys = rows.filter { $0.count > 3 && $0[1].hasPrefix("מפת מסע:") }
        #expect(journeys.count == 2, "\(list)")
        for row in journeys {
            #expect(row[2] == "meeting-04-A4.pdf" && row[3] == "4 גיליונות A4 להדבקה" && row[5] == "4", "\(row)")
        }
        // The A4 file holds them: its page count is the list's.
        let total = try #require(list.split(separator: "\n").first { $0.hasSuffix("— meeting-04-A4.pdf") })
        let pages = try #require(try PDFText.info(folder.path("kit/04/meeting-04-A4.pdf"), "Pages"))
        #expect(total.hasPrefix("\(pages) "), "\(total)")
        #expect(PDFText.contains(try PDFText.extract(folder.path("kit/04/meeting-04-A4.pdf")), phrase: "גיליון 4 מתוך 4"))
    }
}
