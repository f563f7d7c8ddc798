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
            return .failure(error.diagnostic(at: .startOf(DisplayPath.of(file))))
        }
    }

    /// Reads `data` (named `path`); `headings` says what the header row should hold, for the
    /// message about an empty file ("שם, גיל, …").
    public init(_ data: Data, path: String, headings: String) {
        self.path = path
        guard let decoded = SpreadsheetText.decode(data) else {
            diagnostics.append(
                .error(.importEncoding, at: .startOf(path)))
            return
        }
        encoding = decoded.encoding
        let table = CSVTable(decoded.text)
        separator = table.separator
        if let row = table.unclosedQuoteRow {
            diagnostics.append(
                .error(.importQuote, ["row": .number(row)], at: SourceLocation(file: path, line: row, column: 1)))
            return
        }
        guard let header = table.rows.first, !header.isEmpty else {
            diagnostics.append(
                .error(.importEmpty, ["headings": .quoted(headings)], at: .startOf(path)))
            return
        }
        let rows = table.rows.count - 1
        if rows > Limits.spreadsheetRows {
            diagnostics.append(
                .error(
                    .importTooManyRows, ["rows": .number(rows), "limit": .number(Limits.spreadsheetRows)],
                    at: SourceLocation(file: path, line: Limits.spreadsheetRows + 2, column: 1)))
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
        _ headings: [(String, Meaning)], field: MessageArgument, hint: MessageArgument,
        into diagnostics: inout [Diagnostic]
    ) -> [Meaning?] {
        var names: [String: Meaning] = [:]
        for (heading, meaning) in headings { names[Self.normalise(heading)] = meaning }
        var seen: [Meaning: Int] = [:]
        return header.enumerated().map { index, heading in
            let key = Self.normalise(heading)
            guard !key.isEmpty else { return nil }
            let location = SourceLocation(file: path, line: 1, column: index + 1)
            var arguments: MessageArguments = [
                "column": .value(CSVTable.columnName(index + 1)), "heading": .quoted(heading), "field": field, "columns": hint,
            ]
            guard let meaning = names[key] else {
                let guess = Suggestion.closest(to: key, among: Array(names.keys))
                if let guess { arguments["guess"] = .quoted(guess) }
                diagnostics.append(
                    .warning(guess == nil ? .importUnknownColumn : .importUnknownColumnGuess, arguments, at: location))
                return nil
            }
            if let first = seen[meaning] {
                diagnostics.append(
                    .warning(
                        .importDuplicateColumn, arguments.merging(["first": .value(CSVTable.columnName(first))]) { $1 },
                        at: location))
                return nil
            }
            seen[meaning] = index + 1
            return meaning
        }
    }

    /// "row 3, column B (מחלקה)", and its place: how a message names a cell.
    public func place(row: Int, column: Int) -> (location: SourceLocation, label: MessageArgument) {
        Self.place(row: row, column: column, header: header, path: path)
    }

    static func place(row: Int, column: Int, header: [String], path: String) -> (location: SourceLocation, label: MessageArgument)
    {
        let heading = column < header.count ? header[column] : ""
        let cell: MessageArguments = ["row": .number(row), "column": .value(CSVTable.columnName(column + 1))]
        return (
            SourceLocation(file: path, line: row, column: column + 1),
            heading.isEmpty
                ? .phrase(.phraseCell, cell) : .phrase(.phraseCellHeading, cell.merging(["heading": .name(heading)]) { $1 })
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
    public static func controlCharacter(
        in cell: String, at place: (location: SourceLocation, label: MessageArgument)
    ) -> Diagnostic? {
        guard let control = YAMLText.firstControlCharacter(in: cell) else { return nil }
        return .error(
            .importControlCharacter, ["cell": place.label, "code": .value(control.scalar.codePoint)], at: place.location)
    }

    /// A cell longer than ``Limits/spreadsheetCellCharacters``, reported at its cell.
    public static func tooLong(_ cell: String, at place: (location: SourceLocation, label: MessageArgument)) -> Diagnostic? {
        guard cell.utf8.count > Limits.spreadsheetCellCharacters else { return nil }
        let count = cell.count
        guard count > Limits.spreadsheetCellCharacters else { return nil }
        return .error(
            .importCellTooLong,
            ["cell": place.label, "count": .number(count), "limit": .number(Limits.spreadsheetCellCharacters)],
            at: place.location)
    }

    /// A file name on one line, whatever its characters, for the comment that says where a file came from.
    public static func oneLine(_ text: String) -> String {
        text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? " " : String($0) }.joined()
    }
}
