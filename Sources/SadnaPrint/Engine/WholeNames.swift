import Foundation

/// Names that a line may not break inside: "עמק המעיינות", "תל אביב", "רוזנברג-בן חיים", and a
/// number with its unit ("10 דק'", "20 min"). The names are data (the workshop's `whole_names`
/// and its participants); the units are Sadna's.
///
/// A word joiner after each space inside such a name takes away the break the space allows
/// (Unicode's line breaking allows none before or after a word joiner). It is invisible and
/// default-ignorable, so `pdftotext` extracts the name as written, and ``PangoText/visible(_:)``
/// takes it out again for the page model. A name wider than its whole line still breaks where
/// Pango must, as any word does.
struct WholeNames: Sendable {
    /// The names with a space in them, longest first (so "עמק המעיינות" wins over a shorter name inside it).
    let names: [String]

    init(_ names: [String]) {
        self.names = Set(names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.contains(" ") })
            .sorted { ($0.count, $0) > ($1.count, $1) }
    }

    static let none = WholeNames([])

    /// Units a number keeps on its line: minutes and hours as the programmes write them.
    static let units: Set<String> = [
        "דק'", "דקות", "דקה", "שעות", "שעה", "ימים", "min", "minutes", "hours", "mm", "دقائق", "دقيقة", "ساعات", "ساعة",
    ]

    /// `text` with a word joiner after every space inside a known name or between a number and its unit.
    func kept(_ text: String) -> String {
        guard text.contains(" ") else { return text }
        var joined = Set<String.Index>()  // the spaces to be followed by a word joiner
        for name in names where text.contains(name) {
            var from = text.startIndex
            while let found = text.range(of: name, range: from..<text.endIndex) {
                for index in text[found].indices where text[index] == " " { joined.insert(index) }
                from = found.upperBound
            }
        }
        // A number, a space, and a unit.
        var index = text.startIndex
        while let space = text[index...].firstIndex(of: " ") {
            let after = text.index(after: space)
            if space > text.startIndex, text[text.index(before: space)].isNumber {
                let word = text[after...].prefix { !$0.isWhitespace && !",.;:)".contains($0) || $0 == "'" }
                if Self.units.contains(String(word)) { joined.insert(space) }
            }
            index = after
        }
        guard !joined.isEmpty else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 3 * joined.count)
        for index in text.indices {
            out.append(text[index])
            if joined.contains(index) { out.unicodeScalars.append(PangoText.wordJoiner) }
        }
        return out
    }
}
