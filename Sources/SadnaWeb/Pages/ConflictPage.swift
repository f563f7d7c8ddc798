import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// A save refused because the file changed since its form was opened (someone else saved, or a
/// text editor did). Nothing is written; the page shows the file's version and the person's side
/// by side, and "keep mine" posts the person's values again against the file as it is now.
struct EditConflict: Error {
    struct Row {
        var label: String
        var theirs: String
        var mine: String
        /// The field's input name, when the person chooses between the two values.
        var choice = ""
        /// The values as the page shows them, when that differs from what the choice posts (a
        /// journey cell's notes, posted as JSON, shown as words).
        var theirsShown: String?
        var mineShown: String?
        var differs: Bool { theirs != mine }
    }

    /// Where the form posts (the save's own route).
    var action: String
    /// The file's version now: "keep mine" saves over exactly this version.
    var version: String
    /// The values to compare, in the form's order.
    var rows: [Row]
    /// Whether rows that are the same in both are shown too (a short form reads better whole).
    var showsAll: Bool
    /// Everything the person posted, to post again (the form token and version excepted).
    var posted: [(name: String, value: String)]
    /// Only the fields both people changed are shown, each with a choice (the rest is merged).
    var choosing = false

    init(action: String, version: String, rows: [Row], showsAll: Bool, posted: PostedForm) {
        self.action = action
        self.version = version
        self.rows = rows
        self.showsAll = showsAll
        self.posted = posted.fields.filter { $0.name != "_csrf" && $0.name != "version" }
    }
}

enum ConflictPage {
    /// `conflict.mustache`: the rows to compare, and the person's values to post again.
    struct Content {
        var rows: [Row]
        var action: String
        var version: String
        var back: String
        /// What the file is, as its page heads it ("רוחן", "קבלת הנחה בארנונה", a meeting's title).
        var subject: String
        var posted: [Field]
        var choosing: Bool
    }

    /// A field in both versions; `differs` marks the rows to look at.
    struct Row {
        var label: String
        var theirs: String
        var mine: String
        var differs: Bool
        /// The input's name and ids, when the person chooses between the two values.
        var choice: String
        var isChoice: Bool
        var theirsShown: String
        var mineShown: String
    }

    /// A value the person posted, carried in a hidden field.
    struct Field {
        var name: String
        var value: String
    }

    static func respond(_ conflict: EditConflict, request: Request, workbench: Workbench) throws -> Response {
        let basics = try PageBasics(workbench: workbench, snapshot: workbench.snapshot(), request: request)
        let rows = conflict.rows.filter { conflict.showsAll ? !($0.theirs.isEmpty && $0.mine.isEmpty) : $0.differs }.map { row in
            Row(
                label: row.label, theirs: row.theirs, mine: row.mine, differs: row.differs, choice: row.choice,
                isChoice: !row.choice.isEmpty,
                theirsShown: row.theirsShown ?? (row.theirs.isEmpty ? basics.labels("conflict_empty") : row.theirs),
                mineShown: row.mineShown ?? (row.mine.isEmpty ? basics.labels("conflict_empty") : row.mine))
        }
        let content = Content(
            rows: rows, action: conflict.action, version: conflict.version, back: conflict.action,
            subject: subject(of: conflict.action, basics: basics, workbench: workbench) ?? "",
            posted: conflict.posted.map { Field(name: $0.name, value: $0.value) }, choosing: conflict.choosing)
        return basics.page(
            "conflict", title: basics.labels("conflict_title"), path: conflict.action, content: content,
            status: .conflict, request: request)
    }

    /// The title a person knows the conflicting file by, from the address its form posts to: an
    /// item's name or title (as its page heads it), a deck's name, a meeting's title; nil for a
    /// page that names nothing more than its heading.
    static func subject(of action: String, basics: PageBasics, workbench: Workbench) -> String? {
        let parts = action.split(separator: "/").map { $0.removingPercentEncoding ?? String($0) }
        let snapshot = workbench.snapshot()
        guard let workshop = snapshot.workshop, let first = parts.first else { return nil }
        let folder = workbench.settings.workshop
        switch (first, parts.count) {
        case ("meetings", 2...):
            return workshop.meetings.first { $0.id == parts[1] }?.title.value
        case ("decks", 3...) where parts[2] != "order":
            guard let deck = workshop.deck(named: parts[1]) else { return nil }
            return DeletePage.title(of: "\(deck.folder)/\(parts[2]).yaml", id: parts[2], in: folder)
        case ("decks", 2...),
            ("task-cards", 2...) where parts.last == "order":
            guard let deck = workshop.deck(named: first == "decks" ? parts[1] : SadnaKit.Deck.fieldExercise) else { return nil }
            guard deck.definition != nil, let templates = snapshot.templates else { return basics.labels("task_cards_title") }
            return DeckLook(deck, templates: templates, language: basics.language).deckName
        case (_, 2...):
            guard DeletePage.Kind(rawValue: first) != nil else { return nil }
            return DeletePage.title(of: "\(first)/\(parts[1]).yaml", id: parts[1], in: folder)
        default:
            return nil
        }
    }
}
