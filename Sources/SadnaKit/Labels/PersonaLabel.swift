/// The words of persona cards, pages and the blank form: the keys of `labels:` in
/// `Templates/persona.yaml` (he, ar and en must each give every one). A misspelt key does not
/// compile, and a key the file lacks is an error at its line when the templates load.
public enum PersonaLabel: String, TemplateLabelKey {
    case persona
    case personas
    case identity
    case demographics
    case behaviour
    case needs
    case example
    case inPerson = "in_person"
    case phone
    case online
    case blankTitle = "blank_title"
    case blankPhoto = "blank_photo"
    /// The tag on a crop of a filled persona form shown where nothing is typed yet.
    case handwritten

    /// The printables this file names, by their kind (the print list's words, the PDF's title).
    public static let printables: [PrintableKind] = [.personaCards, .personaPage, .personaForm]
}

extension PersonaLabel {
    /// The heading of a part of the persona.
    public static func section(_ section: PersonaTemplate.Section) -> Self {
        switch section {
        case .identity: .identity
        case .demographics: .demographics
        case .behaviour: .behaviour
        case .needs: .needs
        }
    }
}
