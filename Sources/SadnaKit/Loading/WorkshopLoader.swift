import Foundation
import Yams

/// Loads a workshop folder: `workshop.yaml` and `meetings/*.yaml`.
///
/// Loading never stops at the first problem: it reads everything it can and returns every
/// diagnostic, so that one `sadna check` shows the whole list.
public enum WorkshopLoader {
    public struct Result {
        /// Nil only when `workshop.yaml` itself could not be read.
        public var workshop: Workshop?
        public var diagnostics: [Diagnostic]
    }

    static let keys = [
        "title", "organisation", "years", "language", "story", "authors", "council", "goals",
        "service_arenas", "service_concept", "team", "meeting_format", "contents", "outcomes", "team_size",
        "projects", "languages", "whole_names", "logo",
    ]

    /// Loads the workshop in `directory`.
    public static func load(_ directory: URL) -> Result {
        load(FolderSource(directory))
    }

    /// Loads the workshop whose files `source` holds, its texts in `page`'s language where the
    /// workshop keeps them in it (``ContentLanguage``), else in its main language.
    public static func load(_ source: any FileSource, printingIn page: Language? = nil) -> Result {
        var diagnostics: [Diagnostic] = []
        guard source.kind(of: "workshop.yaml") == .file else {
            diagnostics.append(.error(.workshopMissing, ["folder": .path(source.displayPath(""))], at: nil))
            return Result(workshop: nil, diagnostics: diagnostics)
        }
        guard let file = YAMLFile.load("workshop.yaml", from: source, into: &diagnostics) else {
            return Result(workshop: nil, diagnostics: diagnostics)
        }
        guard let choice = ContentLanguage.choice(for: file.root, printingIn: page ?? .he) else {
            return load(file, source: source, diagnostics: diagnostics)
        }
        var result = ContentLanguage.$current.withValue(
            page == nil
                ? ContentLanguage(wanted: choice.fallback, fallback: choice.fallback, kept: choice.kept)
                : choice
        ) {
            load(file, source: source, diagnostics: diagnostics)
        }
        // Texts taken in another language are set in its direction and fonts.
        if page != nil { result.workshop?.language = choice.wanted }
        return result
    }

    /// The rest of a load, once workshop.yaml is read.
    private static func load(_ file: YAMLFile, source: any FileSource, diagnostics: [Diagnostic]) -> Result {
        var diagnostics = diagnostics
        let reader = NodeReader(file: file.path)
        guard var workshop = readWorkshop(file.root, source: source, reader: reader) else {
            return Result(workshop: nil, diagnostics: diagnostics + reader.diagnostics)
        }
        diagnostics += reader.diagnostics
        workshop.texts[file.path] = file.text

        var folders = FolderLoader(source: source, workshop: workshop, diagnostics: diagnostics)
        workshop.meetings = folders.load("meetings", load: MeetingLoader.load)
        workshop.taskCards = inDeckOrder(folders.load("task-cards", load: TaskCardLoader.load))
        // A deck whose backs show the logo needs `logo:` written; one that cannot be used is
        // reported at its own line, not again at every such deck.
        let namesLogo = workshop.logo != nil || reader.diagnostics.contains { $0.id?.rawValue.hasPrefix("workshop.logo") == true }
        workshop.decks = decks(&folders, hasFieldExercise: source.kind(of: Deck.fieldExercise) == .folder, namesLogo: namesLogo)
        workshop.personas = folders.load("personas", load: PersonaLoader.load)
        workshop.journeys = folders.load("journeys", load: JourneyLoader.load)
        // The backlog shares the services folder but is not a page.
        workshop.services = folders.load("services", skipping: ["backlog.yaml"], load: ServicePageLoader.load)
        workshop.worksheets = folders.load("worksheets", load: WorksheetLoader.load)
        workshop.fileIDs = folders.fileIDs
        workshop.texts.merge(folders.texts) { _, new in new }
        diagnostics = folders.diagnostics
        // The files that stand alone, each read when present.
        func standalone<Value>(_ path: String, _ value: (Node?, NodeReader) -> Value) -> Value? {
            guard source.kind(of: path) == .file, let read = YAMLFile.load(path, from: source, into: &diagnostics) else {
                return nil
            }
            let reader = NodeReader(file: read.path)
            defer { diagnostics += reader.diagnostics }
            workshop.texts[read.path] = read.text
            return value(read.root, reader)
        }
        workshop.backlog = standalone("services/backlog.yaml") { ServicePageLoader.backlog($0, reader: $1) } ?? []
        workshop.booklet = standalone(BookletLoader.path) { BookletLoader.load($0, reader: $1) } ?? nil
        workshop.participants = standalone(ParticipantLoader.path) { ParticipantLoader.load($0, reader: $1) } ?? []
        return Result(workshop: workshop, diagnostics: diagnostics)
    }

    /// Reads the folders that hold one entity per file, remembering every file's id (even of
    /// files that could not be read, so that a broken persona is reported once, at its own line,
    /// and not again as "no such persona" wherever a journey names it).
    private struct FolderLoader {
        let source: any FileSource
        let workshop: Workshop
        var diagnostics: [Diagnostic]
        var fileIDs: [String: [String]] = [:]
        var texts: [String: String] = [:]

        init(source: any FileSource, workshop: Workshop, diagnostics: [Diagnostic]) {
            self.source = source
            self.workshop = workshop
            self.diagnostics = diagnostics
        }

        /// Every `ID.yaml` of `folder`, in file-name order.
        mutating func load<Entity>(
            _ folder: String, skipping: Set<String> = [],
            load: (String, Node?, NodeReader) -> Entity?
        ) -> [Entity] {
            let names: [String]
            do {
                names = try source.list(folder) ?? []
            } catch {
                diagnostics.append(error.diagnostic(at: .startOf(source.displayPath(folder)), folder: folder + "/"))
                return []
            }
            var ids: [String] = []
            var wanted: [String] = []
            for name in names.sorted(by: WorkshopLoader.fileOrder) {
                if name.hasSuffix(".yml") {
                    diagnostics.append(
                        .warning(
                            .workshopFileName, ["file": .path(name), "name": .path("\(name.dropLast(4)).yaml")],
                            at: .startOf(source.displayPath(FilePath.join(folder, name)))))
                    continue
                }
                guard name.hasSuffix(".yaml"), !name.hasPrefix("."), !skipping.contains(name) else { continue }
                wanted.append(name)
            }
            // One entity a file at most: room for them all at once, not grown by doubling.
            var entities: [Entity] = []
            entities.reserveCapacity(wanted.count)
            // The files are read and parsed side by side (a deck of a thousand cards is a
            // thousand files), a run of them at a time so that only a run's trees are held at
            // once, then taken in order, so what is found comes out the same.
            let source = self.source, run = 64
            for start in stride(from: 0, to: wanted.count, by: run) {
                let names = wanted[start..<min(wanted.count, start + run)]
                let threads = names.count < 16 ? 1 : ParallelWork.cores
                let read =
                    (try? ParallelWork.map(names.count, threads: threads) { index -> (YAMLFile?, [Diagnostic]) in
                        var found: [Diagnostic] = []
                        let file = YAMLFile.load(FilePath.join(folder, names[start + index]), from: source, into: &found)
                        return (file, found)
                    }) ?? []
                for (name, (file, found)) in zip(names, read) {
                    let id = String(name.dropLast(5))
                    ids.append(id)
                    diagnostics += found
                    guard let file else { continue }
                    // Kept for the service pages alone, which the plain-language review points
                    // into: a deck of 10,000 cards would otherwise hold all its files in memory.
                    if folder == "services" { texts[file.path] = file.text }
                    let reader = NodeReader(file: file.path)
                    if let entity = load(id, file.root, reader) {
                        entities.append(entity)
                    }
                    diagnostics += reader.diagnostics
                }
            }
            fileIDs[folder] = ids
            return entities
        }
    }

    /// The logo's path in the workshop's folder, when it names a PNG or JPEG there that can be
    /// read; otherwise nil, with an error at `logo:` saying why. Whether its bytes are a picture
    /// is found when it is drawn (and by `sadna check`), as a persona's photo is.
    static func logo(_ logo: Located<String>, in source: any FileSource, reader: NodeReader) -> Located<String>? {
        let kind = (logo.value as NSString).pathExtension.lowercased()
        guard ["png", "jpg", "jpeg"].contains(kind) else {
            reader.report(
                .error(.workshopLogoKind, ["key": .key("logo"), "path": .path(logo.value)], at: logo.location))
            return nil
        }
        do throws(FileSourceError) {
            guard let path = source.resolve(logo.value, from: "") else { throw .outside }
            _ = try source.read(path, limit: Limits.photoFileBytes)
            return Located(path, at: logo.location)
        } catch {
            reader.report(
                .error(
                    .workshopLogo, ["key": .key("logo"), "path": .path(logo.value), "reason": error.reason, "fix": error.fix],
                    at: logo.location))
            return nil
        }
    }

    /// The programme's own decks, `decks/ID/` each: its `deck.yaml`, then its cards by it.
    private static func decks(_ folders: inout FolderLoader, hasFieldExercise: Bool, namesLogo: Bool) -> [Deck] {
        let source = folders.source
        let names: [String]
        do {
            names = try source.list("decks") ?? []
        } catch {
            folders.diagnostics.append(
                error.diagnostic(at: .startOf(source.displayPath("decks")), folder: "decks/"))
            return []
        }
        var decks: [Deck] = []
        for name in names.sorted(by: fileOrder) where !name.hasPrefix(".") {
            let folder = FilePath.join("decks", name)
            guard source.kind(of: folder) == .folder else {
                if name.hasSuffix(".yaml") {
                    folders.diagnostics.append(
                        .warning(
                            .deckFolder, ["file": .path("decks/\(name)"), "command": .code("sadna new deck ID")],
                            at: .startOf(source.displayPath(folder))))
                }
                continue
            }
            let path = FilePath.join(folder, "deck.yaml")
            guard source.kind(of: path) == .file else {
                folders.diagnostics.append(
                    .error(
                        .deckMissing, ["deck": .name(name), "command": .code("sadna new deck \(name) --force")],
                        at: .startOf(source.displayPath(folder))))
                continue
            }
            if name == Deck.fieldExercise, hasFieldExercise {
                folders.diagnostics.append(
                    .error(
                        .deckDuplicate,
                        [
                            "folder": .path("decks/\(name)/"), "cards": .path("task-cards/"),
                            "example": .path("decks/\(name)-2"),
                        ], at: .startOf(source.displayPath(path))))

                continue
            }
            guard let file = YAMLFile.load(path, from: source, into: &folders.diagnostics) else { continue }
            let reader = NodeReader(file: file.path)
            let definition = DeckLoader.definition(
                name, file.root, reader, language: folders.workshop.language, hasLogo: namesLogo)
            folders.diagnostics += reader.diagnostics
            guard let definition else { continue }
            let cards = folders.load(folder, skipping: ["deck.yaml"]) { id, root, reader in
                DeckLoader.card(id, root, reader, deck: name, definition: definition)
            }
            decks.append(
                Deck(
                    id: name, location: .startOf(file.path), definition: definition, cards: inDeckOrder(cards)))
        }
        return decks
    }

    /// The deck in its order: each card's `order`, else its file's number, and the files' order
    /// among equals. Each card's place is worked out once, and the cards are copied only when
    /// they move: a deck of 10,000 cards is megabytes, and most decks are in order already.
    static func inDeckOrder(_ cards: [TaskCard]) -> [TaskCard] {
        let positions = cards.map(\.deckPosition)
        let order = cards.indices.sorted { (positions[$0], $0) < (positions[$1], $1) }
        return order.elementsEqual(cards.indices) ? cards : order.map { cards[$0] }
    }

    /// "2" before "10", and numbered files before named ones.
    static func fileOrder(_ a: String, _ b: String) -> Bool {
        let na = Int(a.split(separator: ".").first ?? ""), nb = Int(b.split(separator: ".").first ?? "")
        switch (na, nb) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a < b
        }
    }

    private static func readWorkshop(_ root: Node?, source: any FileSource, reader: NodeReader) -> Workshop? {
        guard let root, let w = reader.mapping(root, what: "workshop.yaml", keys: keys) else {
            if root == nil {
                reader.report(.error(.fieldRequiredWorkshopEmpty, ["example": .code("title: ...")], at: .startOf(reader.file)))
            }
            return nil
        }
        guard let title = w.text("title", required: true, example: "מובילים דיגיטליים") else { return nil }

        let council = w.group(
            "council", what: "`council`",
            keys: [
                "name", "description", "settlements", "residents_before", "residents_after",
                "period", "growth",
            ]
        ).map { c in
            Council(
                name: c.text("name"), description: c.text("description"),
                settlements: c.integer("settlements", range: 0...100_000),
                residentsBefore: c.integer("residents_before", range: 0...100_000_000),
                residentsAfter: c.integer("residents_after", range: 0...100_000_000),
                period: c.text("period"), growth: c.text("growth"))
        }
        let concept = w.group(
            "service_concept", what: "`service_concept`",
            keys: ["name", "introduction", "principles"]
        ).flatMap { c -> ServiceConcept? in
            let principles = c.list("principles").compactMap { node -> ServiceConcept.Principle? in
                guard let p = reader.mapping(node, what: "a principle", keys: ["name", "text"]),
                    let name = p.text("name", required: true), let text = p.text("text", required: true)
                else { return nil }
                return .init(name: name, text: text)
            }
            guard let name = c.text("name", required: true, example: "קל, מותאם, יוזם") else { return nil }
            return ServiceConcept(name: name, introduction: c.text("introduction"), principles: principles)
        }
        let team = w.group("team", what: "`team`", keys: ["description", "departments", "digital", "secretaries"]).map {
            Team(
                description: $0.text("description"), departments: $0.texts("departments"),
                digital: $0.texts("digital"), secretaries: $0.text("secretaries"))
        }
        let format = w.group(
            "meeting_format", what: "`meeting_format`",
            keys: ["frequency", "parts", "description"]
        ).map {
            MeetingFormat(frequency: $0.text("frequency"), parts: $0.texts("parts"), description: $0.text("description"))
        }
        var language = Language.he
        if let code = w.text("language") {
            if let known = Language(rawValue: code.value) {
                language = known
            } else {
                reader.report(
                    .error(
                        .workshopLanguage,
                        [
                            "key": .key("language"), "value": .quoted(code.value),
                            "guess": Suggestion.didYouMean(code.value, among: Language.allCases.map(\.code)),
                            "codes": .list(Language.allCases.map { .code($0.code) }),
                        ],
                        at: code.location))
            }
        }
        // The languages the content is kept in (`{he: …, ar: …}`), read before anything else.
        for code in w.texts("languages") where Language(rawValue: code.value) == nil {
            reader.report(
                .error(
                    .workshopLanguageList,
                    [
                        "key": .key("languages"), "value": .quoted(code.value),
                        "guess": Suggestion.didYouMean(code.value, among: Language.allCases.map(\.code)),
                        "codes": .list(Language.allCases.map { .code($0.code) }),
                    ],
                    at: code.location))
        }
        var workshop = Workshop(
            source: source, location: w.location, title: title,
            organisation: w.text("organisation"), years: w.text("years"), language: language,
            story: w.texts("story"), authors: w.texts("authors"), council: council,
            goals: w.texts("goals"), serviceArenas: w.texts("service_arenas"), serviceConcept: concept,
            team: team, meetingFormat: format, contents: w.texts("contents"),
            outcomes: w.texts("outcomes"), teamSize: w.integer("team_size", range: 1...10_000))
        workshop.wholeNames = w.texts("whole_names")
        workshop.logo = w.text("logo").flatMap { logo($0, in: source, reader: reader) }
        workshop.projects = w.list("projects").compactMap { node -> Project? in
            guard let p = reader.mapping(node, what: "a project", keys: ["name", "lead"]),
                let name = p.text("name", required: true)
            else { return nil }
            return Project(name: name, lead: p.text("lead"))
        }
        return workshop
    }
}
