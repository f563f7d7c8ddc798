/// The parts of a text that read left to right whatever the language around them: web
/// addresses, emails, and numbers written with signs or separators — phone numbers (`*6565`,
/// `1-800-222-333`, `04-6543210`, `+972…`), times and ranges (`08:30`, `08:30–14:00`), dates
/// (`26.6.2019`, `1/1/2019`) and number ranges (`2019–2020`).
///
/// Left to the Unicode bidi algorithm inside Hebrew or Arabic, these come out wrong: `*6565`
/// prints as `6565*`, `08:30–14:00` as `14:00–08:30`, and on an Arabic page `1-800-222-333` as
/// `333-222-800-1`. Each front-end sets the runs found here apart as left-to-right isolates —
/// the PDF engine with U+2066…U+2069, the HTML export with `<bdi dir="ltr">` — so that there is
/// one definition of what reads left to right, not one per output.
///
/// A run after Latin text ("Phone: *6565", "Wednesday, 26.6.2019" on an English page whose data
/// runs right to left) is not isolated: the bidi algorithm already reads it left to right with
/// that text, and an isolate would cut it loose, sending the ": " or ", " between them to the
/// right-to-left side ("*6565 :Phone"). It is only closed with a left-to-right mark (U+200E),
/// so that its own last "/" or "*" stays with it.
///
/// A plain number (`10`, `ב-10`) is left alone: it already reads left to right, and its
/// place in the sentence is the sentence's to decide.
public enum LeftToRightRuns {
    public enum Kind: Sendable, Equatable {
        /// `https://…`, `http://…`, `www.…`
        case link
        /// `name@domain.tld`
        case email
        /// Digits joined by `-`, `–`, `.`, `/` or `:`, or led by `*` or `+`.
        case number
    }

    /// A piece of a text: as it is, or a run that reads left to right, with whether Latin text
    /// comes before it (then it is closed with a mark rather than isolated).
    public enum Segment: Sendable, Equatable {
        case plain(String)
        case leftToRight(Kind, String, afterLatin: Bool)
    }

    /// The text cut into its plain parts and its left-to-right runs, in order; joined, they give
    /// the text back unchanged. `context` is what comes before it in the same paragraph (the
    /// bold "Phone: " before a number set in another style).
    public static func segments(of text: String, after context: String = "") -> [Segment] {
        guard mayHoldRuns(text) else { return [.plain(text)] }
        let contextScalars = Array(context.unicodeScalars.suffix(64))
        let scalars = contextScalars + Array(text.unicodeScalars)
        // Where each of the text's scalars starts, so that a part is cut out of the text as it
        // is (its UTF-8 copied) rather than put together scalar by scalar.
        let starts = Array(text.unicodeScalars.indices) + [text.endIndex]
        var segments: [Segment] = []
        var plainStart = contextScalars.count
        var index = contextScalars.count
        func string(_ range: Range<Int>) -> String {
            let lower = starts[range.lowerBound - contextScalars.count], upper = starts[range.upperBound - contextScalars.count]
            return lower == text.startIndex && upper == text.endIndex ? text : String(text.unicodeScalars[lower..<upper])
        }
        while index < scalars.count {
            // Every run starts with an ASCII letter, digit or sign: a Hebrew or Arabic letter, a
            // space or a comma is passed by without looking up Unicode properties.
            guard mayStartRun(scalars[index]), startsWord(scalars, at: index), let (kind, end) = run(in: scalars, at: index)
            else {
                index += 1
                continue
            }
            if plainStart < index { segments.append(.plain(string(plainStart..<index))) }
            segments.append(.leftToRight(kind, string(index..<end), afterLatin: latinComesBefore(scalars, index)))
            index = end
            plainStart = end
        }
        if plainStart < scalars.count { segments.append(.plain(string(plainStart..<scalars.count))) }
        return segments
    }

    /// The runs alone, for tests and for a front-end that only needs to know what they are.
    public static func runs(in text: String, after context: String = "") -> [(kind: Kind, text: String)] {
        segments(of: text, after: context).compactMap {
            if case let .leftToRight(kind, run, _) = $0 { return (kind, run) }
            return nil
        }
    }

    /// Left-to-right isolate and pop directional isolate (Unicode 6.3): what the PDF engine
    /// wraps each run in; and the left-to-right mark that closes a run after Latin text.
    public static let isolateStart: Unicode.Scalar = "\u{2066}"
    public static let isolateEnd: Unicode.Scalar = "\u{2069}"
    public static let leftToRightMark: Unicode.Scalar = "\u{200E}"

    /// The text with each run wrapped in a left-to-right isolate (U+2066 … U+2069), or closed
    /// with a left-to-right mark after Latin text.
    public static func isolated(_ text: String, after context: String = "") -> String {
        segments(of: text, after: context).map { segment in
            switch segment {
            case let .plain(plain): plain
            case let .leftToRight(_, run, afterLatin: true): "\(run)\(Character(leftToRightMark))"
            case let .leftToRight(_, run, afterLatin: false): "\(Character(isolateStart))\(run)\(Character(isolateEnd))"
            }
        }.joined()
    }

    /// The text escaped for HTML, each run in `<bdi dir="ltr">` as a browser isolates it (or
    /// closed with `&lrm;` after Latin text).
    public static func html(_ text: String, after context: String = "") -> String {
        segments(of: text, after: context).map { segment in
            switch segment {
            case let .plain(plain): MarkupEscape.escape(plain)
            case let .leftToRight(_, run, afterLatin: true): MarkupEscape.escape(run) + "&lrm;"
            case let .leftToRight(_, run, afterLatin: false): "<bdi dir=\"ltr\">\(MarkupEscape.escape(run))</bdi>"
            }
        }.joined()
    }

    // MARK: Finding the runs

    /// A quick look for anything a run could start with, so that the many texts without one
    /// (most of a page) cost one pass.
    private static func mayHoldRuns(_ text: String) -> Bool {
        text.utf8.contains { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x40 /* @ */ || $0 == 0x2F /* / */ || $0 == 0x77 /* w */ }
    }

    /// Whether the nearest letter before `index` is a Latin one (or any left-to-right script's):
    /// digits, spaces and punctuation between do not count.
    private static func latinComesBefore(_ s: [Unicode.Scalar], _ index: Int) -> Bool {
        var before = index - 1
        while before >= 0 {
            if s[before].properties.isAlphabetic { return !isRightToLeftLetter(s[before]) }
            before -= 1
        }
        return false
    }

    /// Runs start a word: "itc1312" holds no number run, "ל-10" starts one at "1".
    private static func startsWord(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        index == 0 || !isWordCharacter(s[index - 1])
    }

    private static func run(in s: [Unicode.Scalar], at index: Int) -> (Kind, Int)? {
        if let end = link(in: s, at: index) { return (.link, end) }
        if let end = email(in: s, at: index) { return (.email, end) }
        if let end = number(in: s, at: index) { return (.number, end) }
        return nil
    }

    private static func link(in s: [Unicode.Scalar], at index: Int) -> Int? {
        guard ["https://", "http://", "www."].contains(where: { hasPrefix(s, $0, at: index) }) else { return nil }
        var end = index
        while end < s.count, !s[end].properties.isWhitespace, !isRightToLeftLetter(s[end]),
            !"\"<>".unicodeScalars.contains(s[end])
        {
            end += 1
        }
        // Sentence punctuation after an address is not part of it ("…/guard-levy."), nor is a
        // closing bracket that opened before it.
        while end > index {
            let last = s[end - 1]
            if ".,;:!?'".unicodeScalars.contains(last) {
                end -= 1
            } else if last == ")", s[index..<end].filter({ $0 == "(" }).count < s[index..<end].filter({ $0 == ")" }).count {
                end -= 1
            } else {
                break
            }
        }
        return end - index > 4 ? end : nil
    }

    private static func email(in s: [Unicode.Scalar], at index: Int) -> Int? {
        var at = index
        while at < s.count, isASCIILetterOrDigit(s[at]) || "._%+-".unicodeScalars.contains(s[at]) { at += 1 }
        guard at > index, at < s.count, s[at] == "@" else { return nil }
        var end = at + 1
        while end < s.count, isASCIILetterOrDigit(s[end]) || ".-".unicodeScalars.contains(s[end]) { end += 1 }
        while end > at + 1, ".-".unicodeScalars.contains(s[end - 1]) { end -= 1 }
        guard let dot = s[(at + 1)..<end].lastIndex(of: "."), dot > at + 1, dot + 1 < end else { return nil }
        return end
    }

    /// Digits with a leading `*` or `+`, or digits joined by separators; a separator counts
    /// only with a digit after it, so "30.7.2019." keeps its full stop outside. Spaces join
    /// the groups of a phone number only where nothing else is meant: after a leading `+`
    /// ("+972 4 654 3210"), or after an area code ("04 6543210", "050 123 4567") — elsewhere
    /// "10 20" is two numbers, which Hebrew reads right to left.
    private static func number(in s: [Unicode.Scalar], at index: Int) -> Int? {
        var end = index
        let signed = end + 1 < s.count && (s[end] == "*" || s[end] == "+") && isDigit(s[end + 1])
        if signed { end += 1 }
        guard end < s.count, isDigit(s[end]) else { return nil }
        let groupStart = end
        while end < s.count, isDigit(s[end]) { end += 1 }
        let areaCode = !signed && s[groupStart] == "0" && (2...3).contains(end - groupStart)
        let spacesJoin = (signed && s[index] == "+") || areaCode
        var joined = false, separated = false
        while end + 1 < s.count, isDigit(s[end + 1]) {
            var joins = numberSeparators.contains(s[end])
            if s[end] == " ", spacesJoin {
                // After an area code only groups of three or more, and only while the number is
                // written with spaces: "09:00 100 משתתפים" is a time and a count.
                var next = end + 1
                while next < s.count, isDigit(s[next]) { next += 1 }
                joins = !areaCode || (!separated && next - (end + 1) >= 3)
            } else if joins {
                separated = true
            }
            guard joins else { break }
            end += 1
            while end < s.count, isDigit(s[end]) { end += 1 }
            joined = true
        }
        // "3א" or "12px" is a word, not a number to set apart.
        if end < s.count, isWordCharacter(s[end]) { return nil }
        return signed || joined ? end : nil
    }

    /// Hyphen, en dash, full stop, slash and colon: what joins the parts of a phone number, a
    /// time, a date or a range.
    static let numberSeparators: Set<Unicode.Scalar> = ["-", "\u{2013}", ".", "/", ":"]

    private static func hasPrefix(_ s: [Unicode.Scalar], _ prefix: String, at index: Int) -> Bool {
        var i = index
        for p in prefix.unicodeScalars {
            // ASCII letters fold to lower case by one bit; the prefixes hold no other letters.
            guard i < s.count, s[i] == p || (s[i].value | 0x20 == p.value && p.properties.isLowercase) else { return false }
            i += 1
        }
        return true
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// What a link, an email or a number can start with.
    private static func mayStartRun(_ c: Unicode.Scalar) -> Bool {
        isASCIILetterOrDigit(c) || c == "*" || c == "+" || c == "." || c == "_" || c == "%" || c == "-"
    }

    private static func isASCIILetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        isDigit(c) || (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    private static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// Hebrew and Arabic letters end an address: one written straight before a Hebrew word is two things.
    private static func isRightToLeftLetter(_ c: Unicode.Scalar) -> Bool {
        (0x0590...0x08FF).contains(c.value) || (0xFB1D...0xFDFF).contains(c.value) || (0xFE70...0xFEFF).contains(c.value)
    }
}
