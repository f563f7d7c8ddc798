import Foundation
import SadnaTestSupport
import Testing

@testable import SadnaKit

@Suite("Task cards: the deck's order")
struct DeckOrderTests {
    /// A card's file: its story names it, so the order can be read back.
    static func card(_ name: String, order: Int? = nil) -> String {
        "story: \"\(name)\"\nmission: \"לבדוק\"\n" + (order.map { "order: \($0)\n" } ?? "")
    }

    @Test func cardsFollowTheirOrderThenTheirFileNumberThenTheirFileName() throws {
        let folder = makeWorkshop(meetings: [:])
        folder.write("task-cards/10-late.yaml", Self.card("10-late"))
        folder.write("task-cards/2-second.yaml", Self.card("2-second"))
        folder.write("task-cards/1-first.yaml", Self.card("1-first"))
        // Moved to the front without renaming its file; it ties with 1-first and keeps its
        // file's place among equals, after it.
        folder.write("task-cards/3-moved.yaml", Self.card("3-moved", order: 1))
        folder.write("task-cards/named.yaml", Self.card("named"))
        let workshop = try #require(check(folder.url).workshop)
        #expect(workshop.taskCards.map(\.story.value) == ["1-first", "3-moved", "2-second", "10-late", "named"])
    }

    @Test func aDeckAlreadyInOrderIsKeptAsItCame() {
        let cards = (1...5).map {
            TaskCard(
                id: "\($0)-card", location: .startOf("\($0)-card.yaml"),
                story: Located("\($0)", at: .startOf("x")), mission: Located("m", at: .startOf("x")))
        }
        #expect(WorkshopLoader.inDeckOrder(cards).map(\.id) == cards.map(\.id))
        #expect(WorkshopLoader.inDeckOrder(cards.reversed()).map(\.id) == cards.map(\.id))
        #expect(WorkshopLoader.inDeckOrder([]).isEmpty)
    }
}
