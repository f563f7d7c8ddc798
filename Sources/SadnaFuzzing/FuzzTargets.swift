import Foundation
import SadnaKit
import SadnaPrint

/// What each fuzz target does with one input (the targets themselves, built with libFuzzer, are
/// in `Fuzz/`; the test suite replays the inputs they once crashed on through the same functions): it puts the bytes where a workshop's file of that
/// kind goes, loads and checks the workshop as every command does, and lays the file's printable
/// out. Anything but diagnostics — a crash, a hang, a diagnostic without a place, a persona file
/// the import could not read back — is a finding.
public enum FuzzTargets {
    /// The checkout, from this file's place in it (Sources/SadnaFuzzing/).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    nonisolated(unsafe) static let templates: TemplateSet = {
        guard let set = try? TemplateLoader.load(root.appendingPathComponent("Templates")) else {
            fatalError("the shipped templates do not load")
        }
        return set
    }()
    nonisolated(unsafe) static let typesetter = Typesetter()
    static let workshopFile = Data("title: בדיקה\nlanguage: he\nteam_size: 4\n".utf8)

    /// Loads a workshop of `files` (a plain workshop.yaml added when missing), checks it, and
    /// prints `print` of it.
    static func workshop(_ files: [String: Data], print kinds: [PrintableKind] = []) {
        var files = files
        if files["workshop.yaml"] == nil { files["workshop.yaml"] = workshopFile }
        let source = MemorySource(name: "fuzz", files: files)
        let outcome = WorkshopCheck.run(
            source, templates: templates,
            review: WorkshopCheck.Review(today: CalendarDate(year: 2026, month: 1, day: 1)!))
        for diagnostic in outcome.diagnostics where diagnostic.severity != .note {
            guard let location = diagnostic.location, location.line >= 1, location.column >= 1 else {
                fatalError("a diagnostic without a place: \(diagnostic)")
            }
            guard diagnostic.hint?.isEmpty == false else { fatalError("a diagnostic without a hint: \(diagnostic)") }
        }
        guard let workshop = outcome.workshop, !outcome.diagnostics.hasErrors else { return }
        let context = LayoutContext(
            workshop: workshop, templates: templates, language: .he, typesetter: typesetter,
            today: CalendarDate(year: 2026, month: 1, day: 1)!)
        for kind in kinds {
            guard let job = try? Catalog.job(PrintRequest(kind, items: [], language: .he), in: context) else { continue }
            // Lay out at most a few pages: enough to reach every code path of one item.
            for _ in job.pages.prefix(4) {}
        }
    }

    public static func workshopFile(_ data: Data) { workshop(["workshop.yaml": data]) }
    public static func meeting(_ data: Data) { workshop(["meetings/01.yaml": data], print: [.agenda, .handout]) }
    public static func persona(_ data: Data) { workshop(["personas/p.yaml": data], print: [.personaCards]) }
    public static func journey(_ data: Data) { workshop(["journeys/j.yaml": data], print: [.journey]) }
    public static func taskCard(_ data: Data) { workshop(["task-cards/1-card.yaml": data], print: [.taskCards]) }
    public static func servicePage(_ data: Data) { workshop(["services/s.yaml": data], print: [.serviceReview]) }
    public static func backlog(_ data: Data) { workshop(["services/backlog.yaml": data], print: [.prioritisation]) }
    public static func worksheet(_ data: Data) {
        workshop(["worksheets/w.yaml": data])
    }

    /// The target called `name` (as `Fuzz/` names them), for replaying an input.
    public static func target(named name: String) -> ((Data) -> Void)? {
        switch name {
        case "workshop": workshopFile
        case "meeting": meeting
        case "persona": persona
        case "journey": journey
        case "task-card": taskCard
        case "service-page": servicePage
        case "backlog": backlog
        case "worksheet": worksheet
        case "templates": template
        case "csv-import": csvImport
        case "image": image
        default: nil
        }
    }

    /// The first byte picks which of Sadna's templates the rest replaces.
    public static func template(_ data: Data) {
        let names = [
            "labels.yaml", "agenda.yaml", "task-cards.yaml", "persona.yaml", "journey.yaml", "service-page.yaml",
            "plain-language.yaml", "kit.yaml",
        ]
        guard let first = data.first else { return }
        var files: [String: Data] = [:]
        for name in names {
            files[name] = (try? Data(contentsOf: root.appendingPathComponent("Templates/\(name)"))) ?? Data()
        }
        files[names[Int(first) % names.count]] = data.dropFirst()
        let (set, diagnostics) = TemplateLoader.load(MemorySource(name: "Templates", files: files))
        if set == nil && !diagnostics.hasErrors { fatalError("templates refused without an error") }
    }

    /// A persona's photo: decoded within the photo limits, or refused with a reason, never a crash;
    /// a picture kept is never larger than a card needs.
    public static func image(_ data: Data) {
        do {
            let picture = try Picture.decode(data)
            guard picture.width >= 1, picture.height >= 1, max(picture.width, picture.height) <= Limits.photoSide else {
                fatalError("a photo kept at \(picture.width)×\(picture.height) pixels")
            }
        } catch {
            guard !error.reason.isEmpty else { fatalError("a photo refused without a reason") }
        }
    }

    /// A spreadsheet imported: every file the import would write must load back without errors.
    public static func csvImport(_ data: Data) {
        let plan = PersonaImport(template: templates.persona).read(data, path: "fuzz.csv")
        guard !plan.files.isEmpty else { return }
        var files = ["workshop.yaml": workshopFile]
        for file in plan.files { files["personas/\(file.id).yaml"] = Data(file.yaml.utf8) }
        let outcome = WorkshopLoader.load(MemorySource(name: "fuzz", files: files))
        if let error = outcome.diagnostics.first(where: { $0.severity == .error }) {
            fatalError("the import planned a persona file Sadna cannot read: \(error)")
        }
    }
}
