import Foundation
import Yams

/// `sadna import participants`: the team list from a spreadsheet into `participants.yaml`.
///
/// People already in the file are kept as they are (the file's comments and order too) and
/// the spreadsheet's new names are added at its end; `force` writes the file afresh from the
/// spreadsheet. A bad row is reported at its row and column and left out; the others come in.
public struct ParticipantImport {
    /// What became of an import.
    public struct Outcome {
        public var sheet: Spreadsheet
        /// The names added, in row order.
        public var added: [String] = []
        /// Names already in the file (or twice in the spreadsheet), left as they were.
        public var kept: [String] = []
        /// Rows left out because of errors (spreadsheet numbering).
        public var rejectedRows: [Int] = []
        public var diagnostics: [Diagnostic]
        /// Whether participants.yaml was written.
        public var wrote = false
        /// Data rows read.
        public var rows = 0
    }

    /// A column's meaning, by the headings it may have in Hebrew, Arabic or English.
    enum Column: String, CaseIterable {
        case name, department, role, email

        var headings: [String] {
            switch self {
            case .name: ["name", "full name", "שם", "שם מלא", "שם ומשפחה", "שם המשתתף", "الاسم", "الاسم الكامل"]
            case .department: ["department", "מחלקה", "אגף", "יחידה", "القسم", "الدائرة"]
            case .role: ["role", "job", "title", "תפקיד", "الوظيفة", "المنصب"]
            case .email: ["email", "e-mail", "mail", "דוא\"ל", "דואל", "דוא״ל", "אימייל", "מייל", "البريد الإلكتروني", "الإيميل"]
            }
        }
    }

    public init() {}

    /// Imports `file` into the workshop folder `folder` (its participants.yaml).
    public func run(_ file: URL, into folder: URL, force: Bool) -> Outcome {
        let target = folder.appendingPathComponent(ParticipantLoader.path)
        var existing: String?
        if !force && FileManager.default.fileExists(atPath: target.path) {
            // A list that cannot be read is never written over: it may be all the team there is.
            guard let text = try? String(contentsOf: target, encoding: .utf8) else {
                let at = DisplayPath.of(target)
                return Outcome(
                    sheet: Spreadsheet(Data(), path: DisplayPath.of(file), headings: ""),
                    diagnostics: [
                        .error(.importExistingEncoding, ["file": .path(at), "force": .code("--force")], at: .startOf(at))
                    ])
            }
            existing = text
        }
        switch Spreadsheet.data(of: file) {
        case let .failure(problem):
            return Outcome(sheet: Spreadsheet(Data(), path: DisplayPath.of(file), headings: ""), diagnostics: [problem])
        case let .success(data):
            var outcome = read(data, path: DisplayPath.of(file), existing: existing)
            guard let text = outcome.text, !outcome.result.added.isEmpty else { return outcome.result }
            do {
                try AtomicFile.write(Data(text.utf8), to: target)
                outcome.result.wrote = true
            } catch {
                outcome.result.diagnostics.append(
                    .error(
                        .importWriteParticipants, ["file": .path(DisplayPath.of(target)), "problem": .text("\(error)")],
                        at: .startOf(DisplayPath.of(target))))
            }
            return outcome.result
        }
    }

    /// Reads a spreadsheet's bytes against `existing` (participants.yaml's text, nil for none):
    /// what comes of it, and the file's new text (nil when nothing can be written).
    public func read(_ data: Data, path: String, existing: String?) -> (result: Outcome, text: String?) {
        let sheet = Spreadsheet(data, path: path, headings: "שם, מחלקה, תפקיד, דוא\"ל")
        var outcome = Outcome(sheet: sheet, diagnostics: sheet.diagnostics)
        guard let table = sheet.table else { return (outcome, nil) }
        let headings = Column.allCases.flatMap { column in column.headings.map { ($0, column) } }
        let columns = sheet.columns(
            headings, field: .phrase(.phraseImportParticipantField), hint: .phrase(.phraseImportParticipantColumns),
            into: &outcome.diagnostics)
        guard columns.contains(.name) else {
            outcome.diagnostics.append(
                .error(.importNoNameParticipants, at: SourceLocation(file: path, line: 1, column: 1)))
            return (outcome, nil)
        }
        // What the file holds now: its names are kept, and its text is added to.
        var listed = Set<String>()
        var base = ""
        if let existing {
            var problems: [Diagnostic] = []
            let reader = NodeReader(file: ParticipantLoader.path)
            let file = YAMLFile.parse(existing, path: reader.file, into: &problems)
            let people = ParticipantLoader.load(file?.root, reader: reader)
            problems += reader.diagnostics
            guard let file, !problems.hasErrors, Self.canAppend(to: file.root) else {
                outcome.diagnostics.append(
                    .error(
                        .importExisting,
                        [
                            "problem": problems.first.map { .text($0.message) } ?? .phrase(.phraseImportOneLine),
                            "command": .code("sadna check"), "force": .code("--force"),
                        ],
                        at: problems.first?.location ?? .startOf(ParticipantLoader.path)))
                return (outcome, nil)
            }
            listed = Set(people.map(\.name.value))
            // An empty list (`[]`, as `sadna new workshop` writes it) gives way to the entries; its comments stay.
            base =
                people.isEmpty
                ? existing.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter {
                        $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") || $0.trimmingCharacters(in: .whitespaces).isEmpty
                    }
                    .joined(separator: "\n") : existing
        } else {
            base =
                "# המשתתפים בתכנית: שורה לכל אחד (name, department, ואם רוצים role, email, attended).\n"
                + "# יובא ב-`sadna import participants` מ-\(Spreadsheet.oneLine(path)).\n"
        }
        var lines: [String] = []
        for (index, cells) in table.rows.enumerated().dropFirst() where !cells.isEmpty {
            outcome.rows += 1
            let row = index + 1
            var values: [Column: String] = [:]
            var problems: [Diagnostic] = []
            for (column, meaning) in columns.enumerated() {
                let cell = Spreadsheet.cell(cells, column)
                guard let meaning, !cell.isEmpty else { continue }
                let place = sheet.place(row: row, column: column)
                if let problem = Spreadsheet.controlCharacter(in: cell, at: place) ?? Spreadsheet.tooLong(cell, at: place) {
                    problems.append(problem)
                } else {
                    values[meaning] = cell.replacingOccurrences(of: "\n", with: " ")
                }
            }
            guard let name = values[.name] else {
                let place = sheet.place(row: row, column: columns.firstIndex(of: .name) ?? 0)
                problems.append(
                    .error(.importNoNameParticipantRow, ["cell": place.label], at: place.location))
                outcome.diagnostics += problems
                outcome.rejectedRows.append(row)
                continue
            }
            guard problems.isEmpty else {
                outcome.diagnostics += problems
                outcome.rejectedRows.append(row)
                continue
            }
            guard listed.insert(name).inserted else {
                outcome.kept.append(name)
                continue
            }
            let fields = Column.allCases.compactMap { column in
                values[column].map { "\(column.rawValue): \(YAMLRenderer.doubleQuoted($0))" }
            }
            lines.append("- { " + fields.joined(separator: ", ") + " }")
            outcome.added.append(name)
        }
        guard !lines.isEmpty else { return (outcome, nil) }
        let text = (base.isEmpty || base.hasSuffix("\n") ? base : base + "\n") + lines.joined(separator: "\n") + "\n"
        // Read back before it is written: the import never leaves a file Sadna cannot read.
        var problems: [Diagnostic] = []
        let reader = NodeReader(file: ParticipantLoader.path)
        let people = ParticipantLoader.load(YAMLFile.parse(text, path: reader.file, into: &problems)?.root, reader: reader)
        if (problems + reader.diagnostics).hasErrors || people.count != listed.count {
            outcome.diagnostics.append(
                .error(.importUnreadableParticipants, at: .startOf(path)))
            return (outcome, nil)
        }
        return (outcome, text)
    }

    /// Whether entries can be added as lines at the end: an empty file, an empty list, or a list
    /// written one entry per line.
    static func canAppend(to root: Node?) -> Bool {
        guard let root else { return true }
        guard case let .sequence(sequence) = root else { return false }
        return sequence.isEmpty || sequence.style != .flow
    }
}
