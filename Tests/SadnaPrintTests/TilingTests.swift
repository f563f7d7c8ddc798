import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

/// A3 maps and worksheets printed on A4 as four sheets to glue, at full size.
@Suite("A3 on A4: tiles to glue")
struct TilingTests {
    /// Every A3 printable of the shipped programme, asked for on A4.
    static let tiled: [PrintRequest] = [
        PrintRequest(.journey, items: ["resident-certificate-current"], paper: .a4),
        PrintRequest(.journeyCanvas, paper: .a4, lanes: ["meeting-3"], stages: 6),
        PrintRequest(.worksheet, items: ["mind-map"], paper: .a4),
        PrintRequest(.worksheet, items: ["challenge-map"], paper: .a4),
    ]

    static func speaking(_ request: PrintRequest, _ language: Language) -> PrintRequest {
        var request = request
        request.language = language
        return request
    }

    @Test(arguments: tiled)
    func everyA3PageBecomesFourA4SheetsAtFullSize(request: PrintRequest) throws {
        var own = request
        own.paper = nil
        let posters = try printed(own).pages
        let sheets = try printed(request).pages
        #expect(posters.allSatisfy { Paper(matching: $0.size) == .a3Landscape })
        #expect(sheets.count == 4 * posters.count)
        #expect(
            sheets.allSatisfy { Paper(matching: $0.size) == Paper(.a4, .landscape) },
            "a portrait A4 cannot hold half of 420 mm with the overlap and the printer's blank edges")
    }

    @Test(arguments: [TextDirection.rightToLeft, .leftToRight])
    func theSheetsCoverThePosterAndEveryGlueStripIsPrintedAgainOnTheSheetOverIt(direction: TextDirection) throws {
        let poster = Paper.a3Landscape.size
        let tiling = try #require(Tiling(poster: poster, sheet: .a4, direction: direction))
        let tiles = tiling.tiles
        #expect(tiles.map(\.number) == [1, 2, 3, 4])
        // Reading order: the first sheet is the top right one on a right-to-left page.
        let first = try #require(tiles.first)
        #expect(first.row == 0 && first.column == (direction == .rightToLeft ? 1 : 0))
        #expect(tiles[1].row == 0 && tiles[2].row == 1)

        // Together the parts are the whole poster, and neighbours share 10 mm.
        let union = tiles.dropFirst().reduce(first.window) { $0.union($1.window) }
        #expect(union == Rect(x: 0, y: 0, width: poster.width, height: poster.height))
        let left = tiles.first { $0.column == 0 && $0.row == 0 }!, right = tiles.first { $0.column == 1 && $0.row == 0 }!
        let below = tiles.first { $0.column == 0 && $0.row == 1 }!
        #expect(abs(left.window.maxX - right.window.minX - Tiling.overlap) < 0.001)
        #expect(abs(left.window.maxY - below.window.minY - Tiling.overlap) < 0.001)

        for tile in tiles {
            // At full size: the part is as large on the sheet as on the poster.
            #expect(tile.frame.size == tile.window.size)
            for edge in tile.glued {
                let strip = tiling.glueStrip(tile, edge)
                let onPoster = Rect(
                    x: strip.x - tile.frame.x + tile.window.x, y: strip.y - tile.frame.y + tile.window.y,
                    width: strip.width, height: strip.height)
                let over = try #require(
                    tiles.first {
                        $0.number != tile.number && $0.window.contains(onPoster.origin)
                            && $0.window.contains(Point(x: onPoster.maxX, y: onPoster.maxY))
                    })
                #expect(over.number > tile.number, "the sheet glued over a strip comes later")
                #expect(!over.cut.isEmpty)
                // Nothing invites the scissors into a strip: its side has targets, not cut marks.
                let vertical = edge == .left || edge == .right
                let lines = vertical ? [strip.minX, strip.maxX] : [strip.minY, strip.maxY]
                let along = tiling.cutMarks(tile).filter { mark in
                    vertical
                        ? mark.from.x == mark.to.x && lines.contains { abs($0 - mark.from.x) < 0.01 }
                        : mark.from.y == mark.to.y && lines.contains { abs($0 - mark.from.y) < 0.01 }
                }
                #expect(along.isEmpty, "sheet \(tile.number), \(edge): \(along)")
                let inner = edge == .left || edge == .top ? lines[1] : lines[0]
                let targets = tiling.registrationMarks(tile).filter { abs((vertical ? $0.x : $0.y) - inner) < 0.01 }
                #expect(targets.count == 2, "a target at each end of the strip's inner edge")
            }
        }
        #expect(tiles.last!.glued.isEmpty && tiles.last!.cut.count == 2, "the last sheet is cut on both seams")
        #expect(tiles.first!.cut.isEmpty && tiles.first!.glued.count == 2, "the first sheet keeps both strips")
    }

    /// Where an element lies on its page, a stroke's half width included.
    func extent(_ element: PageElement) -> Rect? {
        switch element {
        case let .shape(shape, paint):
            let half = paint.stroke == nil ? 0 : paint.lineWidth / 2
            return shape.bounds.insetBy(-half)
        case let .text(block, origin, lines):
            return Rect(x: origin.x, y: origin.y, width: block.width, height: block.height(ofLines: lines))
        case let .group(children, transform, clip):
            if let clip { return clip }
            let inner = children.compactMap(extent)
            guard let first = inner.first else { return nil }
            return transform.bounds(of: inner.dropFirst().reduce(first) { $0.union($1) })
        case let .picture(_, frame, _):
            return frame
        case let .shared(content):
            return extent(.group(content.elements, transform: .identity, clip: nil))
        }
    }

    @Test(arguments: tiled, Language.allCases)
    func marksStripsAndWordsStayFiveMillimetresFromThePapersEdgeAndNoTextIsUnderEightPoints(
        request: PrintRequest,
        language: Language
    ) throws {
        let typesetter = Typesetter()
        let sheets = try printed(Self.speaking(request, language), typesetter: typesetter).pages
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics.map(DiagnosticFormatter.text))")
        for (index, sheet) in sheets.enumerated() {
            for element in sheet.elements {
                let box = try #require(extent(element))
                let clearance = min(box.minX, box.minY, sheet.size.width - box.maxX, sheet.size.height - box.maxY)
                #expect(clearance >= Tiling.unprintable, "sheet \(index + 1): \(box) lies \(clearance) mm from the edge")
            }
            let small = textBlocks(sheet.elements).filter { $0.fittedSize < 8 }
            #expect(small.isEmpty, "sheet \(index + 1): \(small.map { "\($0.text) \($0.fittedSize) pt" })")
        }
    }

    @Test func aSheetCarriesOnlyWhatItShows() throws {
        let sheets = try printed(Self.tiled[0]).pages
        let whole = try printed(PrintRequest(.journey, items: ["resident-certificate-current"])).pages[0]
        let poster = textBlocks(whole.elements).count
        // Each part is about a quarter of the poster, plus the words of its own strip and map.
        for sheet in sheets {
            #expect(textBlocks(sheet.elements).count < poster * 3 / 4, "\(textBlocks(sheet.elements).count) of \(poster)")
        }
    }

    @Test func a3WorksheetsTileAndA4OnesStillLayOutOnThePaperAsked() throws {
        let homework = try printed(PrintRequest(.worksheet, items: ["prioritisation-homework"], paper: .a4)).pages
        #expect(homework.count == 1 && Paper(matching: homework[0].size) == .a4)
        let small = try printed(PrintRequest(.worksheet, items: ["mind-map"], paper: Paper(.a5))).pages
        #expect(small.count == 1 && Paper(matching: small[0].size) == Paper(.a5), "A5 still lays the mind map out small")
        // Asked together, each as its own paper says, each with its bookmark.
        let both = try printed(PrintRequest(.worksheet, items: ["prioritisation-homework", "mind-map"], paper: .a4))
        #expect(both.pages.count == 5)
        #expect(both.bookmarks.map(\.page) == [0, 1])
    }

    @Test func checkAcceptsA4ForEveryA3KindAndStillRefusesWhatRenderRefuses() {
        for kind in [PrintableKind.journey, .journeyCanvas, .worksheet] {
            #expect(kind.papers.contains(.a4), "\(kind)")
        }
        let journey = PrintRequest(.journey, items: ["resident-certificate-current"], paper: .a4)
        #expect(journey.problems(in: emek, templates: sadnaTemplates).isEmpty)
        let small = PrintRequest(.journey, paper: Paper(.a5))
        let problems = small.problems(in: emek, templates: sadnaTemplates)
        #expect(problems.map(\.message) == ["journey cannot be printed on A5"])
        #expect(problems.first?.hint == "use one of A3, A4")
    }
}
