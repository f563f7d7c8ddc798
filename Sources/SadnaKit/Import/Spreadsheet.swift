import Foundation

/// A spreadsheet export as an import reads it: its bytes (bounded), decoded whichever way it was
/// saved and split into rows, or located diagnostics saying why not. Persona and participant
/// imports start here and differ only in what their columns mean.
public struct Spreadsheet {
    /// How the file is named in messages.
    public var path: String
    public var encoding: SpreadsheetText.Encoding?
    public var separator: Character?
    /// The rows, the header first; nil when the file could not be read as a table with a header.
    public var table: CSVTable?
    public var diagnostics: [Diagnostic] = []

    /// The bytes of `file`, or a diagnostic at it.
    public static func data(of file: URL) -> Result<Data, Diagnostic> {
        let source = FolderSource(file.deletingLastPathComponent())
        do {
            return .success(try source.read(file.lastPathComponent, limit: Limits.spreadsheetBytes))
        } catch {
            return .failure(
                .error(
                    "cannot read the file: \(error)", at: .startOf(DisplayPath.of(file)), hint: error.hint,
                    rule: "file.unreadable"))
        }
    }

    /// Reads `data` (named `path`); `headings` says what the header row should hold, for the
    /// message about an empty file ("שם, גיל, …").
    public init(_ data: Data, path: String, headings: String) {
        self.path = path
        guard let decoded = SpreadsheetText.decode(data) else {
            diagnostics.append(
                .error(
                    "the file is not spreadsheet text Sadna can read", at: .startOf(path),
                    hint: "in Excel: File → Save As → \"CSV UTF-8 (Comma delimited)\"; in Google Sheets: File → Download → CSV",
                    rule: "import.encoding"))
            return
        }
        encoding = decoded.encoding
        let table = CSVTable(decoded.text)
        separator = table.separator
        if let row = table.unclosedQuoteRow {
            diagnostics.append(
                .error(
                    "a quote opened in row \(row) is never closed, so the rest of the file is one cell",
                    at: SourceLocation(file: path, line: row, column: 1),
                    hint: "close the quote, or remove it", rule: "import.quote"))
            return
        }
        guard let header = table.rows.first, !header.isEmpty else {
            diagnostics.append(
                .error(
                    "the file is empty", at: .startOf(path),
                    hint: "save the spreadsheet again with its header row (\(headings)) and its rows",
                    rule: "import.empty"))
            return
        }
        let rows = table.rows.count - 1
        if rows > Limits.spreadsheetRows {
            diagnostics.append(
                .error(
                    "the spreadsheet has \(rows) rows, more than the \(Limits.spreadsheetRows) Sadna imports "
                        + "at once; nothing was imported",
                    at: SourceLocation(file: path, line: Limits.spreadsheetRows + 2, column: 1),
                    hint: "split it into files of at most \(Limits.spreadsheetRows) rows and import each",
                    rule: "import.too-many-rows"))
            return
        }
        self.table = table
    }

    /// The header row (row 1).
    public var header: [String] { table?.rows.first ?? [] }

    /// What each column of the header holds, by `headings` (any case and spacing; a later
    /// heading for the same words wins): nil for an
    /// empty heading, for one that names no `field` Sadna knows (a warning, with "did you mean"),
    /// and for one that repeats an earlier column's (a warning: only the first is imported).
    public func columns<Meaning: Hashable>(
        _ headings: [(String, Meaning)], field: String, hint: String,
        into diagnostics: inout [Diagnostic]
    ) -> [Meaning?] {
        var names: [String: Meaning] = [:]
        for (heading, meaning) in headings { names[Self.normalise(heading)] = meaning }
        var seen: [Meaning: Int] = [:]
        return header.enumerated().map { index, heading in
            let key = Self.normalise(heading)
            guard !key.isEmpty else { return nil }
            let location = SourceLocation(file: path, line: 1, column: index + 1)
            let at = "column \(CSVTable.columnName(index + 1)) (\"\(heading)\")"
            guard let meaning = names[key] else {
                let guess = Suggestion.closest(to: key, among: Array(names.keys)).map { "did you mean \"\($0)\"? " } ?? ""
                diagnostics.append(
                    .warning(
                        "\(at) is not \(field); its cells are not imported", at: location, hint: guess + hint,
                        rule: "import.unknown-column"))
                return nil
            }
            if let first = seen[meaning] {
                diagnostics.append(
                    .warning(
                        "\(at) holds the same field as column \(CSVTable.columnName(first)); only the first is imported",
                        at: location, hint: "delete or rename one of the two columns", rule: "import.duplicate-column"))
                return nil
            }
            seen[meaning] = index + 1
            return meaning
        }
    }

    /// "row 3, column B (מחלקה)", and its place: how a message names a cell.
    public func place(row: Int, column: Int) -> (location: SourceLocation, label: String) {
        Self.place(row: row, column: column, header: header, path: path)
    }

    static func place(row: Int, column: Int, header: [String], path: String) -> (location: SourceLocation, label: String) {
        let heading = column < header.count ? header[column] : ""
        return (
            SourceLocation(file: path, line: row, column: column + 1),
            "row \(row), column \(CSVTable.columnName(column + 1))\(heading.isEmpty ? "" : " (\(heading))")"
        )
    }

    /// The cell at `column` of `cells`, trimmed, with a spreadsheet's line ends made plain.
    public static func cell(_ cells: [String], _ column: Int) -> String {
        column < cells.count
            ? cells[column].replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines) : ""
    }

    /// Headings compared without case, extra spaces, a trailing colon or spaces around "/".
    public static func normalise(_ heading: String) -> String {
        var text = heading.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ":\u{FEFF}")))
            .lowercased()
        text = text.replacingOccurrences(of: " / ", with: "/").replacingOccurrences(of: "_", with: " ")
        return text.split(separator: " ").joined(separator: " ")
    }

    /// A cell's invisible control character (pasted text brings them), reported at its cell.
    public static func controlCharacter(in cell: String, at place: (location: SourceLocation, label: String)) -> Diagnostic? {
        guard let control = YAMLText.firstControlCharacter(in: cell) else { return nil }
        return .error(
            "\(place.label) holds an invisible control character (\(control.scalar.codePoint))",
            at: place.location, hint: "delete it in the spreadsheet (it often comes with pasted text) and save again",
            rule: "import.control-character")
    }

    /// A cell longer than ``Limits/spreadsheetCellCharacters``, reported at its cell.
    public static func tooLong(_ cell: String, at place: (location: SourceLocation, label: String)) -> Diagnostic? {
        guard cell.utf8.count > Limits.spreadsheetCellCharacters else { return nil }
        let count = cell.count
        guard count > Limits.spreadsheetCellCharacters else { return nil }
        return .error(
            "\(place.label) holds \(count) characters, more than the \(Limits.spreadsheetCellCharacters) "
                + "Sadna imports in one cell",
            at: place.location, hint: "shorten it: a printed card holds a few thousand characters at most",
            rule: "import.cell-too-long")
    }

    /// A file name on one line, whatever its characters, for the comment that says where a file came from.
    public static func oneLine(_ text: String) -> String {
        text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? " " : String($0) }.joined()
    }
}
