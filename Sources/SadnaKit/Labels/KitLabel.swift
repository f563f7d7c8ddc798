/// The words of a kit's cover and print list: the keys of `labels:` in `Templates/kit.yaml` (he, ar
/// and en must each give every one). A misspelt key does not compile, and a key the file lacks is
/// an error at its line when the templates load.
public enum KitLabel: String, TemplateLabelKey {
    case kit
    case printList = "print_list"
    case item
    case file
    case paper
    case range
    case pages
    case copies
    case duplex
    case cut
    case purpose
    case yes
    case no
    case kitCover = "kit-cover"
    case total
    case totalOne = "total_one"
    case landscape
    case longEdge = "long-edge"
    case shortEdge = "short-edge"
    case tiles
    case group
    /// The title of the kit of a programme without meetings.
    case programmeMaterials = "programme-materials"

    /// The printables this file names, by their kind (the print list's words, the PDF's title).
    public static let printables: [PrintableKind] = [.kitCover]
}

extension KitLabel {
    /// How a two-sided part is turned ("היפוך בצד הארוך").
    public static func flip(_ flip: DuplexFlip) -> Self {
        switch flip {
        case .longEdge: .longEdge
        case .shortEdge: .shortEdge
        }
    }
}
