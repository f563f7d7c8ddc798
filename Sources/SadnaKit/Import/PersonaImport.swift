import Foundation

/// `sadna import personas`: one persona file per spreadsheet row.
///
/// Headings may be the template's labels in any language, their aliases or the English keys.
/// Every bad row is reported with the row and column a spreadsheet shows, and the other rows are
/// still imported. An existing persona file is never replaced without `force`.
public struct PersonaImport {
    public struct Outcome {
        /// The files written, in row order.
        public var written: [URL] = []
        /// Rows not imported because of errors (spreadsheet numbering).
        public var rejectedRows: [Int] = []
        /// Rows not imported because their file exists and `force` was not given.
        public var keptRows: [Int] = []
        public var diagnostics: [Diagnostic] = []
        public var encoding: SpreadsheetText.Encoding?
        public var separator: Character?
        public var rows = 0
    }

    public let template: PersonaTemplate
    public let folder: URL
    public let force: Bool

    public init(template: PersonaTemplate, into folder: URL, force: Bool) {
        self.template = template
        self.folder = folder
        self.force = force
    }

    public func run(_ file: URL) -> Outcome {
        var outcome = Outcome()
        let path = DisplayPath.of(file)
        guard let data = try? Data(contentsOf: file) else {
            outcome.diagnostics.append(.error("cannot read the file", at: .startOf(path),
                                              hint: "check that it exists and that you may read it", rule: "file.unreadable"))
            return outcome
        }
        guard let decoded = SpreadsheetText.decode(data) else {
            outcome.diagnostics.append(.error("the file is not spreadsheet text Sadna can read", at: .startOf(path),
                                              hint: "in Excel: File → Save As → \"CSV UTF-8 (Comma delimited)\"; in Google Sheets: File → Download → CSV",
                                              rule: "import.encoding"))
            return outcome
        }
        outcome.encoding = decoded.encoding
        let table = CSVTable(decoded.text)
        outcome.separator = table.separator
        if let row = table.unclosedQuoteRow {
            outcome.diagnostics.append(.error("a quote opened in row \(row) is never closed, so the rest of the file is one cell",
                                              at: SourceLocation(file: path, line: row, column: 1),
                                              hint: "close the quote, or remove it", rule: "import.quote"))
            return outcome
        }
        guard let header = table.rows.first, !header.isEmpty else {
            outcome.diagnostics.append(.error("the file is empty", at: .startOf(path), rule: "import.empty"))
            return outcome
        }
        let columns = mapHeader(header, path: path, into: &outcome.diagnostics)
        guard columns.contains(where: { $0 == .field(.name) }) else {
            outcome.diagnostics.append(.error("no column holds the personas' names", at: SourceLocation(file: path, line: 1, column: 1),
                                              hint: "name a column \"שם\" or \"name\"", rule: "import.no-name"))
            return outcome
        }
        var usedIDs = Set<String>()
        for (index, cells) in table.rows.enumerated().dropFirst() where !cells.isEmpty {
            outcome.rows += 1
            importRow(index + 1, cells: cells, columns: columns, header: header, path: path, usedIDs: &usedIDs,
                      outcome: &outcome)
        }
        return outcome
    }

    /// What each column holds: a field, the id, or nothing (an unknown heading, reported).
    enum ColumnMeaning: Hashable {
        case field(PersonaField), id, ignored
    }

    func mapHeader(_ header: [String], path: String, into diagnostics: inout [Diagnostic]) -> [ColumnMeaning] {
        var names: [String: ColumnMeaning] = ["id": .id, "מזהה": .id]
        for spec in template.fields {
            for name in [spec.field.rawValue] + Array(spec.label.texts.values) + spec.aliases {
                names[Self.normalise(name)] = .field(spec.field)
            }
        }
        var seen: [ColumnMeaning: Int] = [:]
        return header.enumerated().map { column, heading in
            let key = Self.normalise(heading)
            let location = SourceLocation(file: path, line: 1, column: column + 1)
            let at = "column \(CSVTable.columnName(column + 1)) (\"\(heading)\")"
            if key.isEmpty { return .ignored }
            guard let meaning = names[key] else {
                let guess = Suggestion.closest(to: key, among: Array(names.keys)).map { "did you mean \"\($0)\"? " } ?? ""
                diagnostics.append(.warning("\(at) is not a persona field; its cells are not imported", at: location,
                                            hint: guess + "see Templates/persona.yaml for the headings Sadna knows",
                                            rule: "import.unknown-column"))
                return .ignored
            }
            if let first = seen[meaning] {
                diagnostics.append(.warning("\(at) holds the same field as column \(CSVTable.columnName(first)); only the first is imported",
                                            at: location, rule: "import.duplicate-column"))
                return .ignored
            }
            seen[meaning] = column + 1
            return meaning
        }
    }

    /// Headings compared without case, extra spaces, a trailing colon or spaces around "/".
    static func normalise(_ heading: String) -> String {
        var text = heading.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ":\u{FEFF}")))
            .lowercased()
        text = text.replacingOccurrences(of: " / ", with: "/").replacingOccurrences(of: "_", with: " ")
        return text.split(separator: " ").joined(separator: " ")
    }

    private func importRow(_ row: Int, cells: [String], columns: [ColumnMeaning], header: [String], path: String,
                           usedIDs: inout Set<String>, outcome: inout Outcome) {
        var problems: [Diagnostic] = []
        func place(_ column: Int) -> (SourceLocation, String) {
            let heading = column < header.count ? header[column] : ""
            return (SourceLocation(file: path, line: row, column: column + 1),
                    "row \(row), column \(CSVTable.columnName(column + 1))\(heading.isEmpty ? "" : " (\(heading))")")
        }
        let extra = cells.indices.dropFirst(columns.count).filter { !cells[$0].trimmingCharacters(in: .whitespaces).isEmpty }
        if let first = extra.first {
            outcome.diagnostics.append(.warning("row \(row) has \(cells.count) cells but the header has \(columns.count); the cells from column \(CSVTable.columnName(first + 1)) on are not imported",
                                                at: place(first).0, hint: "check for a separator inside an unquoted cell",
                                                rule: "import.ragged-row"))
        }
        var values: [PersonaField: PersonaValue] = [:]
        var explicitID: String?
        for (column, meaning) in columns.enumerated() {
            let cell = column < cells.count ? cells[column].replacingOccurrences(of: "\r\n", with: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines) : ""
            guard !cell.isEmpty else { continue }
            let (location, label) = place(column)
            switch meaning {
            case .ignored:
                continue
            case .id:
                explicitID = cell
            case let .field(field):
                switch field.kind {
                case .text:
                    values[field] = .text(cell)
                case .list:
                    values[field] = .list(PersonaValue.items(from: cell))
                case .number:
                    switch PersonaValues.number(Located(cell, at: location), field: field, label: label) {
                    case let .success(value)?: values[field] = value.value
                    case let .failure(problem)?: problems.append(problem)
                    case nil: break
                    }
                case .channel:
                    switch PersonaValues.channel(Located(cell, at: location), label: label) {
                    case let .success(value): values[field] = value.value
                    case let .failure(problem): problems.append(problem)
                    }
                }
            }
        }
        if values[.name] == nil {
            let column = columns.firstIndex(of: .field(.name)) ?? 0
            problems.append(.error("\(place(column).1) is empty: every persona needs a name", at: place(column).0,
                                   hint: "fill in the name, or delete the row", rule: "import.no-name"))
        }
        var id = explicitID.map(Self.slug) ?? values[.name].map { Self.slug($0.text) } ?? ""
        if let explicitID, id.isEmpty || usedIDs.contains(id) {
            let column = columns.firstIndex(of: .id) ?? 0
            problems.append(.error("\(place(column).1): the id \"\(explicitID)\" is \(id.isEmpty ? "not usable as a file name" : "used by an earlier row")",
                                   at: place(column).0, hint: "give each row its own id of letters, digits and -", rule: "import.id"))
        }
        guard problems.isEmpty else {
            outcome.diagnostics += problems
            outcome.rejectedRows.append(row)
            return
        }
        if id.isEmpty { id = "persona-\(row)" }
        if usedIDs.contains(id) {
            // Two residents with the same name: number the later ones.
            var number = 2
            while usedIDs.contains("\(id)-\(number)") { number += 1 }
            id = "\(id)-\(number)"
        }
        usedIDs.insert(id)
        let target = folder.appendingPathComponent("\(id).yaml")
        if FileManager.default.fileExists(atPath: target.path) && !force {
            outcome.diagnostics.append(.warning("row \(row): \(DisplayPath.of(target)) exists and is kept as it is",
                                                at: SourceLocation(file: path, line: row, column: 1),
                                                hint: "add --force to replace it with the spreadsheet's row", rule: "import.exists"))
            outcome.keptRows.append(row)
            return
        }
        do {
            try AtomicFile.write(Data(yaml(values, source: "\(path), row \(row)").utf8), to: target)
            outcome.written.append(target)
        } catch {
            outcome.diagnostics.append(.error("row \(row): \(error)", at: SourceLocation(file: path, line: row, column: 1),
                                              rule: "import.write"))
            outcome.rejectedRows.append(row)
        }
    }

    /// A file name from a name: letters and digits of any script, words joined by "-".
    static func slug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.joined(separator: "-")
    }

    /// The persona as YAML, fields in the template's order, every text quoted so that no cell
    /// can change the file's structure.
    func yaml(_ values: [PersonaField: PersonaValue], source: String) -> String {
        var lines = ["# Imported by `sadna import personas` from \(source)."]
        for spec in template.fields {
            guard let value = values[spec.field] else { continue }
            let key = spec.field.rawValue
            switch value {
            case let .number(number):
                lines.append("\(key): \(number)")
            case let .list(items):
                lines.append("\(key):")
                lines += items.map { "  - \(Self.quoted($0))" }
            case let .channel(channel):
                lines.append("\(key): \(channel.rawValue)")
            case let .text(text):
                lines.append("\(key): \(Self.quoted(text))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
