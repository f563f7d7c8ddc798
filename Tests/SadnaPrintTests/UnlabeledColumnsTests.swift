import Foundation
import SadnaKit
import SadnaTestSupport
import Testing

@testable import SadnaPrint

/// A worksheet table whose columns have no headings prints no header band (an empty tinted strip
/// at its top): its rows start at the table's top edge.
@Suite("A table without headings")
struct UnlabeledColumnsTests {
    /// The tinted rectangles (header bands) on the first page of the worksheet `yaml`.
    func bands(_ yaml: String) throws -> Int {
        let folder = makeWorkshop(meetings: [:])
        folder.write("worksheets/sheet.yaml", yaml)
        let outcome = check(folder.url, review: false)
        let workshop = try #require(outcome.workshop, "\(outcome.diagnostics)")
        let typesetter = Typesetter()
        let document = try printed(PrintRequest(.worksheet, items: ["sheet"]), workshop: workshop, typesetter: typesetter)
        #expect(typesetter.diagnostics.isEmpty, "\(typesetter.diagnostics)")
        let page = try #require(document.pages.first)
        return page.elements.filter { element in
            if case let .shape(_, paint) = element { return paint.fill == .tint }
            return false
        }.count
    }

    @Test(arguments: ["rows:\n      - [אחד, שתיים]\n      - [שלוש, ארבע]\n", "rows: 4\n"])
    func noHeaderBandWhenNoColumnHasALabel(rows: String) throws {
        let table = { (first: String, second: String) in
            "title: דף\nblocks:\n  - kind: table\n    columns: [{ label: \"\(first)\", width: 40 }, { label: \"\(second)\", width: 60 }]\n    \(rows)"
        }
        #expect(try bands(table("", "")) == 0)
        #expect(try bands(table(" ", "")) == 0, "a label of spaces is none")
        #expect(try bands(table("שם", "")) == 1, "one heading keeps the band")
    }
}
