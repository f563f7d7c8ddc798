import Foundation

/// The dated meetings of a programme as an iCalendar file (RFC 5545) that calendar apps open:
/// times in Asia/Jerusalem, the agenda's rows in each event's description.
public enum ICalendar {
    public struct Export {
        /// The file's text, lines ended with CRLF as the standard asks.
        public var text: String
        public var events: Int
        /// Meetings left out because the plan gives them no date.
        public var undated: [Meeting]
    }

    /// - Parameter stamp: the DTSTAMP of every event (fixed, so the same programme gives the same file).
    public static func export(_ workshop: Workshop, stamp: StampDate = .fixed) -> Export {
        let domain = workshop.source.name.isEmpty ? "workshop" : workshop.source.name
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Sadna//Workshop calendar//HE",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(workshop.title.value),
            "X-WR-TIMEZONE:Asia/Jerusalem",
        ]
        lines += jerusalemTimeZone
        var undated: [Meeting] = []
        var events = 0
        for meeting in workshop.meetings {
            guard let date = meeting.date?.value else {
                undated.append(meeting)
                continue
            }
            events += 1
            lines.append("BEGIN:VEVENT")
            lines.append("UID:meeting-\(meeting.id)@\(domain).sadna")
            lines.append("DTSTAMP:" + stamp.iCalendar)
            if let opens = meeting.opensAt {
                lines.append("DTSTART;TZID=Asia/Jerusalem:\(date.compact)T\(clock(opens))")
                if let closes = meeting.closesAt, closes > opens {
                    lines.append("DTEND;TZID=Asia/Jerusalem:\(date.compact)T\(clock(closes))")
                }
            } else {
                // No time at all: an all-day event on the date.
                lines.append("DTSTART;VALUE=DATE:\(date.compact)")
            }
            let summary = [meeting.title.value, meeting.subtitle?.value].compactMap { $0 }.joined(separator: " – ")
            lines.append("SUMMARY:" + escape(summary))
            if let venue = meeting.venue { lines.append("LOCATION:" + escape(venue.value)) }
            lines.append("DESCRIPTION:" + escape(description(of: meeting)))
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        let text = lines.map(fold).joined(separator: "\r\n") + "\r\n"
        return Export(text: text, events: events, undated: undated)
    }

    /// The goal, then one line per agenda row: "09:00 פתיחה".
    static func description(of meeting: Meeting) -> String {
        var parts: [String] = []
        if let goal = meeting.goal { parts.append(goal.value) }
        // Each row at its time as the run-sheet prints it: fixed, or following from the rows before.
        let rows = zip(meeting.agenda, meeting.rowStarts).map { row, start -> String in
            if let start { return "\(start) \(row.content.value)" }
            return row.content.value
        }
        if !rows.isEmpty { parts.append(rows.joined(separator: "\n")) }
        if !meeting.homework.isEmpty {
            parts.append("שיעורי בית:\n" + meeting.homework.map { "• \($0.value)" }.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n")
    }

    /// Israel's daylight-saving rule since 2013: from the Friday before the last Sunday of March
    /// at 02:00 to the last Sunday of October at 02:00.
    static let jerusalemTimeZone = [
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Jerusalem",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0300",
        "TZNAME:IDT",
        "DTSTART:20130329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0200",
        "TZNAME:IST",
        "DTSTART:20131027T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func clock(_ time: ClockTime) -> String {
        String(format: "%02d%02d00", time.hour, time.minute)
    }

    /// TEXT values escape backslashes, semicolons, commas and newlines.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(character)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a
    /// character's UTF-8 bytes.
    static func fold(_ line: String) -> String {
        var result = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.unicodeScalars.append(scalar)
            count += size
        }
        return result
    }
}
