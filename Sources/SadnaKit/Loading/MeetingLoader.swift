import Foundation
import Yams

/// Reads `meetings/ID.yaml` into a ``Meeting``.
enum MeetingLoader {
    static let keys = [
        "number", "title", "subtitle", "date", "weekday", "hours", "venue", "goal",
        "agenda", "topics", "homework", "notes", "participants", "groups", "print", "minutes", "invitees",
        "scanned",
    ]
    static let printKeys = ["kind", "items", "copies", "for", "paper", "note"] + PrintOption.allCases.map(\.planKey)
    static let rowKeys = [
        "id", "start", "end", "duration", "untimed", "content", "detail", "needs",
        "notes", "owner",
    ]

    static func load(_ id: String, _ root: Node?, _ reader: NodeReader) -> Meeting? {
        guard let root else {
            reader.report(
                .error(
                    .fieldRequiredMeetingEmpty,
                    ["example": .code("title: מובילים דיגיטליים – מפגש 1"), "command": .code("sadna new meeting")],
                    at: .startOf(reader.file)))
            return nil
        }
        guard let m = reader.mapping(root, what: "a meeting", keys: keys) else { return nil }
        let title = m.text("title", required: true, example: "מובילים דיגיטליים – מפגש 1")

        let date = m.date("date", rule: "meeting.date", otherwise: .leaveOut)
        var weekday: Located<Weekday>?
        if let text = m.text("weekday") {
            if let parsed = Weekday.parse(text.value) {
                weekday = Located(parsed, at: text.location)
            } else {
                reader.report(
                    .error(
                        .meetingWeekday,
                        ["key": .key("weekday"), "value": .quoted(text.value), "example": .code("weekday: רביעי")],
                        at: text.location))
            }
        }
        let (starts, ends) = hours(m, reader: reader)
        let agenda = m.list("agenda").compactMap { row(from: $0, reader: reader) }
        let topics = m.list("topics").compactMap { node -> Topic? in
            guard let t = reader.mapping(node, what: "a topic", keys: ["title", "items"]),
                let title = t.text("title", required: true)
            else { return nil }
            return Topic(title: title, items: t.texts("items"))
        }
        let participants = m.integer("participants", range: 1...10_000, example: "20")
        let groups = m.integer("groups", range: 1...1_000, example: "6")
        let print = m.list("print").compactMap { printItem(from: $0, reader: reader) }
        let homework = AssignmentLoader.homework(m, reader: reader)
        guard let title else { return nil }
        var meeting = Meeting(
            id: id, location: m.location, number: m.integer("number", range: 0...999, example: "3"),
            title: title, subtitle: m.text("subtitle"), date: date, weekday: weekday,
            starts: starts, ends: ends, venue: m.text("venue"), goal: m.text("goal"), agenda: agenda,
            topics: topics, homework: homework.texts, notes: m.texts("notes"))
        meeting.assignments = homework.assignments
        meeting.participants = participants
        meeting.groups = groups
        meeting.print = print
        if m.has("invitees") {
            // A member need not be on participants.yaml: a name, or a name with a department and role.
            meeting.invitees = m.list("invitees").compactMap {
                ParticipantLoader.person($0, reader: reader, keys: ["name", "department", "role", "email"])
            }
        }
        meeting.minutes = m.value("minutes").flatMap { MinutesLoader.load($0, reader: reader) }
        meeting.scanned = scanned(m, reader: reader)
        return meeting
    }

    /// `scanned:`: each photographed form's folder name under `scans/MEETING/`, with its written
    /// fields' crops (`sadna scan`).
    private static func scanned(_ m: MappingReader, reader: NodeReader) -> [MeetingScan] {
        guard let node = m.value("scanned"), let forms = reader.namedGroups(node, what: "the scanned forms") else { return [] }
        return forms.compactMap { form, value in
            guard let fields = reader.namedGroups(value, what: "a scanned form's fields") else { return nil }
            let crops = fields.compactMap { field, path in
                reader.text(path, what: "a scanned field's picture").map { MeetingScan.Crop(field: field.value, path: $0) }
            }
            return MeetingScan(form: form, crops: crops)
        }
    }

    /// One item of the meeting's kit.
    private static func printItem(from node: Node, reader: NodeReader) -> PrintItem? {
        guard let p = reader.mapping(node, what: "a print item", keys: printKeys),
            let kindText = p.text("kind", required: true, example: "task-cards")
        else { return nil }
        guard let kind = PrintableKind(rawValue: kindText.value), kind.isPlannable else {
            let all = PrintableKind.plannable.map(\.rawValue)
            reader.report(
                .error(
                    .printKind,
                    [
                        "key": .key("kind"), "value": .quoted(kindText.value),
                        "guess": Suggestion.didYouMean(kindText.value, among: all), "kinds": .list(all.map(MessageArgument.code)),
                    ],
                    at: kindText.location))
            return nil
        }
        var copies = Located(PrintItem.Copies.exactly(1), at: p.location)
        if let text = p.text("copies") {
            if let parsed = parseCopies(text.value) {
                copies = Located(parsed, at: text.location)
            } else {
                reader.report(
                    .error(
                        .printCopiesValue,
                        [
                            "key": .key("copies"), "value": .quoted(text.value), "group": .code("per-group"),
                            "participant": .code("per-participant"), "example": .code("3 per-group"),
                        ],
                        at: text.location))
            }
        }
        var pool: PersonaPool?
        var items: [Located<String>] = []
        if case .mapping? = p.value("items") {
            pool = self.pool(p, reader: reader)
        } else {
            items = p.texts("items")
        }
        var item = PrintItem(
            kind: Located(kind, at: kindText.location), items: items, copies: copies,
            forRow: p.text("for"), paper: p.paper(), card: p.choice("card", what: "a card size"),
            backs: p.choice("backs", what: "a way to turn the sheet"),
            bleed: p.millimetres("bleed", range: PrintRequest.bleedRange), stages: p.integer("stages", range: 1...40),
            lanes: p.texts("lanes"), sheet: p.text("sheet"),
            note: p.text("note"), location: p.location)
        item.pool = pool
        item.booklet = p.flag("booklet")
        item.testSheet = p.flag("test_sheet")
        item.deck = p.text("deck")
        return item
    }

    /// `items: {per-group: 3, from: participants}`: personas picked from the pool for the groups.
    private static func pool(_ p: MappingReader, reader: NodeReader) -> PersonaPool? {
        guard let node = p.value("items"),
            let q = reader.mapping(
                node, what: "a pick from the persona pool", keys: ["per-group", "from", "tag", "tags", "service"]),
            let perGroup = q.integer("per-group", range: 1...20, required: true, example: "3")
        else { return nil }
        var fromParticipants = false
        if let from = q.text("from") {
            switch from.value {
            case "participants": fromParticipants = true
            case "everyone", "all": fromParticipants = false
            default:
                reader.report(
                    .error(
                        .printPool, ["key": .key("from"), "value": .quoted(from.value), "example": .code("from: participants")],
                        at: from.location))
                return nil
            }
        }
        return PersonaPool(
            perGroup: perGroup, fromParticipants: fromParticipants, tags: q.texts("tag") + q.texts("tags"),
            service: q.text("service"), location: q.location)
    }

    /// "6", "per-group", "per-participant", "3 per-group".
    static func parseCopies(_ text: String) -> PrintItem.Copies? {
        let words = text.split(separator: " ").map(String.init)
        if words.count == 1, let number = Int(words[0]), number > 0 { return .exactly(number) }
        let times = words.count == 2 ? Int(words[0]) : 1
        guard let times, times > 0, let unit = words.last else { return nil }
        switch unit {
        case "per-group": return .perGroup(times)
        case "per-participant": return .perParticipant(times)
        default: return nil
        }
    }

    /// `hours: "08:30-14:00"`, or only a start, `hours: "14:00"`.
    private static func hours(_ m: MappingReader, reader: NodeReader) -> (Located<ClockTime>?, Located<ClockTime>?) {
        guard let text = m.text("hours") else { return (nil, nil) }
        let parts = text.value.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
        guard (1...2).contains(parts.count) else {
            reader.report(
                .error(
                    .agendaTimeHours,
                    ["key": .key("hours"), "value": .quoted(text.value), "example": .code("hours: \"08:30-14:00\"")],
                    at: text.location))
            return (nil, nil)
        }
        let times = parts.map { time($0, key: "hours", at: text.location, reader: reader) }
        return (times[0], times.count > 1 ? times[1] : nil)
    }

    private static func row(from node: Node, reader: NodeReader) -> AgendaRow? {
        guard let r = reader.mapping(node, what: "an agenda row", keys: rowKeys) else { return nil }
        let start = r.text("start").flatMap { time($0.value, key: "start", at: $0.location, reader: reader) }
        let end = r.text("end").flatMap { time($0.value, key: "end", at: $0.location, reader: reader) }
        let duration = r.text("duration").flatMap { minutes($0, reader: reader) }
        let untimed = r.flag("untimed")?.value ?? false
        // `start: ""` is neither a time nor no time: say so instead of printing the row untimed.
        for key in ["start", "end", "duration"] where r.has(key) && r.text(key) == nil && r.value(key)?.scalar != nil {
            reader.report(
                .error(
                    key == "duration" ? .agendaTimeEmptyDuration : .agendaTimeEmpty,
                    ["key": .key(key), "example": .code(key == "duration" ? "duration: 10" : "\(key): \"09:30\"")],
                    at: r.location(of: key)))
        }
        if !untimed && !r.has("start") && !r.has("duration") {
            reader.report(
                .error(
                    .agendaUntimed,
                    ["start": .code("start: \"09:00\""), "duration": .code("duration: 10"), "untimed": .code("untimed: true")],
                    at: r.location))
        }
        guard let content = r.text("content", required: true, example: "פתיחה") else { return nil }
        return AgendaRow(
            id: r.text("id"), start: start, end: end, duration: duration, untimed: untimed,
            content: content, detail: r.text("detail"), needs: r.texts("needs"),
            notes: r.text("notes"), owner: r.text("owner"), location: r.location)
    }

    static func time(_ text: String, key: String, at location: SourceLocation, reader: NodeReader) -> Located<ClockTime>? {
        switch ClockTime.parse(text) {
        case let .success(time):
            return Located(time, at: location)
        case .failure(.notATime):
            reader.report(
                .error(
                    .agendaTime, ["key": .key(key), "value": .quoted(text), "example": .code("\(key): \"09:30\"")], at: location))
        case let .failure(.outOfRange(hour, minute)):
            reader.report(
                .error(
                    hour > 23 ? .agendaTimeHour : .agendaTimeMinute,
                    ["key": .key(key), "value": .quoted(text), "number": .number(hour > 23 ? hour : minute)], at: location))
        }
        return nil
    }

    /// `duration: 7`, or as plans write it: "7 דק'", "7 דקות", "7 min".
    private static func minutes(_ text: Located<String>, reader: NodeReader) -> Located<Int>? {
        var digits = text.value
        for unit in ["דקות", "דק׳", "דק'", "דק", "minutes", "min"] {
            digits = digits.replacingOccurrences(of: unit, with: "")
        }
        guard let value = Int(digits.trimmingCharacters(in: .whitespaces)), value > 0, value <= 24 * 60 else {
            reader.report(
                .error(
                    .agendaDuration, ["key": .key("duration"), "value": .quoted(text.value), "example": .code("duration: 7")],
                    at: text.location))
            return nil
        }
        return Located(value, at: text.location)
    }
}
