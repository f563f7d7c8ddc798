/// The words of journey maps and the blank canvas: the keys of `labels:` in
/// `Templates/journey.yaml` (he, ar and en must each give every one). A misspelt key does not
/// compile, and a key the file lacks is an error at its line when the templates load.
public enum JourneyLabel: String, TemplateLabelKey {
    case current
    case future
    case persona
    case group
    case service
    case stages
    case change
    case currentCurve = "current_curve"
    case observed
    case assumed
    case proposed
    case recommendation
    case evidence
    case example
    case blankTitle = "blank_title"
    case stage
    /// The tag on a crop of a filled canvas shown where nothing is typed yet.
    case handwritten

    /// The printables this file names, by their kind (the print list's words, the PDF's title).
    public static let printables: [PrintableKind] = [.journey, .journeyCanvas]
}

extension JourneyLabel {
    /// "Today" or "To be": the tag of a journey's variant.
    public static func variant(_ variant: Journey.Variant) -> Self {
        switch variant {
        case .current: .current
        case .future: .future
        }
    }
}

extension JourneyLabel {
    /// Where a note comes from ("נצפה").
    public static func evidence(_ evidence: JourneyNote.Evidence) -> Self {
        switch evidence {
        case .observed: .observed
        case .assumed: .assumed
        case .proposed: .proposed
        }
    }
}
