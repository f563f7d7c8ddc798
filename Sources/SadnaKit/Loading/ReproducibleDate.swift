import Foundation

/// The creation date printed into every file: `SOURCE_DATE_EPOCH` when set (the reproducible-builds
/// convention), otherwise a fixed date, so that rendering twice never changes a byte.
public enum ReproducibleDate {
    /// 2000-01-01T00:00:00Z: any fixed instant will do; this one is plainly not a real date.
    static let fallbackEpoch: Int = 946_684_800

    /// Seconds since 1970, read once per process.
    public static let epoch: Int = {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) {
            return seconds
        }
        return fallbackEpoch
    }()

    public static var date: Date { Date(timeIntervalSince1970: TimeInterval(epoch)) }

    /// `2000-01-01T00:00:00Z`, the form Cairo's PDF metadata takes.
    public static let iso8601: String = {
        let t = utc(epoch)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour, t.minute, t.second)
    }()

    /// `20000101T000000Z`, the form iCalendar's DTSTAMP takes.
    public static let iCalendar: String = {
        let t = utc(epoch)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", t.year, t.month, t.day, t.hour, t.minute, t.second)
    }()

    /// Calendar fields in UTC, without Foundation's formatters (which load ICU for a timestamp).
    static func utc(_ seconds: Int) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        var time = time_t(seconds)
        var fields = tm()
        gmtime_r(&time, &fields)
        return (Int(fields.tm_year) + 1900, Int(fields.tm_mon) + 1, Int(fields.tm_mday), Int(fields.tm_hour),
                Int(fields.tm_min), Int(fields.tm_sec))
    }
}
