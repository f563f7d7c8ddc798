import Foundation
import Yams

/// Reads the files in `Templates/`. They are data a user may edit, so they get the same located,
/// plain-language diagnostics as a workshop's files.
public enum TemplateLoader {
    public struct Failure: Error, CustomStringConvertible {
        public var diagnostics: [Diagnostic]
        public var description: String { diagnostics.map(DiagnosticFormatter.text).joined(separator: "\n") }
    }

    /// Words shared by every printable (`labels.yaml`).
    public static let sharedLabelKeys = ["page_of", "minutes", "hours", "until", "continued", "date", "hours_label",
                                         "venue", "goal", "none", "meeting"]

    /// `Templates/labels.yaml`, one ``Labels`` per language.
    public static func sharedLabels(in templates: URL) throws -> [String: Labels] {
        try read(templates.appendingPathComponent("labels.yaml")) { root, reader in
            labels(root, keys: sharedLabelKeys, reader: reader)
        }
    }

    /// `Templates/agenda.yaml`, with the shared labels merged under its own.
    public static func agenda(in templates: URL) throws -> AgendaTemplate {
        let shared = try sharedLabels(in: templates)
        return try read(templates.appendingPathComponent("agenda.yaml")) { root, reader in
            guard let root, let t = reader.mapping(root, what: "the agenda template",
                                                   keys: ["paper", "margin", "columns", "labels"]) else { return nil }
            let columns = t.list("columns", required: true).compactMap { node -> AgendaTemplate.ColumnSpec? in
                guard let c = reader.mapping(node, what: "a column", keys: ["key", "width"]),
                      let key = c.text("key", required: true) else { return nil }
                guard let column = AgendaTemplate.Column(rawValue: key.value) else {
                    let names = AgendaTemplate.Column.allCases.map(\.rawValue)
                    let guess = Suggestion.closest(to: key.value, among: names).map { "did you mean `\($0)`? " } ?? ""
                    reader.report(.error("unknown column `\(key.value)`", at: key.location,
                                         hint: guess + "the columns are: " + names.joined(separator: ", "),
                                         rule: "template.column"))
                    return nil
                }
                if c.text("width")?.value == "fill" { return .init(column: column, width: nil) }
                return .init(column: column, width: c.integer("width", range: 5...300, required: true).map { Double($0.value) })
            }
            if columns.filter({ $0.width == nil }).count != 1 {
                reader.report(.error("exactly one column must have `width: fill`", at: t.location(of: "columns"),
                                     rule: "template.column"))
            }
            guard let group = t.value("labels") else {
                reader.report(.error("the agenda template has no `labels`", at: t.location, rule: "field.required"))
                return nil
            }
            let merged = merge(shared, labels(group, keys: AgendaTemplate.labelKeys, reader: reader))
            return AgendaTemplate(paper: t.text("paper")?.value ?? "A4",
                                  margin: Double(t.integer("margin", range: 0...50)?.value ?? 12),
                                  columns: columns, labels: merged)
        }
    }

    /// `Templates/task-cards.yaml`, with the shared labels merged under its own.
    public static func taskCards(in templates: URL) throws -> TaskCardTemplate {
        let shared = try sharedLabels(in: templates)
        return try read(templates.appendingPathComponent("task-cards.yaml")) { root, reader in
            guard let root, let t = reader.mapping(root, what: "the task-card template",
                                                   keys: ["card", "sheet", "backs", "labels"]) else { return nil }
            let own = labels(t.value("labels"), keys: TaskCardTemplate.labelKeys, reader: reader)
            return TaskCardTemplate(card: t.text("card")?.value ?? "A6", sheet: t.text("sheet")?.value ?? "A4",
                                    backs: t.text("backs")?.value ?? "long-edge",
                                    labels: merge(shared, own))
        }
    }

    /// `Templates/persona.yaml`: every persona field, in order, with its words.
    public static func persona(in templates: URL) throws -> PersonaTemplate {
        let shared = try sharedLabels(in: templates)
        return try read(templates.appendingPathComponent("persona.yaml")) { root, reader in
            guard let root, let t = reader.mapping(root, what: "the persona template", keys: ["fields", "labels"]) else {
                return nil
            }
            var seen = Set<PersonaField>()
            let fields = t.list("fields", required: true).compactMap { node -> PersonaTemplate.Field? in
                guard let f = reader.mapping(node, what: "a persona field",
                                             keys: ["key", "section", "lines", "label", "aliases"]),
                      let key = f.text("key", required: true) else { return nil }
                guard let field = PersonaField(rawValue: key.value) else {
                    let names = PersonaField.allCases.map(\.rawValue)
                    let guess = Suggestion.closest(to: key.value, among: names).map { "did you mean `\($0)`? " } ?? ""
                    reader.report(.error("unknown persona field `\(key.value)`", at: key.location,
                                         hint: guess + "the fields are: " + names.joined(separator: ", "),
                                         rule: "template.field"))
                    return nil
                }
                seen.insert(field)
                let sectionName = f.text("section", required: true)?.value ?? "identity"
                guard let section = PersonaTemplate.Section(rawValue: sectionName) else {
                    reader.report(.error("unknown section `\(sectionName)`", at: f.location(of: "section"),
                                         hint: "the sections are: identity, demographics, behaviour, needs",
                                         rule: "template.field"))
                    return nil
                }
                var label: [String: String] = [:]
                if let words = f.group("label", what: "a field's label", keys: Labels.languages, required: true) {
                    for language in Labels.languages {
                        if let text = words.text(language, required: true) { label[language] = text.value }
                    }
                }
                return .init(field: field, section: section, lines: f.integer("lines", range: 0...10)?.value ?? 1,
                             label: label, aliases: f.texts("aliases").map(\.value))
            }
            for missing in PersonaField.allCases where !seen.contains(missing) {
                reader.report(.error("the persona template has no field `\(missing.rawValue)`", at: t.location(of: "fields"),
                                     hint: "every persona field needs its place and words", rule: "template.field"))
            }
            let own = labels(t.value("labels"), keys: PersonaTemplate.labelKeys, reader: reader)
            return PersonaTemplate(fields: fields, labels: merge(shared, own))
        }
    }

    /// `Templates/journey.yaml`: the lanes, the lane sets and the map's words.
    public static func journey(in templates: URL) throws -> JourneyTemplate {
        let shared = try sharedLabels(in: templates)
        return try read(templates.appendingPathComponent("journey.yaml")) { root, reader in
            guard let root, let t = reader.mapping(root, what: "the journey template",
                                                   keys: ["stage_axis", "lanes", "sets", "default_set", "labels"]) else {
                return nil
            }
            func words(_ group: MappingReader?) -> [String: String] {
                var result: [String: String] = [:]
                for language in Labels.languages {
                    if let text = group?.text(language, required: true) { result[language] = text.value }
                }
                return result
            }
            let axis = words(t.group("stage_axis", what: "the stage axis's label", keys: Labels.languages, required: true))
            let lanes = t.list("lanes", required: true).compactMap { node -> JourneyTemplate.Lane? in
                guard let l = reader.mapping(node, what: "a lane", keys: ["id", "shows", "emotion", "pain", "label"]),
                      let id = l.text("id", required: true) else { return nil }
                let shows = l.texts("shows").compactMap { name -> JourneyField? in
                    guard let field = JourneyField(rawValue: name.value) else {
                        let all = JourneyField.allCases.map(\.rawValue)
                        let guess = Suggestion.closest(to: name.value, among: all).map { "did you mean `\($0)`? " } ?? ""
                        reader.report(.error("a lane cannot show `\(name.value)`", at: name.location,
                                             hint: guess + "lanes show: " + all.joined(separator: ", "), rule: "template.lane"))
                        return nil
                    }
                    return field
                }
                return .init(id: id.value, shows: shows, isEmotion: l.flag("emotion")?.value ?? false,
                             isPain: l.flag("pain")?.value ?? false,
                             label: words(l.group("label", what: "a lane's label", keys: Labels.languages, required: true)))
            }
            var sets: [String: [String]] = [:]
            if let group = t.value("sets"), case let .mapping(mapping) = group {
                for (key, value) in mapping {
                    guard let name = key.string else { continue }
                    let ids: [String]
                    if case let .sequence(sequence) = value { ids = sequence.compactMap(\.string) } else { ids = [] }
                    for id in ids where !lanes.contains(where: { $0.id == id }) {
                        reader.report(.error("the set `\(name)` names an unknown lane `\(id)`", at: reader.location(of: value),
                                             rule: "template.lane"))
                    }
                    sets[name] = ids
                }
            }
            let defaultSet = t.text("default_set")?.value ?? "full"
            if sets[defaultSet] == nil {
                reader.report(.error("`default_set` \"\(defaultSet)\" is not one of the sets", at: t.location(of: "default_set"),
                                     rule: "template.lane"))
            }
            let own = labels(t.value("labels"), keys: JourneyTemplate.labelKeys, reader: reader)
            return JourneyTemplate(stageAxis: axis, lanes: lanes, sets: sets, defaultSet: defaultSet,
                                   labels: merge(shared, own))
        }
    }

    /// `Templates/plain-language.yaml`: the service-page lint's words.
    public static func plainLanguage(in templates: URL) throws -> PlainLanguageRules {
        try read(templates.appendingPathComponent("plain-language.yaml")) { root, reader in
            guard let root, let t = reader.mapping(root, what: "the plain-language rules",
                                                   keys: ["max_sentence_words", "max_paragraph_words", "phrases",
                                                          "third_person", "known_acronyms"]) else { return nil }
            let phrases = t.list("phrases").compactMap { node -> PlainLanguageRules.Phrase? in
                guard let p = reader.mapping(node, what: "a phrase", keys: ["phrase", "use"]),
                      let phrase = p.text("phrase", required: true), let use = p.text("use", required: true) else { return nil }
                return .init(phrase: phrase.value, use: use.value)
            }
            return PlainLanguageRules(maxSentenceWords: t.integer("max_sentence_words", range: 5...100)?.value ?? 20,
                                      maxParagraphWords: t.integer("max_paragraph_words", range: 10...500)?.value ?? 60,
                                      phrases: phrases, thirdPerson: t.texts("third_person").map(\.value),
                                      knownAcronyms: t.texts("known_acronyms").map(\.value))
        }
    }

    /// `Templates/service-page.yaml`: the sketch's fields and the page's words.
    public static func servicePage(in templates: URL) throws -> ServicePageTemplate {
        let shared = try sharedLabels(in: templates)
        return try read(templates.appendingPathComponent("service-page.yaml")) { root, reader in
            guard let root, let t = reader.mapping(root, what: "the service-page template", keys: ["sketch", "labels"]) else {
                return nil
            }
            let sketch = t.list("sketch", required: true).compactMap { node -> ServicePageTemplate.SketchField? in
                guard let f = reader.mapping(node, what: "a sketch field", keys: ["label", "lines"]),
                      let words = f.group("label", what: "a sketch field's label", keys: Labels.languages, required: true)
                else { return nil }
                var label: [String: String] = [:]
                for language in Labels.languages {
                    if let text = words.text(language, required: true) { label[language] = text.value }
                }
                return .init(label: label, lines: f.integer("lines", range: 1...10)?.value ?? 1)
            }
            let own = labels(t.value("labels"), keys: ServicePageTemplate.labelKeys, reader: reader)
            return ServicePageTemplate(sketch: sketch, labels: merge(shared, own))
        }
    }

    /// Every word a kit prints (`Templates/kit.yaml`).
    public static let kitLabelKeys = ["kit", "print_list", "item", "file", "paper", "range", "pages", "copies", "duplex", "cut",
                                      "purpose", "yes", "no", "cover", "total", "total_one", "long-edge", "short-edge"]
        + ["agenda", "handout", "task-cards", "persona-cards", "persona-form", "journey", "journey-canvas", "service-page",
           "service-sketch", "prioritisation", "worksheet"]

    /// `Templates/kit.yaml`, with the shared labels merged under its own.
    public static func kit(in templates: URL) throws -> [String: Labels] {
        let shared = try sharedLabels(in: templates)
        return try read(templates.appendingPathComponent("kit.yaml")) { root, reader in
            guard let root, let t = reader.mapping(root, what: "the kit template", keys: ["labels"]) else { return nil }
            return merge(shared, labels(t.value("labels"), keys: kitLabelKeys, reader: reader))
        }
    }

    private static func merge(_ shared: [String: Labels], _ own: [String: Labels]) -> [String: Labels] {
        var merged: [String: Labels] = [:]
        for language in Labels.languages {
            guard let base = shared[language], let mine = own[language] else { continue }
            merged[language] = base.merging(mine)
        }
        return merged
    }

    /// `he: {key: text, ...}, ar: ..., en: ...`; every language must have every key.
    private static func labels(_ node: Node?, keys: [String], reader: NodeReader) -> [String: Labels] {
        guard let node, let byLanguage = reader.mapping(node, what: "the labels", keys: Labels.languages) else {
            return [:]
        }
        var result: [String: Labels] = [:]
        for language in Labels.languages {
            guard let group = byLanguage.group(language, what: "the `\(language)` labels", keys: keys,
                                               required: true) else { continue }
            var words: [String: String] = [:]
            for key in keys {
                if let text = group.text(key, required: true) { words[key] = text.value }
            }
            result[language] = Labels(language: language, words: words)
        }
        return result
    }

    private static func read<T>(_ url: URL, _ build: (Node?, NodeReader) -> T?) throws -> T {
        var diagnostics: [Diagnostic] = []
        let path = DisplayPath.of(url)
        guard let file = YAMLFile.load(url, displayPath: path, into: &diagnostics) else {
            throw Failure(diagnostics: diagnostics)
        }
        let reader = NodeReader(file: path)
        let value = build(file.root, reader)
        diagnostics += reader.diagnostics
        guard let value, !diagnostics.hasErrors else { throw Failure(diagnostics: diagnostics) }
        return value
    }
}
