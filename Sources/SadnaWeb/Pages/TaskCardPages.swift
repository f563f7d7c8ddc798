import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// A deck's cards — the field exercise's at /task-cards, a programme's own at /decks/ID: the deck
/// in order (numbered, to reorder by number or by dragging), a card's form with the deck's own
/// fields, its printed face, and the deck as PDF in any card size.
enum TaskCardPages {
    /// The deck a page is about, found by its id (the field exercise's by default), and where its
    /// pages and files are.
    struct Place {
        var deck: Deck
        /// The pages' path: `/task-cards`, or `/decks/ID`.
        var base: String { deck.definition == nil ? "/task-cards" : "/decks/\(percentEncoded(deck.id))" }
        var keys: [String] { TaskCardEdit.keys(of: deck) }
        var keyOrder: [String] { TaskCardEdit.keyOrder(of: deck) }
        /// The catalog's request for its cards.
        var request: PrintRequest {
            deck.definition == nil ? PrintRequest(.taskCards) : PrintRequest(.cards, deck: deck.id)
        }

        init(_ id: String, in workshop: Workshop) throws {
            guard let deck = workshop.deck(named: id) else { throw HTTPError(.notFound) }
            self.deck = deck
        }

        init(deck: Deck) { self.deck = deck }

        func path(of card: String) -> String { "\(deck.folder)/\(card).yaml" }
        func href(of card: String) -> String { "\(base)/\(percentEncoded(card))" }
    }

    // MARK: The deck

    /// `task-cards.mustache`: the deck in order, the sizes to download it in, the order's form.
    struct DeckPage {
        var title: String
        var intro: String
        var base: String
        var newCard: String
        var cards: [Card]
        var hasCards: Bool
        var count: Int
        /// Every card file's version: a reorder made on an older deck is refused.
        var version: String
        var sizes: [Choice]
        var saved: Bool
        /// Why the order came back (nothing saved): after a restart, a full disk.
        var refill: FormProblems?
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

    /// The deck's page; with `refill`, the order's form as it was posted (each card's place as typed),
    /// after a post that was not saved.
    static func deck(
        _ request: Request, workbench: Workbench, deck id: String = SadnaKit.Deck.fieldExercise, refill: FormRefill? = nil
    ) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let place = try Place(id, in: workshop)
        let look = DeckLook(place.deck, templates: templates, language: basics.language)
        var version = deckVersion(place, workbench: workbench)
        var typedPlaces: [String: String] = [:]
        if let refill, !refill.unread {
            // The version the person ordered from, so that a deck changed meanwhile is still a conflict.
            version = refill.posted["version"] ?? version
            typedPlaces = postedPlaces(refill.posted, deck: place.deck.cards.map(\.id))
        }
        let cards = place.deck.cards.enumerated().map { index, card in
            // As the printed card's foot says them: "מחלקה: … · מומחה תוכן: …".
            let facts = card.footKeys.compactMap { key in
                card.value(of: key).map { value in look.footLabels[key].map { "\($0): \(value.value)" } ?? value.value }
            }
            return Card(
                index: index, id: card.id, number: typedPlaces[card.id] ?? String(index + 1), href: place.href(of: card.id),
                headline: card.headline?.value ?? "", story: card.story.value, mission: card.mission?.value ?? "",
                missionLabel: look.boxLabel ?? "", facts: facts.joined(separator: " · "),
                example: card.isExample, face: "\(place.href(of: card.id))/card.png?v=\(version)",
                placeLabel: basics.labels("card_place"))
        }
        let sizes = TaskCardTemplate.cardSizes.map { size in
            Choice(
                value: size.rawValue, name: basics.labels("card_size_\(size.rawValue.lowercased())"),
                selected: size == look.card)
        }
        let isFieldExercise = place.deck.definition == nil
        let content = DeckPage(
            title: isFieldExercise ? basics.labels("task_cards_title") : look.deckName,
            intro: isFieldExercise ? basics.labels("task_cards_intro") : "", base: place.base,
            newCard: isFieldExercise ? basics.labels("new_task_card") : basics.labels("new_card"),
            cards: cards, hasCards: !cards.isEmpty, count: cards.count, version: version, sizes: sizes,
            saved: request.uri.queryParameters["saved"] != nil && refill == nil,
            refill: refill?.problems(cards.map { ("place-\($0.index)", "place-\($0.index)") }))
        return basics.page(
            "task-cards", title: refill.map { $0.title(content.title, labels: basics.labels) } ?? content.title,
            path: place.base, content: content, status: refill?.status ?? .ok, request: request)
    }

    /// The place typed beside each of the deck's cards in a posted order form, by card id (at most
    /// as many as the deck has, whatever the form claims).
    static func postedPlaces(_ form: PostedForm, deck: [String]) -> [String: String] {
        var places: [String: String] = [:]
        for index in 0..<min(max(Int(form["card-count"] ?? "") ?? 0, 0), deck.count) {
            guard let id = form["card-\(index)"], deck.contains(id), let place = form["place-\(index)"] else { continue }
            places[id] = place
        }
        return places
    }

    /// The deck's state: every card file's version, so that a reorder made on an older deck is refused.
    static func deckVersion(_ place: Place, workbench: Workbench) -> String {
        var hasher = FNV()
        for id in place.deck.cards.map(\.id) {
            hasher.add(id)
            hasher.add(WorkshopFiles.read(place.path(of: id), in: workbench.settings.workshop)?.version ?? "")
        }
        return hasher.hex
    }

    /// The deck in the order its numbers give: each card whose place changed gets its `order:`.
    static func reorder(
        _ request: Request, workbench: Workbench, deck id: String = SadnaKit.Deck.fieldExercise
    ) async throws -> Response {
        let (form, _, workshop, _) = try await PageBasics.posting(request, workbench: workbench)
        let place = try Place(id, in: workshop)
        let deck = place.deck.cards.map(\.id)
        let places = postedPlaces(form, deck: deck).compactMapValues { Int(formText($0)) }
        let order = TaskCardEdit.reordered(deck, places: places)
        try workbench.saving.withLock {
            guard deckVersion(place, workbench: workbench) == (form["version"] ?? "") else {
                let rows = order.enumerated().map { index, id in
                    EditConflict.Row(
                        label: place.deck.cards.first { $0.id == id }.map { $0.mission?.value ?? $0.story.value } ?? id,
                        theirs: String((deck.firstIndex(of: id) ?? 0) + 1), mine: String(index + 1))
                }
                throw EditConflict(
                    action: "\(place.base)/order", version: deckVersion(place, workbench: workbench), rows: rows,
                    showsAll: true, posted: form)
            }
            for (index, id) in order.enumerated() {
                let path = place.path(of: id)
                guard let file = WorkshopFiles.read(path, in: workbench.settings.workshop) else { continue }
                let text = String(decoding: file.data, as: UTF8.self)
                let placed = try TaskCardEdit.place(text, id: id, at: index + 1)
                if placed != text { try WorkshopFiles.write(placed, to: path, in: workbench.settings.workshop) }
            }
        }
        return Response.seeOther("\(place.base)?saved=1")
    }

    static func pdf(_ request: Request, workbench: Workbench, deck id: String = SadnaKit.Deck.fieldExercise) throws -> Response {
        guard let workshop = workbench.snapshot().workshop else { throw HTTPError(.notFound) }
        let place = try Place(id, in: workshop)
        // A size the deck does not come in is the catalog's to refuse, with its reason.
        let size = request.uri.queryParameters["card"].flatMap { CardSize(String($0)) }
        var printing = place.request
        printing.card = size
        return try PrintableDownloads.respond(
            request, printing, name: "\(place.deck.id)-\(size?.rawValue ?? "deck")", format: .pdf, workbench: workbench)
    }

    // MARK: A card

    /// `task-card-form.mustache`: a new card's form or an existing one's, beside its printed face.
    struct Form {
        var deckHref: String
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
        /// Why a save came back (nothing saved), and its error summary, each a link to its field.
        var refill: FormProblems
        var deleteHref: String
        /// The values the form was opened with (`FieldMerge.carry`), so that a save merges by field.
        var loaded: String
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
        var message = ""
        var invalid = false
        /// Its message's and hint's ids, for `aria-describedby`.
        var describedBy = ""
    }

    static func form(
        _ request: Request, id: String?, workbench: Workbench, deck deckID: String = SadnaKit.Deck.fieldExercise
    ) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let place = try Place(deckID, in: workshop)
        var values = Dictionary(uniqueKeysWithValues: place.keys.map { ($0, "") })
        var version = ""
        if let id {
            guard place.deck.cards.contains(where: { $0.id == id }),
                let file = WorkshopFiles.read(place.path(of: id), in: workbench.settings.workshop)
            else { throw HTTPError(.notFound) }
            values = TaskCardEdit.values(
                of: (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self)))?.value ?? .null,
                keys: place.keys)
            version = file.version
        }
        return render(
            basics, place: place, workshop: workshop, templates: templates, id: id, values: values, version: version,
            loaded: id == nil ? "" : FieldMerge.carry(values), request: request)
    }

    /// The card's form with `values`; after a save that came back, `messages` beside their fields.
    static func render(
        _ basics: PageBasics, place: Place, workshop: Workshop, templates: TemplateSet, id: String?,
        values: [String: String], version: String, loaded: String, refill: FormRefill? = nil, request: Request
    ) -> Response {
        let messages = refill?.messages ?? [:]
        let snapshot = basics.snapshot
        let words = templates.taskCards.labels.words(in: basics.language)
        let labels = basics.labels
        let path = id.map { workshop.source.displayPath(place.path(of: $0)) } ?? ""
        let found = snapshot.diagnostics.filter { !path.isEmpty && $0.location?.file == path && $0.severity != .note }
        func field(
            _ key: String, label: String? = nil, long: Bool = false, hint: String = "", required: Bool? = nil
        ) -> Field {
            Field(
                key: key, id: "field-\(key)", label: label ?? Self.label(key, basics: basics, words: words),
                value: values[key] ?? "", long: long, short: !long, hint: hint,
                required: required ?? (key == "story" || key == "mission"),
                message: messages[key] ?? "", invalid: messages[key] != nil,
                describedBy: [messages[key] == nil ? "" : "field-\(key)-message", hint.isEmpty ? "" : "field-\(key)-hint"]
                    .filter { !$0.isEmpty }.joined(separator: " "))
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
        let base = id.map { place.href(of: $0) }
        let variants = templates.journey.labels.words(in: basics.language)
        let journeys = workshop.journeys.map { journey in
            (journey.id, "\(journey.title.value) (\(variants(.variant(journey.variant.value))))")
        }
        let definition = place.deck.definition
        // A deck of its own: its fields, named as it names them, required as it says.
        let ownFields = definition.map { definition in
            definition.fields.map { own in
                field(
                    own.key, label: own.label?(basics.language) ?? own.key, long: own.long,
                    required: own.required || own.key == definition.front.body)
            }
        }
        let heading =
            definition.map { definition in
                values[definition.front.headline ?? definition.front.body].flatMap { $0.isEmpty ? nil : $0 } ?? id ?? ""
            } ?? (values["mission"] ?? "")
        let fields =
            ownFields ?? [
                field("headline", hint: labels("card_headline_hint")),
                field("story", long: true, hint: labels("card_story_hint")),
                field("mission"), field("department"), field("owner"),
            ]
        let problems =
            refill?.problems(fields.map { ($0.key, $0.id) } + [("service", "field-service"), ("journey", "field-journey")])
            ?? FormProblems()
        let cameBack = refill != nil
        let content = Form(
            deckHref: place.base, action: base ?? place.base, version: version, isNew: id == nil,
            heading: id == nil ? (definition == nil ? labels("new_task_card") : labels("new_card")) : heading,
            fileName: id.map { place.path(of: $0) } ?? "",
            fields: fields,
            serviceLabel: label("service", basics: basics, words: words),
            journeyLabel: label("journey", basics: basics, words: words),
            services: choices(workshop.services.map { ($0.id, $0.name.value) }, selected: values["service"] ?? ""),
            journeys: choices(journeys, selected: values["journey"] ?? ""),
            face: base.map { "\($0)/card.png?v=\(version)" } ?? "",
            problems: cameBack ? [] : found.map(basics.problem), hasProblems: !cameBack && !found.isEmpty,
            saved: request.uri.queryParameters["saved"] != nil && !cameBack, refill: problems,
            // The field exercise's cards go to the bin from their page; a deck of its own's are its files.
            deleteHref: definition == nil ? base.map { "\($0)/delete" } ?? "" : "", loaded: loaded)
        let title = refill.map { $0.title(content.heading, labels: labels) } ?? content.heading
        return basics.page(
            "task-card-form", title: title, path: base ?? "\(place.base)/new",
            content: content, status: refill?.status ?? .ok, request: request)
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

    static func save(
        _ request: Request, id: String?, workbench: Workbench, deck deckID: String = SadnaKit.Deck.fieldExercise
    ) async throws -> Response {
        let (form, basics, workshop, templates) = try await PageBasics.posting(request, workbench: workbench)
        let place = try Place(deckID, in: workshop)
        let (keys, keyOrder) = (place.keys, place.keyOrder)
        let words = templates.taskCards.labels.words(in: basics.language)
        let values = TaskCardEdit.values(of: form, keys: keys)
        // A card needs its required fields in words: nothing is saved as "{}" or "_".
        let required: [(key: String, message: String)] =
            place.deck.definition.map { definition in
                definition.fields.filter { $0.required || $0.key == definition.front.body }.map { own in
                    (
                        own.key,
                        basics.labels("error_card_field").replacingOccurrences(
                            of: "{field}", with: own.label?(basics.language) ?? own.key)
                    )
                }
            } ?? [("story", basics.labels("error_card_story")), ("mission", basics.labels("error_card_mission"))]
        var messages: [String: String] = [:]
        for (key, message) in required
        where !(values[key] ?? "").unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) {
            messages[key] = message
        }
        if !messages.isEmpty {
            if let id, !place.deck.cards.contains(where: { $0.id == id }) { throw HTTPError(.notFound) }
            return render(
                basics, place: place, workshop: workshop, templates: templates, id: id, values: values,
                version: form["version"] ?? "", loaded: form["loaded"] ?? "",
                refill: FormRefill(posted: form, notice: basics.labels("form_not_saved"), messages: messages), request: request)
        }
        guard let id else {
            // A new card goes to the end of the deck: its file named after the next number.
            let next = (place.deck.cards.map(\.deckPosition).filter { $0 < Int.max }.max() ?? 0) + 1
            let named = place.deck.definition.map { values[$0.front.headline ?? $0.front.body] ?? "" } ?? values["mission"] ?? ""
            let newID = try WorkshopFiles.create(
                in: place.deck.folder, of: workbench, named: "\(next) \(named)", fallback: "\(next)"
            ) { _ in try TaskCardEdit.create(values, keys: keys, keyOrder: keyOrder) }
            return Response.seeOther("\(place.href(of: newID))?saved=1")
        }
        guard place.deck.cards.contains(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let base = place.href(of: id)
        let ownLabels = Dictionary(
            (place.deck.definition?.fields ?? []).map { ($0.key, $0.label?(basics.language) ?? $0.key) },
            uniquingKeysWith: { first, _ in first })
        // Her changes onto the card as it is now; only a field both changed is asked about.
        let loaded = FieldMerge.carried(form["loaded"])
        func fieldLabel(_ key: String) -> String { ownLabels[key] ?? label(key, basics: basics, words: words) }
        try WorkshopFiles.update(
            place.path(of: id), in: workbench, version: loaded == nil ? form["version"] ?? "" : nil,
            conflict: { file in
                let theirs = TaskCardEdit.values(
                    of: (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self)))?.value ?? .null,
                    keys: keys)
                return EditConflict(
                    action: base, version: file.version,
                    rows: keys.map {
                        EditConflict.Row(
                            label: fieldLabel($0), theirs: theirs[$0] ?? "", mine: values[$0] ?? "")
                    },
                    showsAll: true, posted: form)
            }
        ) { text in
            guard let loaded else { return try TaskCardEdit.apply(values, to: text, keys: keys, keyOrder: keyOrder) }
            let current = TaskCardEdit.values(of: try YAMLDocumentEditor(text: text).value, keys: keys)
            let merge = FieldMerge(fields: keys, loaded: loaded, mine: values, current: current)
            guard merge.conflicts.isEmpty else {
                throw merge.conflict(
                    action: base, fileText: text, current: current, mine: values, labels: keys.map { ($0, fieldLabel($0)) })
            }
            return try TaskCardEdit.apply(merge.result, to: text, keys: keys, keyOrder: keyOrder)
        }
        return Response.seeOther("\(base)?saved=1")
    }

    /// A card's printed face as it is in the deck (its number among the others).
    static func face(
        _ request: Request, id: String, workbench: Workbench, deck deckID: String = SadnaKit.Deck.fieldExercise
    ) throws -> Response {
        guard let workshop = workbench.snapshot().workshop else { throw HTTPError(.notFound) }
        let place = try Place(deckID, in: workshop)
        guard let index = place.deck.cards.firstIndex(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        return try PrintableDownloads.respond(
            request, place.request, name: id, format: .cardFace(dpi: 90, index: index), workbench: workbench)
    }

    // MARK: The same form again

    /// The card forms of the field exercise and of every deck of its own, drawn again (`SameForm`).
    static let sameForms = [
        SameForm("task-cards/order") { refill, _, request, workbench in
            try deck(request, workbench: workbench, refill: refill)
        },
        SameForm("decks/:/order") { refill, ids, request, workbench in
            try? deck(request, workbench: workbench, deck: ids[0], refill: refill)
        },
        SameForm("task-cards") { refill, _, request, workbench in
            try redraw(refill, deck: SadnaKit.Deck.fieldExercise, id: nil, request: request, workbench: workbench)
        },
        SameForm("task-cards/:") { refill, ids, request, workbench in
            try redraw(refill, deck: SadnaKit.Deck.fieldExercise, id: ids[0], request: request, workbench: workbench)
        },
        SameForm("decks/:") { refill, ids, request, workbench in
            try redraw(refill, deck: ids[0], id: nil, request: request, workbench: workbench)
        },
        SameForm("decks/:/:") { refill, ids, request, workbench in
            try redraw(refill, deck: ids[0], id: ids[1], request: request, workbench: workbench)
        },
    ]

    /// A card's form with what was posted (or, when nothing of the post was read, the card's file).
    static func redraw(
        _ refill: FormRefill, deck: String, id: String?, request: Request, workbench: Workbench
    ) throws -> Response? {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        guard let place = try? Place(deck, in: workshop) else { return nil }
        var values = TaskCardEdit.values(of: refill.posted, keys: place.keys)
        var version = refill.posted["version"] ?? "", loaded = refill.posted["loaded"] ?? ""
        if let id {
            guard place.deck.cards.contains(where: { $0.id == id }) else { return nil }
            if refill.unread, let file = WorkshopFiles.read(place.path(of: id), in: workbench.settings.workshop) {
                values = TaskCardEdit.values(
                    of: (try? YAMLDocumentEditor(text: String(decoding: file.data, as: UTF8.self)))?.value ?? .null,
                    keys: place.keys)
                (version, loaded) = (file.version, FieldMerge.carry(values))
            }
        }
        return render(
            basics, place: place, workshop: workshop, templates: templates, id: id, values: values, version: version,
            loaded: loaded, refill: refill, request: request)
    }

    // MARK: Every deck

    /// `decks.mustache`: the programme's decks, each with its name and number of cards.
    struct DeckList {
        struct Entry {
            var href: String
            var name: String
            var count: Int
        }
        var decks: [Entry]
        var hasDecks: Bool
    }

    static func decks(_ request: Request, workbench: Workbench) throws -> Response {
        let (basics, workshop, templates) = try PageBasics.opening(request, workbench: workbench)
        let entries = workshop.allDecks.map { deck in
            let place = Place(deck: deck)
            return DeckList.Entry(
                href: place.base, name: DeckLook(deck, templates: templates, language: basics.language).deckName,
                count: deck.cards.count)
        }
        return basics.page(
            "decks", title: basics.labels("decks_title"), path: "/decks",
            content: DeckList(decks: entries, hasDecks: !entries.isEmpty), request: request)
    }
}
