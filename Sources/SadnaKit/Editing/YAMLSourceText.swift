import Yams

/// The document text as an array of Unicode scalars.
///
/// libyaml (and so `Yams.Mark`) counts columns in Unicode scalars, not UTF-8 bytes or
/// grapheme clusters, so offsets here are scalar offsets and a mark converts with one addition.
/// Working on scalars also keeps "\r\n" as two units (a Swift `Character` would merge them).
struct YAMLSourceText: Sendable {
    let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each line.
    let lineStarts: [Int]

    init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var starts = [0]
        var i = 0
        while i < scalars.count {
            let width = YAMLSourceText.breakWidth(scalars, i)
            if width > 0 {
                i += width
                starts.append(i)
            } else {
                i += 1
            }
        }
        lineStarts = starts
    }

    var count: Int { scalars.count }
    var string: String { YAMLSourceText.string(scalars[...]) }

    static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }

    func text(_ range: Range<Int>) -> String { YAMLSourceText.string(scalars[range]) }

    subscript(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

    /// Length of the line break starting at `i` (0 if none). These are the breaks libyaml counts
    /// lines by (CRLF, CR, LF, NEL, LS, PS), so our line numbers agree with its marks.
    static func breakWidth(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        guard i < s.count else { return 0 }
        switch s[i] {
        case "\r": return i + 1 < s.count && s[i + 1] == "\n" ? 2 : 1
        case "\n", "\u{85}", "\u{2028}", "\u{2029}": return 1
        default: return 0
        }
    }

    func isBreak(_ i: Int) -> Bool { YAMLSourceText.breakWidth(scalars, i) > 0 }
    func isBlank(_ i: Int) -> Bool { self[i] == " " || self[i] == "\t" }
    /// Blank, line break or end of text.
    func isBlankOrEnd(_ i: Int) -> Bool { i >= count || isBlank(i) || isBreak(i) }

    func offset(of mark: Mark?) -> Int {
        guard let mark else { return 0 }
        let line = min(max(mark.line - 1, 0), lineStarts.count - 1)
        return min(lineStarts[line] + mark.column - 1, count)
    }

    func line(of offset: Int) -> Int {
        // Last line start <= offset (binary search).
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    func lineStart(of offset: Int) -> Int { lineStarts[line(of: offset)] }
    func column(of offset: Int) -> Int { offset - lineStart(of: offset) }

    /// Offset of the line break ending the line that holds `offset` (or the end of text).
    func lineEnd(of offset: Int) -> Int {
        var i = offset
        while i < count && !isBreak(i) { i += 1 }
        return i
    }

    /// Start of the line after the one holding `offset` (or the end of text).
    func nextLineStart(of offset: Int) -> Int {
        let end = lineEnd(of: offset)
        return end + YAMLSourceText.breakWidth(scalars, end)
    }

    /// First non-blank offset at or after `i` on the same line.
    func skipBlanks(_ i: Int) -> Int {
        var j = i
        while isBlank(j) { j += 1 }
        return j
    }

    /// Leading spaces of the line starting at `lineStart`.
    func indent(ofLineAt lineStart: Int) -> Int { skipBlanks(lineStart) - lineStart }

    /// True when the line starting at `lineStart` holds only blanks.
    func isBlankLine(_ lineStart: Int) -> Bool {
        let j = skipBlanks(lineStart)
        return j >= count || isBreak(j)
    }

    /// True when the line starting at `lineStart` holds only a comment.
    func isCommentLine(_ lineStart: Int) -> Bool { self[skipBlanks(lineStart)] == "#" }

    /// True when only blanks stand between the start of its line and `offset`.
    func onlyBlanksBefore(_ offset: Int) -> Bool {
        var i = lineStart(of: offset)
        while i < offset {
            if !isBlank(i) { return false }
            i += 1
        }
        return true
    }
}
