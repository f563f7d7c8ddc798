/// The headings of the programme's booklet: the keys of `labels:` in `Templates/booklet.yaml` (he,
/// ar and en must each give every one). A misspelt key does not compile, and a key the file lacks
/// is an error at its line when the templates load.
public enum BookletLabel: String, TemplateLabelKey {
    case programme
    case contents
    case story
    case goals
    case serviceArenas = "service_arenas"
    case councilFacts = "council_facts"
    case serviceConcept = "service_concept"
    case team
    case departments
    case digital
    case meetingFormat = "meeting_format"
    case programmeHeading = "programme_heading"
    case meetings
    case homework
    case outcomes
    case reflections
    case think
    case feel
    case `do`
    case questionnaire
    case writtenBy = "written_by"

    /// The printables this file names, by their kind (the print list's words, the PDF's title).
    public static let printables: [PrintableKind] = [.programme]
}
