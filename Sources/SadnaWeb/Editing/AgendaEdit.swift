import Foundation
import SadnaKit

/// A meeting's agenda as its editor holds it, and saving it into the meeting's file: rows
/// removed, moved (each carrying its text and comments), added, and in each row only the values
/// that changed, so that everything else in the file stays as it was.
struct AgendaDraft: Equatable {
    /// A row as its inputs hold it.
    struct Row: Equatable {
        /// The row's place in the file when the form was opened; nil for a row added since.
        var source: Int?
        var start = ""
        var duration = ""
        var content = ""
        var detail = ""
        var owner = ""
        /// What must be ready for it, one a line.
        var needs = ""

        var isBlank: Bool { [start, duration, content, detail, owner, needs].allSatisfy(\.isEmpty) }

        /// The row's inputs, as `RowMerge` compares them.
        static let fields = ["start", "duration", "content", "detail", "owner", "needs"]

        /// Its values by field (`fields`).
        var values: [String: String] {
            ["start": start, "duration": duration, "content": content, "detail": detail, "owner": owner, "needs": needs]
        }

        /// A row of the file, at `source` in its agenda.
        static func from(_ item: YAMLValue, source: Int?) -> Row {
            Row(
                source: source, start: item[.key("start")]?.formText ?? "", duration: item[.key("duration")]?.formText ?? "",
                content: item[.key("content")]?.formText ?? "", detail: item[.key("detail")]?.formText ?? "",
                owner: item[.key("owner")]?.formText ?? "", needs: (item[.key("needs")]?.formLines ?? []).joined(separator: "\n"))
        }
    }

    var rows: [Row]

    /// Where a new key goes in a row; the editor changes start, duration, content, detail, owner
    /// and needs, and the others (`id`, `end`, `untimed`, `notes`) stay as written.
    static let keyOrder = ["id", "start", "end", "duration", "untimed", "content", "detail", "needs", "notes", "owner"]
    /// More rows than a day holds is not a plan.
    static let maxRows = 80

    /// The agenda as the file holds it.
    static func from(_ file: YAMLValue) -> AgendaDraft {
        AgendaDraft(rows: (file[[.key("agenda")]]?.items ?? []).enumerated().map { Row.from($1, source: $0) })
    }

    /// The agenda as a form posted it (`row-count`, then `r0-content`, `r0-source`…); a row
    /// the conflict page was told to leave out (`r0-drop`) is not there.
    static func from(_ form: PostedForm) -> AgendaDraft {
        let count = min(max(Int(form["row-count"] ?? "") ?? 0, 0), maxRows)
        var seen = Set<Int>()
        return AgendaDraft(
            rows: (0..<count).filter { form["r\($0)-drop"] != "1" }.map { index in
                func value(_ key: String) -> String { formText(form["r\(index)-\(key)"]) }
                // A row's place in the file counts once: a second claim to it is a new row.
                let source = Int(value("source")).flatMap { seen.insert($0).inserted ? $0 : nil }
                return Row(
                    source: source, start: value("start"), duration: value("duration"), content: value("content"),
                    detail: value("detail"), owner: value("owner"),
                    needs: formLines(form["r\(index)-needs"] ?? "").joined(separator: "\n"))
            })
    }

    /// The rows after `action`; returns the one to bring the focus to, if any.
    @discardableResult
    mutating func perform(_ action: RowAction) -> Int? { rows.perform(action, limit: Self.maxRows) { Row() } }

    /// The meeting with these rows as its agenda, to time them as the printed agenda does;
    /// `original` gives rows kept from the file what the editor does not show (an untimed mark).
    func timed(_ meeting: Meeting) -> Meeting {
        var timed = meeting
        timed.agenda = rows.map { row in
            let original = row.source.flatMap { meeting.agenda.indices.contains($0) ? meeting.agenda[$0] : nil }
            let location = original?.location ?? meeting.location
            return AgendaRow(
                start: Self.clock(row.start).map { Located($0, at: location) },
                end: original?.end, duration: Self.minutes(row.duration).map { Located($0, at: location) },
                untimed: original?.untimed ?? false, content: Located(row.content, at: location),
                needs: formLines(row.needs).map { Located($0, at: location) },
                owner: row.owner.isEmpty ? nil : Located(row.owner, at: location), location: location)
        }
        return timed
    }

    static func clock(_ text: String) -> ClockTime? {
        if case let .success(time) = ClockTime.parse(text) { return time }
        return nil
    }

    /// Minutes as a number, or as plans write them ("7 דק'").
    static func minutes(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, let minutes = Int(digits), (1...24 * 60).contains(minutes),
            text.dropFirst(digits.count).allSatisfy({ !$0.isNumber })
        else { return nil }
        return minutes
    }

    // MARK: Checking

    /// Each row's problems, by input: the workbench's word for it. Blank rows are left out when
    /// saved, and have none.
    func problems(untimed: (Row) -> Bool = { _ in false }) -> [Int: [String: String]] {
        var found: [Int: [String: String]] = [:]
        for (index, row) in rows.enumerated() where !row.isBlank {
            var problems: [String: String] = [:]
            if !row.start.isEmpty, Self.clock(row.start) == nil { problems["start"] = "error_row_start" }
            if !row.duration.isEmpty, Self.minutes(row.duration) == nil { problems["duration"] = "error_row_duration" }
            if row.start.isEmpty, row.duration.isEmpty, !untimed(row) { problems["duration"] = "error_row_untimed" }
            if row.content.isEmpty { problems["content"] = "error_row_content" }
            if !problems.isEmpty { found[index] = problems }
        }
        return found
    }

    // MARK: Saving

    /// `text` with its agenda made these rows (blank ones left out).
    func apply(to text: String) throws -> String {
        try ListEdit.apply(
            rows.filter { !$0.isBlank }.map { row in ListEdit.Row(source: row.source) { Self.changes(row, from: $0) } },
            to: "agenda", after: ["goal", "venue", "hours", "title"], in: text)
    }

    /// The keys of `row` that differ from the file's row `old`: a time or a length compared by what
    /// it means ("9:00" is "09:00"), texts as typed.
    static func changes(_ row: Row, from old: YAMLValue?) -> MappingChanges {
        var changes = MappingChanges(order: keyOrder)
        let current = old.map { Row.from($0, source: nil) } ?? Row()
        if clock(row.start) != clock(current.start) || (clock(row.start) == nil && row.start != current.start) {
            changes.set("start", row.start.isEmpty ? nil : .string(clock(row.start)?.description ?? row.start))
        }
        if minutes(row.duration) != minutes(current.duration)
            || (minutes(row.duration) == nil && row.duration != current.duration)
        {
            changes.set(
                "duration", row.duration.isEmpty ? nil : minutes(row.duration).map(YAMLValue.int) ?? .string(row.duration))
        }
        for key in ["content", "detail", "owner"] {
            let new = row[keyPath: Self.text(key)], was = current[keyPath: Self.text(key)]
            if new != was { changes.set(key, new.isEmpty ? nil : .string(new)) }
        }
        if row.needs != current.needs {
            changes.set("needs", row.needs.isEmpty ? nil : .sequence(formLines(row.needs).map { .string($0) }))
        }
        return changes
    }

    private static func text(_ key: String) -> KeyPath<Row, String> {
        switch key {
        case "content": \.content
        case "detail": \.detail
        default: \.owner
        }
    }
}

extension AgendaDraft.Row {
    /// A row of `values` by field, at `source` in the file.
    init(source: Int?, values: [String: String]) {
        self.init(
            source: source, start: values["start"] ?? "", duration: values["duration"] ?? "",
            content: values["content"] ?? "",
            detail: values["detail"] ?? "", owner: values["owner"] ?? "", needs: values["needs"] ?? "")
    }
}
