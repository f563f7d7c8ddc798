import Yams

/// Reads `decks/ID/deck.yaml` into a ``DeckDefinition``, and each card of the deck by it.
enum DeckLoader {
    static let keys = ["name", "card_name", "card", "sheet", "backs", "bleed", "qr", "fields", "front", "back"]
    static let fieldKeys = ["key", "label", "required", "long"]
    static let frontKeys = ["headline", "body", "box", "foot"]
    static let backKeys = ["text", "field", "none"]

    /// The definition of the deck `id`, or nil (with located errors) when it cannot print.
    static func definition(
        _ id: String, _ root: Node?, _ reader: NodeReader, language: Language, hasLogo: Bool
    ) -> DeckDefinition? {
        guard let root else {
            reader.report(
                .error(
                    .deckEmpty, ["deck": .name(id), "command": .code("sadna new deck \(id)")], at: .startOf(reader.file)))
            return nil
        }
        guard let d = reader.mapping(root, what: "a deck's deck.yaml", keys: keys) else { return nil }
        let name = words(d, "name", reader: reader, language: language)
        if name == nil, !d.has("name") {
            reader.report(
                .error(
                    .deckName,
                    [
                        "deck": .name(id), "key": .key("name"), "line": .code("name: …"),
                        "example": .code("name: {he: כרטיסי פתרונות, en: Solution cards}"),
                    ], at: d.location))
        }
        var seen = Set<String>()
        let fields = d.list("fields", required: true).compactMap { node -> DeckDefinition.Field? in
            guard let f = reader.mapping(node, what: "a deck's field", keys: fieldKeys),
                let key = f.text("key", required: true, example: "need")
            else { return nil }
            if DeckDefinition.cardKeys.contains(key.value) {
                reader.report(
                    .error(
                        .deckFieldCardKey,
                        ["field": .code(key.value), "keys": .list(DeckDefinition.cardKeys.map(MessageArgument.code))],
                        at: key.location))
                return nil
            }
            guard seen.insert(key.value).inserted else {
                reader.report(
                    .error(.deckFieldTwice, ["field": .code(key.value)], at: key.location))
                return nil
            }
            return DeckDefinition.Field(
                key: key.value, label: words(f, "label", reader: reader, language: language),
                required: f.flag("required")?.value ?? false, long: f.flag("long")?.value ?? false, location: key.location)
        }
        let known = fields.map(\.key)
        /// A field the front or back names, which must be one of `fields`.
        func field(_ text: Located<String>?, place: String) -> String? {
            guard let text else { return nil }
            guard known.contains(text.value) else {
                reader.report(
                    .error(
                        known.isEmpty ? .deckFieldUnknownNone : .deckFieldUnknown,
                        [
                            "place": .key(place), "field": .code(text.value), "key": .key("fields"),
                            "guess": Suggestion.didYouMean(text.value, among: known),
                            "fields": .list(known.map(MessageArgument.code)),
                        ], at: text.location))
                return nil
            }
            return text.value
        }
        let frontGroup = d.group("front", what: "a deck's `front`", keys: frontKeys, required: true)
        let body = frontGroup.flatMap { f in
            field(f.text("body", required: true, example: known.first ?? "story"), place: "body")
        }
        let front = frontGroup.flatMap { f -> DeckDefinition.Front? in
            guard let body else { return nil }
            return DeckDefinition.Front(
                headline: field(f.text("headline"), place: "headline"), body: body,
                box: field(f.text("box"), place: "box"),
                foot: f.texts("foot").compactMap { field($0, place: "foot") })

        }
        let back = self.back(d, reader: reader, language: language, hasLogo: hasLogo, field: field)
        let bleed = d.millimetres("bleed", range: 0...5)?.value ?? 0
        guard let name, let front, let back, !reader.diagnostics.hasErrors else { return nil }
        return DeckDefinition(
            name: name, cardName: words(d, "card_name", reader: reader, language: language),
            card: d.choice("card", among: TaskCardTemplate.cardSizes, what: "a card size for a deck")?.value ?? .a6,
            sheet: d.paper("sheet", formats: [.a4, .a3])?.value ?? .a4,
            backs: d.choice("backs", what: "a way to print the backs")?.value ?? .longEdge,
            bleed: bleed, qr: d.flag("qr")?.value ?? true, fields: fields, front: front, back: back)
    }

    /// `back:` — `none`, `logo` (the programme's), `{text: …}` (the whole deck's) or
    /// `{field: KEY}` (each card's own).
    private static func back(
        _ d: MappingReader, reader: NodeReader, language: Language, hasLogo: Bool,
        field: (Located<String>?, String) -> String?
    ) -> DeckDefinition.Back? {
        guard let node = d.value("back") else { return DeckDefinition.Back.none }
        if case .scalar = node, let word = d.text("back") {
            if word.value == "logo" {
                guard hasLogo else {
                    reader.report(
                        .error(
                            .deckBackLogo, ["key": .key("logo"), "example": .code("logo: logo.png")], at: word.location))
                    return nil
                }
                return .logo
            }
            guard word.value == "none" else {
                reader.report(
                    .error(
                        .deckBackWord,
                        [
                            "key": .key("back"), "value": .quoted(word.value), "none": .code("back: none"),
                            "text": .code("back: {text: …}"), "field": .code("back: {field: KEY}"),
                            "logo": .code("back: logo"),
                        ], at: word.location))
                return nil
            }
            return DeckDefinition.Back.none
        }
        guard let b = reader.mapping(node, what: "a deck's `back`", keys: ["text", "field"]) else { return nil }
        if let key = b.text("field") {
            return field(key, "back").map { DeckDefinition.Back.field($0) }
        }
        if let text = words(b, "text", reader: reader, language: language) { return .text(text) }
        reader.report(
            .error(
                .deckBackNeither,
                [
                    "key": .key("back"), "textKey": .key("text"), "fieldKey": .key("field"), "none": .code("back: none"),
                    "text": .code("text: …"), "field": .code("field: KEY"),
                ], at: b.location))
        return nil
    }

    /// A text in every language the file gives it in (`{he: …, en: …}`), or one text, taken as
    /// the programme's language: words of the deck's own, printed in the page's language.
    static func words(_ m: MappingReader, _ key: String, reader: NodeReader, language: Language) -> Words? {
        guard let node = m.value(key) else { return nil }
        if case let .mapping(mapping) = node, ContentLanguage.isTranslations(mapping) {
            var texts: [Language: String] = [:]
            for pair in mapping {
                guard let code = pair.key.string.flatMap(Language.init(rawValue:)),
                    let text = reader.text(pair.value, what: "`\(key)` in \(code.englishName)")
                else { continue }
                texts[code] = text.value
            }
            return texts.isEmpty ? nil : Words(texts)
        }
        return m.text(key).map { Words([language: $0.value]) }
    }

    /// One card of a deck, by its definition.
    static func card(_ id: String, _ root: Node?, _ reader: NodeReader, deck: String, definition: DeckDefinition) -> TaskCard? {
        guard let root else {
            reader.report(
                .error(
                    .fieldRequiredCard, ["fields": .list(definition.fields.map { .code($0.key) })],
                    at: .startOf(reader.file)))
            return nil
        }
        guard
            let c = reader.mapping(
                root, what: "a card of the deck \(deck)", keys: definition.fields.map(\.key) + DeckDefinition.cardKeys)
        else { return nil }
        var fields: [String: Located<String>] = [:]
        for field in definition.fields {
            let required = field.required || field.key == definition.front.body
            if let text = c.text(field.key, required: required) { fields[field.key] = text }
        }
        guard let story = fields[definition.front.body] else { return nil }
        var card = TaskCard(
            id: id, location: c.location, headline: definition.front.headline.flatMap { fields[$0] }, story: story,
            mission: definition.front.box.flatMap { fields[$0] }, service: c.text("service"), journey: c.text("journey"))
        card.deck = deck
        card.fields = fields
        card.footKeys = definition.front.foot
        if case let .field(key) = definition.back { card.back = fields[key] }
        card.author = c.text("author")
        card.isExample = c.flag("example")?.value ?? false
        card.order = c.integer("order", range: 1...10_000, example: "3")
        return card
    }
}
