/// Checks of meeting plans that need more than one value: time order, hours, weekdays, ids.
///
/// Loading already reports what is wrong with a single value (a time that is not a time, a missing
/// title); these are the facilitator's second look at the plan as a whole.
public enum MeetingChecks {
    public static func check(_ workshop: Workshop) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for meeting in workshop.meetings {
            found += timeOrder(meeting)
            found += hours(meeting)
            found += weekday(meeting)
            found += rowIds(meeting)
        }
        found += duplicateMeetings(workshop.meetings)
        return found
    }

    /// Rows with a start time must not go back in time; a row must not end before it starts.
    static func timeOrder(_ meeting: Meeting) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var previous: (time: ClockTime, row: AgendaRow)?
        for row in meeting.agenda {
            if let start = row.start, let end = row.end, end.value < start.value {
                found.append(
                    .error(
                        "this row ends at \(end.value) before it starts at \(start.value)",
                        at: end.location,
                        hint: "swap the two times, or correct the one that is wrong",
                        rule: "agenda.end-before-start"))
            }
            guard let start = row.start else { continue }
            if let previous, start.value < previous.time {
                found.append(
                    .error(
                        "\"\(row.content.value)\" starts at \(start.value), before the row above it (\(previous.time), \"\(previous.row.content.value)\")",
                        at: start.location,
                        hint: "rows are read top to bottom: move this row up, or correct its time",
                        rule: "agenda.time-order"))
            }
            previous = (start.value, row)
        }
        return found
    }

    /// Rows that start before the meeting opens or after it closes.
    static func hours(_ meeting: Meeting) -> [Diagnostic] {
        guard meeting.starts != nil || meeting.ends != nil else { return [] }
        var found: [Diagnostic] = []
        let span = [meeting.starts?.value.description ?? "", meeting.ends?.value.description ?? ""]
            .joined(separator: "-")
        for row in meeting.agenda {
            if let start = row.start, let opens = meeting.starts, start.value < opens.value {
                found.append(
                    .warning(
                        "\"\(row.content.value)\" starts at \(start.value), before the meeting's hours (\(span))",
                        at: start.location,
                        hint: "correct the row's time or the meeting's `hours`", rule: "agenda.outside-hours"))
            }
            guard let closes = meeting.ends else { continue }
            if let start = row.start, start.value > closes.value {
                found.append(
                    .warning(
                        "\"\(row.content.value)\" starts at \(start.value), after the meeting's hours (\(span))",
                        at: start.location,
                        hint: "correct the row's time or the meeting's `hours`", rule: "agenda.outside-hours"))
            } else if let end = row.end, end.value > closes.value {
                found.append(
                    .warning(
                        "\"\(row.content.value)\" ends at \(end.value), after the meeting's hours (\(span))",
                        at: end.location,
                        hint: "correct the row's time or the meeting's `hours`", rule: "agenda.outside-hours"))
            }
        }
        if let opens = meeting.starts, let closes = meeting.ends, closes.value < opens.value {
            found.append(
                .error(
                    "the meeting's hours end (\(closes.value)) before they start (\(opens.value))",
                    at: closes.location, hint: "write them as `hours: \"08:30-14:00\"`",
                    rule: "agenda.end-before-start"))
        }
        return found
    }

    /// The weekday written in the plan must be the date's weekday.
    static func weekday(_ meeting: Meeting) -> [Diagnostic] {
        guard let date = meeting.date, let written = meeting.weekday, date.value.weekday != written.value else {
            return []
        }
        return [
            .warning(
                "\(date.value.dotted) was a \(date.value.weekday.english) (\(date.value.weekday.hebrewWithDay)), but the plan says \(written.value.hebrewWithDay)",
                at: written.location,
                hint: "one of the two is wrong: check the date (year included) against the invitation",
                rule: "meeting.weekday-mismatch")
        ]
    }

    static func rowIds(_ meeting: Meeting) -> [Diagnostic] {
        var seen: [String: Located<String>] = [:]
        var found: [Diagnostic] = []
        for row in meeting.agenda {
            guard let id = row.id else { continue }
            if let first = seen[id.value] {
                found.append(
                    .error(
                        "the row id `\(id.value)` is used twice in this meeting (first at line \(first.location.line))",
                        at: id.location, hint: "give each row its own id", rule: "id.duplicate"))
            } else {
                seen[id.value] = id
            }
        }
        return found
    }

    /// Two files for one meeting: `3.yaml` beside `03.yaml`, or two files claiming the same number.
    static func duplicateMeetings(_ meetings: [Meeting]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var byId: [String: Meeting] = [:]
        var byNumber: [Int: Meeting] = [:]
        for meeting in meetings {
            let key = Int(meeting.id).map(String.init) ?? meeting.id.lowercased()
            if let first = byId[key] {
                found.append(
                    .error(
                        "meeting `\(meeting.id)` has the same id as `\(first.id)` (\(first.location.file))",
                        at: meeting.location, hint: "keep one file per meeting; remove or rename one of them",
                        rule: "id.duplicate"))
            } else {
                byId[key] = meeting
            }
            if let number = meeting.number {
                if let first = byNumber[number.value] {
                    found.append(
                        .error(
                            "meeting number \(number.value) is also the number of `\(first.id)` (\(first.location.file))",
                            at: number.location, hint: "each meeting has its own number",
                            rule: "id.duplicate"))
                } else {
                    byNumber[number.value] = meeting
                }
            }
        }
        return found
    }
}
