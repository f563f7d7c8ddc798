/// The words of a run-sheet, a handout and the blank planning sheet: the keys of `labels:` in
/// `Templates/agenda.yaml` (he, ar and en must each give every one). A misspelt key does not
/// compile, and a key the file lacks is an error at its line when the templates load.
public enum AgendaLabel: String, TemplateLabelKey {
    case agenda
    case handoutHeading = "handout_heading"
    case time
    case duration
    case content
    case detail
    case needs
    case notes
    case owner
    case materials
    case forRow = "for_row"
    case forUntimedRow = "for_untimed_row"
    case homework
    case topics
    case meetingNotes = "meeting_notes"
    case noAgenda = "no_agenda"
    case planning
    case myNotes = "my_notes"

    /// The printables this file names, by their kind (the print list's words, the PDF's title).
    public static let printables: [PrintableKind] = [.agenda, .handout, .agendaBlank]
}

extension AgendaLabel {
    /// The heading of a run-sheet's column.
    public static func column(_ column: AgendaTemplate.Column) -> Self {
        switch column {
        case .time: .time
        case .duration: .duration
        case .content: .content
        case .detail: .detail
        case .needs: .needs
        case .notes: .notes
        case .owner: .owner
        }
    }
}
