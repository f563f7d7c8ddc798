import Foundation
import SadnaKit
import SadnaPrint

/// What a print plan's inputs offer, in the reader's words: the kinds of page by their names, the
/// things a kind prints by their titles (never by file names), and the meeting's agenda rows.
struct PlanChoices {
    /// A thing to tick: its id is what the plan writes, its name what the person reads.
    struct Thing {
        var id: String
        var value: String
        var name: String
        var selected: Bool
    }

    let workshop: Workshop
    let templates: TemplateSet
    let basics: PageBasics

    /// The programme's own decks, by id and by their name on the page.
    var decks: [(id: String, name: String)] {
        workshop.decks.map { ($0.id, DeckLook($0, templates: templates, language: basics.language).deckName) }
    }

    func name(of kind: PrintableKind) -> String { templates.name(of: kind, in: basics.language) ?? kind.rawValue }

    /// The things `kind` prints, with `chosen` ticked; a chosen id the programme does not have
    /// stays, ticked, so that nothing written is dropped unseen.
    func things(for kind: PrintableKind?, chosen: [String], item: Int, deck: String = "") -> [Thing] {
        let language = basics.language
        // A deck of its own's cards when the item names one (or the programme has only that one).
        let cards =
            kind == .cards
            ? (workshop.deck(named: deck) ?? (workshop.decks.count == 1 ? workshop.decks.first : nil))?.cards ?? []
            : workshop.taskCards
        let all: [(String, String)] =
            switch kind?.items {
            case .meetings?: workshop.meetings.map { ($0.id, $0.title.value) }
            case .taskCards?: cards.map { ($0.id, $0.headline?.value ?? $0.mission?.value ?? $0.story.value) }
            case .personas?: workshop.personas.map { ($0.id, $0.name.value) }
            case .journeys?: workshop.journeys.map { ($0.id, $0.title.value) }
            case .servicePages?: workshop.services.map { ($0.id, $0.name.value) }
            case .worksheets?: workshop.worksheets(besides: templates.worksheets).map { ($0.id, $0.title(language)) }
            case .participants?: workshop.everyone.map { ($0.id, $0.name.value) }
            case nil: []
            }
        let known = Set(all.map(\.0))
        let listed = all + chosen.filter { !known.contains($0) }.map { ($0, $0) }
        return listed.enumerated().map { number, thing in
            Thing(id: "p\(item)-items-\(number)", value: thing.0, name: thing.1, selected: chosen.contains(thing.0))
        }
    }

    /// The meeting's agenda rows as a print item may serve them: by id, or `row:N` for a row that
    /// gets an id when the plan is saved.
    func rows(of meeting: Meeting) -> [(String, String)] {
        zip(meeting.agenda.indices, zip(meeting.agenda, meeting.rowStarts)).map { index, pair in
            let (row, start) = pair
            let words = [start?.description, row.content.value].compactMap { $0 }.joined(separator: " ")
            return (row.id?.value ?? "row:\(index)", words)
        }
    }
}
