import SadnaKit
import SadnaScan

/// A photographed blank minutes form, as the meeting's file names it under `scanned:`
/// (`minutes-blank`, and `minutes-blank-p2` when the action table ran onto a second page), seen
/// from the minutes editor: each written field's handwriting beside the input it is typed into,
/// and the photographed pages whole. Only fields with ink are named, so only they show.
struct MinutesHandwriting {
    /// A photographed page of the form, opened whole on its transcription page.
    struct Page {
        var href: String
        var name: String
    }

    /// A row of the form's action table, its written cells captioned by the inputs they go in.
    struct ActionRow {
        var legend: String
        var crops: [ScanFormPage.Crop]
    }

    /// Each written field (`present`, `item-2`, `action-1-owner`) to its crop's path.
    private var crops: [String: Located<String>] = [:]
    private(set) var pages: [Page] = []

    init(_ meeting: Meeting, labels: Labels<TextLabel>) {
        // The form's pages by their folders' names (`minutes-blank`, `minutes-blank-p2`).
        let forms = meeting.scanned.compactMap { scan in
            ScanStore.page(ofForm: scan.form.value, kind: .minutesBlank).map { ($0, scan) }
        }
        for (page, scan) in forms.sorted(by: { $0.0 < $1.0 }) {
            for crop in scan.crops where crop.field != "page" { crops[crop.field] = crop.path }
            pages.append(
                Page(
                    href: "\(ScanPages.path(meeting.id))/\(percentEncoded(scan.form.value))",
                    name: labels("minutes_scan_page", ["n": String(page)])))
        }
    }

    var isEmpty: Bool { pages.isEmpty }

    /// The handwriting of `field`, named for a reader by `label`; nil when it was left empty.
    func crop(_ field: String, label: String, labels: Labels<TextLabel>) -> ScanFormPage.Crop? {
        ScanFormPage.Crop.handwriting(crops[field], field: label, labels: labels)
    }

    /// The form's items with anything written in them (`item-3`, `decision-3`), in order: the
    /// editor's items in turn, so that the first written one is typed into the first item. By
    /// order, not by number: an item left empty on paper is left out when the minutes are
    /// saved, and the items after it move up, so a number would point at the wrong item then.
    var writtenItems: [Int] {
        Set(
            crops.keys.compactMap { field -> Int? in
                let parts = field.split(separator: "-")
                guard parts.count == 2, ["item", "decision"].contains(parts[0]) else { return nil }
                return Int(parts[1])
            }
        ).sorted()
    }

    /// The action table's written rows in the form's order. The table has no tie to an item
    /// the scan can read (its item column is not cut), so the rows are shown as written, each
    /// cell captioned by the decision input it is typed into, never under a guessed item.
    func actions(labels: Labels<TextLabel>) -> [ActionRow] {
        let numbers = Set(
            crops.keys.compactMap { field -> Int? in
                let parts = field.split(separator: "-")
                return parts.count == 3 && parts[0] == "action" ? Int(parts[1]) : nil
            })
        let columns = [("what", "decision"), ("owner", "action_owner"), ("due", "action_due")]
        return numbers.sorted().map { number in
            let legend = labels("minutes_scan_action", ["n": String(number)])
            return ActionRow(
                legend: legend,
                crops: columns.compactMap { column, word in
                    var crop = crop("action-\(number)-\(column)", label: "\(legend) · \(labels(word))", labels: labels)
                    crop?.label = labels(word)
                    return crop
                })
        }
    }
}
