import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

@Suite("Putting a meeting's kit together")
struct KitBuilderTests {
    let workshop = emek

    @Test func everyMeetingsPlanIsPrintedWholeWithNothingCut() throws {
        let typesetter = Typesetter()
        let builder = KitBuilder(context: layoutContext(typesetter: typesetter))
        for meeting in workshop.meetings {
            let kit = builder.kit(for: meeting)
            let parts = kit.files.flatMap(\.parts)
            #expect(parts.first?.title == "סדר יום למנחה", "\(meeting.id): the run-sheet comes first")
            // One part for each item of the plan (a journey map for each journey it names), and the run-sheet.
            let expected: Int = meeting.print.reduce(1) { count, item in
                switch item.kind.value {
                case .agenda: count
                case .journey: count + item.items.count
                default: count + 1
                }
            }
            #expect(parts.count == expected, "\(meeting.id)")
            #expect(kit.files.allSatisfy { file in file.pages.count == file.pageCount }, "\(meeting.id)")
        }
        #expect(builder.diagnostics.isEmpty, "\(builder.diagnostics)")
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics)")
    }

    @Test func theSourcesMaterialsAreInTheirMeetingsKits() throws {
        let builder = KitBuilder(context: layoutContext())
        func titles(_ id: String) throws -> [String] {
            builder.kit(for: try #require(workshop.meeting(named: id))).files.flatMap(\.parts).map(\.title)
        }
        #expect(try titles("1").contains("מפת האתגרים והפרויקטים הדיגיטליים של המועצה"))
        #expect(try titles("4").contains("כרטיסי פרסונה (5)"))
        #expect(try titles("6").contains("סקיצה לדף שירות"))
        #expect(try titles("9").contains { $0.hasPrefix("Think · Feel · Do") })
        #expect(try titles("10").contains("מפת חשיבה"))
    }

    @Test func onePdfPerPaperInTheOrderItsFirstPartComes() throws {
        let builder = KitBuilder(context: layoutContext())
        let kit = builder.kit(for: try #require(workshop.meeting(named: "3")))
        #expect(kit.files.map(\.name) == ["meeting-03-A4.pdf", "meeting-03-A3.pdf"])
        #expect(kit.files[0].openingCount == 1 && kit.files[1].openingCount == 0)
        // Copies are multiplied: the journey canvas once for each of the six groups.
        let canvas = try #require(kit.files[1].parts.first)
        #expect(canvas.copies == 6 && kit.files[1].pageCount == 6)
        let marks = kit.files[0].bookmarks
        #expect(marks.map(\.page) == [1, 3, 7, 27])
    }

    @Test func anItemMayChooseItsPaper() throws {
        var meeting = try #require(workshop.meeting(named: "10"))
        let at = meeting.location
        meeting.print = [
            PrintItem(
                kind: Located(.worksheet, at: at), items: [Located("mind-map", at: at)],
                copies: Located(.exactly(2), at: at), paper: Located(Paper(.a4, .landscape), at: at), location: at),
            PrintItem(
                kind: Located(.agenda, at: at), copies: Located(.exactly(1), at: at),
                paper: Located(Paper(.a3), at: at), location: at),
        ]
        let builder = KitBuilder(context: layoutContext())
        let kit = builder.kit(for: meeting)
        #expect(builder.diagnostics.isEmpty, "\(builder.diagnostics)")
        // The agenda the plan lists comes first, on its A3; the mind map, an A3 sheet, on A4: four
        // sheets to glue for each of its two copies.
        #expect(kit.files.map(\.name) == ["meeting-10-A3.pdf", "meeting-10-A4.pdf"])
        #expect(kit.files[1].parts.first?.paper == "4 גיליונות A4 להדבקה" && kit.files[1].pageCount == 8)
        #expect(kit.files[1].parts.first?.cut == true)
    }
}
