import Foundation
import Yams

/// Reads `journeys/ID.yaml` into a ``Journey``.
enum JourneyLoader {
    static let keys =
        ["title", "persona", "variant", "improves", "group", "date", "lanes", "stages", "example", "scanned"]
        + Authorship.keys
    static let stageKeys = ["title", "emotion", "scanned"] + JourneyField.allCases.map(\.rawValue)

    static func load(_ id: String, _ root: Node?, _ reader: NodeReader) -> Journey? {
        guard let root else {
            reader.report(
                .error(
                    .fieldRequiredJourneyEmpty, ["title": .code("title:"), "stages": .code("stages:")], at: .startOf(reader.file))
            )
            return nil
        }
        guard let j = reader.mapping(root, what: "a journey", keys: keys) else { return nil }
        let title = j.text("title", required: true, example: "הוצאת אישור תושב")
        // "_" or "?" is a placeholder, not a title: the map would print it as the service's name.
        if let title, !title.value.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) {
            reader.report(
                .error(
                    .journeyTitlePlaceholder, ["title": .quoted(title.value), "example": .code("title: הוצאת אישור תושב")],
                    at: title.location))

        }
        var variant = Located(Journey.Variant.current, at: j.location)
        if let text = j.text("variant") {
            if let parsed = Journey.Variant(rawValue: text.value)
                ?? (["קיים", "עכשווי"].contains(text.value)
                    ? .current
                    : ["עתידי"].contains(text.value) ? .future : nil)
            {
                variant = Located(parsed, at: text.location)
            } else {
                reader.report(
                    .error(
                        .journeyVariant,
                        [
                            "key": .key("variant"), "value": .quoted(text.value), "current": .code("current"),
                            "future": .code("future"),
                        ],
                        at: text.location))
            }
        }
        let date = j.date("date", rule: "journey.date")
        let stages = j.list("stages", required: true).compactMap { stage(from: $0, reader: reader) }
        if j.has("stages") && stages.isEmpty && !reader.diagnostics.hasErrors {
            reader.report(
                .error(.journeyStages, ["stages": .key("stages"), "title": .key("title")], at: j.location(of: "stages")))
        }
        let improves = j.text("improves")
        if variant.value == .future && improves == nil {
            reader.report(.warning(.journeyImproves, ["example": .code("improves: ID")], at: variant.location))
        }
        guard let title else { return nil }
        var journey = Journey(
            id: id, location: j.location, title: title, persona: j.text("persona"), variant: variant,
            improves: improves, group: j.texts("group"), date: date, lanes: j.texts("lanes"),
            stages: stages, isExample: j.flag("example")?.value ?? false)
        journey.authorship = j.authorship
        journey.scanned = scanned(j, reader: reader)
        return journey
    }

    private static func stage(from node: Node, reader: NodeReader) -> JourneyStage? {
        guard let s = reader.mapping(node, what: "a journey stage", keys: stageKeys) else { return nil }
        var notes: [JourneyField: [JourneyNote]] = [:]
        for field in JourneyField.allCases {
            guard let value = s.value(field.rawValue) else { continue }
            // A lane holds a list of notes, or just one written on its own.
            let items: [Node]
            if case let .sequence(sequence) = value { items = Array(sequence) } else { items = [value] }
            let parsed = items.compactMap { note(from: $0, reader: reader) }
            if !parsed.isEmpty { notes[field] = parsed }
        }
        var emotion: Emotion?
        if let value = s.value("emotion") {
            emotion = self.emotion(from: value, reader: reader)
        }
        let crops = scanned(s, reader: reader)
        // A stage from a photographed canvas may have no typed title yet: its handwritten
        // title's crop, or (a stage begun from a lower sheet of a tiled canvas) only crops of its
        // cells, or none so far.
        let photographed = s.value("scanned") != nil
        let typed = photographed ? s.text("title") : s.text("title", required: true, example: "מחפשים מידע באתר")
        guard let title = typed ?? (photographed ? Located("", at: crops["title"]?.location ?? s.location) : nil) else {
            return nil
        }
        var stage = JourneyStage(title: title, location: s.location, notes: notes, emotion: emotion)
        stage.scanned = crops
        return stage
    }

    /// `scanned:`: a cell or field's name to its crop's path in the workshop (from `sadna scan`).
    private static func scanned(_ mapping: MappingReader, reader: NodeReader) -> [String: Located<String>] {
        guard let node = mapping.value("scanned"), let groups = reader.namedGroups(node, what: "the scanned cells") else {
            return [:]
        }
        var crops: [String: Located<String>] = [:]
        for (name, value) in groups {
            if let path = reader.text(value, what: "a scanned cell's picture") { crops[name.value] = path }
        }
        return crops
    }

    /// A note is a text, or `{text: …, evidence: observed|assumed|proposed}`.
    private static func note(from node: Node, reader: NodeReader) -> JourneyNote? {
        if case .scalar = node {
            return reader.text(node, what: "a note").map { JourneyNote(text: $0) }
        }
        guard let n = reader.mapping(node, what: "a note", keys: ["text", "evidence"]),
            let text = n.text("text", required: true)
        else { return nil }
        var evidence: Located<JourneyNote.Evidence>?
        if let word = n.text("evidence") {
            if let parsed = JourneyNote.Evidence.parse(word.value) {
                evidence = Located(parsed, at: word.location)
            } else {
                reader.report(
                    .error(.journeyEvidence, ["key": .key("evidence"), "value": .quoted(word.value)], at: word.location))
            }
        }
        return JourneyNote(text: text, evidence: evidence)
    }

    /// `emotion: -1`, or `emotion: {score: -1, word: מתוסכל}`.
    private static func emotion(from node: Node, reader: NodeReader) -> Emotion? {
        if case .scalar = node {
            guard let text = reader.text(node, what: "`emotion`") else { return nil }
            return score(text, reader: reader).map { Emotion(score: $0) }
        }
        guard let e = reader.mapping(node, what: "an emotion", keys: ["score", "word"]) else { return nil }
        guard let text = e.text("score", required: true, example: "-1"), let score = score(text, reader: reader) else {
            return nil
        }
        return Emotion(score: score, word: e.text("word"))
    }

    private static func score(_ text: Located<String>, reader: NodeReader) -> Located<Int>? {
        let normalised = text.value.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: "+", with: "")
        guard let value = Int(normalised.trimmingCharacters(in: .whitespaces)) else {
            reader.report(.error(.journeyScore, ["value": .quoted(text.value)], at: text.location))
            return nil
        }
        guard Emotion.range.contains(value) else {
            reader.report(.error(.journeyScoreRange, ["number": .number(value)], at: text.location))
            return nil
        }
        return Located(value, at: text.location)
    }
}
