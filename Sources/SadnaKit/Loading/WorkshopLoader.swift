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

    static let keys = ["title", "organisation", "years", "language", "story", "authors", "council", "goals",
                       "service_arenas", "service_concept", "team", "meeting_format", "contents", "outcomes", "team_size",
                       "projects"]

    public static func load(_ directory: URL) -> Result {
        var diagnostics: [Diagnostic] = []
        let workshopURL = directory.appendingPathComponent("workshop.yaml")
        let workshopPath = DisplayPath.of(workshopURL)
        guard FileManager.default.fileExists(atPath: workshopURL.path) else {
            diagnostics.append(.error("no workshop.yaml in \(DisplayPath.of(directory))", at: nil,
                                      hint: "give the folder of a workshop, the one holding workshop.yaml and meetings/",
                                      rule: "workshop.missing"))
            return Result(workshop: nil, diagnostics: diagnostics)
        }
        guard let file = YAMLFile.load(workshopURL, displayPath: workshopPath, into: &diagnostics) else {
            return Result(workshop: nil, diagnostics: diagnostics)
        }
        let reader = NodeReader(file: workshopPath)
        var workshop = readWorkshop(file.root, directory: directory, reader: reader)
        diagnostics += reader.diagnostics

        workshop?.meetings = loadFolder(directory.appendingPathComponent("meetings"), into: &diagnostics,
                                        load: MeetingLoader.load)
        workshop?.taskCards = loadFolder(directory.appendingPathComponent("task-cards"), into: &diagnostics,
                                         load: TaskCardLoader.load)
        workshop?.personas = loadFolder(directory.appendingPathComponent("personas"), into: &diagnostics,
                                        load: PersonaLoader.load)
        workshop?.journeys = loadFolder(directory.appendingPathComponent("journeys"), into: &diagnostics,
                                        load: JourneyLoader.load)
        // The backlog shares the services folder but is not a page.
        let services = directory.appendingPathComponent("services")
        workshop?.services = loadFolder(services, into: &diagnostics, skipping: ["backlog.yaml"],
                                        load: ServicePageLoader.load)
        workshop?.worksheets = loadFolder(directory.appendingPathComponent("worksheets"), into: &diagnostics,
                                          load: WorksheetLoader.load)
        let backlog = services.appendingPathComponent("backlog.yaml")
        if FileManager.default.fileExists(atPath: backlog.path),
           let file = YAMLFile.load(backlog, displayPath: DisplayPath.of(backlog), into: &diagnostics) {
            let reader = NodeReader(file: file.path)
            workshop?.backlog = ServicePageLoader.backlog(file.root, reader: reader)
            diagnostics += reader.diagnostics
        }
        return Result(workshop: workshop, diagnostics: diagnostics)
    }

    /// Reads every `ID.yaml` of a folder that holds one entity per file, in file-name order.
    private static func loadFolder<Entity>(_ folder: URL, into diagnostics: inout [Diagnostic], skipping: Set<String> = [],
                                           load: (String, Node?, NodeReader) -> Entity?) -> [Entity] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var entities: [Entity] = []
        for name in names.sorted(by: fileOrder) {
            let url = folder.appendingPathComponent(name)
            if name.hasSuffix(".yml") {
                diagnostics.append(.warning("\(name) is skipped: Sadna's files end in .yaml",
                                            at: .startOf(DisplayPath.of(url)), hint: "rename it to \(name.dropLast(4)).yaml",
                                            rule: "workshop.file-name"))
                continue
            }
            guard name.hasSuffix(".yaml"), !name.hasPrefix("."), !skipping.contains(name) else { continue }
            let path = DisplayPath.of(url)
            guard let file = YAMLFile.load(url, displayPath: path, into: &diagnostics) else { continue }
            let reader = NodeReader(file: path)
            if let entity = load(String(name.dropLast(5)), file.root, reader) {
                entities.append(entity)
            }
            diagnostics += reader.diagnostics
        }
        return entities
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

    private static func readWorkshop(_ root: Node?, directory: URL, reader: NodeReader) -> Workshop? {
        guard let root, let w = reader.mapping(root, what: "workshop.yaml", keys: keys) else {
            if root == nil {
                reader.report(.error("workshop.yaml is empty", at: .startOf(reader.file),
                                     hint: "start it with `title: ...`", rule: "field.required"))
            }
            return nil
        }
        guard let title = w.text("title", required: true, example: "מובילים דיגיטליים") else { return nil }

        let council = w.group("council", what: "`council`",
                              keys: ["name", "description", "settlements", "residents_before", "residents_after",
                                     "period", "growth"]).map { c in
            Council(name: c.text("name"), description: c.text("description"),
                    settlements: c.integer("settlements", range: 0...100_000),
                    residentsBefore: c.integer("residents_before", range: 0...100_000_000),
                    residentsAfter: c.integer("residents_after", range: 0...100_000_000),
                    period: c.text("period"), growth: c.text("growth"))
        }
        let concept = w.group("service_concept", what: "`service_concept`",
                              keys: ["name", "introduction", "principles"]).flatMap { c -> ServiceConcept? in
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
            Team(description: $0.text("description"), departments: $0.texts("departments"),
                 digital: $0.texts("digital"), secretaries: $0.text("secretaries"))
        }
        let format = w.group("meeting_format", what: "`meeting_format`",
                             keys: ["frequency", "parts", "description"]).map {
            MeetingFormat(frequency: $0.text("frequency"), parts: $0.texts("parts"), description: $0.text("description"))
        }
        let language = w.text("language")?.value ?? "he"
        if !["he", "ar", "en"].contains(language) {
            reader.report(.error("`language` \"\(language)\" is not one Sadna prints", at: w.location(of: "language"),
                                 hint: "use `he`, `ar` or `en`", rule: "workshop.language"))
        }
        var workshop = Workshop(directory: directory, location: w.location, title: title,
                                organisation: w.text("organisation"), years: w.text("years"), language: language,
                                story: w.texts("story"), authors: w.texts("authors"), council: council,
                                goals: w.texts("goals"), serviceArenas: w.texts("service_arenas"), serviceConcept: concept,
                                team: team, meetingFormat: format, contents: w.texts("contents"),
                                outcomes: w.texts("outcomes"), teamSize: w.integer("team_size", range: 1...10_000))
        workshop.projects = w.list("projects").compactMap { node -> Project? in
            guard let p = reader.mapping(node, what: "a project", keys: ["name", "lead"]),
                  let name = p.text("name", required: true) else { return nil }
            return Project(name: name, lead: p.text("lead"))
        }
        return workshop
    }
}
