/// The id a new meeting numbered `number` takes, written as the programme's other meetings are:
/// `05` beside `01`…`04`, `5` beside `1`…`4`; two digits in a programme with no numbered meeting
/// yet (as `sadna new workshop` starts one). A number's own file sorts among the others.
public enum MeetingFileName {
    public static func id(for number: Int, among existing: [String]) -> String {
        let numbered = existing.filter { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }
        let padded = numbered.filter { $0.hasPrefix("0") && $0.count > 1 }
        let width = padded.map(\.count).max() ?? (numbered.isEmpty ? 2 : 1)
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
