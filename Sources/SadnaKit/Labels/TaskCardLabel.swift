/// The words of task cards and the duplex check: the keys of `labels:` in `Templates/task-
/// cards.yaml` (he, ar and en must each give every one). A misspelt key does not compile, and a key
/// the file lacks is an error at its line when the templates load.
public enum TaskCardLabel: String, TemplateLabelKey {
    case taskCards = "task-cards"
    case card
    case mission
    case department
    case owner
    case backInvitation = "back_invitation"
    case calibrationTitle = "calibration_title"
    case calibrationFront = "calibration_front"
    case calibrationBack = "calibration_back"
    case longEdge = "long_edge"
    case shortEdge = "short_edge"
    case example

    /// The printables this file names, by their kind (the print list's words, the PDF's title).
    public static let printables: [PrintableKind] = [.taskCards, .cards, .calibration]
}
