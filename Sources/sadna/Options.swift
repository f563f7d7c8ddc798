import ArgumentParser
import Foundation
import SadnaKit
import SadnaPrint

extension DiagnosticFormat: ExpressibleByArgument {}

/// `--strict`, shared by check, render and kit.
struct StrictOption: ParsableArguments {
    @Flag(help: "Treat warnings as errors: exit 1 and write nothing when there are any.")
    var strict = false
}

/// `--workshop DIR`, for commands whose arguments name other things.
struct WorkshopOption: ParsableArguments {
    @Option(help: ArgumentHelp("The workshop folder (default: the current folder, else the programme shipped with Sadna).",
                               valueName: "dir"))
    var workshop: String?
}

/// `--lang`, the language of the printed page's own words.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: ArgumentHelp("Language of the page's own words: he, ar or en. Data stays in its own language.",
                               valueName: "he|ar|en"))
    var language: String = "he"

    func validate() throws {
        guard Labels.languages.contains(language) else {
            throw ValidationError("--lang must be one of: \(Labels.languages.joined(separator: ", ")) (got \"\(language)\")")
        }
    }
}

/// Finding the workshop a command works on.
enum WorkshopLocation {
    /// The folder named, or the default: the current folder when it holds workshop.yaml, else the
    /// programme that ships with Sadna.
    static func resolve(_ path: String?) throws -> URL {
        if let path {
            var url = URL(fileURLWithPath: path)
            if url.lastPathComponent == "workshop.yaml" { url.deleteLastPathComponent() }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("no workshop folder at \(path)")
            }
            return url.standardizedFileURL
        }
        guard let url = Resources.defaultWorkshop() else {
            throw InputFailure("no workshop found: run Sadna inside a workshop folder, or name one (e.g. workshops/emek-hamaayanot)")
        }
        return url
    }

    /// Loads and checks the workshop; prints the diagnostics and stops (exit 1) on errors, or on
    /// warnings under `--strict`.
    static func load(_ url: URL, strict: Bool) throws -> (Workshop, [Diagnostic]) {
        let outcome = WorkshopCheck.run(url, templates: Resources.templates)
        guard let workshop = outcome.workshop, !outcome.diagnostics.hasErrors else {
            Console.report(outcome.diagnostics, summary: true)
            throw InputFailure()
        }
        if strict && !outcome.diagnostics.isEmpty {
            Console.report(outcome.diagnostics, summary: true)
            throw InputFailure("--strict: warnings count as errors; nothing was written")
        }
        return (workshop, outcome.diagnostics)
    }
}

/// The templates folder, or a clear stop.
enum TemplateLocation {
    static func resolve() throws -> URL {
        guard let url = Resources.templates else {
            throw InputFailure("Sadna's Templates folder is missing; set SADNA_HOME to the folder that holds Templates/ and workshops/, or reinstall with `make install`")
        }
        return url
    }

    static func agenda() throws -> AgendaTemplate {
        try load(TemplateLoader.agenda)
    }

    static func taskCards() throws -> TaskCardTemplate {
        try load(TemplateLoader.taskCards)
    }

    static func persona() throws -> PersonaTemplate {
        try load(TemplateLoader.persona)
    }

    static func journey() throws -> JourneyTemplate {
        try load(TemplateLoader.journey)
    }

    static func servicePage() throws -> ServicePageTemplate {
        try load(TemplateLoader.servicePage)
    }

    static func kit() throws -> [String: Labels] {
        try load(TemplateLoader.kit)
    }

    /// A template, or its problems printed (they are located like a workshop's) and a stop.
    private static func load<T>(_ read: (URL) throws -> T) throws -> T {
        do {
            return try read(resolve())
        } catch let failure as TemplateLoader.Failure {
            Console.report(failure.diagnostics, summary: true)
            throw InputFailure()
        }
    }
}

/// The start-up check that the fonts are installed.
enum Fonts {
    static func verify(language: String) throws {
        do {
            try FontCheck.verify(language: language)
        } catch let missing as FontCheck.MissingFonts {
            throw InputFailure(missing.description)
        }
    }
}

/// Picking the entities a command names (meetings, cards, personas), with "did you mean" when a
/// name matches none.
enum Selection {
    /// The items `names` name, in that order, or all of them when `names` is empty.
    ///
    /// - Parameters:
    ///   - kind: how a person names one item ("meeting"), and `start` the command that makes one.
    ///   - find: how a name finds its item (by id, and by number where that applies).
    static func pick<Item>(_ names: [String], from items: [Item], kind: String, start: String,
                           in workshop: Workshop, id: (Item) -> String, find: (String) -> Item?) throws -> [Item] {
        if items.isEmpty {
            throw InputFailure("\(DisplayPath.of(workshop.directory)) has no \(kind)s yet; \(start) starts one")
        }
        if names.isEmpty { return items }
        return try names.map { name in
            if let item = find(name) { return item }
            let ids = items.map(id)
            let guess = Suggestion.closest(to: name, among: ids).map { " Did you mean `\($0)`?" } ?? ""
            throw ValidationError("no \(kind) `\(name)` in \(DisplayPath.of(workshop.directory)).\(guess) The \(kind)s are: \(ids.joined(separator: ", "))")
        }
    }
}

/// The service-page lint, with the rules from `Templates/plain-language.yaml`.
enum ServiceReview {
    static func rules() throws -> PlainLanguageRules {
        do {
            return try TemplateLoader.plainLanguage(in: TemplateLocation.resolve())
        } catch let failure as TemplateLoader.Failure {
            Console.report(failure.diagnostics, summary: true)
            throw InputFailure()
        }
    }

    static func lint(_ workshop: Workshop) throws -> [Diagnostic] {
        guard !workshop.services.isEmpty else { return [] }
        return ServiceLint(rules: try rules(), today: .today).check(workshop)
    }
}
