import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

/// Where the logo goes on a back: centred in the card's safe area, as large as it fits with its
/// proportions kept, the programme's name under it, on every card size.
@Suite("The logo on a deck's back")
struct DeckLogoBackTests {
    static let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/logo-deck")

    @Test(arguments: [CardSize.a6, .a7, .poker])
    func theLogoIsCentredInTheSafeAreaWithTheNameUnderIt(card: CardSize) throws {
        let workshop = try #require(check(Self.fixture).workshop)
        let deck = try #require(workshop.deck(named: "partners"))
        let context = layoutContext(workshop)
        let layout = TaskCardLayout(
            context: context, cards: deck.cards, card: card, look: DeckLook(deck, in: context))
        let back = layout.back(0, parts: layout.backParts())
        #expect(context.typesetter.diagnostics.isEmpty, "\(context.typesetter.diagnostics)")
        let frames = back.elements.compactMap { element -> Rect? in
            if case let .picture(_, frame, _) = element { return frame }
            return nil
        }
        let logo = try #require(frames.first)
        #expect(frames.count == 1)
        let size = card.size
        #expect(abs(logo.minX + logo.width / 2 - size.width / 2) < 0.01, "centred across: \(logo) on \(size)")
        #expect(abs(logo.width / logo.height - 2) < 0.01, "its proportions kept: \(logo)")
        #expect(logo.minX >= layout.inset - 0.01 && logo.maxX <= size.width - layout.inset + 0.01, "inside the safe area")
        #expect(logo.minY >= layout.inset - 0.01, "\(logo)")
        let name = try #require(
            back.elements.compactMap { element -> (TextBlock, Point)? in
                if case let .text(block, origin, _) = element, block.text.contains("שותפים") { return (block, origin) }
                return nil
            }.first)
        #expect(name.1.y >= logo.maxY, "the name under the logo")
        #expect(name.1.y + name.0.height <= size.height - layout.inset, "and inside the card")
    }
}
