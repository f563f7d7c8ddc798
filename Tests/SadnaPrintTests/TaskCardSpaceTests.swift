import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

/// A task card shares its height: the story takes the room the mission box does not need, the
/// foot drops a whole item rather than cut a name, and boxes line up across a sheet.
@Suite("Task cards use their space")
struct TaskCardSpaceTests {
    /// The mission boxes of the deck's faces: each card's tinted, rounded box.
    func boxes(_ faces: [Page]) -> [Rect] {
        faces.map { face in
            face.elements.compactMap { element -> Rect? in
                guard case let .shape(.rectangle(rect, radius), paint) = element, radius > 2, paint.fill == .tint else {
                    return nil
                }
                return rect
            }.first ?? Rect(x: 0, y: 0, width: 0, height: 0)
        }
    }

    @Test(arguments: [(CardSize.a6, Language.he), (.a7, .he), (.poker, .he), (.a6, .ar), (.a7, .en), (.poker, .ar)])
    func noCardCutsTextWhileItHasRoom(size: CardSize, language: Language) throws {
        let typesetter = Typesetter()
        let job = try Catalog.job(
            PrintRequest(.taskCards, language: language, card: size),
            in: layoutContext(language: language, typesetter: typesetter))
        let faces = Array(try #require(job.cardFaces))
        let cut = typesetter.takeDiagnostics().filter { $0.rule == "layout.overflow" }.map(\.message)
        // No name is ever cut at the foot and no story is cut: card 5's long story, on a playing
        // card, takes its foot's room, the content expert left off and reported.
        #expect(!cut.contains { $0.contains("the foot of") || $0.contains("the story of") }, "\(cut)")
        #expect(
            cut.filter { $0.contains("is left off its foot") }
                == (size == .poker
                    ? [
                        "the content expert of task card 5-outdoor-event-license is left off its foot: the card has no room for it even at 8 pt"
                    ] : []),
            "\(cut)")
        // The cards whose story leaves room share one box height and position.
        let rects = boxes(faces)
        let common = Dictionary(grouping: rects, by: { "\($0.minY.rounded()):\($0.height.rounded())" }).max {
            $0.value.count < $1.value.count
        }
        #expect((common?.value.count ?? 0) >= faces.count - 1, "the mission boxes line up: \(rects.map { ($0.minY, $0.height) })")
    }

    @Test func smallCardsHaveASmallerBand() throws {
        func bandHeight(_ size: CardSize) throws -> Double {
            let face = try #require(
                try Catalog.job(PrintRequest(.taskCards, card: size), in: layoutContext()).cardFaces?.first { _ in true })
            let band = face.elements.compactMap { element -> Rect? in
                guard case let .shape(.rectangle(rect, _), paint) = element, paint.fill == .accent else { return nil }
                return rect
            }.first
            return try #require(band).height
        }
        let poker = try bandHeight(.poker), a6 = try bandHeight(.a6)
        #expect(poker < a6 * 0.75, "poker \(poker) mm, A6 \(a6) mm")
    }
}
