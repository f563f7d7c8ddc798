import Foundation

/// Everything `sadna check` does: load, then check, in one list.
public enum WorkshopCheck {
    public struct Outcome {
        public var workshop: Workshop?
        public var diagnostics: [Diagnostic]
    }

    public static func run(_ directory: URL) -> Outcome {
        let loaded = WorkshopLoader.load(directory)
        var diagnostics = loaded.diagnostics
        if let workshop = loaded.workshop {
            diagnostics += MeetingChecks.check(workshop)
            diagnostics += TaskCardChecks.check(workshop)
            diagnostics += PersonaChecks.check(workshop)
        }
        return Outcome(workshop: loaded.workshop, diagnostics: diagnostics.sortedByLocation())
    }
}
