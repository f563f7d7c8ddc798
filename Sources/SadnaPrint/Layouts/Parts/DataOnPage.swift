import SadnaKit

/// How the workshop's data sits on a page whose own words may run the other way: Hebrew
/// personas on an English page, say.
///
/// The page's structure follows the page's language — labels and their colons, bullets, numbers,
/// the edge text is aligned to — and the data keeps its own direction inside it. So an English
/// page reads "Family status: נשואים" from the left, its bullets stand beside their Hebrew items
/// on the left, and a Hebrew sentence still ends in its full stop on its left. When page and data
/// run the same way (Hebrew, or Arabic labels over Hebrew data) nothing changes: the data's own
/// paragraphs already put everything where the page wants it.
struct DataOnPage {
    let page: Language
    let data: Language

    /// Whether the page and its data run in opposite directions.
    var isMixed: Bool { page.direction != data.direction }

    /// The language of a paragraph that mixes the page's words with data: the page's when they
    /// run apart (its direction places labels and bullets), else the data's (its fonts first).
    var paragraph: Language { isMixed ? page : data }

    /// `text` as one run in the data's direction inside a paragraph of the page's: a right-to-left
    /// (or left-to-right) isolate, so that its punctuation stays at its own end and nothing
    /// around it is pulled into it. Unchanged when the two run the same way.
    func isolated(_ text: String) -> String {
        guard isMixed, Self.hasLetters(running: data.direction, in: text) else { return text }
        let opening = data.direction == .rightToLeft ? "\u{2067}" : "\u{2066}"
        // An isolate ends with its paragraph: each line of a multi-line text is isolated alone.
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : opening + $0 + "\u{2069}" }.joined(separator: "\n")
    }

    /// The page's own words inside a paragraph of the data's ("Recommendation: " before a Hebrew
    /// note): an isolate in the page's direction, so that the colon stays after the word.
    func pageWords(_ text: String) -> String {
        guard isMixed else { return text }
        return (page.direction == .rightToLeft ? "\u{2067}" : "\u{2066}") + text + "\u{2069}"
    }

    /// Whether `text` has a letter that runs in `direction`. Text without one (a number, a URL,
    /// the page's own words handed over as data) reads the same isolated or not, and is left
    /// as it is, so that "Date: " keeps its colon after the word.
    static func hasLetters(running direction: TextDirection, in text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            guard scalar.properties.isAlphabetic else { return false }
            let rightToLeft =
                (0x0590...0x08FF).contains(scalar.value) || (0xFB1D...0xFDFF).contains(scalar.value)
                || (0xFE70...0xFEFF).contains(scalar.value)
            return rightToLeft == (direction == .rightToLeft)
        }
    }

    /// A data text of one or more lines, for a box set in ``paragraph``: each line isolated, and a
    /// list marker the text itself begins a line with ("• ", "2. ") kept outside, on the page's
    /// start side, so that a list written into a cell reads like the layout's own lists.
    func lines(_ text: String) -> String {
        guard isMixed else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let marker = Self.listMarker(line)
            return String(line[..<marker]) + isolated(String(line[marker...]))
        }.joined(separator: "\n")
    }

    /// Where a line's text starts after a list marker ("•  ", "- ", "3. ", "3) "), or its start.
    static func listMarker(_ line: Substring) -> Substring.Index {
        var index = line.startIndex
        while index < line.endIndex, line[index] == " " { index = line.index(after: index) }
        let start = index
        if index < line.endIndex, "•·-–*".contains(line[index]) {
            index = line.index(after: index)
        } else {
            while index < line.endIndex, line[index].isASCII, line[index].isNumber { index = line.index(after: index) }
            guard index > start, index < line.endIndex, line.distance(from: start, to: index) <= 2,
                ".)".contains(line[index])
            else { return line.startIndex }
            index = line.index(after: index)
        }
        // A marker stands apart from its text; "-5" or "2.5" is not one.
        guard index < line.endIndex, line[index] == " " else { return line.startIndex }
        while index < line.endIndex, line[index] == " " { index = line.index(after: index) }
        return index
    }

    /// A style for a block of data alone (a title, a paragraph, a cell), aligned to the side the
    /// page starts from rather than the side the data does.
    func aligned(_ style: TextStyle, to side: TextAlignment = .start) -> TextStyle {
        style.aligned(.towards(side, of: page.direction, in: data.direction))
    }

    /// "Label: value" with the label bold (and coloured): the colon follows the label in the
    /// page's direction, the value keeps the data's. Set it in ``paragraph``.
    func labelled(_ label: String, _ value: String, colour: Colour? = nil) -> RichText {
        RichText([RichText.Run("\(label): ", bold: true, colour: colour), RichText.Run(isolated(value))])
    }

    /// Items one to a line after a bullet on the page's start side, for a box set in ``paragraph``
    /// (with a hanging indent, so that wrapped lines stand clear of the bullet).
    func bulleted(_ items: [String]) -> String {
        items.map { "•  " + isolated($0) }.joined(separator: "\n")
    }
}

extension LayoutContext {
    /// How this context's data sits on its pages.
    var dataOnPage: DataOnPage { DataOnPage(page: language, data: data) }
}
