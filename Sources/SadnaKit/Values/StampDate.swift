import Foundation

/// The creation date stamped into every file Sadna writes (a PDF's metadata, a calendar's
/// DTSTAMP), so that rendering twice never changes a byte. The command line takes it from
/// `SOURCE_DATE_EPOCH` (the reproducible-builds convention) when set; otherwise it is fixed.
public struct StampDate: Sendable, Hashable {
    /// Seconds since 1970.
    public var epoch: Int

    public init(epoch: Int) {
        self.epoch = epoch
    }

    /// 2000-01-01T00:00:00Z: any fixed instant will do; this one is plainly not a real date.
    public static let fixed = StampDate(epoch: 946_684_800)

    /// `2000-01-01T00:00:00Z`, the form Cairo's PDF metadata takes.
    public var iso8601: String {
        let t = utc
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour, t.minute, t.second)
    }

    /// `20000101T000000Z`, the form iCalendar's DTSTAMP takes.
    public var iCalendar: String {
        let t = utc
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", t.year, t.month, t.day, t.hour, t.minute, t.second)
    }

    /// Calendar fields in UTC, without Foundation's formatters (which load ICU for a timestamp).
    private var utc: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        var time = time_t(epoch)
        var fields = tm()
        gmtime_r(&time, &fields)
        return (
            Int(fields.tm_year) + 1900, Int(fields.tm_mon) + 1, Int(fields.tm_mday), Int(fields.tm_hour),
            Int(fields.tm_min), Int(fields.tm_sec)
        )
    }
}
