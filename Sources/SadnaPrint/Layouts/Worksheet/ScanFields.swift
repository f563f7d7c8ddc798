import SadnaKit

/// The scan fields of a worksheet's pages, recorded as its parts draw them, each named as
/// ``WorksheetTemplate/fieldName(_:in:)`` says.
final class ScanFields {
    /// Each page's fields, by the page's index, in the order they were drawn.
    var byPage: [Int: [ScanField]] = [:]

    func add(_ field: ScanField, page: Int) {
        byPage[page, default: []].append(field)
    }

    static func name(_ index: Int, in parent: String = "block") -> String { WorksheetTemplate.fieldName(index, in: parent) }
}
