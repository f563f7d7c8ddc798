import SadnaKit

/// A deck of cards imposed on sheets: front pages, each followed by its back page when the deck
/// is printed double-sided. Pages are made as they are asked for, so a deck of any size is laid
/// out one sheet at a time.
public struct CardDeck {
    public let sheet: CardSheet
    public let count: Int
    /// How the sheet turns for its backs, or nil for fronts only.
    public let flip: DuplexFlip?
    /// The card in place `index` of the deck, on a page the size of the card.
    let front: (Int) -> Page
    let back: (Int) -> Page

    public init(sheet: CardSheet, count: Int, flip: DuplexFlip?, front: @escaping (Int) -> Page,
                back: @escaping (Int) -> Page) {
        self.sheet = sheet
        self.count = count
        self.flip = flip
        self.front = front
        self.back = back
    }

    public var sheets: Int { (count + sheet.capacity - 1) / sheet.capacity }
    public var pageCount: Int { sheets * (flip == nil ? 1 : 2) }

    /// Front, back, front, back… (or fronts only).
    public var pages: some Sequence<Page> {
        (0..<sheets).lazy.flatMap { number -> [Page] in
            var pages = [frontPage(number)]
            if let flip { pages.append(backPage(number, flip: flip)) }
            return pages
        }
    }

    private func cards(on number: Int) -> Range<Int> {
        (number * sheet.capacity)..<min(count, (number + 1) * sheet.capacity)
    }

    func frontPage(_ number: Int) -> Page {
        var page = Page(size: sheet.paper.size)
        for index in cards(on: number) {
            let slot = sheet.frontSlot(index - number * sheet.capacity)
            page.place(front(index), transform: .translation(slot.x, slot.y), clip: sheet.bleedBox(slot))
        }
        sheet.drawCutMarks(on: &page)
        return page
    }

    func backPage(_ number: Int, flip: DuplexFlip) -> Page {
        var page = Page(size: sheet.paper.size)
        for index in cards(on: number) {
            let (slot, halfTurn) = sheet.backSlot(index - number * sheet.capacity, flip: flip)
            let transform = halfTurn ? Transform.halfTurn(of: slot.size, at: slot.origin)
                                     : .translation(slot.x, slot.y)
            page.place(back(index), transform: transform, clip: sheet.bleedBox(slot))
        }
        return page
    }
}
