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
                        .agendaEndBeforeStart, ["end": .value("\(end.value)"), "start": .value("\(start.value)")],
                        at: end.location))
            }
            guard let start = row.start else { continue }
            if let previous, start.value < previous.time {
                found.append(
                    .error(
                        .agendaTimeOrder,
                        [
                            "row": .quoted(row.content.value), "start": .value("\(start.value)"),
                            "previous": .value("\(previous.time)"), "above": .quoted(previous.row.content.value),
                        ],
                        at: start.location))
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
        func outside(_ row: AgendaRow, _ time: ClockTime) -> MessageArguments {
            ["row": .quoted(row.content.value), "time": .value("\(time)"), "hours": .value(span), "key": .key("hours")]
        }
        for row in meeting.agenda {
            if let start = row.start, let opens = meeting.starts, start.value < opens.value {
                found.append(
                    .warning(.agendaOutsideHoursStartsBefore, outside(row, start.value), at: start.location))
            }
            guard let closes = meeting.ends else { continue }
            if let start = row.start, start.value > closes.value {
                found.append(
                    .warning(.agendaOutsideHoursStartsAfter, outside(row, start.value), at: start.location))
            } else if let end = row.end, end.value > closes.value {
                found.append(
                    .warning(.agendaOutsideHoursEndsAfter, outside(row, end.value), at: end.location))
            }
        }
        if let opens = meeting.starts, let closes = meeting.ends, closes.value < opens.value {
            found.append(
                .error(
                    .agendaEndBeforeStartHours,
                    [
                        "end": .value("\(closes.value)"), "start": .value("\(opens.value)"),
                        "example": .code("hours: \"08:30-14:00\""),
                    ],
                    at: closes.location))
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
                .meetingWeekdayMismatch,
                ["date": .value(date.value.dotted), "weekday": .weekday(date.value.weekday), "written": .weekday(written.value)],
                at: written.location)
        ]
    }

    static func rowIds(_ meeting: Meeting) -> [Diagnostic] {
        var seen: [String: Located<String>] = [:]
        var found: [Diagnostic] = []
        for row in meeting.agenda {
            guard let id = row.id else { continue }
            if let first = seen[id.value] {
                found.append(
                    .error(.idDuplicateRow, ["id": .code(id.value), "line": .number(first.location.line)], at: id.location))
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
                        .idDuplicateMeeting,
                        ["id": .code(meeting.id), "other": .code(first.id), "file": .path(first.location.file)],
                        at: meeting.location))
            } else {
                byId[key] = meeting
            }
            if let number = meeting.number {
                if let first = byNumber[number.value] {
                    found.append(
                        .error(
                            .idDuplicateNumber,
                            ["number": .number(number.value), "other": .code(first.id), "file": .path(first.location.file)],
                            at: number.location))
                } else {
                    byNumber[number.value] = meeting
                }
            }
        }
        return found
    }
}
