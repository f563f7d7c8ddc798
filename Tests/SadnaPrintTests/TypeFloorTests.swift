import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

/// The README promises nothing printed under 8 pt: a size a person reads at arm's length on a
/// wall or a table. Every printable of the shipped programme, in every size it comes in, in
/// Hebrew, Arabic and English, is walked text by text (runs set smaller inside a rich text too).
@Suite("No text under the 8 pt floor, anywhere")
struct TypeFloorTests {
    static let floor = 8.0

    /// The references' requests, and the sizes and forms that set type smaller: small cards,
    /// the A6 persona card, the full persona page, a canvas of eight stages; and the A3 ones on
    /// A4, whose sheets add words of their own.
    static var requests: [PrintRequest] {
        Language.allCases.flatMap { language in
            PrintableKind.allCases.map { ReferenceTests.request($0, language) }
                + ReferenceTests.tiledKinds.map { ReferenceTests.tiledRequest($0, language) } + [
                    PrintRequest(.taskCards, language: language, card: .a7),
                    PrintRequest(.taskCards, language: language, card: .poker, backs: Backs.none, bleed: 2),
                    PrintRequest(.personaCards, language: language, card: .a6),
                    PrintRequest(.journeyCanvas, language: language, lanes: ["meeting-3"], stages: 8),
                ]
        }
    }

    @Test(arguments: requests)
    func everyTextIsAtLeastEightPoints(request: PrintRequest) throws {
        let document = try printed(request, workshop: ReferenceTests.workshop(for: request))
        var small: [String] = []
        for (number, page) in document.pages.enumerated() {
            Self.visit(page.elements, scale: 1) { block, size in
                if size < Self.floor - 0.01 {
                    small.append("page \(number + 1): \(String(format: "%.1f", size)) pt “\(block.text.prefix(40))”")
                }
            }
        }
        #expect(small.isEmpty, "\(request.kind.rawValue) in \(request.language.code): \(small.prefix(8).joined(separator: "; "))")
    }

    /// Each text block with the size it is drawn at, through the groups (cards on a sheet) it sits in.
    static func visit(_ elements: [PageElement], scale: Double, _ body: (TextBlock, Double) -> Void) {
        for element in elements {
            switch element {
            case let .text(block, _, lines) where !lines.isEmpty:
                body(block, block.smallestSize * scale)
            case let .group(inner, transform, _):
                let factor = (abs(transform.a * transform.d - transform.b * transform.c)).squareRoot()
                visit(inner, scale: scale * factor, body)
            case let .shared(content):
                visit(content.elements, scale: scale, body)
            default: break
            }
        }
    }
}

extension PrintRequest: CustomTestStringConvertible {
    public var testDescription: String {
        [kind.rawValue, language.code, card.map { "\($0)" }, stages.map { "\($0) stages" }, paper.map { "on \($0)" }]
            .compactMap(\.self).joined(separator: " ")
    }
}
