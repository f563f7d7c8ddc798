import SadnaKit

/// The faces of a deck's cards, each on a page the size of the card.
public struct CardFaces {
    let front: (Int) -> Page
    let back: (Int) -> Page

    public init(front: @escaping (Int) -> Page, back: @escaping (Int) -> Page) {
        self.front = front
        self.back = back
    }
}

/// A deck of cards imposed on sheets: front pages, each followed by its back page when the deck
/// is printed double-sided. Pages are made as they are asked for, a run of sheets at a time, so
/// that a deck of any size is laid out in flat memory, and runs can be laid out side by side.
public struct CardDeck {
    public let sheet: CardSheet
    public let count: Int
    /// How the sheet turns for its backs, or nil for fronts only.
    public let flip: DuplexFlip?

    /// Sheets laid out together: their cards share one plan (mission boxes line up across them),
    /// and their pages are one batch for export. Sixteen A6 sheets hold 64 cards, more than any
    /// deck a programme prints; a bigger deck lines its boxes up run by run.
    public static let sheetsPerRun = 16

    public init(sheet: CardSheet, count: Int, flip: DuplexFlip?) {
        self.sheet = sheet
        self.count = count
        self.flip = flip
    }

    public var sheets: Int { (count + sheet.capacity - 1) / sheet.capacity }
    public var pageCount: Int { sheets * (flip == nil ? 1 : 2) }
    /// How many cards a run of sheets holds.
    public var cardsPerRun: Int { CardDeck.sheetsPerRun * sheet.capacity }

    /// Front, back, front, back… (or fronts only), the faces from `faces`.
    public func pages(_ faces: CardFaces) -> some Sequence<Page> {
        (0..<sheets).lazy.flatMap { pages(ofSheet: $0, faces) }
    }

    /// The deck in runs of sheets: `faces` makes the faces of the cards of a run (their range in
    /// the deck) with the typesetter it is given.
    public func batches(_ faces: @escaping (_ cards: Range<Int>, _ typesetter: Typesetter) -> CardFaces) -> PageBatches {
        let runs = self.runs
        return PageBatches(count: runs.count, pagesEach: CardDeck.sheetsPerRun * (flip == nil ? 1 : 2)) { run, typesetter in
            let made = faces(runs[run], typesetter)
            let first = run * CardDeck.sheetsPerRun
            return (first..<min(sheets, first + CardDeck.sheetsPerRun)).flatMap { pages(ofSheet: $0, made) }
        }
    }

    /// Each card's front alone, run by run as ``batches(_:)`` makes them, with `typesetter`: a
    /// preview of the deck.
    public func fronts(
        using typesetter: Typesetter,
        _ faces: @escaping (_ cards: Range<Int>, _ typesetter: Typesetter) -> CardFaces
    ) -> some Sequence<Page> {
        runs.lazy.flatMap { cards in
            let made = faces(cards, typesetter)
            return cards.map { made.front($0) }
        }
    }

    /// The cards of each run of sheets.
    private var runs: [Range<Int>] {
        stride(from: 0, to: count, by: cardsPerRun).map { $0..<min(count, $0 + cardsPerRun) }
    }

    private func pages(ofSheet number: Int, _ faces: CardFaces) -> [Page] {
        var pages = [frontPage(number, faces.front)]
        if let flip { pages.append(backPage(number, flip: flip, faces.back)) }
        return pages
    }

    private func cards(on number: Int) -> Range<Int> {
        (number * sheet.capacity)..<min(count, (number + 1) * sheet.capacity)
    }

    func frontPage(_ number: Int, _ front: (Int) -> Page) -> Page {
        var page = Page(size: sheet.paper.size)
        for index in cards(on: number) {
            let slot = sheet.frontSlot(index - number * sheet.capacity)
            page.place(front(index), transform: .translation(slot.x, slot.y), clip: sheet.bleedBox(slot))
        }
        sheet.drawCutMarks(on: &page)
        return page
    }

    func backPage(_ number: Int, flip: DuplexFlip, _ back: (Int) -> Page) -> Page {
        var page = Page(size: sheet.paper.size)
        for index in cards(on: number) {
            let (slot, halfTurn) = sheet.backSlot(index - number * sheet.capacity, flip: flip)
            let transform =
                halfTurn
                ? Transform.halfTurn(of: slot.size, at: slot.origin)
                : .translation(slot.x, slot.y)
            page.place(back(index), transform: transform, clip: sheet.bleedBox(slot))
        }
        return page
    }
}
