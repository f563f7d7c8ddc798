import Foundation

/// Everything `sadna check` does: load, then check, in one list.
public enum WorkshopCheck {
    public struct Outcome {
        public var workshop: Workshop?
        public var diagnostics: [Diagnostic]
    }

    /// - Parameter templates: Sadna's `Templates/` folder, when the checks that depend on it (a
    ///   journey's lanes) should run too.
    public static func run(_ directory: URL, templates: URL? = nil) -> Outcome {
        let loaded = WorkshopLoader.load(directory)
        var diagnostics = loaded.diagnostics
        if let workshop = loaded.workshop {
            let journeyTemplate = templates.flatMap { try? TemplateLoader.journey(in: $0) }
            diagnostics += JourneyChecks.check(workshop, template: journeyTemplate)
            diagnostics += MeetingChecks.check(workshop)
            diagnostics += TaskCardChecks.check(workshop)
            diagnostics += PersonaChecks.check(workshop)
        }
        return Outcome(workshop: loaded.workshop, diagnostics: diagnostics.sortedByLocation())
    }
}
