import Foundation

/// A service page for the council's website, on the programme's sketch (meeting 6): what the
/// service is, for whom, how to get it on each channel, what to attach, whom to contact and what
/// other help there is, with questions and answers for the call centre.
public struct ServicePage: Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case draft, inReview = "in-review", published
    }

    /// A way to get the service, and its steps.
    public struct Channel: Sendable {
        public enum Kind: String, CaseIterable, Sendable {
            case onlineForm = "online-form", email, mailbox, whatsapp, inPerson = "in-person", phone
        }

        public var kind: Located<Kind>
        public var steps: [Located<String>]
        /// Where: the form's URL, the email address, the phone number, the office.
        public var address: Located<String>?
        public var location: SourceLocation

        public init(kind: Located<Kind>, steps: [Located<String>], address: Located<String>?, location: SourceLocation) {
            self.kind = kind
            self.steps = steps
            self.address = address
            self.location = location
        }
    }

    public struct Contact: Sendable {
        public var name: Located<String>?
        public var phone: Located<String>?
        public var email: Located<String>?

        public init(name: Located<String>? = nil, phone: Located<String>? = nil, email: Located<String>? = nil) {
            self.name = name
            self.phone = phone
            self.email = email
        }

        public var isEmpty: Bool { name == nil && phone == nil && email == nil }
    }

    public struct OtherHelp: Sendable {
        public var receptionHours: Located<String>?
        public var phones: [Located<String>]
        public var department: Located<String>?

        public init(receptionHours: Located<String>? = nil, phones: [Located<String>] = [], department: Located<String>? = nil) {
            self.receptionHours = receptionHours
            self.phones = phones
            self.department = department
        }

        public var isEmpty: Bool { receptionHours == nil && phones.isEmpty && department == nil }
    }

    public struct Question: Sendable {
        public var question: Located<String>
        public var answer: Located<String>?

        public init(question: Located<String>, answer: Located<String>?) {
            self.question = question
            self.answer = answer
        }
    }

    public var id: String
    public var location: SourceLocation
    public var name: Located<String>
    public var department: Located<String>?
    public var owner: Located<String>?
    /// The participant who drafted it (homework), as in participants.yaml.
    public var author: Located<String>?
    /// Who drafted it and for which department, for homework.
    public var authorship: Authorship { Authorship(author: author, department: department) }
    public var status: Located<Status>?
    public var lastReviewed: Located<CalendarDate>?
    /// Where the page lives on the council's website (an https address), when it has one.
    public var url: Located<String>?
    /// The essence, in a sentence or two.
    public var what: Located<String>?
    /// Who is eligible: one condition per item.
    public var forWhom: [Located<String>]
    public var how: [Channel]
    public var documents: [Located<String>]
    public var contact: Contact
    public var otherHelp: OtherHelp
    public var digitalForm: Located<String>?
    public var questions: [Question]
    /// The handwriting of each part, where the page was typed up from a photographed sketch: the
    /// crop's path in the workshop (`scans/6/service-sketch-1/question-1.png`), under `scanned:`.
    public var scanned: [Part: Located<String>] = [:]

    /// A part of the page as the sketch lays them out (meeting 6), each a field of the sketch:
    /// the names `scanned:` gives its crops.
    public enum Part: String, CaseIterable, Sendable {
        case name, what, forWhom = "for_whom", how, documents, contact, help, questions
    }

    public init(
        id: String, location: SourceLocation, name: Located<String>, department: Located<String>? = nil,
        owner: Located<String>? = nil, status: Located<Status>? = nil, lastReviewed: Located<CalendarDate>? = nil,
        what: Located<String>? = nil, forWhom: [Located<String>] = [], how: [Channel] = [],
        documents: [Located<String>] = [], contact: Contact = Contact(), otherHelp: OtherHelp = OtherHelp(),
        digitalForm: Located<String>? = nil, questions: [Question] = [], url: Located<String>? = nil
    ) {
        self.id = id
        self.location = location
        self.name = name
        self.department = department
        self.owner = owner
        self.status = status
        self.lastReviewed = lastReviewed
        self.what = what
        self.forWhom = forWhom
        self.how = how
        self.documents = documents
        self.contact = contact
        self.otherHelp = otherHelp
        self.digitalForm = digitalForm
        self.questions = questions
        self.url = url
    }

    /// The link a printed page or task card carries as a QR code, so that it can be opened from
    /// paper: the page's own address, else the first online form among the ways to get the
    /// service. Only a well-formed https link qualifies (``ServiceLint/urlProblem(_:)``): a code
    /// that opens nothing, or an insecure page, is worse than none; the review reports the link.
    public var qrTarget: Located<String>? {
        let forms = how.filter { $0.kind.value == .onlineForm }.compactMap(\.address)
        return ([url].compactMap { $0 } + forms).first { ServiceLint.urlProblem($0.value) == nil }
    }
}

/// One service a department committed to put on the website (the homework of meetings 3 and 9).
public struct BacklogEntry: Sendable {
    public var service: Located<String>
    public var department: Located<String>?
    public var owner: Located<String>?
    /// How many residents the service reaches, when the department has said.
    public var impact: Located<Int>?
    /// 1 simple, 2 medium, 3 hard (meeting 3's scale), when the department has said.
    public var complexity: Located<Int>?
    public var status: Located<ServicePage.Status>?
    /// The service's page, once it has one (`services/ID.yaml`).
    public var page: Located<String>?
    public var location: SourceLocation

    public init(
        service: Located<String>, department: Located<String>? = nil, owner: Located<String>? = nil,
        impact: Located<Int>? = nil, complexity: Located<Int>? = nil, status: Located<ServicePage.Status>? = nil,
        page: Located<String>? = nil, location: SourceLocation
    ) {
        self.service = service
        self.department = department
        self.owner = owner
        self.impact = impact
        self.complexity = complexity
        self.status = status
        self.page = page
        self.location = location
    }
}
