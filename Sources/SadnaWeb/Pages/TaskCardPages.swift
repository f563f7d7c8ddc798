import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// Task cards: the deck in order (numbered, to reorder by number or by dragging), a card's form,
/// its printed face, and the deck as PDF in any card size.
enum TaskCardPages {
    // MARK: The deck

    /// `task-cards.mustache`: the deck in order, the sizes to download it in, the order's form.
    struct Deck {
        var cards: [Card]
        var hasCards: Bool
        var count: Int
        /// Every card file's version: a reorder made on an older deck is refused.
        var version: String
        var sizes: [Choice]
        var saved: Bool
    }

    /// A card as the deck shows it: its printed face, its words, and its place to change.
    struct Card {
        var index: Int
        var id: String
        var number: String
        var href: String
        var headline: String
        var story: String
        var mission: String
        var missionLabel: String
        var facts: String
        var example: Bool
        var face: String
        var placeLabel: String
    }

    static func deck(_ request: Request, workbench: Workbench) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let words = templates.taskCards.labels.words(in: basics.language)
        let version = deckVersion(workshop, workbench: workbench)
        let cards = workshop.taskCards.enumerated().map { index, card in
            // As the printed card's foot says them: "מחלקה: … · מומחה תוכן: …".
            let facts = [
                card.department.map { "\(words(.department)): \($0.value)" },
                card.owner.map { "\(words(.owner)): \($0.value)" },
            ]
            return Card(
                index: index, id: card.id, number: String(index + 1), href: "/task-cards/\(percentEncoded(card.id))",
                headline: card.headline?.value ?? "", story: card.story.value, mission: card.mission?.value ?? "",
                missionLabel: words(.mission), facts: facts.compactMap { $0 }.joined(separator: " · "),
                example: card.isExample, face: "/task-cards/\(percentEncoded(card.id))/card.png?v=\(version)",
                placeLabel: basics.labels("card_place"))
        }
        let sizes = TaskCardTemplate.cardSizes.map { size in
            Choice(
                value: size.rawValue, name: basics.labels("card_size_\(size.rawValue.lowercased())"),
                selected: size == templates.taskCards.card)
        }
        let content = Deck(
            cards: cards, hasCards: !cards.isEmpty, count: cards.count, version: version, sizes: sizes,
            saved: request.uri.queryParameters["saved"] != nil)
        return basics.page(
            "task-cards", title: basics.labels("task_cards_title"), path: "/task-cards", content: content,
            request: request)
    }

    /// The deck's state: every card file's version, so that a reorder made on an older deck is refused.
    static func deckVersion(_ workshop: Workshop, workbench: Workbench) -> String {
        var hasher = FNV()
        for id in workshop.fileIDs["task-cards"] ?? [] {
            hasher.add(id)
            hasher.add(WorkshopFiles.read("task-cards/\(id).yaml", in: workbench.settings.workshop)?.version ?? "")
        }
        return hasher.hex
    }

    /// The deck in the order its numbers give: each card whose place changed gets its `order:`.
    static func reorder(_ request: Request, workbench: Workbench) async throws -> Response {
        let (form, _, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        let deck = workshop.taskCards.map(\.id)
        var places: [String: Int] = [:]
        for index in 0..<min(max(Int(form["card-count"] ?? "") ?? 0, 0), deck.count) {
            guard let id = form["card-\(index)"], deck.contains(id), let place = Int(formText(form["place-\(index)"])) else {
                continue
            }
            places[id] = place
        }
        let order = TaskCardEdit.reordered(deck, places: places)
        try workbench.saving.withLock {
            guard deckVersion(workshop, workbench: workbench) == (form["version"] ?? "") else {
                let rows = order.enumerated().map { index, id in
                    EditConflict.Row(
                        label: workshop.taskCard(named: id)?.mission?.value ?? id,
                        theirs: String((deck.firstIndex(of: id) ?? 0) + 1), mine: String(index + 1))
                }
                throw EditConflict(
                    action: "/task-cards/order", version: deckVersion(workshop, workbench: workbench), rows: rows,
                    showsAll: true, posted: form)
            }
            for (index, id) in order.enumerated() {
                let path = "task-cards/\(id).yaml"
                guard let file = WorkshopFiles.read(path, in: workbench.settings.workshop) else { continue }
                let text = String(decoding: file.data, as: UTF8.self)
                let placed = try TaskCardEdit.place(text, id: id, at: index + 1)
                if placed != text { try WorkshopFiles.write(placed, to: path, in: workbench.settings.workshop) }
            }
        }
        return Response.seeOther("/task-cards?saved=1")
    }

    static func pdf(_ request: Request, workbench: Workbench) throws -> Response {
        // A size the deck does not come in is the catalog's to refuse, with its reason.
        let size = request.uri.queryParameters["card"].flatMap { CardSize(String($0)) }
        return try PrintableDownloads.respond(
            request, PrintRequest(.taskCards, card: size), name: "task-cards-\(size?.rawValue ?? "deck")",
            format: .pdf, workbench: workbench)
    }

    // MARK: A card

    /// `task-card-form.mustache`: a new card's form or an existing one's, beside its printed face.
    struct Form {
        var action: String
        var version: String
        var isNew: Bool
        var heading: String
        var fileName: String
        var fields: [Field]
        var serviceLabel: String
        var journeyLabel: String
        var services: [Choice]
        var journeys: [Choice]
        var face: String
        var problems: [PageProblem]
        var hasProblems: Bool
        var saved: Bool
    }

    /// A text field of the card's form.
    struct Field {
        var key: String
        var id: String
        var label: String
        var value: String
        var long: Bool
        var short: Bool
        var hint: String
        var required: Bool
    }

    static func form(_ request: Request, id: String?, workbench: Workbench) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let snapshot = basics.snapshot
        var values = Dictionary(uniqueKeysWithValues: TaskCardEdit.keys.map { ($0, "") })
        var version = ""
        if let id {
            guard workshop.taskCard(named: id) != nil,
                let file = WorkshopFiles.read("task-cards/\(id).yaml", in: workbench.settings.workshop)
            else { throw HTTPError(.notFound) }
            values = TaskCardEdit.values(
                of: (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self)))?.value ?? .null)
            version = file.version
        }
        let words = templates.taskCards.labels.words(in: basics.language)
        let labels = basics.labels
        let path = id.map { workshop.source.displayPath("task-cards/\($0).yaml") } ?? ""
        let found = snapshot.diagnostics.filter { !path.isEmpty && $0.location?.file == path && $0.severity != .note }
        func field(_ key: String, long: Bool = false, hint: String = "") -> Field {
            Field(
                key: key, id: "field-\(key)", label: label(key, basics: basics, words: words), value: values[key] ?? "",
                long: long, short: !long, hint: hint, required: key == "story" || key == "mission")
        }
        func choices(_ items: [(String, String)], selected: String) -> [Choice] {
            var list =
                [Choice(value: "", name: labels("choose"), selected: selected.isEmpty)]
                + items.map { Choice(value: $0.0, name: $0.1, selected: $0.0 == selected) }
            if !selected.isEmpty, !items.contains(where: { $0.0 == selected }) {
                list.append(Choice(value: selected, name: selected, selected: true))
            }
            return list
        }
        let base = id.map { "/task-cards/\(percentEncoded($0))" }
        let variants = templates.journey.labels.words(in: basics.language)
        let journeys = workshop.journeys.map { journey in
            (journey.id, "\(journey.title.value) (\(variants(.variant(journey.variant.value))))")
        }
        let content = Form(
            action: base ?? "/task-cards", version: version, isNew: id == nil,
            heading: id == nil ? labels("new_task_card") : (values["mission"] ?? ""),
            fileName: id.map { "task-cards/\($0).yaml" } ?? "",
            fields: [
                field("headline", hint: labels("card_headline_hint")),
                field("story", long: true, hint: labels("card_story_hint")),
                field("mission"), field("department"), field("owner"),
            ],
            serviceLabel: label("service", basics: basics, words: words),
            journeyLabel: label("journey", basics: basics, words: words),
            services: choices(workshop.services.map { ($0.id, $0.name.value) }, selected: values["service"] ?? ""),
            journeys: choices(journeys, selected: values["journey"] ?? ""),
            face: base.map { "\($0)/card.png?v=\(version)" } ?? "",
            problems: found.map(basics.problem), hasProblems: !found.isEmpty,
            saved: request.uri.queryParameters["saved"] != nil)
        return basics.page(
            "task-card-form", title: content.heading, path: base ?? "/task-cards/new",
            content: content, request: request)
    }

    /// A field's label: the card's own words where the card prints them, the workbench's otherwise.
    static func label(_ key: String, basics: PageBasics, words: Labels<TaskCardLabel>) -> String {
        switch key {
        case "mission": words(.mission).trimmingCharacters(in: CharacterSet(charactersIn: ":："))
        case "department": words(.department)
        case "owner": words(.owner)
        default: basics.labels("card_\(key)")
        }
    }

    static func save(_ request: Request, id: String?, workbench: Workbench) async throws -> Response {
        let (form, basics, workshop, templates) = try await PageBasics.posting(request, workbench: workbench)
        let words = templates.taskCards.labels.words(in: basics.language)
        let values = TaskCardEdit.values(of: form)
        guard let id else {
            // A new card goes to the end of the deck: its file named after the next number.
            let next = (workshop.taskCards.map(\.deckPosition).filter { $0 < Int.max }.max() ?? 0) + 1
            let newID = try WorkshopFiles.create(
                in: "task-cards", of: workbench, named: "\(next) \(values["mission"] ?? "")",
                fallback: "\(next)"
            ) { _ in try TaskCardEdit.create(values) }
            return Response.seeOther("/task-cards/\(percentEncoded(newID))?saved=1")
        }
        guard workshop.taskCard(named: id) != nil else { throw HTTPError(.notFound) }
        let base = "/task-cards/\(percentEncoded(id))"
        try WorkshopFiles.update(
            "task-cards/\(id).yaml", in: workbench, version: form["version"] ?? "",
            conflict: { file in
                let theirs = TaskCardEdit.values(
                    of: (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self)))?.value ?? .null)
                return EditConflict(
                    action: base, version: file.version,
                    rows: TaskCardEdit.keys.map {
                        EditConflict.Row(
                            label: label($0, basics: basics, words: words), theirs: theirs[$0] ?? "", mine: values[$0] ?? "")
                    },
                    showsAll: true, posted: form)
            }
        ) { try TaskCardEdit.apply(values, to: $0) }
        return Response.seeOther("\(base)?saved=1")
    }

    /// A card's printed face as it is in the deck (its number among the others).
    static func face(_ request: Request, id: String, workbench: Workbench) throws -> Response {
        guard let index = workbench.snapshot().workshop?.taskCards.firstIndex(where: { $0.id == id }) else {
            throw HTTPError(.notFound)
        }
        return try PrintableDownloads.respond(
            request, PrintRequest(.taskCards), name: id, format: .cardFace(dpi: 90, index: index),
            workbench: workbench)
    }
}
