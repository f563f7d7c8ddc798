/// A time of day to the minute, as agendas write it ("8:30", "14:00").
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight.
    public var minutes: Int

    public init(hour: Int, minute: Int) {
        self.minutes = hour * 60 + minute
    }

    public init(minutes: Int) {
        self.minutes = minutes
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `08:30`: two digits each, as printed.
    public var description: String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)"
        let m = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(h):\(m)"
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }

    /// Why a text is not a time, in words a facilitator understands; nil when it is one.
    public enum ParseProblem: Error, Equatable {
        case notATime
        case outOfRange(hour: Int, minute: Int)
    }

    /// Reads `H:MM` or `HH:MM` (a dot is accepted for the colon, as people type "8.30").
    public static func parse(_ text: String) -> Result<ClockTime, ParseProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts =
            trimmed.split(separator: ":", omittingEmptySubsequences: false).count == 2
            ? trimmed.split(separator: ":", omittingEmptySubsequences: false)
            : trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return .failure(.notATime) }
        guard (0...23).contains(hour), (0...59).contains(minute) else {
            return .failure(.outOfRange(hour: hour, minute: minute))
        }
        return .success(ClockTime(hour: hour, minute: minute))
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
