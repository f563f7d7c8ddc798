/// Rows and cells of a CSV export, each cell knowing the row and column a spreadsheet shows it
/// at (the header is row 1, the first column is A).
///
/// Read by hand rather than with a CSV library because the diagnostics need what libraries do
/// not keep: the row a quoted, multi-line cell belongs to, and where an unclosed quote began.
public struct CSVTable {
    public var separator: Character
    /// Each record's cells; `rows[0]` is the header.
    public var rows: [[String]]
    /// An opening quote that is never closed swallows the rest of the file: the row it began on.
    public var unclosedQuoteRow: Int?

    /// Reads `text`, guessing the separator from the header line: comma, semicolon (Excel in
    /// locales with a decimal comma) or tab (Excel's "Unicode text").
    public init(_ text: String) {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
        let candidates: [Character] = [",", ";", "\t"]
        separator =
            candidates.max { a, b in
                firstLine.filter { $0 == a }.count < firstLine.filter { $0 == b }.count
            } ?? ","
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var quoteRow = 0
        var characters = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return characters.next()
        }
        while let character = next() {
            if quoted {
                if character == "\"" {
                    let following = next()
                    if following == "\"" {
                        cell.append("\"")
                    } else {
                        quoted = false
                        pending = following
                    }
                } else {
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty:
                quoted = true
                quoteRow = rows.count + 1
            case separator:
                row.append(cell)
                cell = ""
            case "\n", "\r\n", "\r":
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            default:
                cell.append(character)
            }
        }
        if quoted { unclosedQuoteRow = quoteRow }
        if !cell.isEmpty || !row.isEmpty {
            row.append(cell)
            rows.append(row)
        }
        // Rows that are entirely empty (a trailing blank line, a spacer row) carry nothing.
        self.rows = rows.map { $0.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } ? [] : $0 }
    }

    /// "A", "B", … "Z", "AA": the column's name as a spreadsheet shows it (from 1).
    public static func columnName(_ number: Int) -> String {
        var n = number, name = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
