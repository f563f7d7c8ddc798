import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

@Suite("Card sheets: imposition, cut marks and duplex backs")
struct CardSheetTests {
    func sheet(
        _ card: CardSize, on format: Paper.Format = .a4, direction: TextDirection = .rightToLeft,
        bleed: Double = 0
    ) throws -> CardSheet {
        try #require(CardSheet(card: card.size, sheet: format, direction: direction, bleed: bleed))
    }

    @Test func cardsTakeTheirUsualPlacesOnA4() throws {
        let a6 = try sheet(.a6), a7 = try sheet(.a7), poker = try sheet(.poker)
        #expect(a6.capacity == 4 && a6.paper.orientation == .portrait && a6.gutter == 0)
        #expect(a7.capacity == 8 && a7.paper.orientation == .landscape && a7.gutter == 0)
        #expect(poker.capacity == 9 && poker.paper.orientation == .portrait && poker.gutter > 0)
        #expect(try sheet(.a6, on: .a3).capacity == 8)
    }

    @Test func slotsLieOnTheSheetAndNeverOverlap() throws {
        for card in CardSize.allCases {
            let s = try sheet(card)
            let slots = (0..<s.capacity).map(s.frontSlot)
            for (i, a) in slots.enumerated() {
                #expect(a.minX >= -0.001 && a.maxX <= s.paper.size.width + 0.001)
                #expect(a.minY >= -0.001 && a.maxY <= s.paper.size.height + 0.001)
                for b in slots[(i + 1)...] {
                    let overlaps =
                        a.minX < b.maxX - 0.01 && b.minX < a.maxX - 0.01 && a.minY < b.maxY - 0.01 && b.minY < a.maxY - 0.01
                    #expect(!overlaps, "\(card): \(a) and \(b)")
                }
            }
        }
    }

    @Test func theFirstCardIsAtTheTopRightOfAHebrewSheet() throws {
        let rtl = try sheet(.a6), ltr = try sheet(.a6, direction: .leftToRight)
        #expect(rtl.frontSlot(0).maxX > rtl.frontSlot(1).maxX)
        #expect(rtl.frontSlot(0).minY == rtl.frontSlot(1).minY)
        #expect(ltr.frontSlot(0).minX < ltr.frontSlot(1).minX)
    }

    /// The physics of turning a sheet over, written out independently of the code under test:
    /// a point of the back page lands on the front page mirrored across the axis the sheet turns on.
    func landOnFront(_ back: Rect, paper: Paper, flip: DuplexFlip) -> Rect {
        let turnsAboutVerticalAxis =
            (paper.orientation == .portrait && flip == .longEdge)
            || (paper.orientation == .landscape && flip == .shortEdge)
        if turnsAboutVerticalAxis {
            return Rect(x: paper.size.width - back.x - back.width, y: back.y, width: back.width, height: back.height)
        }
        return Rect(x: back.x, y: paper.size.height - back.y - back.height, width: back.width, height: back.height)
    }

    @Test(arguments: DuplexFlip.allCases)
    func everyBackLandsBehindItsFront(flip: DuplexFlip) throws {
        for card in CardSize.allCases {
            for format in [Paper.Format.a4, .a3] {
                let s = try sheet(card, on: format)
                for index in 0..<s.capacity {
                    let back = s.backSlot(index, flip: flip)
                    let landed = landOnFront(back.rect, paper: s.paper, flip: flip)
                    let front = s.frontSlot(index)
                    #expect(
                        abs(landed.x - front.x) < 0.001 && abs(landed.y - front.y) < 0.001,
                        "\(card) on \(format), card \(index + 1), \(flip)")
                    // Turned about the horizontal axis, the back is turned half round so that a card
                    // turned over like a book page reads upright.
                    let turnsAboutHorizontal = !s.mirrorsLeftAndRight(flip)
                    #expect(back.halfTurn == turnsAboutHorizontal)
                }
            }
        }
    }

    @Test func cutMarksStayOutsideTheCards() throws {
        for card in CardSize.allCases {
            for bleed in [0.0, 2.0] {
                guard let s = CardSheet(card: card.size, sheet: .a4, direction: .rightToLeft, bleed: bleed) else { continue }
                let marks = s.cutMarks()
                #expect(!marks.isEmpty)
                for mark in marks {
                    for index in 0..<s.capacity {
                        let inner = s.frontSlot(index).insetBy(0.05)
                        let middle = Point(x: (mark.from.x + mark.to.x) / 2, y: (mark.from.y + mark.to.y) / 2)
                        for point in [mark.from, middle, mark.to] {
                            let inside =
                                point.x > inner.minX && point.x < inner.maxX && point.y > inner.minY && point.y < inner.maxY
                            #expect(!inside, "\(card) bleed \(bleed): mark \(mark) crosses card \(index + 1)")
                        }
                    }
                }
            }
        }
    }

    @Test func bleedMakesRoomBetweenCards() throws {
        let s = try sheet(.poker, bleed: 2)
        #expect(s.gutter >= 4)
        #expect(s.capacity == 9)
    }
}

@Suite("The Emek HaMaayanot task-card deck")
struct TaskCardDeckTests {
    let folder = TemporaryFolder()
    let workshop = emek

    /// The eight cards of the source's appendix 2 (the deck also holds an example of ours).
    var appendix: [TaskCard] { workshop.taskCards.filter { !$0.isExample } }

    /// The appendix's cards as the catalog prints them on A4, and the sheet they are imposed on.
    func render(_ card: CardSize = .a6, backs: Backs = .longEdge) throws -> (URL, Typesetter, CardSheet) {
        let typesetter = Typesetter()
        let sheet = try #require(CardSheet(card: card.size, sheet: .a4, direction: .rightToLeft))
        let document = try printed(
            PrintRequest(.taskCards, items: appendix.map(\.id), paper: .a4, card: card, backs: backs),
            typesetter: typesetter)
        let url = folder.path("deck-\(card)-\(backs.rawValue).pdf")
        try PDFExport.write(document, to: url)
        return (url, typesetter, sheet)
    }

    @Test func theDeckHoldsTheEightCardsOfTheAppendix() {
        #expect(appendix.count == 8)
        #expect(workshop.taskCards.filter(\.isExample).map(\.id) == ["9-cancel-class-payment"])
        #expect(workshop.taskCards.first?.headline?.value == "מזל טוב!")
        #expect(workshop.taskCard(named: "3-resident-certificate-firearm")?.owner?.value == "דינה")
    }

    @Test func eightA6CardsMakeTwoSheetsAndFourPagesWithBacks() throws {
        let (fronts, _, _) = try render(backs: .none)
        #expect(try PDFText.pageSizes(fronts).count == 2)
        let (both, typesetter, _) = try render()
        let sizes = try PDFText.pageSizes(both)
        #expect(sizes.count == 4)
        #expect(sizes.allSatisfy { abs($0.width - 595.28) < 0.1 && abs($0.height - 841.89) < 0.1 })
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics)")
        let text = try PDFText.extract(both)
        for card in appendix {
            #expect(PDFText.contains(text, phrase: card.mission?.value ?? ""), "\(card.id)")
        }
        #expect(PDFText.contains(text, phrase: "קל, מותאם, יוזם"))
    }

    /// On paper: the back of card 3 ("3/8" on both sides), mirrored as the sheet turns on its
    /// long edge, lies inside the front of card 3.
    @Test func aBacksPrintedNumberLandsBehindItsFront() throws {
        let (url, _, sheet) = try render()
        func box(_ word: String, page: Int) throws -> (xMin: Double, yMin: Double, xMax: Double) {
            let found = try #require(try PDFText.boxes(url, page: page).first { $0.word == word })
            return (found.xMin, found.yMin, found.xMax)
        }
        let front = sheet.frontSlot(2)
        let onBack = try box("3/8", page: 2)
        let width = Units.points(sheet.paper.size.width)
        let landedX = Units.millimetres(fromPoints: width - (onBack.xMin + onBack.xMax) / 2)
        let landedY = Units.millimetres(fromPoints: onBack.yMin)
        #expect(landedX > front.minX && landedX < front.maxX, "x \(landedX) in \(front)")
        #expect(landedY > front.minY && landedY < front.maxY, "y \(landedY) in \(front)")
        let onFront = try box("3/8", page: 1)
        let frontX = Units.millimetres(fromPoints: (onFront.xMin + onFront.xMax) / 2)
        #expect(frontX > front.minX && frontX < front.maxX)
    }

    @Test func a7CardsGoEightToALandscapeSheet() throws {
        let (url, _, sheet) = try render(.a7)
        #expect(sheet.capacity == 8)
        let size = try #require(try PDFText.pageSizes(url).first)
        #expect(abs(size.width - 841.89) < 0.1 && abs(size.height - 595.28) < 0.1)
    }

    @Test func textThatDoesNotFitASmallCardIsReportedAtItsCard() throws {
        let (_, typesetter, _) = try render(.poker)
        let cut = typesetter.diagnostics.filter { $0.rule == "layout.overflow" }
        #expect(!cut.isEmpty)
        #expect(cut.contains { $0.location?.file.hasSuffix("task-cards/5-outdoor-event-license.yaml") == true })
    }

    @Test func twoRendersAreByteIdentical() throws {
        let (a, _, _) = try render()
        let first = try Data(contentsOf: a)
        let (b, _, _) = try render()
        #expect(first == (try Data(contentsOf: b)))
    }

    @Test func theCalibrationSheetNumbersEveryPlaceOnBothSides() throws {
        let document = try printed(PrintRequest(.calibration, paper: .a4, card: .a6, backs: .longEdge))
        #expect(document.pages.count == 2)
        let url = folder.path("calibration.pdf")
        try PDFExport.write(document, to: url)
        for page in [1, 2] {
            let words = try PDFText.boxes(url, page: page).map(\.word)
            for number in ["1", "2", "3", "4"] { #expect(words.contains(number), "page \(page): \(number)") }
        }
        #expect(PDFText.contains(try PDFText.extract(url), phrase: "בדיקת הדפסה דו-צדדית"))
    }

    /// Office printers leave about 5 mm at the edge unprinted: the outlines and marks a person
    /// reads the calibration by stay inside, for every card size, on both sides.
    @Test(arguments: [CardSize.a6, .a7, .poker])
    func theCalibrationsMarksStayFiveMillimetresFromTheEdge(card: CardSize) throws {
        let document = try printed(PrintRequest(.calibration, paper: .a4, card: card, backs: .longEdge))
        for page in document.pages {
            for point in Self.shapePoints(page.elements, through: .identity) {
                #expect(
                    point.x >= 4.99 && point.x <= page.size.width - 4.99 && point.y >= 4.99 && point.y <= page.size.height - 4.99,
                    "\(card): a mark at \(point)")
            }
        }
    }

    /// The corners and ends of every line and outline, in page coordinates.
    static func shapePoints(_ elements: [PageElement], through transform: Transform) -> [Point] {
        elements.flatMap { element -> [Point] in
            switch element {
            case let .shape(.line(from, to), _): [from, to].map { transform.apply($0) }
            case let .shape(.rectangle(rect, _), _):
                [Point(x: rect.minX, y: rect.minY), Point(x: rect.maxX, y: rect.maxY)].map { transform.apply($0) }
            case let .group(inner, inside, _): shapePoints(inner, through: transform.then(inside))
            case let .shared(content): shapePoints(content.elements, through: transform)
            default: []
            }
        }
    }
}

extension Transform {
    func apply(_ point: Point) -> Point {
        Point(x: a * point.x + c * point.y + tx, y: b * point.x + d * point.y + ty)
    }

    /// `inner` applied first, then this.
    func then(_ inner: Transform) -> Transform {
        Transform(
            a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b, c: a * inner.c + c * inner.d,
            d: b * inner.c + d * inner.d, tx: a * inner.tx + c * inner.ty + tx, ty: b * inner.tx + d * inner.ty + ty)
    }
}
