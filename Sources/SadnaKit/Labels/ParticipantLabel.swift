/// The words of name stickers, sign-in sheets, table tents, the homework table and certificates:
/// the keys of `labels:` in `Templates/participants.yaml` (he, ar and en must each give every one).
/// A misspelt key does not compile, and a key the file lacks is an error at its line when the
/// templates load.
public enum ParticipantLabel: String, TemplateLabelKey {
    case nameStickers = "name-stickers"
    case signIn = "sign-in"
    case tableTents = "table-tents"
    case number
    case name
    case department
    case signature
    case guests
    case fold
    case people
    case homework
    case setDue = "set_due"
    case setOnly = "set_only"
    case done
    case due
    case late
    case asOf = "as_of"
    case perDepartment = "per_department"
    case noHomework = "no_homework"
    case certificate
    case certificateGiven = "certificate_given"
    case certificateFor = "certificate_for"
    case attendedCount = "attended_count"
    case facilitator
    case testSheet = "test_sheet"

    /// The printables this file names, by their kind (the print list's words, the PDF's title).
    public static let printables: [PrintableKind] = [.nameStickers, .signIn, .tableTents, .homework, .certificate]
}
