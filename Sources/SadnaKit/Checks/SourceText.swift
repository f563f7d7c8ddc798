import Foundation

/// The raw lines of the workshop's files, to point a finding at the very word inside a value:
/// YAML tells where a value starts; the word is found in the lines from there.
final class SourceText {
    /// The files' texts, by the path diagnostics name them with (`Workshop.texts`).
    private let texts: [String: String]
    private var files: [String: [String]] = [:]

    init(texts: [String: String]) {
        self.texts = texts
    }

    func lines(of file: String) -> [String] {
        if let lines = files[file] { return lines }
        let lines = (texts[file] ?? "").components(separatedBy: "\n")
        files[file] = lines
        return lines
    }

    /// Where the `occurrence`-th (from 0) `needle` of `value` is written. Falls back to where
    /// the value starts when the file writes it differently (escapes, a folded line break).
    func locate(_ needle: String, in value: Located<String>, occurrence: Int = 0) -> SourceLocation {
        let lines = lines(of: value.location.file)
        var remaining = occurrence
        let first = value.location.line - 1
        guard first >= 0, first < lines.count else { return value.location }
        for index in first..<min(lines.count, first + 60) {
            var line = Substring(lines[index])
            var skipped = 0
            if index == first {
                let start = line.unicodeScalars.index(
                    line.unicodeScalars.startIndex,
                    offsetBy: min(value.location.column - 1, line.unicodeScalars.count))
                skipped = value.location.column - 1
                line = line[start...]
            }
            var searchFrom = line.startIndex
            while let range = line.range(of: needle, range: searchFrom..<line.endIndex) {
                if remaining == 0 {
                    let column =
                        skipped
                        + line.unicodeScalars.distance(
                            from: line.unicodeScalars.startIndex,
                            to: range.lowerBound) + 1
                    return SourceLocation(file: value.location.file, line: index + 1, column: column)
                }
                remaining -= 1
                searchFrom = range.upperBound
            }
        }
        return value.location
    }
}
