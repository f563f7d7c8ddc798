import SadnaKit

/// The print list of a kit, line by line, for its cover page and for `print-list.txt`.
public enum KitPrintList {
    public struct Row {
        public var item: String
        public var file: String
        public var paper: String
        /// Where it is in its file, first and last page: "4-7" (a hyphen, which keeps its
        /// numbers in order inside right-to-left text).
        public var range: String
        /// Pages of one copy.
        public var pages: Int
        public var copies: Int
        public var duplex: String
        public var cut: String
        public var purpose: String

        var cells: [String] {
            [item, file, paper, range, String(pages), String(copies), duplex, cut, purpose]
        }
    }

    /// The columns' headings, in the order of a row's cells.
    public static func headings(_ labels: Labels<KitLabel>) -> [String] {
        ([.item, .file, .paper, .range, .pages, .copies, .duplex, .cut, .purpose] as [KitLabel]).map { labels($0) }
    }

    /// The opening (cover and list) first, then every part in print order.
    public static func rows(_ kit: MeetingKit, labels: Labels<KitLabel>) -> [Row] {
        var rows: [Row] = []
        for file in kit.files {
            var next = 1
            func range(_ count: Int) -> String {
                defer { next += count }
                return count == 1 ? String(next) : "\(next)-\(next + count - 1)"
            }
            if file.openingCount > 0 {
                rows.append(
                    Row(
                        item: labels(.kitCover), file: file.name, paper: paperName(file.paper, labels),
                        range: range(file.openingCount),
                        pages: file.openingCount, copies: 1, duplex: labels(.no), cut: labels(.no), purpose: ""))
            }
            for part in file.parts {
                rows.append(
                    Row(
                        item: part.title, file: file.name, paper: paperName(part.paper, labels),
                        range: range(part.pages.count * part.copies),
                        pages: part.pages.count, copies: part.copies,
                        duplex: part.duplex.map { labels(.flip($0)) } ?? labels(.no), cut: part.cut ? labels(.yes) : labels(.no),
                        purpose: part.purpose ?? ""))
            }
        }
        return rows
    }

    /// A paper as the page's language names it: "A4 לרוחב" for "A4 landscape".
    static func paperName(_ paper: String, _ labels: Labels<KitLabel>) -> String {
        guard let format = paper.split(separator: " ").first, paper.hasSuffix(" landscape") else { return paper }
        return labels(.landscape, ["paper": String(format)])
    }

    /// "14 עמודים — meeting-03-A4.pdf" for each file.
    public static func totals(_ kit: MeetingKit, labels: Labels<KitLabel>) -> [String] {
        kit.files.map { labels($0.pageCount == 1 ? .totalOne : .total, ["file": $0.name, "pages": String($0.pageCount)]) }
    }

    /// The list as plain text, one part per line, columns separated by tabs after a header.
    public static func text(_ kit: MeetingKit, labels: Labels<KitLabel>, title: String) -> String {
        var lines = [title, ""]
        lines.append((["#"] + headings(labels)).joined(separator: "\t"))
        for (index, row) in rows(kit, labels: labels).enumerated() {
            lines.append(([String(index + 1)] + row.cells).joined(separator: "\t"))
        }
        lines.append("")
        lines += totals(kit, labels: labels)
        return lines.joined(separator: "\n") + "\n"
    }
}
