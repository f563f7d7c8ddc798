import Foundation

/// `sadna import personas`: one persona file per spreadsheet row.
///
/// Headings may be the template's labels in any language, their aliases or the English keys.
/// Every bad row is reported with the row and column a spreadsheet shows, and the other rows are
/// still imported. An existing persona file is never replaced without `force`.
public struct PersonaImport {
    /// What a spreadsheet holds, read and checked, before anything is written.
    public struct Plan {
        /// One persona file to write, from a good row.
        public struct File {
            /// The row as the spreadsheet numbers it (the header is row 1).
            public var row: Int
            public var id: String
            public var yaml: String
        }

        /// How the spreadsheet is named in messages.
        public var path: String
        public var files: [File] = []
        /// Rows not imported because of errors (spreadsheet numbering).
        public var rejectedRows: [Int] = []
        public var diagnostics: [Diagnostic] = []
        public var encoding: SpreadsheetText.Encoding?
        public var separator: Character?
        public var rows = 0
    }

    /// A plan written: what was read, and what became of each file.
    public struct Outcome {
        public var plan: Plan
        /// The files written, in row order.
        public var written: [URL] = []
        /// Rows not imported because their file exists and `force` was not given.
        public var keptRows: [Int] = []
        /// The plan's findings and the writing's.
        public var diagnostics: [Diagnostic]
        /// Rows not imported because of errors, in reading or in writing (spreadsheet numbering).
        public var rejectedRows: [Int]

        init(plan: Plan) {
            self.plan = plan
            diagnostics = plan.diagnostics
            rejectedRows = plan.rejectedRows
        }
    }

    public let template: PersonaTemplate

    public init(template: PersonaTemplate) {
        self.template = template
    }

    /// Imports `file` into `folder`, keeping existing persona files unless `force`.
    public func run(_ file: URL, into folder: URL, force: Bool) -> Outcome {
        switch Spreadsheet.data(of: file) {
        case let .success(data): return write(read(data, path: DisplayPath.of(file)), into: folder, force: force)
        case let .failure(problem):
            var outcome = Outcome(plan: Plan(path: DisplayPath.of(file)))
            outcome.diagnostics.append(problem)
            return outcome
        }
    }

    /// Writes a plan's files into `folder`. Each file is loaded back before it is written: the
    /// import never leaves a persona file Sadna could not read. The folder's names are read once
    /// and the files written as one batch, flushed to the disk once (``OutputBatch``): the time
    /// grows with the rows, not with their square (5,000 rows took up to a minute when every file
    /// written read the folder again).
    public func write(_ plan: Plan, into folder: URL, force: Bool) -> Outcome {
        var outcome = Outcome(plan: plan)
        let existing = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        let batch = OutputBatch(folder: folder)
        var pending: [(target: URL, row: Int)] = []
        func reject(_ row: Int, _ error: OutputError) {
            outcome.diagnostics.append(
                .error(
                    .importWrite, ["row": .number(row), "problem": .text("\(error)")],
                    at: SourceLocation(file: plan.path, line: row, column: 1)))
            outcome.rejectedRows.append(row)
        }
        for file in plan.files {
            let target = folder.appendingPathComponent("\(file.id).yaml")
            if existing.contains(target.lastPathComponent) && !force {
                outcome.diagnostics.append(
                    .warning(
                        .importExists,
                        [
                            // The file as a path in the workshop, which the page and the command line both show.
                            "row": .number(file.row), "file": .path("\(folder.lastPathComponent)/\(target.lastPathComponent)"),
                            "force": .code("--force"),
                        ],
                        at: SourceLocation(file: plan.path, line: file.row, column: 1)))
                outcome.keptRows.append(file.row)
                continue
            }
            do {
                try batch.add(Data(file.yaml.utf8), to: target)
                pending.append((target, file.row))
            } catch {
                reject(file.row, error)
            }
        }
        let failures = batch.commit()
        for (target, row) in pending {
            if let failure = failures[target] { reject(row, failure) } else { outcome.written.append(target) }
        }
        outcome.rejectedRows.sort()
        return outcome
    }

    /// Reads and checks a spreadsheet's bytes (named `path` in messages): the persona files its
    /// good rows make, and a located diagnostic for every bad cell.
    public func read(_ data: Data, path: String) -> Plan {
        var plan = Plan(path: path)
        let sheet = Spreadsheet(data, path: path, headings: "שם, גיל, …")
        plan.encoding = sheet.encoding
        plan.separator = sheet.separator
        plan.diagnostics = sheet.diagnostics
        guard let table = sheet.table else { return plan }
        let header = sheet.header
        let columns = columns(of: sheet, into: &plan.diagnostics)
        guard columns.contains(where: { $0 == .field(.name) }) else {
            plan.diagnostics.append(
                .error(.importNoNamePersonas, at: SourceLocation(file: path, line: 1, column: 1)))
            return plan
        }
        var usedIDs = Set<String>()
        for (index, cells) in table.rows.enumerated().dropFirst() where !cells.isEmpty {
            plan.rows += 1
            readRow(index + 1, cells: cells, columns: columns, header: header, path: path, usedIDs: &usedIDs, plan: &plan)
        }
        return plan
    }

    enum ColumnMeaning: Hashable {
        case field(PersonaField), id, ignored
    }

    /// What each column holds: a field of the template (by its key, its label in any language or
    /// an alias), the file's id, or nothing imported.
    func columns(of sheet: Spreadsheet, into diagnostics: inout [Diagnostic]) -> [ColumnMeaning] {
        var headings: [(String, ColumnMeaning)] = [("id", .id), ("מזהה", .id)]
        for spec in template.fields {
            for name in [spec.field.rawValue] + Array(spec.label.texts.values) + spec.aliases {
                headings.append((name, .field(spec.field)))
            }
        }
        return sheet.columns(
            headings, field: .phrase(.phraseImportPersonaField), hint: .phrase(.phraseImportPersonaColumns),
            into: &diagnostics
        ).map { $0 ?? .ignored }
    }

    private func readRow(
        _ row: Int, cells: [String], columns: [ColumnMeaning], header: [String], path: String,
        usedIDs: inout Set<String>, plan: inout Plan
    ) {
        var problems: [Diagnostic] = []
        func place(_ column: Int) -> (location: SourceLocation, label: MessageArgument) {
            Spreadsheet.place(row: row, column: column, header: header, path: path)
        }
        let extra = cells.indices.dropFirst(columns.count).filter { !cells[$0].trimmingCharacters(in: .whitespaces).isEmpty }
        if let first = extra.first {
            plan.diagnostics.append(
                .warning(
                    .importRaggedRow,
                    [
                        "row": .number(row), "cells": .number(cells.count), "columns": .number(columns.count),
                        "from": .value(CSVTable.columnName(first + 1)),
                    ],
                    at: place(first).0))
        }
        var values: [PersonaField: PersonaValue] = [:]
        var explicitID: String?
        for (column, meaning) in columns.enumerated() {
            let cell = Spreadsheet.cell(cells, column)
            guard !cell.isEmpty else { continue }
            let (location, label) = place(column)
            if let problem = Spreadsheet.controlCharacter(in: cell, at: place(column))
                ?? Spreadsheet.tooLong(cell, at: place(column))
            {
                problems.append(problem)
                continue
            }
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
            problems.append(
                .error(.importNoNamePersonaRow, ["cell": place(column).1], at: place(column).0))
        }
        var id = explicitID.map(Self.slug) ?? values[.name].map { Self.slug($0.text) } ?? ""
        if let explicitID, id.isEmpty || usedIDs.contains(id) {
            let column = columns.firstIndex(of: .id) ?? 0
            problems.append(
                .error(
                    id.isEmpty ? .importIdUnusable : .importIdUsed, ["cell": place(column).1, "id": .quoted(explicitID)],
                    at: place(column).0))
        }
        guard problems.isEmpty else {
            plan.diagnostics += problems
            plan.rejectedRows.append(row)
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
        let yaml = yaml(values, source: "\(path), row \(row)")
        // Loaded back before it is planned: a file Sadna could not read is never written.
        var loadProblems: [Diagnostic] = []
        let reader = NodeReader(file: "personas/\(id).yaml")
        if let file = YAMLFile.parse(yaml, path: reader.file, into: &loadProblems) {
            _ = PersonaLoader.load(id, file.root, reader)
            loadProblems += reader.diagnostics
        }
        if loadProblems.hasErrors {
            plan.diagnostics.append(
                .error(
                    .importUnreadablePersona, ["row": .number(row), "problem": .text(loadProblems.first!.message)],
                    at: SourceLocation(file: path, line: row, column: 1)))
            plan.rejectedRows.append(row)
            return
        }
        plan.files.append(Plan.File(row: row, id: id, yaml: yaml))
    }

    /// A file name from a name: letters and digits of any script, words joined by "-".
    static func slug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.joined(separator: "-")
    }

    /// The persona as YAML, fields in the template's order, every text quoted so that no cell
    /// can change the file's structure.
    func yaml(_ values: [PersonaField: PersonaValue], source: String) -> String {
        let named = Spreadsheet.oneLine(source)
        var lines = ["# Imported by `sadna import personas` from \(named)."]
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

    /// A cell as a double-quoted YAML value; a spreadsheet's carriage returns are dropped.
    static func quoted(_ text: String) -> String {
        YAMLRenderer.doubleQuoted(text.replacingOccurrences(of: "\r", with: ""))
    }
}
