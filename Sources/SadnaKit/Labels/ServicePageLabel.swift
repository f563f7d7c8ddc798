/// The words of service pages, their review, the sketch and the prioritisation chart: the keys of
/// `labels:` in `Templates/service-page.yaml` (he, ar and en must each give every one). A misspelt
/// key does not compile, and a key the file lacks is an error at its line when the templates load.
public enum ServicePageLabel: String, TemplateLabelKey {
    case what
    case forWhom = "for_whom"
    case how
    case documents
    case digitalForm = "digital_form"
    case contact
    case otherHelp = "other_help"
    case questions
    case department
    case owner
    case status
    case lastReviewed = "last_reviewed"
    case contactName = "contact_name"
    case phone
    case email
    case receptionHours = "reception_hours"
    case openForm = "open_form"
    case channelOnlineForm = "channel_online-form"
    case channelEmail = "channel_email"
    case channelMailbox = "channel_mailbox"
    case channelWhatsapp = "channel_whatsapp"
    case channelInPerson = "channel_in-person"
    case channelPhone = "channel_phone"
    case review
    case serviceSketch = "service-sketch"
    case statusDraft = "status_draft"
    case statusInReview = "status_in-review"
    case statusPublished = "status_published"
    case prioritisationHeading = "prioritisation_heading"
    case impact
    case complexity
    case simple
    case medium
    case hard
    case startHere = "start_here"
    case unrated
    case service
    case notes
    case homeworkTitle = "homework_title"
    case homeworkInstructions = "homework_instructions"

    /// The printables this file names, by their kind (the print list's words, the PDF's title).
    public static let printables: [PrintableKind] = [.servicePage, .serviceReview, .serviceSketch, .prioritisation]
}

extension ServicePageLabel {
    /// The words for a way to get the service ("טופס מקוון").
    public static func channel(_ kind: ServicePage.Channel.Kind) -> Self {
        switch kind {
        case .onlineForm: .channelOnlineForm
        case .email: .channelEmail
        case .mailbox: .channelMailbox
        case .whatsapp: .channelWhatsapp
        case .inPerson: .channelInPerson
        case .phone: .channelPhone
        }
    }

    /// The words for where a page stands ("טיוטה").
    public static func status(_ status: ServicePage.Status) -> Self {
        switch status {
        case .draft: .statusDraft
        case .inReview: .statusInReview
        case .published: .statusPublished
        }
    }
}
