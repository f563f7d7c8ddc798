/// Words every printable shares: the keys of `Templates/labels.yaml` (he, ar and en must each give
/// every one). A misspelt key does not compile, and a key the file lacks is an error at its line
/// when the templates load.
public enum SharedLabel: String, LabelKey {
    case pageOf = "page_of"
    case minutes
    case hours
    case until
    case continued
    case date
    case hoursLabel = "hours_label"
    case venue
    case goal
    case none
    case meeting
    case glueHere = "glue_here"
    case cutHere = "cut_here"
    case tileSheet = "tile_sheet"
    case tileHow = "tile_how"
    /// A worksheet's self-assessment: the answers to tick, and the column for remarks.
    case answerYes = "yes"
    case answerNo = "no"
    case remarks = "notes"

    /// The printables this file names, by their kind (the print list's words, the PDF's title).
    public static let printables: [PrintableKind] = [.worksheet]
}
