/// Words longer than any line, and how Pango is kept from spending minutes on them.
///
/// Pango breaks a word wider than its line anywhere (Sadna's layouts wrap word-or-character),
/// but to find each break it shapes the rest of the word again: an unbroken word of 100,000
/// characters took a persona card 80–170 s. Such a word gets a place to break (an invisible
/// zero-width space, which ``PangoText/visible(_:)`` removes again) after every
/// ``longest`` characters, and layout takes time in proportion to the text. No real word
/// comes near: the longest URL a service page prints has its own breaks, at its slashes.
enum LongWords {
    /// Characters a word may have before Sadna adds places to break it (and reports it).
    static let longest = 120

    /// The length in characters of the longest word of `text`, when it is longer than
    /// ``longest``; nil for ordinary text, which one pass over its bytes shows.
    static func longestWord(in text: String) -> Int? {
        guard hasLongByteRun(text) else { return nil }
        var longestFound = 0, current = 0
        for character in text {
            if isBreak(character) {
                current = 0
            } else {
                current += 1
                longestFound = max(longestFound, current)
            }
        }
        return longestFound > longest ? longestFound : nil
    }

    /// `text` with a zero-width space after every ``longest`` characters of a longer word,
    /// between whole characters (never inside a letter and its marks).
    static func breakable(_ text: String) -> String {
        guard hasLongByteRun(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / longest * 3)
        var current = 0
        for character in text {
            if isBreak(character) {
                current = 0
            } else {
                if current == longest {
                    out.unicodeScalars.append(PangoText.zeroWidthSpace)
                    current = 0
                }
                current += 1
            }
            out.append(character)
        }
        return out
    }

    /// Whether a character ends a word, for this count: white space and the zero-width space.
    private static func isBreak(_ character: Character) -> Bool {
        character.isWhitespace || character.unicodeScalars.first == PangoText.zeroWidthSpace
    }

    /// Whether `text` has a run of more than ``longest`` bytes without an ASCII space, tab or
    /// newline: a word of more than ``longest`` characters has at least that many bytes, so
    /// text without such a run has no long word, and nearly all text is cleared by this alone.
    private static func hasLongByteRun(_ text: String) -> Bool {
        guard text.utf8.count > longest else { return false }
        var run = 0
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                run = 0
            } else {
                run += 1
                if run > longest { return true }
            }
        }
        return false
    }
}
