/// The words of a meeting's minutes, the blank minutes form and the open actions: the keys of
/// `labels:` in `Templates/minutes.yaml` (he, ar and en must each give every one). A misspelt key
/// does not compile, and a key the file lacks is an error at its line when the templates load.
public enum MinutesLabel: String, TemplateLabelKey {
    case present, absent, invited, discussion, decision, action, owner, due, item, overdue, open
    case actionsHeading = "actions_heading"
    case noActions = "no_actions"
    case takenBy = "taken_by"

    /// The printables this file names, by their kind (the print list's words, the PDF's title).
    public static let printables: [PrintableKind] = [.minutes, .minutesBlank, .actions]
}
