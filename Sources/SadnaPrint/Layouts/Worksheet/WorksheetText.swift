import SadnaKit

/// Text on a worksheet, set whole: a text that grows with its box (a cell, an item) shrinks from
/// its size towards the 8 pt floor only as far as it takes to keep every word whole on its line;
/// a word wider than its column even at the floor is an error at the text's line, never a cut.
struct WorksheetText {
    let typesetter: Typesetter
    /// The language of the page's own words, used for a text that has none of its own.
    let page: Language

    static let floor = 8.0

    /// The text in the page's language, or the language it is written in (a programme's
    /// Hebrew-only text on an English page keeps its Hebrew direction).
    func say(_ words: Words) -> (text: String, language: Language) {
        let language = words.language(page) ?? page
        return (words(language), language)
    }

    /// `words` wrapped to `width` at `style`'s size, or smaller where a word would not fit whole.
    func whole(_ words: Words, style: TextStyle, width: Double, source: SourceLocation?, what: String) -> TextBlock {
        let (text, language) = say(words)
        return whole(text, language: language, style: style, width: width, source: source, what: what)
    }

    func whole(
        _ text: String, language: Language, style: TextStyle, width: Double, source: SourceLocation?, what: String
    ) -> TextBlock {
        guard width >= 3 else {
            typesetter.report(
                .error(
                    .worksheetTooWideColumn,
                    ["what": .text(what), "width": .number(Int(max(0, width).rounded())), "key": .key("width")],
                    at: source))
            return typesetter.layout(text, style: style, width: nil, language: language, source: source)
        }
        var size = style.size
        while true {
            let block = typesetter.layout(text, style: style.sized(size), width: width, language: language, source: source)
            if !Typesetter.breaksInsideWord(block.layout) { return block }
            let floor = min(Self.floor, style.size)
            if size <= floor {
                typesetter.report(
                    .error(
                        .worksheetTooWideWord,
                        ["what": .text(what), "size": .value(Typesetter.format(floor)), "key": .key("width")], at: source))
                return block
            }
            size = max(floor, size - 0.5)
        }
    }

    /// Reports a block `height` mm tall that no page can hold (`room` mm under the repeated title).
    /// `id` is the `worksheet.too-tall` variant whose hint says how to fix this kind of block.
    func reportTooTall(_ what: String, height: Double, room: Double, at source: SourceLocation?, id: MessageID) {
        typesetter.report(
            .error(
                id, ["what": .text(what), "height": .number(Int(height.rounded(.up))), "room": .number(Int(room))],
                at: source))

    }
}
