import SadnaKit

/// A number of things, said with each language's plural forms: "עמוד אחד", "שני עמודים",
/// "صفحتان", "11 صفحة", "1 page" — as the closing count of diagnostics says its errors.
enum Counted {
    case pages, meetings, files, cards, decks

    /// `count` things, as words a message takes.
    func callAsFunction(_ count: Int) -> MessageArgument {
        let forms = self.forms
        let form =
            switch count {
            case 1: forms[0]
            case 2: forms[1]
            case 3...10: forms[2]
            default: forms[3]
            }
        return .phrase(form, ["count": .number(count)])
    }

    /// One, two, three to ten, and eleven and more (or none).
    private var forms: [MessageID] {
        switch self {
        case .pages: [.phraseCountPagesOne, .phraseCountPagesTwo, .phraseCountPages, .phraseCountPagesMany]
        case .meetings: [.phraseCountMeetingsOne, .phraseCountMeetingsTwo, .phraseCountMeetings, .phraseCountMeetingsMany]
        case .files: [.phraseCountFilesOne, .phraseCountFilesTwo, .phraseCountFiles, .phraseCountFilesMany]
        case .cards: [.phraseCountCardsOne, .phraseCountCardsTwo, .phraseCountCards, .phraseCountCardsMany]
        case .decks: [.phraseCountDecksOne, .phraseCountDecksTwo, .phraseCountDecks, .phraseCountDecksMany]
        }
    }
}
