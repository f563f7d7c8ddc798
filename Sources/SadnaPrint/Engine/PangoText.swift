import SadnaKit

/// The text Pango is handed, as opposed to the text a layout gives: every text passes through
/// here on its way into a Pango layout (plain or rich), so every page gets the same care.
///
/// - Web addresses, emails and numbers with signs or separators (``LeftToRightRuns``) are
///   wrapped in a left-to-right isolate (U+2066 … U+2069), so that `*6565` is not printed
///   `6565*` inside Hebrew, nor `08:30–14:00` as `14:00–08:30` inside Arabic; after Latin
///   text they are closed with a left-to-right mark instead (see ``LeftToRightRuns``).
/// - An address may break only after `/`, `.` or `-` (an email after its `@` too: a
///   zero-width space there), and nowhere else (a word joiner where Unicode's line breaking
///   would otherwise allow a break: after `?`, `!`, `|` and closing brackets, after
///   `https://`, and before a last few characters).
///   Pango still breaks a part wider than its whole line where it must: better than running
///   off the page.
/// - A number run never breaks at its en dash (a word joiner after it): "08:30–" at the end of
///   one line and "14:00" at the start of the next would be read as two things.
///
/// - A word longer than any line gets a place to break after every 120 characters
///   (``LongWords``), which keeps Pango's time in proportion to the text.
///
/// Every character added is invisible and default-ignorable: `pdftotext` extracts the address
/// and the number as written, and ``visible(_:)`` takes them out again for the page model.
enum PangoText {
    static let zeroWidthSpace: Unicode.Scalar = "\u{200B}"
    static let wordJoiner: Unicode.Scalar = "\u{2060}"

    /// `text` ready for Pango; `context` is the paragraph's text before it (a rich text's
    /// earlier runs), which decides whether a run follows Latin text.
    ///
    /// `breakingLongWords` false leaves words longer than any line as they are, to measure them.
    static func prepared(_ text: String, after context: String = "", breakingLongWords: Bool = true) -> String {
        let segments = LeftToRightRuns.segments(of: text, after: context)
        if segments.count == 1, case .plain = segments[0] { return breakingLongWords ? LongWords.breakable(text) : text }
        // Plain parts are appended as strings (their UTF-8 copied whole), the short runs scalar by scalar.
        var out = ""
        out.reserveCapacity(text.utf8.count + 4 * segments.count)
        for segment in segments {
            switch segment {
            case let .plain(plain):
                out += plain
            case let .leftToRight(kind, run, afterLatin: false):
                out.unicodeScalars.append(LeftToRightRuns.isolateStart)
                out.unicodeScalars.append(contentsOf: breaks(in: run, kind: kind))
                out.unicodeScalars.append(LeftToRightRuns.isolateEnd)
            case let .leftToRight(kind, run, afterLatin: true):
                out.unicodeScalars.append(contentsOf: breaks(in: run, kind: kind))
                out.unicodeScalars.append(LeftToRightRuns.leftToRightMark)
            }
        }
        return breakingLongWords ? LongWords.breakable(out) : out
    }

    /// The characters ``prepared(_:)`` adds, taken out of a line as set: what a reader sees.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: added.contains) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !added.contains($0) }))
    }

    private static let added: Set<Unicode.Scalar> = [
        LeftToRightRuns.isolateStart, LeftToRightRuns.isolateEnd,
        LeftToRightRuns.leftToRightMark, zeroWidthSpace, wordJoiner,
    ]

    /// Where a line may break after a character of an address or an email.
    private static let breakAfter: Set<Unicode.Scalar> = ["/", ".", "-", "@"]
    /// Characters after which Unicode's line breaking allows a break that an address must not take.
    private static let holdAfter: Set<Unicode.Scalar> = ["?", "!", "|", ")", "]", "}"]
    /// The fewest characters of an address a break may leave for the last line.
    private static let shortestTail = 4
    /// Dashes after which a number run would otherwise break.
    private static let numberDashes: Set<Unicode.Scalar> = ["\u{2010}", "\u{2013}", "\u{2014}"]

    private static func breaks(in run: String, kind: LeftToRightRuns.Kind) -> [Unicode.Scalar] {
        let scalars = Array(run.unicodeScalars)
        switch kind {
        case .number:
            return scalars.enumerated().flatMap { index, scalar in
                numberDashes.contains(scalar) && index + 1 < scalars.count ? [scalar, wordJoiner] : [scalar]
            }
        case .link, .email:
            // A caller that placed its own break opportunities (a QR code's caption, which
            // prefers to break at slashes alone) keeps them.
            if scalars.contains(zeroWidthSpace) { return scalars }
            let scheme = schemeLength(scalars)
            var out: [Unicode.Scalar] = []
            for (index, scalar) in scalars.enumerated() {
                out.append(scalar)
                guard index + 1 < scalars.count else { continue }
                if index < scheme {
                    // "https://" alone on a line reads as a stray word: held to what follows.
                    if index == scheme - 1 { out.append(wordJoiner) }
                } else if breakAfter.contains(scalar), !breakAfter.contains(scalars[index + 1]) {
                    // Nor may a break leave a stub ("pdf", "il") on the last line.
                    out.append(scalars.count - index - 1 >= shortestTail ? zeroWidthSpace : wordJoiner)
                } else if holdAfter.contains(scalar) {
                    out.append(wordJoiner)
                }
            }
            return out
        }
    }

    /// How many characters "https://" takes at the start of an address (0 without a scheme).
    private static func schemeLength(_ scalars: [Unicode.Scalar]) -> Int {
        guard scalars.count > 3 else { return 0 }
        for index in 0..<(scalars.count - 2) where scalars[index] == ":" {
            return scalars[index + 1] == "/" && scalars[index + 2] == "/" ? index + 3 : 0
        }
        return 0
    }
}
