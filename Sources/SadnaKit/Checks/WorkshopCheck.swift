import Foundation

/// Everything `sadna check` does: load, then check, in one list — the same checks every other
/// command and the workbench run before they print or save.
public enum WorkshopCheck {
    public struct Outcome {
        public var workshop: Workshop?
        public var diagnostics: [Diagnostic]
    }

    /// What the service-page review needs from outside: today's date (a page reviewed "more than
    /// a year ago") and, when installed, a speller. Passed in so that checking is the same
    /// wherever it runs, and tests are deterministic.
    public struct Review: Sendable {
        public var today: CalendarDate
        public var speller: Speller?

        public init(today: CalendarDate, speller: Speller? = nil) {
            self.today = today
            self.speller = speller
        }
    }

    /// Loads the workshop in `source` and checks it against Sadna's templates; with `review`, the
    /// service pages get the writing workshop's review too.
    /// `printingIn` is the language the run prints in: texts kept in several languages are taken
    /// in it (``ContentLanguage``), and every one missing in it is reported.
    public static func run(
        _ source: any FileSource, templates: TemplateSet, review: Review? = nil,
        printingIn language: Language? = nil
    ) -> Outcome {
        check(WorkshopLoader.load(source, printingIn: language), templates: templates, review: review)
    }

    /// The checks on a workshop already loaded (by a caller that read the templates meanwhile).
    public static func check(_ loaded: WorkshopLoader.Result, templates: TemplateSet, review: Review? = nil) -> Outcome {
        var diagnostics = loaded.diagnostics
        if let workshop = loaded.workshop {
            diagnostics += JourneyChecks.check(workshop, template: templates.journey)
            diagnostics += MeetingChecks.check(workshop)
            diagnostics += TaskCardChecks.check(workshop)
            diagnostics += PersonaChecks.check(workshop)
            diagnostics += ParticipantChecks.check(workshop)
            diagnostics += HomeworkChecks.check(workshop, today: review?.today, worksheets: templates.worksheets)
            diagnostics += ActionChecks.check(workshop, today: review?.today)
            diagnostics += TemplateLeftovers.check(workshop)
            diagnostics += PrintPlanChecks.check(workshop, templates: templates)
            if let review {
                diagnostics += ServiceLint(
                    rules: templates.plainLanguage, today: review.today, speller: review.speller,
                    texts: workshop.texts
                ).check(workshop)
            }
        }
        return Outcome(workshop: loaded.workshop, diagnostics: diagnostics.sortedByLocation())
    }

    /// The workshop in `directory`.
    public static func run(
        _ directory: URL, templates: TemplateSet, review: Review? = nil,
        printingIn language: Language? = nil
    ) -> Outcome {
        run(FolderSource(directory), templates: templates, review: review, printingIn: language)
    }
}
