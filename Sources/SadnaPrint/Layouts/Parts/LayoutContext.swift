import SadnaKit

/// What every layout works from: the workshop, Sadna's templates, the language of the page's own
/// words (the data keeps the workshop's), the typesetter that measures and reports, and today
/// (for the service-page review). One context serves a whole run.
public struct LayoutContext {
    public let workshop: Workshop
    public let templates: TemplateSet
    /// The page's own words (`--lang`); it sets the page's direction.
    public let language: Language
    public let typesetter: Typesetter
    /// The day a service page's "last reviewed more than a year ago" counts back from.
    public let today: CalendarDate
    /// The creation date stamped into every document.
    public let stamp: StampDate

    public init(
        workshop: Workshop, templates: TemplateSet, language: Language, typesetter: Typesetter,
        today: CalendarDate, stamp: StampDate = .fixed
    ) {
        self.workshop = workshop
        self.templates = templates
        self.language = language
        self.typesetter = typesetter
        self.today = today
        self.stamp = stamp
        typesetter.wholeNames = WholeNames(
            workshop.wholeNames.map(\.value) + workshop.participants.map(\.name.value))
    }

    /// The same context with the page's words in another language.
    public func speaking(_ language: Language) -> LayoutContext {
        LayoutContext(
            workshop: workshop, templates: templates, language: language, typesetter: typesetter, today: today,
            stamp: stamp)
    }

    /// The same context measuring with another typesetter (one per thread of a parallel layout).
    public func using(_ typesetter: Typesetter) -> LayoutContext {
        LayoutContext(
            workshop: workshop, templates: templates, language: language, typesetter: typesetter, today: today,
            stamp: stamp)
    }

    /// The language of the workshop's data: texts taken from it keep its direction and fonts.
    public var data: Language { workshop.language }

    /// The page's words in this context's language, from one of the templates' label sets.
    public func words<Key>(_ set: LabelSet<Key>) -> Labels<Key> { set.words(in: language) }

    /// A printable's one name in the page's language: the print list's words and its PDF's title.
    public func name(of kind: PrintableKind) -> String {
        // The loader refuses templates that leave a kind unnamed.
        templates.name(of: kind, in: language) ?? kind.rawValue
    }

    /// A PDF's information: its title and subject, by the programme's organisation.
    public func info(title: String, subject: String) -> DocumentInfo {
        DocumentInfo(
            title: title, author: workshop.organisation?.value ?? workshop.title.value, subject: subject,
            keywords: workshop.title.value, created: stamp)
    }
}
