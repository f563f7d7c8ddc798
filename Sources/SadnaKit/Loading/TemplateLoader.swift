import Foundation
import Yams

/// Reads the files in `Templates/`. They are data a user may edit, so they get the same located,
/// plain-language diagnostics as a workshop's files: an empty, broken or incomplete template is
/// an error at its file and line, never a crash and never a key printed on paper.
public enum TemplateLoader {
    /// Every template, or the diagnostics that stop it (the template set is nil when any is an error).
    public static func load(_ source: any FileSource) -> (templates: TemplateSet?, diagnostics: [Diagnostic]) {
        var context = Context(source: source)
        let shared =
            context.read("labels.yaml", what: "the shared-labels template") { root, reader in
                labels(root, as: SharedLabel.self, reader: reader)
            } ?? LabelSet([:])
        let agenda = context.read("agenda.yaml", what: "the agenda template") { readAgenda($0, $1, shared) }
        let taskCards = context.read("task-cards.yaml", what: "the task-card template") { readTaskCards($0, $1, shared) }
        let persona = context.read("persona.yaml", what: "the persona template") { readPersona($0, $1, shared) }
        let journey = context.read("journey.yaml", what: "the journey template") { readJourney($0, $1, shared) }
        let servicePage = context.read("service-page.yaml", what: "the service-page template") { readServicePage($0, $1, shared) }
        let kit = context.read("kit.yaml", what: "the kit template") { readKit($0, $1, shared) }
        let participants = context.read("participants.yaml", what: "the participants template") {
            readParticipants($0, $1, shared)
        }
        let booklet = context.read("booklet.yaml", what: "the booklet template") { root, reader -> LabelSet<BookletLabel>? in
            guard let t = reader.mapping(root, what: "the booklet template", keys: ["labels"]),
                let own = labels(t.value("labels"), as: BookletLabel.self, reader: reader, at: t.location)
            else { return nil }
            return shared.under(own)
        }
        let minutes = context.read("minutes.yaml", what: "the minutes template") { root, reader -> LabelSet<MinutesLabel>? in
            guard let t = reader.mapping(root, what: "the minutes template", keys: ["labels"]),
                let own = labels(t.value("labels"), as: MinutesLabel.self, reader: reader, at: t.location)
            else { return nil }
            return shared.under(own)
        }
        let plain = context.read("plain-language.yaml", what: "the plain-language rules", readPlainLanguage)
        let worksheets = context.worksheets()
        guard let agenda, let taskCards, let persona, let journey, let servicePage, let kit, let participants, let booklet,
            let minutes, let plain,
            !context.diagnostics.hasErrors
        else {
            return (nil, context.diagnostics)
        }
        let set = TemplateSet(
            source: source, labels: shared, agenda: agenda, taskCards: taskCards, persona: persona, journey: journey,
            servicePage: servicePage, plainLanguage: plain, kit: kit, participants: participants, booklet: booklet,
            minutes: minutes, worksheets: worksheets)
        let unnamed = unnamedPrintables(set)
        return (unnamed.isEmpty ? set : nil, context.diagnostics + unnamed)
    }

    /// The templates in `folder`, or a ``Failure`` holding why not.
    public static func load(_ folder: URL) throws -> TemplateSet {
        let (set, diagnostics) = load(FolderSource(folder))
        guard let set else { throw Failure(diagnostics: diagnostics) }
        return set
    }

    /// A file of labels only (`he: {key: text}, ar: …, en: …`), every key in every language: the
    /// words of a front-end's own (the workbench's `web/labels.yaml`).
    public static func labels(
        _ path: String, in source: any FileSource, keys: [String],
        what: String
    ) -> (labels: LabelSet<TextLabel>?, diagnostics: [Diagnostic]) {
        var context = Context(source: source)
        let set = context.read(path, what: what) { root, reader in labels(root, as: TextLabel.self, keys: keys, reader: reader) }
        return (set, context.diagnostics)
    }

    public struct Failure: Error, CustomStringConvertible {
        public var diagnostics: [Diagnostic]
        public var description: String { diagnostics.map(DiagnosticFormatter.text).joined(separator: "\n") }
    }

    /// Reads one template file after another, collecting every diagnostic.
    private struct Context {
        let source: any FileSource
        var diagnostics: [Diagnostic] = []

        /// The value `build` makes of `path`'s root, or nil when the file is missing, empty,
        /// broken, or has errors.
        mutating func read<T>(_ path: String, what: String, _ build: (Node, NodeReader) -> T?) -> T? {
            guard let file = YAMLFile.load(path, from: source, into: &diagnostics) else { return nil }
            guard let root = file.root else {
                diagnostics.append(
                    .error(.templateEmpty, ["what": .text(what), "file": .path(file.path)], at: .startOf(file.path)))
                return nil
            }
            let reader = NodeReader(file: file.path)
            let value = build(root, reader)
            diagnostics += reader.diagnostics
            return reader.diagnostics.hasErrors ? nil : value
        }

        /// Every worksheet in `worksheets/`.
        mutating func worksheets() -> [WorksheetTemplate] {
            let names: [String]
            do {
                names = try source.list("worksheets") ?? []
            } catch {
                diagnostics.append(error.diagnostic(at: .startOf(source.displayPath("worksheets")), folder: "worksheets/"))
                return []
            }
            var sheets: [WorksheetTemplate] = []
            for name in names where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
                let id = String(name.dropLast(5))
                if let sheet = read("worksheets/" + name, what: "the worksheet \(id)", { WorksheetLoader.load(id, $0, $1) }) {
                    sheets.append(sheet)
                }
            }
            return sheets
        }
    }

    // MARK: The templates

    private static func readAgenda(_ root: Node, _ reader: NodeReader, _ shared: LabelSet<SharedLabel>) -> AgendaTemplate? {
        guard let t = reader.mapping(root, what: "the agenda template", keys: ["paper", "margin", "columns", "labels"]) else {
            return nil
        }
        let columns = t.list("columns", required: true).compactMap { node -> AgendaTemplate.ColumnSpec? in
            guard let c = reader.mapping(node, what: "a column", keys: ["key", "width"]),
                let key = c.text("key", required: true)
            else { return nil }
            guard let column = AgendaTemplate.Column(rawValue: key.value) else {
                let names = AgendaTemplate.Column.allCases.map(\.rawValue)
                reader.report(
                    .error(
                        .templateColumnUnknown,
                        [
                            "column": .code(key.value), "guess": Suggestion.didYouMean(key.value, among: names),
                            "columns": .list(names.map(MessageArgument.code)),
                        ], at: key.location))
                return nil
            }
            if c.text("width")?.value == "fill" { return .init(column: column, width: nil) }
            return .init(column: column, width: c.integer("width", range: 5...300, required: true).map { Double($0.value) })
        }
        if columns.filter({ $0.width == nil }).count != 1 {
            reader.report(
                .error(.templateColumnFill, ["fill": .code("width: fill")], at: t.location(of: "columns")))
        }
        guard let own = labels(t.value("labels"), as: AgendaLabel.self, reader: reader, at: t.location) else { return nil }
        return AgendaTemplate(
            paper: t.paper(formats: [.a4, .a3])?.value ?? .a4,
            margin: Double(t.integer("margin", range: 8...50)?.value ?? 12),
            columns: columns, labels: shared.under(own))
    }

    private static func readTaskCards(_ root: Node, _ reader: NodeReader, _ shared: LabelSet<SharedLabel>) -> TaskCardTemplate? {
        guard let t = reader.mapping(root, what: "the task-card template", keys: ["card", "sheet", "backs", "labels"]),
            let own = labels(t.value("labels"), as: TaskCardLabel.self, reader: reader, at: t.location)
        else { return nil }
        return TaskCardTemplate(
            card: t.choice("card", among: TaskCardTemplate.cardSizes, what: "a task card's size")?.value ?? .a6,
            sheet: t.paper("sheet", formats: [.a4, .a3])?.value ?? .a4,
            backs: t.choice("backs", what: "a way to print the backs")?.value ?? .longEdge,
            labels: shared.under(own))
    }

    private static func readPersona(_ root: Node, _ reader: NodeReader, _ shared: LabelSet<SharedLabel>) -> PersonaTemplate? {
        guard let t = reader.mapping(root, what: "the persona template", keys: ["fields", "labels"]) else { return nil }
        var seen = Set<PersonaField>()
        let fields = t.list("fields", required: true).compactMap { node -> PersonaTemplate.Field? in
            guard let f = reader.mapping(node, what: "a persona field", keys: ["key", "section", "lines", "label", "aliases"]),
                let key = f.text("key", required: true)
            else { return nil }
            guard let field = PersonaField(rawValue: key.value) else {
                let names = PersonaField.allCases.map(\.rawValue)
                reader.report(
                    .error(
                        .templateFieldUnknown,
                        [
                            "field": .code(key.value), "guess": Suggestion.didYouMean(key.value, among: names),
                            "fields": .list(names.map(MessageArgument.code)),
                        ], at: key.location))
                return nil
            }
            seen.insert(field)
            let section = f.choice("section", what: "a section of the persona")?.value ?? PersonaTemplate.Section.identity
            guard let label = words(f.group("label", what: "a field's label", keys: languageKeys, required: true)) else {
                return nil
            }
            return .init(
                field: field, section: section, lines: f.integer("lines", range: 0...10)?.value ?? 1,
                label: label, aliases: f.texts("aliases").map(\.value))
        }
        for missing in PersonaField.allCases where !seen.contains(missing) {
            reader.report(
                .error(.templateFieldMissing, ["field": .code(missing.rawValue)], at: t.location(of: "fields")))
        }
        guard let own = labels(t.value("labels"), as: PersonaLabel.self, reader: reader, at: t.location) else { return nil }
        return PersonaTemplate(fields: fields, labels: shared.under(own))
    }

    private static func readJourney(_ root: Node, _ reader: NodeReader, _ shared: LabelSet<SharedLabel>) -> JourneyTemplate? {
        guard
            let t = reader.mapping(
                root, what: "the journey template",
                keys: ["stage_axis", "lanes", "sets", "default_set", "labels"])
        else { return nil }
        let axis = words(t.group("stage_axis", what: "the stage axis's label", keys: languageKeys, required: true))
        let lanes = t.list("lanes", required: true).compactMap { node -> JourneyTemplate.Lane? in
            guard let l = reader.mapping(node, what: "a lane", keys: ["id", "shows", "emotion", "pain", "label"]),
                let id = l.text("id", required: true)
            else { return nil }
            let shows = l.texts("shows").compactMap { name -> JourneyField? in
                guard let field = JourneyField(rawValue: name.value) else {
                    let all = JourneyField.allCases.map(\.rawValue)
                    reader.report(
                        .error(
                            .templateLaneShows,
                            [
                                "field": .code(name.value), "guess": Suggestion.didYouMean(name.value, among: all),
                                "fields": .list(all.map(MessageArgument.code)),
                            ], at: name.location))
                    return nil
                }
                return field
            }
            guard let label = words(l.group("label", what: "a lane's label", keys: languageKeys, required: true)) else {
                return nil
            }
            return .init(
                id: id.value, shows: shows, isEmotion: l.flag("emotion")?.value ?? false,
                isPain: l.flag("pain")?.value ?? false, label: label)
        }
        var sets: [String: [String]] = [:]
        if let group = t.value("sets"), case let .mapping(mapping) = group {
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                let ids: [String]
                if case let .sequence(sequence) = value { ids = sequence.compactMap(\.string) } else { ids = [] }
                for id in ids where !lanes.contains(where: { $0.id == id }) {
                    reader.report(
                        .error(
                            .templateLaneSet,
                            ["set": .code(name), "lane": .code(id), "lanes": .list(lanes.map { .code($0.id) })],
                            at: reader.location(of: value)))
                }
                sets[name] = ids
            }
        }
        let defaultSet = t.text("default_set")?.value ?? "full"
        if sets[defaultSet] == nil {
            reader.report(
                .error(
                    .templateLaneDefaultSet,
                    [
                        "key": .key("default_set"), "value": .quoted(defaultSet),
                        "sets": .list(sets.keys.sorted().map(MessageArgument.code)),
                    ], at: t.location(of: "default_set")))
        }
        guard let axis, let own = labels(t.value("labels"), as: JourneyLabel.self, reader: reader, at: t.location) else {
            return nil
        }
        return JourneyTemplate(stageAxis: axis, lanes: lanes, sets: sets, defaultSet: defaultSet, labels: shared.under(own))
    }

    /// `Templates/plain-language.yaml`: the service-page lint's words.
    private static func readPlainLanguage(_ root: Node, _ reader: NodeReader) -> PlainLanguageRules? {
        guard
            let t = reader.mapping(
                root, what: "the plain-language rules",
                keys: [
                    "max_sentence_words", "max_paragraph_words", "phrases",
                    "third_person", "known_acronyms", "notes",
                ])
        else { return nil }
        let phrases = t.list("phrases").compactMap { node -> PlainLanguageRules.Phrase? in
            guard let p = reader.mapping(node, what: "a phrase", keys: ["phrase", "use", "advice"]),
                let phrase = p.text("phrase", required: true)
            else { return nil }
            if let use = p.text("use") { return .init(phrase: phrase.value, use: use.value) }
            if let advice = p.text("advice") { return .init(phrase: phrase.value, use: advice.value, replaces: false) }
            reader.report(
                .error(
                    .templatePhrase,
                    [
                        "phrase": .quoted(phrase.value), "use": .key("use"), "advice": .key("advice"),
                        "useLine": .code("use: …"), "adviceLine": .code("advice: …"),
                    ], at: p.location))
            return nil
        }
        guard let notes = labels(t.value("notes"), as: ReviewNote.Key.self, reader: reader, at: t.location, named: "notes") else {
            return nil
        }
        return PlainLanguageRules(
            maxSentenceWords: t.integer("max_sentence_words", range: 5...100)?.value ?? 20,
            maxParagraphWords: t.integer("max_paragraph_words", range: 10...500)?.value ?? 60,
            phrases: phrases, thirdPerson: t.texts("third_person").map(\.value),
            knownAcronyms: t.texts("known_acronyms").map(\.value), notes: notes)
    }

    private static func readServicePage(
        _ root: Node, _ reader: NodeReader, _ shared: LabelSet<SharedLabel>
    ) -> ServicePageTemplate? {
        guard let t = reader.mapping(root, what: "the service-page template", keys: ["sketch", "labels"]) else { return nil }
        let sketch = t.list("sketch", required: true).compactMap { node -> ServicePageTemplate.SketchField? in
            guard let f = reader.mapping(node, what: "a sketch field", keys: ["label", "lines"]),
                let label = words(f.group("label", what: "a sketch field's label", keys: languageKeys, required: true))
            else { return nil }
            return .init(label: label, lines: f.integer("lines", range: 1...10)?.value ?? 1)
        }
        guard let own = labels(t.value("labels"), as: ServicePageLabel.self, reader: reader, at: t.location) else {
            return nil
        }
        return ServicePageTemplate(sketch: sketch, labels: shared.under(own))
    }

    private static func readKit(_ root: Node, _ reader: NodeReader, _ shared: LabelSet<SharedLabel>) -> LabelSet<KitLabel>? {
        guard let t = reader.mapping(root, what: "the kit template", keys: ["labels"]),
            let own = labels(t.value("labels"), as: KitLabel.self, reader: reader, at: t.location)
        else { return nil }
        return shared.under(own)
    }

    private static func readParticipants(
        _ root: Node, _ reader: NodeReader, _ shared: LabelSet<SharedLabel>
    ) -> ParticipantTemplate? {
        guard let t = reader.mapping(root, what: "the participants template", keys: ["stickers", "labels"]),
            let stickers = t.group("stickers", what: "`stickers`", keys: ["sheet", "sheets"], required: true),
            let chosen = stickers.text("sheet", required: true, example: "3x8"),
            let own = labels(t.value("labels"), as: ParticipantLabel.self, reader: reader, at: t.location)
        else { return nil }
        let sheets =
            stickers.value("sheets").flatMap { reader.namedGroups($0, what: "`sheets`") }.map { entries in
                entries.compactMap { name, node -> LabelSheet? in
                    guard
                        let s = reader.mapping(
                            node, what: "a label sheet",
                            keys: [
                                "description", "columns", "rows", "width", "height",
                                "top", "left", "column_gap", "row_gap", "safe",
                            ]),
                        let columns = s.integer("columns", range: 1...10, required: true),
                        let rows = s.integer("rows", range: 1...30, required: true),
                        let width = s.millimetres("width", range: 20...210, required: true),
                        let height = s.millimetres("height", range: 10...297, required: true),
                        let top = s.millimetres("top", range: 0...150, required: true),
                        let left = s.millimetres("left", range: 0...150, required: true),
                        let safe = s.millimetres("safe", range: 0...10, required: true)
                    else { return nil }
                    let sheet = LabelSheet(
                        name: name.value, description: s.text("description")?.value ?? name.value,
                        columns: columns.value, rows: rows.value, width: width.value, height: height.value,
                        top: top.value, left: left.value, columnGap: s.millimetres("column_gap", range: 0...50)?.value ?? 0,
                        rowGap: s.millimetres("row_gap", range: 0...50)?.value ?? 0, safe: safe.value)
                    guard sheet.fitsA4 else {
                        reader.report(
                            .error(.templateLabelSheetFit, ["sheet": .code(name.value)], at: name.location))
                        return nil
                    }
                    return sheet
                }
            } ?? []
        guard let sheet = sheets.first(where: { $0.name.lowercased() == chosen.value.lowercased() }) else {
            let names = sheets.map(\.name)
            reader.report(
                .error(
                    .templateLabelSheetUnknown,
                    [
                        "key": .key("sheet"), "sheet": .code(chosen.value),
                        "guess": Suggestion.didYouMean(chosen.value, among: names),
                        "sheets": .list(names.map(MessageArgument.code)),
                    ], at: chosen.location))
            return nil
        }
        return ParticipantTemplate(sheet: sheet, sheets: sheets, labels: shared.under(own))
    }

    // MARK: Words

    static let languageKeys = Language.allCases.map(\.code)

    /// `{he: …, ar: …, en: …}`, every language required.
    private static func words(_ group: MappingReader?) -> Words? {
        guard let group else { return nil }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            if let text = group.text(language.code, required: true) { texts[language] = text.value }
        }
        return texts.count == Language.allCases.count ? Words(texts) : nil
    }

    /// `he: {key: text, ...}, ar: ..., en: ...`; every language must have every key `Key` declares.
    private static func labels<Key: LabelKey>(
        _ node: Node?, as _: Key.Type, keys: [String] = Key.required, reader: NodeReader,
        at location: SourceLocation? = nil, named name: String = "labels"
    ) -> LabelSet<Key>? {
        guard let node else {
            reader.report(
                .error(.templateLabelsMissing, ["key": .key(name)], at: location ?? .startOf(reader.file)))
            return nil
        }
        guard let byLanguage = reader.mapping(node, what: "the labels", keys: languageKeys) else { return nil }
        var result: [Language: Labels<Key>] = [:]
        for language in Language.allCases {
            guard
                let group = byLanguage.group(
                    language.code, what: "the `\(language.code)` labels", keys: keys,
                    required: true)
            else { continue }
            var words: [String: String] = [:]
            for key in keys {
                if let text = group.text(key, required: true) { words[key] = text.value }
            }
            result[language] = Labels(language: language, words: words)
        }
        let complete =
            result.count == Language.allCases.count && result.values.allSatisfy { labels in keys.allSatisfy(labels.has) }
        return complete ? LabelSet(result) : nil
    }

    /// Every printable needs a name in some template (the print list and its PDF's title say it).
    private static func unnamedPrintables(_ set: TemplateSet) -> [Diagnostic] {
        PrintableKind.allCases.filter { set.name(of: $0, in: .he) == nil }.map { kind in
            .error(
                .templateLabelsPrintable, ["kind": .code(kind.rawValue), "line": .code("\(kind.rawValue): …")],
                at: .startOf(set.source.displayPath("labels.yaml")))

        }
    }
}

/// Every template Sadna prints from, loaded once and checked as a whole.
public struct TemplateSet: Sendable {
    /// Where they were read (`Templates/`), for the files `sadna new` copies.
    public var source: any FileSource
    /// Words every printable shares (`labels.yaml`), and the sheets of a poster printed as tiles.
    public var labels: LabelSet<SharedLabel>
    public var agenda: AgendaTemplate
    public var taskCards: TaskCardTemplate
    public var persona: PersonaTemplate
    public var journey: JourneyTemplate
    public var servicePage: ServicePageTemplate
    public var plainLanguage: PlainLanguageRules
    /// The words of a kit's cover and print list.
    public var kit: LabelSet<KitLabel>
    /// Name stickers, sign-in sheets and table tents.
    public var participants: ParticipantTemplate
    /// The headings of the programme's booklet.
    public var booklet: LabelSet<BookletLabel>
    /// The words of minutes, the blank minutes form and the open actions.
    public var minutes: LabelSet<MinutesLabel>
    /// Sadna's worksheets (`Templates/worksheets/`); a workshop's own of the same id replace them.
    public var worksheets: [WorksheetTemplate]

    /// `kind`'s one name in `language`, from the template file that names it (the print list's
    /// words and the PDF's title); nil only for a kind no file names, which the loader refuses.
    public func name(of kind: PrintableKind, in language: Language) -> String? {
        labels.name(of: kind, in: language) ?? agenda.labels.name(of: kind, in: language)
            ?? taskCards.labels.name(of: kind, in: language) ?? persona.labels.name(of: kind, in: language)
            ?? journey.labels.name(of: kind, in: language) ?? servicePage.labels.name(of: kind, in: language)
            ?? kit.name(of: kind, in: language) ?? participants.labels.name(of: kind, in: language)
            ?? booklet.name(of: kind, in: language) ?? minutes.name(of: kind, in: language)
    }
}
